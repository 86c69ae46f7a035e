import MiniML
import Testing

@Suite("Linear models: lasso and elastic net")
struct LinearSparseRegressionTests {
    // One feature, x = (−1, 1), y = (−2, 2): both already centred, Σx² = 2, Σxy = 4, n = 2.
    // Setting the derivative of 1/(2n)·Σ(y − xw)² + αρ|w| + ½α(1 − ρ)w² to zero for w > 0:
    //   (Σx²·w − Σxy)/n + αρ + α(1 − ρ)w = 0  →  (w − 2) + αρ + α(1 − ρ)w = 0
    //   →  w = (2 − αρ) / (1 + α(1 − ρ)), and w = 0 once αρ ≥ 2.
    static let x = Matrix(column: [-1, 1])
    static let y: [Double] = [-2, 2]

    @Test("The lasso soft-thresholds a single feature by hand")
    func lassoByHand() throws {
        // ρ = 1, α = 0.5: w = 2 − 0.5 = 1.5.
        var model = Lasso(alpha: 0.5)
        try model.fit(Self.x, Self.y)
        LinearFixtures.expectClose(model.coefficients, [1.5], within: 1e-12)
        #expect(abs(model.intercept) <= 1e-12)
        // α = 2.5 ≥ 2: the coefficient is exactly zero and the prediction is the mean of y.
        var strong = Lasso(alpha: 2.5)
        try strong.fit(Self.x, Self.y)
        #expect(strong.coefficients == [0])
        #expect(strong.predict(Matrix(column: [10])) == [0])
    }

    @Test("The elastic net shrinks a single feature by hand")
    func elasticNetByHand() throws {
        // α = 0.5, ρ = 0.5: w = (2 − 0.25) / (1 + 0.25) = 1.4.
        var model = ElasticNet(alpha: 0.5, l1Ratio: 0.5)
        try model.fit(Self.x, Self.y)
        LinearFixtures.expectClose(model.coefficients, [1.4], within: 1e-12)
        // ρ = 0 (pure L2), α = 1: w = 2 / (1 + 1) = 1.
        var ridgeLike = ElasticNet(alpha: 1, l1Ratio: 0)
        try ridgeLike.fit(Self.x, Self.y)
        LinearFixtures.expectClose(ridgeLike.coefficients, [1], within: 1e-6)
    }

    @Test("Lasso matches scikit-learn, with exact zeros")
    func lassoMatchesScikitLearn() throws {
        // Same algorithm, same sweeps: agreement to rounding (measured 4e-16).
        // scikit-learn 1.9.1: Lasso(alpha=0.1).fit(X, y) → n_iter_ 4
        var model = Lasso(alpha: 0.1)
        try model.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            model.coefficients, [1.4440883808920666, -1.902603595927531, 0.1978508798510401, 0], within: 1e-12)
        #expect(model.coefficients[3] == 0)
        #expect(abs(model.intercept - 2.8702685760524655) <= 1e-12)
        #expect(model.iterations == 4)

        // scikit-learn 1.9.1: Lasso().fit(X, y) (alpha 1) → coef_[2] and coef_[3] exactly 0
        var strong = Lasso()
        try strong.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(strong.coefficients, [1.0128693080273334, -1.2135839951695218, 0, 0], within: 1e-12)
        #expect(strong.coefficients[2] == 0 && strong.coefficients[3] == 0)
        #expect(abs(strong.intercept - 1.8997673337824414) <= 1e-12)
    }

    @Test("ElasticNet matches scikit-learn")
    func elasticNetMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: ElasticNet(alpha=0.1).fit(X, y) (l1_ratio 0.5)
        var model = ElasticNet(alpha: 0.1)
        try model.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            model.coefficients, [1.4382088966476767, -1.872642871190667, 0.28069163640512645, 0], within: 1e-12)
        #expect(model.coefficients[3] == 0)
        #expect(abs(model.intercept - 2.8253887092614716) <= 1e-12)

        // scikit-learn 1.9.1: ElasticNet(alpha=0.1, l1_ratio=0.2).fit(X, y)
        var mostlyL2 = ElasticNet(alpha: 0.1, l1Ratio: 0.2)
        try mostlyL2.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            mostlyL2.coefficients, [1.4344295246477452, -1.8553745324245063, 0.32224469630988584, 0], within: 1e-12)
        #expect(abs(mostlyL2.intercept - 2.7996483828857492) <= 1e-12)

        // scikit-learn 1.9.1: ElasticNet(alpha=0.1, l1_ratio=0.0).fit(X, y) (no L1 part: its
        // duality gap takes scikit-learn's formulation B)
        var pureL2 = ElasticNet(alpha: 0.1, l1Ratio: 0)
        try pureL2.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            pureL2.coefficients, [1.4318772688329364, -1.8440098827846199, 0.3462164103266756, -0.010639390806472127],
            within: 1e-12)
        #expect(abs(pureL2.intercept - 2.7813964928696446) <= 1e-12)
    }

    @Test("Stopped early, the coefficients and duality gap match scikit-learn's")
    func earlyStopAndDualGap() throws {
        // One sweep from zero leaves Xᵀr beyond the L1 bound, so the gap is computed with
        // scikit-learn's rescaled dual point. scikit-learn 1.9.1 (ConvergenceWarning silenced):
        // Lasso(alpha=0.1, max_iter=1).fit(X, y) → coef_ [1.5264149220770817, -1.886645185350301,
        // 0.21364953813247128, 0], dual_gap_ 0.23623657542179605
        var oneSweep = Lasso(alpha: 0.1, maxIterations: 1)
        try oneSweep.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        #expect(oneSweep.iterations == 1)
        LinearFixtures.expectClose(
            oneSweep.coefficients, [1.5264149220770817, -1.886645185350301, 0.21364953813247128, 0], within: 1e-12)
        #expect(abs(oneSweep.dualGap / 0.23623657542179605 - 1) <= 1e-9)
        // Lasso(alpha=0.01, max_iter=2).fit(X, y) → dual_gap_ 0.007060690009683893
        var twoSweeps = Lasso(alpha: 0.01, maxIterations: 2)
        try twoSweeps.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        #expect(abs(twoSweeps.dualGap / 0.007060690009683893 - 1) <= 1e-9)
        // Converged fits: Lasso(alpha=0.1) → dual_gap_ 4.364935128423989e-06;
        // ElasticNet(alpha=0.1) → 3.3764780827875523e-06 (small differences of large sums: 1e-6 relative).
        var lasso = Lasso(alpha: 0.1)
        try lasso.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        #expect(abs(lasso.dualGap / 4.364935128423989e-06 - 1) <= 1e-6)
        var net = ElasticNet(alpha: 0.1)
        try net.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        #expect(abs(net.dualGap / 3.3764780827875523e-06 - 1) <= 1e-6)
    }

    @Test("Coordinate descent reaches the optimum: a tight tolerance agrees with ridge's closed form")
    func convergesToClosedForm() throws {
        // With ρ = 0 the objective is 1/(2n)||y − Xw − b||² + ½α||w||², i.e. ridge with penalty n·α:
        // ElasticNet(α = 0.1, ρ = 0) on 30 rows is Ridge(alpha: 3), solved exactly.
        var descent = ElasticNet(alpha: 0.1, l1Ratio: 0, tolerance: 1e-12)
        try descent.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        var exact = Ridge(alpha: 3)
        try exact.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(descent.coefficients, exact.coefficients, within: 1e-8)
        #expect(abs(descent.intercept - exact.intercept) <= 1e-8)
    }
}
