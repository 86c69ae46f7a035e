import MiniML
import Testing

/// Expected values by hand: one 0/1 column per training level, in the column's level order.
@Suite("OneHotEncoder")
struct OneHotEncoderTests {
    private let train: DataTable
    private let test: DataTable

    init() throws {
        train = try DataTable(columns: [
            ("id", .numeric([1, 2, 3, 4, 5])),
            ("zone", .categorical(codes: [0, 1, 0, 2, -1], levels: ["RL", "RM", "FV"])),
            ("price", .numeric([10, 20, 30, 40, 50])),
        ])
        // The test table's levels: its own, in its own order; "C" was never seen in training.
        test = try DataTable(columns: [
            ("id", .numeric([6, 7, 8])),
            ("zone", .categorical(codes: [0, 1, -1], levels: ["RM", "C"])),
            ("price", .numeric([60, 70, 80])),
        ])
    }

    @Test func eachTrainingLevelGetsAColumnInPlace() throws {
        var encoder = OneHotEncoder()
        try encoder.fit(train)
        let encoded = try encoder.transform(train)
        #expect(encoded.columnNames == ["id", "zone=RL", "zone=RM", "zone=FV", "price"])
        #expect(encoded.column("zone=RL") == .numeric([1, 0, 1, 0, 0]))
        #expect(encoded.column("zone=RM") == .numeric([0, 1, 0, 0, 0]))
        // The missing row (the last) is all zeros.
        #expect(encoded.column("zone=FV") == .numeric([0, 0, 0, 1, 0]))
    }

    @Test func unseenAndMissingLevelsAreAllZerosInLaterTables() throws {
        var encoder = OneHotEncoder()
        try encoder.fit(train)
        let encoded = try encoder.transform(test)
        #expect(encoded.columnNames == ["id", "zone=RL", "zone=RM", "zone=FV", "price"])
        // Rows: RM, C (unseen), missing.
        #expect(encoded.column("zone=RL") == .numeric([0, 0, 0]))
        #expect(encoded.column("zone=RM") == .numeric([1, 0, 0]))
        #expect(encoded.column("zone=FV") == .numeric([0, 0, 0]))
    }

    @Test func rareLevelsGetNoColumn() throws {
        // RL appears twice, RM and FV once: with minFrequency 2 only RL keeps a column.
        var encoder = OneHotEncoder(minFrequency: 2)
        try encoder.fit(train)
        let encoded = try encoder.transform(train)
        #expect(encoded.columnNames == ["id", "zone=RL", "price"])
        #expect(encoded.column("zone=RL") == .numeric([1, 0, 1, 0, 0]))
    }

    @Test func unseenLevelsThrowWhenNotDropped() throws {
        var encoder = OneHotEncoder(minFrequency: 2, dropUnseen: false)
        try encoder.fit(train)
        // RM was seen, though too rare for a column: no error.
        #expect(try encoder.transform(train).columnNames == ["id", "zone=RL", "price"])
        #expect(throws: MiniMLError.invalidInput("OneHotEncoder: column 'zone' has level 'C' at row 1, not seen in training")) {
            try encoder.transform(test)
        }
    }

    @Test func namedTextColumnsEncodeAndNamesMustBeFree() throws {
        let table = try DataTable(columns: [("t", .text(["x", "y"])), ("t=x", .numeric([0, 0]))])
        var text = OneHotEncoder(columns: ["t"])
        try text.fit(table)
        // "t=x" is already a column.
        #expect(throws: MiniMLError.invalidInput("two columns are named 't=x'")) { try text.transform(table) }
        var numeric = OneHotEncoder(columns: ["t=x"])
        #expect(throws: MiniMLError.self) { try numeric.fit(table) }
        var zero = OneHotEncoder(minFrequency: 0)
        #expect(throws: MiniMLError.self) { try zero.fit(table) }
    }
}
