import MiniML
import Testing

@Suite("Linear models: least squares and ridge")
struct LinearLeastSquaresTests {
    @Test("An exactly determined system is solved exactly")
    func exactlyDetermined() throws {
        // Three points, three unknowns (b, w₁, w₂):
        //   (0, 0) → 1:  b = 1
        //   (1, 0) → 3:  b + w₁ = 3  → w₁ = 2
        //   (0, 1) → 0:  b + w₂ = 0  → w₂ = −1
        var model = LinearRegression()
        let x = Matrix([[0, 0], [1, 0], [0, 1]])
        try model.fit(x, [1, 3, 0])
        LinearFixtures.expectClose(model.coefficients, [2, -1], within: 1e-12)
        #expect(abs(model.intercept - 1) <= 1e-12)
        LinearFixtures.expectClose(model.predict(x), [1, 3, 0], within: 1e-12)
    }

    @Test("An over-determined line fit matches the hand-computed least squares")
    func overDeterminedWithIntercept() throws {
        // x = 0, 1, 2, 3; y = 1, 3, 2, 5. x̄ = 1.5, ȳ = 2.75.
        // Sxy = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(−0.75) + (1.5)(2.25) = 2.625 − 0.125 − 0.375 + 3.375 = 5.5
        // Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5
        // w = 5.5 / 5 = 1.1; b = 2.75 − 1.1 · 1.5 = 1.1
        var model = LinearRegression()
        try model.fit(Matrix(column: [0, 1, 2, 3]), [1, 3, 2, 5])
        LinearFixtures.expectClose(model.coefficients, [1.1], within: 1e-12)
        #expect(abs(model.intercept - 1.1) <= 1e-12)
    }

    @Test("An over-determined system without intercept matches the normal equations")
    func overDeterminedThroughOrigin() throws {
        // X = [[1, 0], [0, 1], [1, 1]], y = [1, 2, 4].
        // XᵀX = [[2, 1], [1, 2]], Xᵀy = [5, 6], det = 3
        // w₁ = (2·5 − 1·6) / 3 = 4/3; w₂ = (2·6 − 1·5) / 3 = 7/3
        var model = LinearRegression(fitIntercept: false)
        try model.fit(Matrix([[1, 0], [0, 1], [1, 1]]), [1, 2, 4])
        LinearFixtures.expectClose(model.coefficients, [4.0 / 3, 7.0 / 3], within: 1e-12)
        #expect(model.intercept == 0)
    }

    @Test("The intercept of an exact plane far from the origin is recovered")
    func interceptRecovery() throws {
        // y = 4 + 2 x₁ − 3 x₂ exactly, with features around 12 and 100 (not centred).
        let rows: [[Double]] = [[10, 100], [11, 97], [12, 103], [13, 99], [14, 101]]
        let y = rows.map { 4 + 2 * $0[0] - 3 * $0[1] }
        var model = LinearRegression()
        try model.fit(Matrix(rows), y)
        LinearFixtures.expectClose(model.coefficients, [2, -3], within: 1e-10)
        #expect(abs(model.intercept - 4) <= 1e-9)
    }

    @Test("A duplicated column gives the minimum-norm solution and finite predictions")
    func rankDeficientDuplicate() throws {
        // x₂ = 2 x₁ and y = 3 x₁ + 1: every w with w₁ + 2 w₂ = 3 fits exactly; the one of least
        // norm is 3 · (1, 2) / (1² + 2²) = (0.6, 1.2), and b = ȳ − x̄ᵀw = 8.5 − (2.5·0.6 + 5·1.2) = 1.
        let x = Matrix([[1, 2], [2, 4], [3, 6], [4, 8]])
        let y: [Double] = [4, 7, 10, 13]
        var model = LinearRegression()
        try model.fit(x, y)
        LinearFixtures.expectClose(model.coefficients, [0.6, 1.2], within: 1e-12)
        #expect(abs(model.intercept - 1) <= 1e-12)
        LinearFixtures.expectClose(model.predict(x), y, within: 1e-12)

        // Ridge with alpha 0 is least squares, and takes the same minimum-norm solution.
        var ridge = Ridge(alpha: 0)
        try ridge.fit(x, y)
        LinearFixtures.expectClose(ridge.coefficients, [0.6, 1.2], within: 1e-12)
    }

    @Test("Columns collinear up to rounding count as dependent, as in an SVD solver")
    func rankDeficientUpToRounding() throws {
        // x₂ = 0.3·x₁ computed in floating point: after centring, X's singular values are 3.16 and
        // 3e-16 (NumPy 2.4.6), so X is singular to working precision and a solver that trusted the
        // tiny one would return coefficients of order 1e15. With y = x₁ + 1, the minimum-norm
        // solution of w₁ + 0.3·w₂ = 1 is (1, 0.3) / 1.09 = (0.91743…, 0.27523…) and b = 1;
        // scikit-learn 1.9.1: LinearRegression().fit(X, y).coef_ = [0.9174311926605505, 0.27522935779816515].
        let x1: [Double] = [0.1, 0.7, 1.3, 2.9, 3.7]
        let x = Matrix(x1.map { [$0, $0 * 0.3] })
        var model = LinearRegression()
        try model.fit(x, x1.map { $0 + 1 })
        LinearFixtures.expectClose(model.coefficients, [1 / 1.09, 0.3 / 1.09], within: 1e-12)
        #expect(abs(model.intercept - 1) <= 1e-12)
    }

