import Foundation
import MiniML
import Testing

@Suite("k-nearest neighbours")
struct KNearestNeighborsTests {
    /// A fitted model, for examples whose data is known to be valid.
    private func fitted(
        _ task: Task, _ x: Matrix, _ y: [Double], k: Int,
        weighting: KNearestNeighbors.Weighting = .uniform, metric: KNearestNeighbors.DistanceMetric = .euclidean
    ) throws -> KNearestNeighbors {
        var model = KNearestNeighbors(task: task, neighborCount: k, weighting: weighting, metric: metric)
        try model.fit(x, y)
        return model
    }

    @Test func regressionAveragesTheNearestRows() throws {
        let x = Matrix(column: [0, 1, 2, 3, 10])
        let y: [Double] = [0, 10, 20, 30, 100]
        // Query 1.4: the two nearest are 1 (distance 0.4) and 2 (0.6).
        // Uniform: (10 + 20) / 2 = 15. Distance: (10/0.4 + 20/0.6) / (1/0.4 + 1/0.6) = 58⅓ / 4⅙ = 14.
        // Query 100: the two nearest are 10 and 3: (100 + 30) / 2 = 65.
        let uniform = try fitted(.regression, x, y, k: 2)
        let predictions = uniform.predict(Matrix(column: [1.4, 100]))
        #expect(isClose(predictions[0], 15))
        #expect(predictions[1] == 65)
        let weighted = try fitted(.regression, x, y, k: 2, weighting: .distance)
        #expect(isClose(weighted.predict(Matrix(column: [1.4]))[0], 14))
    }

    @Test func equalDistancesGoToTheLowerTrainingRow() throws {
        // Query 0 with k = 1: rows at 1 and -1 are both at distance 1; the first row wins.
        #expect(try fitted(.regression, Matrix(column: [1, -1, 3]), [10, 20, 30], k: 1).predict(Matrix(column: [0])) == [10])
        #expect(try fitted(.regression, Matrix(column: [-1, 1, 3]), [20, 10, 30], k: 1).predict(Matrix(column: [0])) == [20])
        // Three rows tie at distance 1 for two places: rows 1 and 2 are taken, (10 + 20) / 2 = 15,
        // not row 3's 40.
        let tied = try fitted(.regression, Matrix(column: [3, 1, -1, 1]), [0, 10, 20, 40], k: 2)
        #expect(tied.predict(Matrix(column: [0])) == [15])
    }

    @Test func equalVotesGoToTheLowerClass() throws {
        // One neighbour of class 1 and one of class 0, both at distance 1: P = [0.5, 0.5] → class 0.
        let model = try fitted(.classification, Matrix(column: [-1, 1]), [1, 0], k: 2)
        #expect(model.predictProbabilities(Matrix(column: [0])).values == [0.5, 0.5])
        #expect(model.predict(Matrix(column: [0])) == [0])
    }

    @Test func exactMatchesTakeAllTheWeightWithDistanceWeights() throws {
        // Query 1 with k = 2: row 1 (distance 0) and row 0 (distance 1, tied with row 2, lower row).
        // Uniform: (10 + 0) / 2 = 5. Distance: only the exact match counts: 10.
        let x = Matrix(column: [0, 1, 2])
        let y: [Double] = [0, 10, 20]
        #expect(try fitted(.regression, x, y, k: 2).predict(Matrix(column: [1])) == [5])
        #expect(try fitted(.regression, x, y, k: 2, weighting: .distance).predict(Matrix(column: [1])) == [10])
        // Two exact matches share the weight equally: (2 + 4) / 2 = 3; uniform: (2 + 4 + 100) / 3.
        let duplicates = Matrix(column: [1, 1, 5])
        #expect(try fitted(.regression, duplicates, [2, 4, 100], k: 3, weighting: .distance).predict(Matrix(column: [1])) == [3])
        #expect(try fitted(.regression, duplicates, [2, 4, 100], k: 3).predict(Matrix(column: [1])) == [106.0 / 3])
        // As in scikit-learn (which tests 1/distance for infinity), a distance whose inverse overflows
        // counts as exact: 1 / (leastNormalMagnitude / 16 ≈ 1.4e-309) = +inf, so rows 0 and that tiny
        // value share the weight: (2 + 4) / 2 = 3, and row 1 is left out.
        let subnormal = Matrix(column: [0, Double.leastNormalMagnitude / 16, 1])
        #expect(try fitted(.regression, subnormal, [2, 4, 100], k: 3, weighting: .distance).predict(Matrix(column: [0])) == [3])
        // Classification: the exact match's class gets probability 1.
        let classifier = try fitted(.classification, x, [0, 1, 0], k: 3, weighting: .distance)
        #expect(classifier.predictProbabilities(Matrix(column: [1])).values == [0, 1])
    }

