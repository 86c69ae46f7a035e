import MiniML
import Testing

/// Checked once against scikit-learn 1.9.1 (NumPy 2.4.6), fitting on `train` and transforming `test`:
/// `StandardScaler().fit(train).transform(test)` → [[-1.52752523, 0], [1.52752523, 2], [nan, -1]]
/// (mean_ [3.5, 10], scale_ [2.29128785, 1]);
/// `MinMaxScaler().fit(train).transform(test)` → [[-0.16666667, 0], [1, 2], [nan, -1]].
@Suite("Scalers")
struct ScalerTests {
    private let train: DataTable
    private let test: DataTable

    init() throws {
        train = try DataTable(columns: [
            ("a", .numeric([1, 2, 4, 7, .nan])),
            ("b", .numeric([10, 10, 10, 10, 10])),
            ("zone", .text(["x", "y", "x", "y", "x"])),
        ])
        test = try DataTable(columns: [
            ("a", .numeric([0, 7, .nan])),
            ("b", .numeric([10, 12, 9])),
            ("zone", .text(["x", "x", "y"])),
        ])
    }

    @Test func standardScalerUsesTheTrainingMeanAndPopulationDeviation() throws {
        // By hand: mean (1 + 2 + 4 + 7) / 4 = 3.5; squared deviations 6.25 + 2.25 + 0.25 + 12.25 = 21,
        // population variance 21 / 4 = 5.25 (the missing value left out). b is constant: scale 1.
        var scaler = StandardScaler()
        try scaler.fit(train)
        let scaled = try scaler.transform(test)
        let deviation = 5.25.squareRoot()
        #expect(scaled.column("a") == .numeric([(0 - 3.5) / deviation, (7 - 3.5) / deviation, .nan]))
        #expect(isNear(scaled.numericValues("a")![0], -1.5275252316519468))
        #expect(scaled.column("b") == .numeric([0, 2, -1]))
        #expect(scaled.column("zone") == test.column("zone"))
        #expect(scaler.statistics.map(\.mean) == [3.5, 10])
        #expect(scaler.statistics.map(\.scale) == [deviation, 1])
    }

    @Test func standardizedTrainingColumnsHaveMeanZeroAndUnitVariance() throws {
        let table = try DataTable(columns: [("x", .numeric([0.1, 0.2, 0.3]))])
        var scaler = StandardScaler()
        try scaler.fit(table)
        let values = try scaler.transform(table).numericValues("x")!
        let mean = values.reduce(0, +) / 3
        #expect(abs(mean) < 1e-15)
        #expect(abs(values.reduce(0) { $0 + $1 * $1 } / 3 - 1) < 1e-14)
    }

    @Test func minMaxScalerUsesTheTrainingRange() throws {
        // By hand: a spans 1…7, range 6: 0 → −1/6, 7 → 1. b is constant: range 1, so b − 10.
        var scaler = MinMaxScaler()
        try scaler.fit(train)
        let scaled = try scaler.transform(test)
        #expect(scaled.column("a") == .numeric([-1.0 / 6, 1, .nan]))
        #expect(scaled.column("b") == .numeric([0, 2, -1]))
        #expect(try scaler.transform(train).column("a") == .numeric([0, 1.0 / 6, 0.5, 1, .nan]))
    }

    @Test func namedColumnsOnlyAndTheyMustBeNumeric() throws {
        var scaler = StandardScaler(columns: ["b"])
        try scaler.fit(train)
        #expect(try scaler.transform(test).column("a") == test.column("a"))
        var text = MinMaxScaler(columns: ["zone"])
        #expect(throws: MiniMLError.invalidInput("MinMaxScaler: column 'zone' is text, not numeric")) { try text.fit(train) }
        #expect(throws: MiniMLError.self) { try StandardScaler().transform(train) }
    }
}

/// Whether `value` is within a relative 1e-12 of `expected` (scikit-learn sums in another order).
private func isNear(_ value: Double, _ expected: Double) -> Bool {
    abs(value - expected) <= 1e-12 * max(1, abs(expected))
}
