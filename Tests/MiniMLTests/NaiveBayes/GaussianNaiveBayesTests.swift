import Foundation
import MiniML
import Testing

@Suite("Gaussian naive Bayes")
struct GaussianNaiveBayesTests {
    @Test func handComputedMeansVariancesAndPosterior() throws {
        // Class 0: x = 0, 2 → mean 1, variance ((0−1)² + (2−1)²) / 2 = 1, prior 2/5.
        // Class 1: x = 4, 6, 8 → mean 6, variance (4 + 0 + 4) / 3 = 8/3, prior 3/5.
        // All rows: mean 4, variance (16 + 4 + 0 + 4 + 16) / 5 = 8 → ε = 1e-9 × 8 = 8e-9 added to both.
        var model = GaussianNaiveBayes()
        try model.fit(Matrix(column: [0, 2, 4, 6, 8]), [0, 0, 1, 1, 1])
        let v0 = 1 + 8e-9
        let v1 = 8.0 / 3 + 8e-9
        #expect(model.classes == [0, 1])
        #expect(model.classPriors == [0.4, 0.6])
        #expect(model.means.values == [1, 6])
        #expect(isClose(model.variances[0, 0], v0))
        #expect(isClose(model.variances[1, 0], v1))
        // At x = 3: log P(c, x) = ln π_c − ½ ln(2π v_c) − ½ (3 − μ_c)² / v_c, then P(0 | x) = 1 / (1 + e^(l1 − l0)).
        let l0 = log(0.4) - 0.5 * log(2 * Double.pi * v0) - 0.5 * 4 / v0
        let l1 = log(0.6) - 0.5 * log(2 * Double.pi * v1) - 0.5 * 9 / v1
        let p0 = 1 / (1 + exp(l1 - l0))
        // scikit-learn 1.9.1: GaussianNB().fit([[0],[2],[4],[6],[8]], [0,0,1,1,1]).predict_proba([[3]])
        //   = [[0.44335658369290515, 0.5566434163070948]]
        #expect(isClose(p0, 0.44335658369290515))
        let probabilities = model.predictProbabilities(Matrix(column: [3]))
        #expect(isClose(probabilities[0, 0], p0))
        #expect(isClose(probabilities[0, 1], 1 - p0))
        #expect(model.predict(Matrix(column: [3, 0.5, 9])) == [1, 0, 1])
    }

    /// The formula-generated data of `matchesScikitLearn`: 45 rows, 3 features, classes i % 3.
    /// Python: c = i % 3; row i = [c*1.5 + ((i*13+5) % 17)/8.0, -c*0.75 + ((i*29+3) % 23)/5.0,
    /// ((i*7+1) % 11)/3.0 + c*c*0.5]; queries [[((j*5+1) % 9)/2.0, ((j*3+2) % 7)/1.5, ((j*11+4) % 13)/2.5]
    /// for j in range(5)] + [[50.0, -40.0, 30.0]] (far from everything: only log-space survives it).
    private static let referenceData: (x: Matrix, y: [Double], queries: Matrix) = {
        let rows = (0..<45).map { i -> [Double] in
            let c = Double(i % 3)
            let first: Double = c * 1.5 + Double((i * 13 + 5) % 17) / 8.0
            let second: Double = -c * 0.75 + Double((i * 29 + 3) % 23) / 5.0
            let third: Double = Double((i * 7 + 1) % 11) / 3.0 + c * c * 0.5
            return [first, second, third]
        }
        let nearby = (0..<5).map { j -> [Double] in
            let first: Double = Double((j * 5 + 1) % 9) / 2.0
            let second: Double = Double((j * 3 + 2) % 7) / 1.5
            let third: Double = Double((j * 11 + 4) % 13) / 2.5
            return [first, second, third]
        }
        let queries: [[Double]] = nearby + [[50, -40, 30]]
        return (Matrix(rows), (0..<45).map { Double($0 % 3) }, Matrix(queries))
    }()