    @Test func theMetricChoosesTheNeighbour() throws {
        // From (0, 0): (2, 2) is at euclidean 2.83 and manhattan 4; (3, 0) at 3 and 3.
        let x = Matrix([[2, 2], [3, 0]])
        let query = Matrix([[0, 0]])
        #expect(try fitted(.regression, x, [1, 2], k: 1, metric: .euclidean).predict(query) == [1])
        #expect(try fitted(.regression, x, [1, 2], k: 1, metric: .manhattan).predict(query) == [2])
    }

    @Test func classificationProbabilitiesByHand() throws {
        // Classes 0, 4, 7 (labels need not be consecutive). From (0, 0.5) the three nearest are
        // (0, 0) class 0 at 0.5, (1, 0) class 4 at √1.25, (0, 2) class 4 at 1.5.
        let x = Matrix([[0, 0], [1, 0], [0, 2], [3, 0], [5, 5]])
        let y: [Double] = [0, 4, 4, 7, 7]
        let query = Matrix([[0, 0.5]])
        let uniform = try fitted(.classification, x, y, k: 3)
        #expect(uniform.classes == [0, 4, 7])
        #expect(uniform.predictProbabilities(query).values == [1.0 / 3, 2.0 / 3, 0])
        #expect(uniform.predict(query) == [4])
        // Distance weights 1/0.5 = 2, 1/√1.25 ≈ 0.894, 1/1.5 ≈ 0.667: P(0) = 2 / 3.561 ≈ 0.562 → class 0.
        let weighted = try fitted(.classification, x, y, k: 3, weighting: .distance)
        let total = 2 + 1 / 1.25.squareRoot() + 1 / 1.5
        let probabilities = weighted.predictProbabilities(query).values
        #expect(isClose(probabilities[0], 2 / total))
        #expect(isClose(probabilities[1], (1 / 1.25.squareRoot() + 1 / 1.5) / total))
        #expect(probabilities[2] == 0)
        #expect(weighted.predict(query) == [0])
    }

    /// The formula-generated data of `matchesScikitLearn`: 30 training rows and 8 queries, 2 features.
    /// Python: A = [(i*37+11) % 101 for i in range(30)], B = [(i*53+7) % 97 for i in range(30)],
    /// X = [[a/7.0, b/9.0]], y = [((i*17) % 23)/4], classes = 0 if 9a+7b < 900 else (1 if a > b else 2);
    /// queries [[((j*29+5) % 103)/7.0, ((j*41+3) % 89)/9.0] for j in range(8)].
    /// No query has a tie at the 5th/6th neighbour (checked with exact fractions), so the neighbour sets agree.
    private static let referenceData: (x: Matrix, values: [Double], classes: [Double], queries: Matrix) = {
        let a = (0..<30).map { ($0 * 37 + 11) % 101 }
        let b = (0..<30).map { ($0 * 53 + 7) % 97 }
        let x = Matrix((0..<30).map { i -> [Double] in [Double(a[i]) / 7.0, Double(b[i]) / 9.0] })
        let values = (0..<30).map { i -> Double in Double((i * 17) % 23) / 4 }
        let classes = (0..<30).map { i -> Double in 9 * a[i] + 7 * b[i] < 900 ? 0 : (a[i] > b[i] ? 1 : 2) }
        let queries = Matrix((0..<8).map { j -> [Double] in
            let first: Double = Double((j * 29 + 5) % 103) / 7.0
            let second: Double = Double((j * 41 + 3) % 89) / 9.0
            return [first, second]
        })
        return (x, values, classes, queries)
    }()