    @Test("A constant column, and more features than samples, give the minimum-norm solution")
    func rankDeficientWide() throws {
        // Constant column: after centring it is zero, so its minimum-norm coefficient is 0 and
        // y = 2 x₁ is recovered exactly.
        var model = LinearRegression()
        try model.fit(Matrix([[1, 5], [2, 5], [3, 5]]), [2, 4, 6])
        LinearFixtures.expectClose(model.coefficients, [2, 0], within: 1e-12)
        #expect(abs(model.intercept) <= 1e-12)

        // Two samples, three features: infinitely many exact fits. Centred, X = [[½, −½, −½], [−½, ½, ½]]
        // (means ½, ½, 5/2) and y = [−2, 2] (mean 3); rank 1 along d = (½, −½, −½), so the
        // minimum-norm w is c·d with d·w = −2: c·¾ = −2, c = −8/3, w = (−4/3, 4/3, 4/3);
        // b = 3 − (½·(−4/3) + ½·(4/3) + (5/2)·(4/3)) = 3 − 10/3 = −1/3.
        // At (7, −3, ½): −1/3 − 28/3 − 12/3 + 2/3 = −13.
        let wide = Matrix([[1, 0, 2], [0, 1, 3]])
        var wideModel = LinearRegression()
        try wideModel.fit(wide, [1, 5])
        LinearFixtures.expectClose(wideModel.coefficients, [-4.0 / 3, 4.0 / 3, 4.0 / 3], within: 1e-12)
        #expect(abs(wideModel.intercept + 1.0 / 3) <= 1e-12)
        LinearFixtures.expectClose(wideModel.predict(wide), [1, 5], within: 1e-12)
        LinearFixtures.expectClose(wideModel.predict(Matrix([[7, -3, 0.5]])), [-13], within: 1e-12)
    }

    @Test("Ridge on a 2×2 system matches the closed form")
    func ridgeTwoByTwo() throws {
        // No intercept, alpha = 1, X = [[1, 2], [3, 4]], y = [1, 1]:
        // XᵀX + I = [[11, 14], [14, 21]], Xᵀy = [4, 6], det = 231 − 196 = 35
        // w₁ = (21·4 − 14·6) / 35 = 0;  w₂ = (11·6 − 14·4) / 35 = 10/35 = 2/7
        var model = Ridge(alpha: 1, fitIntercept: false)
        try model.fit(Matrix([[1, 2], [3, 4]]), [1, 1])
        LinearFixtures.expectClose(model.coefficients, [0, 2.0 / 7], within: 1e-12)
        #expect(model.intercept == 0)
    }

    @Test("Ridge does not penalise the intercept")
    func ridgeIntercept() throws {
        // x = 0, 1, 2, 3; y = 1, 3, 2, 5; alpha = 1. On centred data w = Sxy / (Sxx + α) = 5.5 / 6 = 11/12,
        // and b = ȳ − w·x̄ = 2.75 − (11/12)·1.5 = 1.375 (a penalised b would be pulled towards 0).
        var model = Ridge(alpha: 1)
        try model.fit(Matrix(column: [0, 1, 2, 3]), [1, 3, 2, 5])
        LinearFixtures.expectClose(model.coefficients, [11.0 / 12], within: 1e-12)
        #expect(abs(model.intercept - 1.375) <= 1e-12)
    }

    @Test("Ridge with more features than samples (dual form) matches the primal solution")
    func ridgeWide() throws {
        // X = [[1, 0, 1], [0, 1, 1]], y = [1, 2], alpha = 1, no intercept.
        // Dual: XXᵀ + I = [[3, 1], [1, 3]], a = (1/8)·[[3, −1], [−1, 3]]·[1, 2] = (1/8, 5/8),
        // w = Xᵀa = (1/8, 5/8, 6/8). Primal check, (XᵀX + I)w = Xᵀy = [1, 2, 3]:
        // [[2, 0, 1], [0, 2, 1], [1, 1, 3]]·(0.125, 0.625, 0.75) = (1, 2, 3).
        var model = Ridge(alpha: 1, fitIntercept: false)
        try model.fit(Matrix([[1, 0, 1], [0, 1, 1]]), [1, 2])
        LinearFixtures.expectClose(model.coefficients, [0.125, 0.625, 0.75], within: 1e-12)
    }

    @Test("LinearRegression and Ridge match scikit-learn on the 30×4 dataset")
    func matchScikitLearn() throws {
        // scikit-learn 1.9.1: LinearRegression().fit(X, y)
        var linear = LinearRegression()
        try linear.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            linear.coefficients, [1.5028703176143, -1.9908322131802583, 0.47169291068431884, 0.00312037985224764], within: 1e-10)
        #expect(abs(linear.intercept - 2.991223012917174) <= 1e-10)

        // scikit-learn 1.9.1: Ridge().fit(X, y)
        var ridge = Ridge()
        try ridge.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            ridge.coefficients, [1.47824601978933, -1.9390903637063246, 0.4227542571297513, -0.0029229670141005977], within: 1e-10)
        #expect(abs(ridge.intercept - 2.9171428408355906) <= 1e-10)

        // scikit-learn 1.9.1: Ridge(alpha=10, fit_intercept=False).fit(X, y)
        var origin = Ridge(alpha: 10, fitIntercept: false)
        try origin.fit(LinearFixtures.x, LinearFixtures.regressionTarget)
        LinearFixtures.expectClose(
            origin.coefficients, [1.3780346066573115, -0.6481229920873459, 0.1341661389094151, -0.20848696987190077], within: 1e-10)
        #expect(origin.intercept == 0)
        #expect(origin.featureImportances == origin.coefficients.map(abs))
    }
}
