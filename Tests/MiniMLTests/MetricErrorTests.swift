import MiniML
import Testing

@Suite("MetricError: every case")
struct MetricErrorTests {
    typealias Metric = @Sendable ([Double], [Double]) throws -> Double

    static let all: [(String, Metric)] = [
        ("meanSquaredError", meanSquaredError),
        ("rootMeanSquaredError", rootMeanSquaredError),
        ("rmseOfLogs", rmseOfLogs),
        ("rocAUC", { try rocAUC(labels: $0, scores: $1) }),
        ("accuracy", { try accuracy(labels: $0, scores: $1) }),
    ]

    @Test(arguments: all.map(\.0))
    func lengthMismatchBeforeAnythingElse(name: String) throws {
        let metric = try #require(Self.all.first { $0.0 == name }?.1)
        #expect(throws: MetricError.lengthMismatch(actual: 3, predicted: 2)) { try metric([1, 0, 1], [1, 1]) }
        #expect(throws: MetricError.lengthMismatch(actual: 0, predicted: 1)) { try metric([], [1]) }
    }

    @Test(arguments: all.map(\.0))
    func emptyInputs(name: String) throws {
        let metric = try #require(Self.all.first { $0.0 == name }?.1)
        #expect(throws: MetricError.empty) { try metric([], []) }
    }

    @Test func nonPositiveAtTheFirstIndexActualFirst() {
        #expect(throws: MetricError.nonPositive(index: 1, value: 0)) { try rmseOfLogs([1, 0, -1], [1, 1, 1]) }
        #expect(throws: MetricError.nonPositive(index: 2, value: -5)) { try rmseOfLogs([1, 2, 3], [1, 2, -5]) }
        #expect(throws: MetricError.nonPositive(index: 0, value: -1)) { try rmseOfLogs([-1], [-2]) }
    }

    @Test(arguments: [[0, 0, 0], [1, 1, 1], [1]] as [[Double]])
    func singleClassForROCAUC(labels: [Double]) {
        #expect(throws: MetricError.singleClass) {
            try rocAUC(labels: labels, scores: labels.map { _ in 0.5 })
        }
    }

    @Test(arguments: [0.5, 2, -1, -0.0000001])
    func notBinaryAtTheFirstBadLabel(bad: Double) {
        let labels = [0, 1, bad, 3]
        #expect(throws: MetricError.notBinary(index: 2, value: bad)) { try rocAUC(labels: labels, scores: [0, 1, 2, 3]) }
        #expect(throws: MetricError.notBinary(index: 2, value: bad)) { try accuracy(labels: labels, scores: [0, 1, 2, 3]) }
    }

    @Test func notBinaryBeforeSingleClass() {
        #expect(throws: MetricError.notBinary(index: 1, value: 2)) { try rocAUC(labels: [1, 2], scores: [0, 1]) }
    }

    @Test(arguments: [
        (MetricError.lengthMismatch(actual: 2, predicted: 3), "2 actual values but 3 predictions"),
        (.empty, "no values to score"),
        (.nonPositive(index: 4, value: -1.5), "value -1.5 at index 4 is not positive, so it has no logarithm"),
        (.singleClass, "all labels are the same class, so ROC AUC is undefined"),
        (.notBinary(index: 0, value: 0.5), "label 0.5 at index 0 is neither 0 nor 1"),
    ])
    func describesTheProblem(error: MetricError, description: String) {
        #expect(error.description == description)
    }
}
