import MiniML
import Testing

@Suite("Text: SparseLinearSVM")
struct SparseLinearSVMTests {
    @Test("coefficients and intercept match scikit-learn's LinearSVC within 1e-6")
    func againstScikitLearn() throws {
        // sv = LinearSVC(C=1, tol=1e-9, max_iter=1000000).fit(TfidfVectorizer(token_pattern=TOKEN).fit_transform(corpus), labels)
        // sv.coef_[0], sv.intercept_[0]; the squared-hinge primal has one optimum, so a tight dual tolerance agrees.
        let (_, x) = try TextFixtures.tfidf()
        var model = SparseLinearSVM(C: 1, maxIterations: 100_000, tolerance: 1e-9)
        try model.fit(x, TextFixtures.labels)
        #expect(allClose(model.coefficients, [0.1626179047299894, -0.2246709642690756, -0.2892278353119025, -0.16687958199761763, -0.2892278353119025, -0.5019209698549882, -0.4073792972778647, 0.312853166102393, 0.2553335436016513, -0.3091692808642255, 0.21917748578535248, 0.22517105971422322, 0.4761848067387603, -0.05681212345146206, 0.9820237606144344, -0.0319071099236023, 0.5106670872033026, 0.312853166102393, 0.13097431552718564, 0.312853166102393, -0.3091692808642255, 0.2710975163998824, 0.21917748578535248, -0.015194622225024018, -0.2225956276779821, -0.26541386954795154, -0.04511854942430933, 0.05893465831625826, -0.26541386954795154, -0.6122790195733928, -0.26541386954795154], tolerance: 1e-6))
        #expect(abs(model.intercept - -0.05594375520385342) < 1e-6)
        #expect(model.predict(x) == TextFixtures.labels)
    }

    @Test("the same seed gives the same model; probabilities keep the order of the margins")
    func deterministic() throws {
        let (_, x) = try TextFixtures.tfidf()
        var first = SparseLinearSVM(seed: 3), second = SparseLinearSVM(seed: 3)
        try first.fit(x, TextFixtures.labels)
        try second.fit(x, TextFixtures.labels)
        #expect(first.coefficients == second.coefficients)
        let margins = first.decisionFunction(x), probabilities = first.positiveProbabilities(x)
        for i in margins.indices { for j in margins.indices where margins[i] < margins[j] { #expect(probabilities[i] < probabilities[j]) } }
    }

    @Test("bad intercept scaling is an error")
    func errors() throws {
        let x = try SparseMatrix(dense: [[1], [0]], columns: 1)
        #expect(throws: MiniMLError.self) { var model = SparseLinearSVM(interceptScaling: 0); try model.fit(x, [0, 1]) }
    }
}
