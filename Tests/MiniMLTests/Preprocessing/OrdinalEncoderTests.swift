import MiniML
import Testing

/// Expected values by hand: each value's 0-based position in its order.
@Suite("OrdinalEncoder")
struct OrdinalEncoderTests {
    private let quality = ["Po", "Fa", "TA", "Gd", "Ex"]

    @Test func valuesBecomeTheirPositionMissingStaysMissing() throws {
        let table = try DataTable(columns: [
            ("q", .categorical(codes: [0, 1, -1, 2, 3], levels: ["TA", "Ex", "Po", "Zz"])),
            ("other", .numeric([1, 2, 3, 4, 5])),
        ])
        var encoder = OrdinalEncoder(orders: ["q": quality])
        try encoder.fit(table)
        let encoded = try encoder.transform(table)
        // TA → 2, Ex → 4, missing → NaN, Po → 0, Zz (not in the order) → unknown, NaN by default.
        #expect(encoded.column("q") == .numeric([2, 4, .nan, 0, .nan]))
        #expect(encoded.column("other") == table.column("other"))
        var withUnknown = OrdinalEncoder(orders: ["q": quality], unknown: -1)
        try withUnknown.fit(table)
        #expect(try withUnknown.transform(table).column("q") == .numeric([2, 4, .nan, 0, -1]))
    }

    @Test func textColumnsEncodeToo() throws {
        let table = try DataTable(columns: [("q", .text(["Gd", nil]))])
        var encoder = OrdinalEncoder(orders: ["q": quality])
        try encoder.fit(table)
        #expect(try encoder.transform(table).column("q") == .numeric([3, .nan]))
    }

    @Test func badOrdersAndColumnsThrow() throws {
        let table = try DataTable(columns: [("q", .text(["Gd"])), ("n", .numeric([1]))])
        var repeated = OrdinalEncoder(orders: ["q": ["Gd", "Gd"]])
        #expect(throws: MiniMLError.invalidParameter(name: "orders", reason: "the order of 'q' repeats a value")) {
            try repeated.fit(table)
        }
        var absent = OrdinalEncoder(orders: ["zz": quality])
        #expect(throws: MiniMLError.self) { try absent.fit(table) }
        var numeric = OrdinalEncoder(orders: ["n": quality])
        #expect(throws: MiniMLError.self) { try numeric.fit(table) }
    }
}
