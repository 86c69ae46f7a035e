import MiniML
import Testing

@Suite("Text: SparseLogisticRegression")
struct SparseLogisticRegressionTests {
    @Test("coefficients and probabilities match scikit-learn's lbfgs within 1e-6")
    func againstScikitLearn() throws {
        // tv = TfidfVectorizer(token_pattern=TOKEN); X = tv.fit_transform(corpus)
        // lr = LogisticRegression(C=10, tol=1e-10, max_iter=100000).fit(X, labels)
        // lr.coef_[0], lr.intercept_[0], lr.predict_proba(tv.transform(unseen))[:, 1]
        // Both solvers run to a tight tolerance; the optimum is unique, so they agree far below 1e-6.
        let (vectorizer, x) = try TextFixtures.tfidf()
        var model = SparseLogisticRegression(C: 10, maxIterations: 10_000, tolerance: 1e-10)
        try model.fit(x, TextFixtures.labels)
        #expect(allClose(model.coefficients, [0.42580323916384955, -0.5189573355482258, -0.6782367391884598, -0.4259204733354255, -0.6782367391884598, -1.2178656307088076, -1.0066648989769862, 0.756469291016883, 0.6122141533107933, -0.737995105154877, 0.5697690478554484, 0.561828240636874, 1.1470635449449267, -0.11066415936735169, 2.441104880330831, -0.05630939796568675, 1.2244283066215866, 0.756469291016883, 0.3634623626655995, 0.756469291016883, -0.737995105154877, 0.6708063769494189, 0.5697690478554484, -0.006227223457302754, -0.5028503362025261, -0.6517927886124701, -0.10541425419205984, 0.12930717781953205, -0.6517927886124701, -1.4892386664668997, -0.6517927886124701], tolerance: 1e-6))
        #expect(abs(model.intercept - -0.17733775955858483) < 1e-6)
        #expect(allClose(model.positiveProbabilities(vectorizer.transform(TextFixtures.unseen)), [0.5082556820311243, 0.6971447970420749, 0.4557813841772287], tolerance: 1e-6))
        #expect(model.predict(x) == TextFixtures.labels)
    }

    @Test("bad hyperparameters are errors")
    func errors() throws {
        let x = try SparseMatrix(dense: [[1], [0]], columns: 1)
        #expect(throws: MiniMLError.invalidParameter(name: "C", reason: "must be a finite number > 0, not -1.0")) {
            var model = SparseLogisticRegression(C: -1); try model.fit(x, [0, 1])
        }
        #expect(throws: MiniMLError.self) { var model = SparseLogisticRegression(maxIterations: 0); try model.fit(x, [0, 1]) }
        #expect(throws: MiniMLError.emptyInput) { var model = SparseLogisticRegression(); try model.fit(try SparseMatrix(dense: [], columns: 1), []) }
    }
}
