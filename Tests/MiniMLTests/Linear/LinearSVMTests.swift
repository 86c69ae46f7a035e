import MiniML
import Testing

@Suite("Linear models: linear SVM")
struct LinearSVMTests {
    @Test("Binary: decision values at the optimum match scikit-learn's LinearSVC")
    func binaryMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: LinearSVC(dual=True, tol=1e-10, max_iter=1000000, random_state=0).fit(X, yb)
        // (the optimum is unique, so the seed does not matter at this tolerance; measured 3e-11)
        var model = LinearSVM(maxIterations: 1_000_000, tolerance: 1e-10)
        try model.fit(LinearFixtures.x, LinearFixtures.binaryTarget)
        LinearFixtures.expectClose(
            model.coefficients.values, [0.6507432587418254, -0.696483368496691, 0.6229866952190405, 0.024064948748813087],
            within: 1e-8)
        LinearFixtures.expectClose(model.intercept, [1.0019929629265767], within: 1e-8)
        // ….decision_function(X[:5])
        LinearFixtures.expectClose(
            model.decisionFunction(LinearFixtures.firstRows),
            [-0.34154204953796796, 1.8133088042582028, 2.4836041642320676, 3.054345526104373, 0.94470739676598], within: 1e-8)
    }

    @Test("Binary with defaults: predictions match scikit-learn's LinearSVC")
    func binaryDefaults() throws {
        // scikit-learn 1.9.1: LinearSVC(random_state=0).fit(X, yb).predict(X)
        // (it picks the primal solver here; both stop near the same optimum: measured 1.3e-5 apart
        // in decision value from the optimum above)
        var model = LinearSVM()
        try model.fit(LinearFixtures.x, LinearFixtures.binaryTarget)
        #expect(model.predict(LinearFixtures.x) == [
            0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0,
        ])
        LinearFixtures.expectClose(
            model.decisionFunction(LinearFixtures.firstRows),
            [-0.34154204953796796, 1.8133088042582028, 2.4836041642320676, 3.054345526104373, 0.94470739676598], within: 1e-3)
        #expect(model.featureImportances == model.coefficients.values.map(abs))
    }

    @Test("Three classes: one-vs-rest weights and predictions match scikit-learn's LinearSVC")
    func oneVersusRest() throws {
        // scikit-learn 1.9.1: LinearSVC(dual=True, tol=1e-10, max_iter=1000000, random_state=0).fit(X, y3)
        let coefficients: [[Double]] = [
            [-1.1320824442459902, -0.21873579752053696, -0.5781672747463267, 0.2883160764461242],
            [-0.230430395522606, 0.09570386663242147, -0.012117079548476852, -0.4155769499708234],
            [1.128836841239044, -0.0616563875231778, 0.4459765017801352, 0.058892869296284706],
        ]
        let intercepts = [-1.1024720313030414, -0.5007183345772908, -0.2191151943604271]
        // ….predict(X)
        let predictions: [Double] = [
            1, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 2, 2, 1, 1, 0, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 2, 2,
        ]
        var model = LinearSVM(maxIterations: 1_000_000, tolerance: 1e-10)
        try model.fit(LinearFixtures.x, LinearFixtures.threeClassTarget)
        #expect(model.classes == [0, 1, 2])
        for (actual, expected) in zip(LinearFixtures.rows(model.coefficients), coefficients) {
            LinearFixtures.expectClose(actual, expected, within: 1e-8)
        }
        LinearFixtures.expectClose(model.intercept, intercepts, within: 1e-8)
        #expect(model.predict(LinearFixtures.x) == predictions)
        #expect(model.decisionValues(LinearFixtures.x).columns == 3)

        var defaults = LinearSVM()
        try defaults.fit(LinearFixtures.x, LinearFixtures.threeClassTarget)
        #expect(defaults.predict(LinearFixtures.x) == predictions)
    }

    @Test("The intercept is penalised as in LIBLINEAR, scaled by intercept_scaling, or removed")
    func interceptHandling() throws {
        // One sample per class at x = ±1 (labels 0 at −1, 1 at +1). By symmetry b = 0 and the
        // squared-hinge problem ½(w² + b²) + C·2·(1 − w)² with C = 1 gives w − 4(1 − w) = 0, w = 0.8.
        let x = Matrix(column: [-1, 1])
        var model = LinearSVM(maxIterations: 10_000, tolerance: 1e-12)
        try model.fit(x, [0, 1])
        LinearFixtures.expectClose(model.coefficients.values, [0.8], within: 1e-9)
        LinearFixtures.expectClose(model.intercept, [0], within: 1e-9)

        // Both samples on one side (x = 1 → 0, x = 3 → 1), no intercept: with w alone,
        // ½w² + (1 + w)² + (1 − 3w)² has derivative w + 2(1 + w) − 6(1 − 3w) = 21w − 4, so w = 4/21;
        // with an intercept feature of value 1 (penalised): minimise
        // ½(w² + b²) + (1 + w + b)² + (1 − 3w − b)²  →  w: 21w + 8b − 4 = 0,  b: 8w + 5b = 0
        // →  b = −8w/5, 21w − 64w/5 = 4, w = 20/41, b = −32/41.
        let offset = Matrix(column: [1, 3])
        var through = LinearSVM(fitIntercept: false, maxIterations: 10_000, tolerance: 1e-12)
        try through.fit(offset, [0, 1])
        LinearFixtures.expectClose(through.coefficients.values, [4.0 / 21], within: 1e-9)
        #expect(through.intercept == [0])
        var penalised = LinearSVM(maxIterations: 10_000, tolerance: 1e-12)
        try penalised.fit(offset, [0, 1])
        LinearFixtures.expectClose(penalised.coefficients.values, [20.0 / 41], within: 1e-9)
        LinearFixtures.expectClose(penalised.intercept, [-32.0 / 41], within: 1e-9)

        // intercept_scaling s = 2: the constant feature is 2, b = 2·w_b, so the penalty on b is b²/s²:
        // ½(w² + b²/4) + (1 + w + b)² + (1 − 3w − b)²  →  w: 21w + 8b − 4 = 0,  b: b/4 + 4b + 8w = 0
        // →  b = −32w/17, (21 − 256/17)w = 4, w = 68/101, b = −128/101 (both margins active:
        // 1 + w + b = 41/101, 1 − 3w − b = 25/101).
        var scaled = LinearSVM(interceptScaling: 2, maxIterations: 10_000, tolerance: 1e-12)
        try scaled.fit(offset, [0, 1])
        LinearFixtures.expectClose(scaled.coefficients.values, [68.0 / 101], within: 1e-9)
        LinearFixtures.expectClose(scaled.intercept, [-128.0 / 101], within: 1e-9)

        // scikit-learn 1.9.1: LinearSVC(dual=True, tol=1e-10, max_iter=1000000, random_state=0,
        //   intercept_scaling=10).fit(X, yb)
        var wide = LinearSVM(interceptScaling: 10, maxIterations: 1_000_000, tolerance: 1e-10)
        try wide.fit(LinearFixtures.x, LinearFixtures.binaryTarget)
        LinearFixtures.expectClose(
            wide.coefficients.values, [0.7129671973101716, -0.7968326891289601, 0.6676938776919457, 0.033639554309550415],
            within: 1e-8)
        LinearFixtures.expectClose(wide.intercept, [1.1871440857277296], within: 1e-8)
    }
}