    // scikit-learn 1.9.1 (NumPy 2.4.6): KNeighborsRegressor(n_neighbors=5, weights=w, metric=m).fit(X, y).predict(Q)
    // and KNeighborsClassifier(n_neighbors=5, weights=w, metric=m).fit(X, classes).predict_proba(Q) / .predict(Q).
    @Test(arguments: [
        (
            "uniform", "euclidean",
            [1.55, 3.8, 2.05, 3.15, 3.05, 3.15, 2.1, 1.55],
            [[1.0, 0, 0], [1, 0, 0], [0.2, 0, 0.8], [0.2, 0.8, 0], [0.8, 0, 0.2], [1, 0, 0], [0, 0.4, 0.6], [1, 0, 0]]
        ),
        (
            "distance", "euclidean",
            [0.9448630459349913, 3.5520301112202546, 1.7123981656207197, 3.2002469175659636,
             2.532818164029606, 3.310476685914902, 2.0993298516005896, 1.5778526146074174],
            [[1.0, 0, 0], [1, 0, 0], [0.09132277989739816, 0, 0.9086772201026018],
             [0.1868767749736522, 0.8131232250263478, 0], [0.9145350618388554, 0, 0.08546493816114464],
             [1, 0, 0], [0, 0.39119442108384106, 0.6088055789161589], [1, 0, 0]]
        ),
        (
            "uniform", "manhattan",
            [1.55, 2.85, 1.8, 3.15, 3.05, 3.15, 2.1, 1.55],
            [[1.0, 0, 0], [1, 0, 0], [0, 0, 1], [0.2, 0.8, 0], [0.8, 0, 0.2], [1, 0, 0], [0, 0.4, 0.6], [1, 0, 0]]
        ),
        (
            "distance", "manhattan",
            [1.0359396707180784, 3.103057025619664, 1.5939239614990142, 3.271387001867502,
             2.617223661454334, 3.2575241297538673, 2.129789584293557, 1.7307139988000895],
            [[1.0, 0, 0], [1, 0, 0], [0, 0, 1], [0.17932695126309028, 0.8206730487369097, 0],
             [0.9179039677356853, 0, 0.08209603226431478], [1, 0, 0], [0, 0.40295879695341763, 0.5970412030465824], [1, 0, 0]]
        ),
    ] as [(String, String, [Double], [[Double]])])
    func matchesScikitLearn(weights: String, metric: String, values: [Double], probabilities: [[Double]]) throws {
        let data = Self.referenceData
        let weighting = try #require(KNearestNeighbors.Weighting(rawValue: weights))
        let distance = try #require(KNearestNeighbors.DistanceMetric(rawValue: metric))
        // Tolerance 1e-9: scikit-learn's euclidean distances use ‖a‖² − 2a·b + ‖b‖², which rounds differently.
        let regressor = try fitted(.regression, data.x, data.values, k: 5, weighting: weighting, metric: distance)
        #expect(allClose(regressor.predict(data.queries), values, tolerance: 1e-9))
        let classifier = try fitted(.classification, data.x, data.classes, k: 5, weighting: weighting, metric: distance)
        #expect(allClose(classifier.predictProbabilities(data.queries).values, probabilities.flatMap { $0 }, tolerance: 1e-9))
        // scikit-learn 1.9.1: .predict(Q) = [0, 0, 2, 1, 0, 0, 2, 0] for all four settings.
        #expect(classifier.predict(data.queries) == [0, 0, 2, 1, 0, 0, 2, 0])
    }