    @Test func matchesScikitLearn() throws {
        let data = Self.referenceData
        var model = GaussianNaiveBayes()
        try model.fit(data.x, data.y)
        // scikit-learn 1.9.1 (NumPy 2.4.6): m = GaussianNB().fit(X, y); m.theta_, m.var_, m.class_prior_.
        let means = [1.0333333333333334, 2.1866666666666665, 1.6666666666666667,
                     2.4583333333333335, 1.4100000000000004, 2.2999999999999994,
                     4.025, 0.6333333333333333, 3.4444444444444446]
        let variances = [0.3405555576827332, 1.8531555576827337, 1.4222222243494,
                         0.3972222243494, 1.6650666687938447, 0.9007407428679184,
                         0.4066666687938444, 1.656888891016067, 0.9876543231148324]
        #expect(zip(model.means.values, means).allSatisfy { isClose($0, $1) })
        #expect(zip(model.variances.values, variances).allSatisfy { isClose($0, $1) })
        #expect(model.classPriors.allSatisfy { isClose($0, 1.0 / 3) })
        // m.predict_proba(Q) and m.predict(Q); probabilities within 1e-9 absolute.
        let expected = [
            0.9863535403782788, 0.01364638388686182, 7.57348589783119e-08,
            0.022183261917725162, 0.9654567045325988, 0.012360033549675664,
            0.981528818216302, 0.018471000797802787, 1.809858953786766e-07,
            5.384507144413723e-05, 0.101200673728568, 0.8987454811999882,
            0.39114914110971405, 0.6059343088106595, 0.0029165500796263294,
            0.0, 8.330632642210436e-145, 1.0,
        ]
        let probabilities = model.predictProbabilities(data.queries)
        #expect(probabilities.rows == 6 && probabilities.columns == 3)
        #expect(zip(probabilities.values, expected).allSatisfy { abs($0 - $1) <= 1e-9 })
        #expect(model.predict(data.queries) == [0, 1, 0, 2, 1, 2])
    }

    @Test func fittingIsDeterministicAndRowsSumToOne() throws {
        let data = Self.referenceData
        var first = GaussianNaiveBayes()
        var second = GaussianNaiveBayes()
        try first.fit(data.x, data.y)
        try second.fit(data.x, data.y)
        let probabilities = first.predictProbabilities(data.queries)
        #expect(second.predictProbabilities(data.queries) == probabilities)
        for row in 0..<probabilities.rows {
            #expect(abs(probabilities.row(row).reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func predictsTheClassLabelsItWasGiven() throws {
        var model = GaussianNaiveBayes()
        try model.fit(Matrix(column: [0, 1, 10, 11]), [3, 3, 7, 7])
        #expect(model.classes == [3, 7])
        #expect(model.predict(Matrix(column: [-2, 12])) == [3, 7])
    }

    @Test func fitRejectsBadInputs() {
        var model = GaussianNaiveBayes()
        let x = Matrix(column: [0, 1, 2, 3])
        #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 2), []) }
        #expect(throws: MiniMLError.shapeMismatch("4 rows but 3 targets")) { try model.fit(x, [0, 1, 1]) }
        #expect(throws: MiniMLError.self) { try model.fit(Matrix(column: [0, .infinity, 2, 3]), [0, 0, 1, 1]) }
        #expect(throws: MiniMLError.invalidInput("only one class (0.0) in the targets")) { try model.fit(x, [0, 0, 0, 0]) }
        var negative = GaussianNaiveBayes(varianceSmoothing: -1e-9)
        #expect(throws: MiniMLError.invalidParameter(name: "var_smoothing", reason: "must be a finite number ≥ 0, not -1e-09")) {
            try negative.fit(x, [0, 0, 1, 1])
        }
    }

    @Test func fitRejectsAVarianceThatStaysZero() {
        // Every feature constant: the largest variance is 0, so smoothing adds nothing.
        var model = GaussianNaiveBayes()
        #expect(throws: MiniMLError.self) { try model.fit(Matrix(column: [2, 2, 2, 2]), [0, 0, 1, 1]) }
        // No smoothing and a feature constant within class 0.
        var unsmoothed = GaussianNaiveBayes(varianceSmoothing: 0)
        #expect(throws: MiniMLError.numerical("feature 0 has variance 0 in class 0.0 even after smoothing; raise var_smoothing or drop the feature")) {
            try unsmoothed.fit(Matrix(column: [1, 1, 2, 3]), [0, 0, 1, 1])
        }
        // With the default smoothing the same data fits.
        #expect(throws: Never.self) { try model.fit(Matrix(column: [1, 1, 2, 3]), [0, 0, 1, 1]) }
    }
}
