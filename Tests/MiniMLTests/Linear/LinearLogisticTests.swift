import Foundation
import MiniML
import Testing

@Suite("Linear models: logistic regression")
struct LinearLogisticTests {
    @Test("Binary: coefficients and probabilities match scikit-learn")
    func binaryMatchesScikitLearn() throws {
        // The optimum, from scikit-learn 1.9.1's Newton solver on the same objective:
        // LogisticRegression(solver="newton-cholesky", tol=1e-14, max_iter=1000).fit(X, yb)
        // (its lbfgs with tol=1e-10 stops on its function-decrease test 2e-9 away from this).
        let coefficients = [1.173546690590418, -1.1852168726135455, 0.7927366008402207, 0.020199324116201126]
        let intercept = 1.7229928203326332
        // ….predict_proba(X[:5])[:, 1]
        let probabilities = [0.43164076935443496, 0.9568708357836184, 0.9888997725134948, 0.9936589743671951, 0.8358311898948252]

        var tight = LogisticRegression(maxIterations: 10_000, tolerance: 1e-10)
        try tight.fit(LinearFixtures.x, LinearFixtures.binaryTarget)
        #expect(tight.classes == [0, 1])
        #expect(tight.coefficients.rows == 1)
        LinearFixtures.expectClose(tight.coefficients.values, coefficients, within: 1e-6)
        LinearFixtures.expectClose(tight.intercept, [intercept], within: 1e-6)
        let tightProbabilities = tight.predictProbabilities(LinearFixtures.firstRows)
        LinearFixtures.expectClose(tightProbabilities.column(1), probabilities, within: 1e-7)
        LinearFixtures.expectClose(tightProbabilities.column(0), probabilities.map { 1 - $0 }, within: 1e-7)

        // Defaults (tol 1e-4, max_iter 100) stop near, not at, the optimum, as scikit-learn's do: its
        // default lbfgs fit lands 1e-4 from these coefficients and 1e-5 from these probabilities;
        // this one measured 3.7e-4 and 3.3e-5.
        var model = LogisticRegression()
        try model.fit(LinearFixtures.x, LinearFixtures.binaryTarget)
        LinearFixtures.expectClose(model.predictProbabilities(LinearFixtures.firstRows).column(1), probabilities, within: 1e-4)
        LinearFixtures.expectClose(model.coefficients.values, coefficients, within: 1e-3)
        #expect(model.featureImportances == model.coefficients.values.map(abs))
    }

    @Test("Three classes: multinomial coefficients and probabilities match scikit-learn")
    func multinomialMatchesScikitLearn() throws {
        // The optimum, from scikit-learn 1.9.1's Newton solver on the same (multinomial) objective:
        // LogisticRegression(solver="newton-cholesky", tol=1e-14, max_iter=1000).fit(X, y3)
        // (its lbfgs with tol=1e-10 stops on its function-decrease test 5e-7 away from this).
        let coefficients: [[Double]] = [
            [-1.5919356355147767, -0.11225706451225867, -0.47683496201546627, 0.42717848339913483],
            [-0.13453709926313806, 0.12027374122217832, 0.05835668244785111, -0.4042005194494072],
            [1.7264727347779139, -0.008016676709920878, 0.4184782795676154, -0.0229779639497275],
        ]
        let intercepts = [-1.0468332599712553, 0.6068691049094, 0.4399641550618553]
        // ….predict_proba(X[:5])
        let probabilities: [[Double]] = [
            [0.07684649035017596, 0.6814550756189448, 0.24169843403087926],
            [0.0012718690910860928, 0.11850554288576275, 0.8802225880231512],
            [0.0004054945773233107, 0.03574384908162382, 0.9638506563410528],
            [0.0003631619438725799, 0.026397364867687508, 0.97323947318844],
            [0.010127273087981652, 0.29947105299215315, 0.6904016739198652],
        ]
        // ….predict(X)
        let predictions: [Double] = [
            1, 2, 2, 2, 2, 0, 0, 0, 0, 1, 2, 2, 2, 2, 1, 1, 0, 1, 2, 2, 2, 2, 2, 1, 0, 1, 1, 1, 2, 2,
        ]

        var tight = LogisticRegression(maxIterations: 10_000, tolerance: 1e-10)
        try tight.fit(LinearFixtures.x, LinearFixtures.threeClassTarget)
        #expect(tight.classes == [0, 1, 2])
        for (actual, expected) in zip(LinearFixtures.rows(tight.coefficients), coefficients) {
            LinearFixtures.expectClose(actual, expected, within: 1e-6)
        }
        LinearFixtures.expectClose(tight.intercept, intercepts, within: 1e-6)
        for (actual, expected) in zip(LinearFixtures.rows(tight.predictProbabilities(LinearFixtures.firstRows)), probabilities) {
            LinearFixtures.expectClose(actual, expected, within: 1e-7)
        }
        #expect(tight.predict(LinearFixtures.x) == predictions)

        // Defaults: scikit-learn's default lbfgs fit lands 2e-5 from these probabilities; this one
        // measured 8.4e-5 (both stop once the gradient is below 1e-4, at different points).
        var model = LogisticRegression()
        try model.fit(LinearFixtures.x, LinearFixtures.threeClassTarget)
        for (actual, expected) in zip(LinearFixtures.rows(model.predictProbabilities(LinearFixtures.firstRows)), probabilities) {
            LinearFixtures.expectClose(actual, expected, within: 2e-4)
        }
        // Unpenalised multinomial intercepts are fixed only up to a common shift; starting from
        // zero, L-BFGS keeps their sum at zero, as scikit-learn's does.
        #expect(abs(model.intercept.reduce(0, +)) <= 1e-12)
        // Importances: |w| averaged over the three classes.
        let expectedImportances = (0..<4).map { j in (0..<3).reduce(0) { $0 + abs(model.coefficients[$1, j]) } / 3 }
        LinearFixtures.expectClose(model.featureImportances, expectedImportances, within: 0)
    }

    @Test("Labels need not be 0…K−1; probabilities follow the sorted classes and sum to 1")
    func sparseLabels() throws {
        // The three-class data relabelled 0 → 2, 1 → 5, 2 → 9: the same model up to the names.
        let relabelled = LinearFixtures.threeClassTarget.map { [2.0, 5, 9][Int($0)] }
        var model = LogisticRegression()
        try model.fit(LinearFixtures.x, relabelled)
        var reference = LogisticRegression()
        try reference.fit(LinearFixtures.x, LinearFixtures.threeClassTarget)
        #expect(model.classes == [2, 5, 9])
        #expect(model.predictProbabilities(LinearFixtures.x) == reference.predictProbabilities(LinearFixtures.x))
        #expect(model.predict(LinearFixtures.x) == reference.predict(LinearFixtures.x).map { [2.0, 5, 9][Int($0)] })
        for row in LinearFixtures.rows(model.predictProbabilities(LinearFixtures.x)) {
            #expect(abs(row.reduce(0, +) - 1) <= 1e-12)
        }
    }

    @Test("Separable data stays finite: the L2 penalty bounds the weights")
    func separable() throws {
        // x < 0 → 0, x > 0 → 1: without a penalty the weight would grow without bound.
        let x = Matrix(column: [-3, -2, -1, 1, 2, 3])
        let y: [Double] = [0, 0, 0, 1, 1, 1]
        var model = LogisticRegression(C: 1e6)
        try model.fit(x, y)
        #expect(model.coefficients.values.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(model.predict(x) == y)
    }
}