    @Test(arguments: [KNearestNeighbors.Weighting.uniform, .distance])
    func predictionsDoNotDependOnHowQueriesAreSplit(weighting: KNearestNeighbors.Weighting) throws {
        // 301 queries are split across the cores; each must equal its prediction made alone, to the bit.
        let x = formulaMatrix(rows: 200, columns: [(7919, 211, 13), (104_729, 199, 17), (1, 5, 1)])
        let values = (0..<200).map { i -> Double in Double((i * 31) % 37) }
        let classes = (0..<200).map { i -> Double in Double((i * 31) % 37 % 3) }
        let queries = formulaMatrix(rows: 301, columns: [(613, 227, 13), (389, 193, 17), (1, 7, 2)])
        let regressor = try fitted(.regression, x, values, k: 7, weighting: weighting, metric: .manhattan)
        let classifier = try fitted(.classification, x, classes, k: 7, weighting: weighting)
        let together = regressor.predict(queries)
        let probabilities = classifier.predictProbabilities(queries)
        #expect(regressor.predict(queries) == together)
        for row in 0..<queries.rows {
            let alone = queries.selecting(rows: [row])
            #expect(regressor.predict(alone) == [together[row]])
            #expect(classifier.predictProbabilities(alone).values == Array(probabilities.row(row)))
            #expect(abs(probabilities.row(row).reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func fitRejectsBadInputs() {
        let x = Matrix(column: [0, 1, 2])
        var model = KNearestNeighbors(task: .classification, neighborCount: 2)
        #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 1), []) }
        #expect(throws: MiniMLError.shapeMismatch("3 rows but 2 targets")) { try model.fit(x, [0, 1]) }
        #expect(throws: MiniMLError.self) { try model.fit(Matrix(column: [0, .nan, 2]), [0, 1, 0]) }
        #expect(throws: MiniMLError.invalidInput("only one class (1.0) in the targets")) { try model.fit(x, [1, 1, 1]) }
        #expect(throws: MiniMLError.invalidInput("class labels must be whole numbers 0, 1, …; found 0.5")) {
            try model.fit(x, [0, 0.5, 1])
        }
    }

    @Test func fitRejectsAnImpossibleNeighbourCount() {
        var none = KNearestNeighbors(task: .regression, neighborCount: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "n_neighbors", reason: "must be at least 1, not 0")) {
            try none.fit(Matrix(column: [0, 1]), [0, 1])
        }
        var tooMany = KNearestNeighbors(task: .regression)
        #expect(throws: MiniMLError.invalidParameter(name: "n_neighbors", reason: "5 neighbours asked for but only 3 training rows")) {
            try tooMany.fit(Matrix(column: [0, 1, 2]), [0, 1, 2])
        }
    }

    @Test func regressionAcceptsAnyRealTarget() throws {
        // Regression needs no classes: one distinct value and fractions are fine.
        let model = try fitted(.regression, Matrix(column: [0, 1]), [0.5, 0.5], k: 2)
        #expect(model.classes.isEmpty)
        #expect(model.predict(Matrix(column: [7])) == [0.5])
    }

    /// Entry (i, c) is ((i × multiplier) mod modulus) / divisor, for the c-th (multiplier, modulus, divisor).
    private func formulaMatrix(rows: Int, columns: [(Int, Int, Double)]) -> Matrix {
        var matrix = Matrix(rows: rows, columns: columns.count)
        for row in 0..<rows {
            for (column, (multiplier, modulus, divisor)) in columns.enumerated() {
                matrix[row, column] = Double((row * multiplier) % modulus) / divisor
            }
        }
        return matrix
    }
}
