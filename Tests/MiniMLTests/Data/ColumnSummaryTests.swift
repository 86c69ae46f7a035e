import MiniML
import Testing

/// Numeric expectations from pandas 3.1.1 (NumPy 2.4.6):
/// `pd.read_csv(io.StringIO(csv)).describe()` and `.nunique()` on the CSV below.
@Suite("DataTable summary")
struct ColumnSummaryTests {
    private let csv = """
        price,zone,size,rooms,note
        208500,RL,8450,3,nice
        181500,RL,9600,4,NA
        NA,RM,11250,3,quiet
        140000,RL,NA,2,quiet
        250000,FV,14260,5,nice
        143000,RM,14115,4,old
        """

    @Test func numericColumnsMatchPandasDescribe() throws {
        let table = try DataTable(csv: CSVTable(bytes: Array(csv.utf8)), types: ["note": .text])
        let summaries = table.summary()
        #expect(summaries.map(\.name) == ["price", "zone", "size", "rooms", "note"])
        // pandas: count 5, mean 184600.0, std 46307.9366847628, min 140000, 50% 181500, max 250000; nunique 5.
        let price = summaries[0]
        #expect(price.count == 5 && price.missing == 1 && price.distinct == 5)
        #expect(price.mean == 184_600)
        #expect(isNear(price.standardDeviation, 46307.9366847628))
        #expect(price.minimum == 140_000 && price.median == 181_500 && price.maximum == 250_000)
        #expect(price.topValues.isEmpty)
        // rooms, by hand: 3 4 3 2 5 4 → sorted 2 3 3 4 4 5, median (3 + 4) / 2 = 3.5 (even count);
        // mean 21 / 6 = 3.5; squared deviations 5.5, sample variance 5.5 / 5 = 1.1 (pandas: std 1.0488088481701516;
        // the population one would be √(5.5 / 6) ≈ 0.957).
        let rooms = summaries[3]
        #expect(rooms.count == 6 && rooms.missing == 0 && rooms.distinct == 4)
        #expect(rooms.median == 3.5 && rooms.mean == 3.5)
        #expect(isNear(rooms.standardDeviation, 1.0488088481701516))
        // size: pandas std 2618.4298730346018, 50% 11250.
        #expect(isNear(summaries[2].standardDeviation, 2618.4298730346018))
        #expect(summaries[2].median == 11_250)
    }

    @Test func categoricalAndTextColumnsListTheirTopValues() throws {
        let table = try DataTable(csv: CSVTable(bytes: Array(csv.utf8)), types: ["note": .text])
        let zone = table.summary()[1]
        // pandas value_counts: RL 3, RM 2, FV 1.
        #expect(zone.type == .categorical && zone.count == 6 && zone.missing == 0 && zone.distinct == 3)
        #expect(zone.topValues == [.init(value: "RL", count: 3), .init(value: "RM", count: 2), .init(value: "FV", count: 1)])
        #expect(zone.mean == nil && zone.median == nil)
        let note = table.summary()[4]
        // nice 2 and quiet 2 tie: "nice" appears first.
        #expect(note.type == .text && note.count == 5 && note.missing == 1 && note.distinct == 3)
        #expect(note.topValues == [.init(value: "nice", count: 2), .init(value: "quiet", count: 2), .init(value: "old", count: 1)])
    }

    @Test func topValuesStopAtFive() throws {
        let table = try DataTable(columns: [("a", .text((0..<7).map { "v\($0)" }))])
        #expect(table.summary()[0].topValues.map(\.value) == ["v0", "v1", "v2", "v3", "v4"])
    }

    @Test func fewValuesLeaveStatisticsOut() throws {
        let table = try DataTable(columns: [("one", .numeric([.nan, 7])), ("none", .numeric([.nan, .nan]))])
        let summaries = table.summary()
        #expect(summaries[0].mean == 7 && summaries[0].median == 7 && summaries[0].standardDeviation == nil)
        #expect(summaries[1] == ColumnSummary(name: "none", type: .numeric, count: 0, missing: 2, distinct: 0))
    }
}

/// Whether `value` is within a relative 1e-12 of `expected` (pandas sums in another order).
private func isNear(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= 1e-12 * max(1, abs(expected))
}
