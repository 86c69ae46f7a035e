import MiniML
import Testing

@Suite("Text: NBSVM")
struct NBSVMTests {
    @Test("log-count ratios, interpolated weights and scores follow the paper's formulas, computed with NumPy")
    func againstNumPy() throws {
        // Xb = (CountVectorizer(token_pattern=TOKEN).fit_transform(corpus) > 0).toarray(); y = labels
        // p = 1 + Xb[y == 1].sum(0); q = 1 + Xb[y == 0].sum(0); r = log((p / |p|.sum()) / (q / |q|.sum()))
        // s = LinearSVC(C=1, tol=1e-9, max_iter=1000000).fit(Xb * r, y); w = s.coef_[0]
        // w2 = 0.75 * abs(w).sum() / len(w) + 0.25 * w; scores of unseen = (Xt > 0) * r @ w2 + s.intercept_[0]
        let (vectorizer, x) = try TextFixtures.counts()
        var model = NBSVM(alpha: 1, beta: 0.25, C: 1, maxIterations: 100_000, tolerance: 1e-9)
        try model.fit(x, TextFixtures.labels)
        #expect(allClose(model.logCountRatios, [0.37212868784057257, -0.43880152837575626, -0.726483600827537, -0.43880152837575626, -0.726483600827537, -0.726483600827537, -1.1319487089357017, 0.6598107602923536, 0.6598107602923536, -0.726483600827537, 0.6598107602923536, 0.37212868784057257, 1.065275868400518, -0.03333642026759172, 1.5761014921665084, -0.03333642026759172, 0.6598107602923536, 0.6598107602923536, 0.37212868784057257, 0.6598107602923536, -0.726483600827537, 0.6598107602923536, 0.6598107602923536, -0.03333642026759172, -0.03333642026759172, -0.726483600827537, -0.03333642026759172, -0.033336420267591836, -0.726483600827537, -1.1319487089357017, -0.726483600827537], tolerance: 1e-12))
        #expect(allClose(model.interpolatedWeights, [0.10023289598777303, 0.10738475257385541, 0.13263285077481246, 0.09974848012608407, 0.13263285077481246, 0.15300261579130384, 0.13066077802714757, 0.10373885517914996, 0.0925790070376831, 0.14357914535656455, 0.1071522174651944, 0.10785304021845014, 0.1238464580181011, 0.08844527493464599, 0.26058368107605817, 0.08776978113945343, 0.0925790070376831, 0.10373885517914996, 0.08553771252943963, 0.10373885517914996, 0.14357914535656455, 0.1158904124215478, 0.1071522174651944, 0.08726748449279206, 0.08788143237530126, 0.11489065628687734, 0.08894757158130737, 0.08758110959815193, 0.11489065628687734, 0.15830524807633725, 0.11489065628687734], tolerance: 1e-6))
        #expect(abs(model.intercept - -0.28090700760478693) < 1e-6)
        #expect(allClose(model.decisionFunction(vectorizer.transform(TextFixtures.unseen)), [-0.021031630386315114, -0.07449006694863114, -0.28090700760478693], tolerance: 1e-6))
    }

    @Test("beta = 1 is the plain SVM on r-scaled presence features")
    func betaOne() throws {
        let (_, x) = try TextFixtures.counts()
        var model = NBSVM(beta: 1)
        try model.fit(x, TextFixtures.labels)
        var svm = SparseLinearSVM()
        try svm.fit(x.binarized().scalingColumns(by: model.logCountRatios), TextFixtures.labels)
        #expect(model.interpolatedWeights == svm.coefficients)
    }

    @Test("beta outside [0, 1] is an error")
    func errors() throws {
        let (_, x) = try TextFixtures.counts()
        #expect(throws: MiniMLError.invalidParameter(name: "beta", reason: "must be a number from 0 to 1, not 1.5")) {
            var model = NBSVM(beta: 1.5); try model.fit(x, TextFixtures.labels)
        }
    }
}
