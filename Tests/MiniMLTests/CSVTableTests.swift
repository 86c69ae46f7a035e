import Foundation
import MiniML
import Testing

@Suite("CSVTable: a header and records of its width")
struct CSVTableTests {
    @Test func splitsHeaderFromRecords() throws {
        let table = try CSVTable(bytes: utf8("\n\"id\",\"sentiment\",\"review\"\n1,1,\"Great, \"\"really\"\"\"\n\n2,0,Dull\n"))
        #expect(table.header == ["id", "sentiment", "review"])
        #expect(table.records == [
            CSVRecord(line: 3, fields: ["1", "1", #"Great, "really""#]),
            CSVRecord(line: 5, fields: ["2", "0", "Dull"]),
        ])
    }

    @Test func findsColumnsByExactName() throws {
        let table = try CSVTable(bytes: utf8("Id,SalePrice,Id,price\n"))
        #expect(table.columnIndex("SalePrice") == 1)
        #expect(table.columnIndex("Id") == 0)  // the first of two
        #expect(table.columnIndex("saleprice") == nil)
        #expect(table.columnIndex("Missing") == nil)
        #expect(table.records.isEmpty)
    }

    @Test(arguments: [
        // Line 3 has one field where the header has two.
        ("a,b\n1,2\n3\n4,5\n", 3, 2, 1),
        // The quoted field of line 2 spans lines 2-3, line 4 is blank, line 5 has three fields.
        ("a,b\n\"x\ny\",2\n\n1,2,3\n", 5, 2, 3),
        // A trailing delimiter makes an empty last field: three fields on line 2.
        ("a,b\r\n1,2,\r\n", 2, 2, 3),
    ])
    func rejectsARecordOfAnotherWidthAtItsLine(text: String, line: Int, expected: Int, found: Int) {
        #expect(throws: CSVError(kind: .fieldCountMismatch(expected: expected, found: found), line: line, column: 1)) {
            try CSVTable(bytes: utf8(text))
        }
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], utf8("\n"), utf8("\n\n\n"), utf8("\r\n\r\n"), utf8("\r")])
    func rejectsInputWithoutHeader(bytes: [UInt8]) {
        #expect(throws: CSVError(kind: .empty, line: 1, column: 1)) { try CSVTable(bytes: bytes) }
        #expect(throws: CSVError(kind: .empty, line: 1, column: 1)) { try CSVTable(data: Data(bytes)) }
    }

    @Test func passesOnTheReadersErrors() {
        #expect(throws: CSVError(kind: .unterminatedQuote, line: 2, column: 3)) {
            try CSVTable(bytes: utf8("a,b\n1,\"2\n"))
        }
    }

    @Test func readsOtherDelimitersFromDataAndFiles() throws {
        let text = "a;b\n1;\"x;y\"\n"
        let fromBytes = try CSVTable(bytes: utf8(text), delimiter: UInt8(ascii: ";"))
        let fromData = try CSVTable(data: Data(text.utf8), delimiter: UInt8(ascii: ";"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("miniml-table-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try CSVTable(contentsOf: url.path, delimiter: UInt8(ascii: ";"))
        for table in [fromBytes, fromData, fromFile] {
            #expect(table.header == ["a", "b"])
            #expect(table.records == [CSVRecord(line: 2, fields: ["1", "x;y"])])
        }
    }
}
