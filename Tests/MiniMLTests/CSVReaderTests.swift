import Foundation
import MiniML
import Testing

@Suite("CSVReader: the RFC 4180 dialect")
struct CSVReaderTests {
    @Test func readsUnquotedRecordsWithTheirLines() throws {
        let records = try readRecords("id,name\n1,alice\n2,bob\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["id", "name"]),
            CSVRecord(line: 2, fields: ["1", "alice"]),
            CSVRecord(line: 3, fields: ["2", "bob"]),
        ])
        #expect(records[1].count == 2)
        #expect(records[1][1] == "alice")
    }

    @Test func removesQuotesAroundQuotedFields() throws {
        #expect(try readRecords(#""a","b c",d"#) == [CSVRecord(line: 1, fields: ["a", "b c", "d"])])
    }

    @Test(arguments: [
        (#""say ""hi""",x"#, [#"say "hi""#, "x"]),
        (#""""""#, [#"""#]),                       // a field that is one quote
        (#""""""""#, [#""""#]),                    // two quotes
        (#""a""""b""#, [#"a""b"#]),                // doubled quotes back to back
        ("\"\"\"\",\"\"\"\"", [#"""#, #"""#]),      // """",""""
    ])
    func turnsDoubledQuotesIntoOne(text: String, fields: [String]) throws {
        #expect(try readRecords(text) == [CSVRecord(line: 1, fields: fields)])
    }

    @Test func keepsDelimitersAndNewlinesInsideQuotesAndCountsTheLines() throws {
        // Record 2 spans lines 2-4, so the record after it starts on line 5.
        let records = try readRecords("id,text\n1,\"a,b\nc\n\"\"d\"\"\"\n2,e\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["id", "text"]),
            CSVRecord(line: 2, fields: ["1", "a,b\nc\n\"d\""]),
            CSVRecord(line: 5, fields: ["2", "e"]),
        ])
    }

    @Test func keepsCRLFAndLoneCRInsideQuotesLiterallyAndCountsEachAsOneLine() throws {
        let records = try readRecords("1,\"x\r\ny\rz\"\r\n2,w\r\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["1", "x\r\ny\rz"]),
            CSVRecord(line: 4, fields: ["2", "w"]),
        ])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func endsRecordsAtEveryKindOfLineEnd(lineEnd: String) throws {
        let text = ["a,b", "1,\"x\"", "2,3"].joined(separator: lineEnd) + lineEnd
        #expect(try readRecords(text) == [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["1", "x"]),
            CSVRecord(line: 3, fields: ["2", "3"]),
        ])
    }

    @Test func mixesLineEndsInOneInput() throws {
        let records = try readRecords("a\r\nb\rc\nd")
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map { $0[0] } == ["a", "b", "c", "d"])
    }

    @Test func skipsALeadingByteOrderMarkOnly() throws {
        let records = try readRecords([0xEF, 0xBB, 0xBF] + utf8("id,x\n\u{FEFF}1,2\n"))
        #expect(records == [
            CSVRecord(line: 1, fields: ["id", "x"]),
            CSVRecord(line: 2, fields: ["\u{FEFF}1", "2"]),  // not at the start: it is data
        ])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func skipsBlankLinesAnywhereButCountsThem(lineEnd: String) throws {
        let text = ["", "", "a,b", "", "", "1,2", "", "3,4", "", ""].joined(separator: lineEnd)
        #expect(try readRecords(text) == [
            CSVRecord(line: 3, fields: ["a", "b"]),
            CSVRecord(line: 6, fields: ["1", "2"]),
            CSVRecord(line: 8, fields: ["3", "4"]),
        ])
    }

    @Test func readsLinesOfSpacesOrOfAnEmptyQuotedFieldAsRecords() throws {
        #expect(try readRecords("a\n \n\"\"\nb") == [
            CSVRecord(line: 1, fields: ["a"]),
            CSVRecord(line: 2, fields: [" "]),
            CSVRecord(line: 3, fields: [""]),
            CSVRecord(line: 4, fields: ["b"]),
        ])
    }

    @Test(arguments: [
        (",", ["", ""]),
        (",,", ["", "", ""]),
        ("a,,c", ["a", "", "c"]),
        ("a,", ["a", ""]),
        (",a", ["", "a"]),
        (#""",x,"""#, ["", "x", ""]),
    ])
    func readsEmptyFields(text: String, fields: [String]) throws {
        #expect(try readRecords(text) == [CSVRecord(line: 1, fields: fields)])
        #expect(try readRecords(text + "\n") == [CSVRecord(line: 1, fields: fields)])
    }

    @Test func readsMissingValuesAsWrittenForCSVMissingToRecognise() throws {
        let records = try readRecords("LotFrontage,Alley,Fence\nNA,,\"\"\n65,Pave,NA\n")
        #expect(records[1].fields == ["NA", "", ""])
        #expect(records[1].fields.allSatisfy(CSVMissing.isMissing))
        #expect(records[2].fields.map(CSVMissing.isMissing) == [false, false, true])
    }

    @Test(arguments: ["a,b\n1,2", "a,b\n1,\"2\"", "a,b\n1,\"2\n\""])
    func readsALastRecordWithoutLineEnd(text: String) throws {
        let records = try readRecords(text)
        #expect(records.count == 2)
        #expect(records[1].line == 2)
        #expect(records[1][0] == "1")
    }

    @Test(arguments: [
        (UInt8(ascii: ";"), "a;\"b;c\";d,e\n1;2;3\n"),
        (UInt8(ascii: "\t"), "a\t\"b\tc\"\td,e\n1\t2\t3\n"),
        (UInt8(ascii: "|"), "a|\"b|c\"|d,e\n1|2|3\n"),
    ])
    func splitsAtAnotherDelimiter(delimiter: UInt8, text: String) throws {
        let quoted = "b" + String(UnicodeScalar(delimiter)) + "c"
        #expect(try readRecords(text, delimiter: delimiter) == [
            CSVRecord(line: 1, fields: ["a", quoted, "d,e"]),
            CSVRecord(line: 2, fields: ["1", "2", "3"]),
        ])
    }

    @Test func decodesUnicodeFields() throws {
        let text = "名前,emoji,text\n東京,😀👍🏽🇫🇷,\"Crème brûlée, «déjà vu»\nñandú\"\n"
        #expect(try readRecords(text) == [
            CSVRecord(line: 1, fields: ["名前", "emoji", "text"]),
            CSVRecord(line: 2, fields: ["東京", "😀👍🏽🇫🇷", "Crème brûlée, «déjà vu»\nñandú"]),
        ])
    }

    @Test func keepsAQuoteInsideAnUnquotedFieldLiterally() throws {
        #expect(try readRecords(#"ab"c,d",5" screen"#) == [CSVRecord(line: 1, fields: [#"ab"c"#, #"d""#, #"5" screen"#])])
    }

    /// Long quoted fields are scanned eight bytes at a time; put the quote, the line end and
    /// a non-ASCII letter at every offset around a word boundary.
    @Test(arguments: 0..<20)
    func findsSpecialBytesAtEveryOffsetOfALongQuotedField(offset: Int) throws {
        let padding = String(repeating: "x", count: offset)
        let value = padding + "\"é\n" + padding + "\r\n" + String(repeating: "y", count: 19)
        let escaped = value.replacingOccurrences(of: "\"", with: "\"\"")
        let records = try readRecords("\"\(escaped)\",\(padding)z\n\(padding)w")
        #expect(records == [
            CSVRecord(line: 1, fields: [value, padding + "z"]),
            CSVRecord(line: 4, fields: [padding + "w"]),
        ])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], utf8("\n"), utf8("\r\n\r\n"), utf8("\r\r\n\n")])
    func returnsNilForInputWithoutRecords(bytes: [UInt8]) throws {
        var reader = CSVReader(bytes: bytes)
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    @Test func readsDataLikeBytes() throws {
        let text = "a,\"b\"\"\"\n\n1,é\n"
        var reader = CSVReader(data: Data(text.utf8))
        var records: [CSVRecord] = []
        while let record = try reader.next() {
            records.append(record)
        }
        #expect(records == (try readRecords(text)))
    }

    @Test func readsAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("miniml-reader-\(UUID().uuidString).csv")
        try Data("a,b\n1,\"x\ny\"\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try CSVReader(contentsOf: url.path)
        #expect(try reader.next() == CSVRecord(line: 1, fields: ["a", "b"]))
        #expect(try reader.next() == CSVRecord(line: 2, fields: ["1", "x\ny"]))
        #expect(try reader.next() == nil)
    }

    @Test func rethrowsFoundationsErrorForAMissingFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("miniml-\(UUID().uuidString).csv").path
        #expect(throws: (any Error).self) { try CSVReader(contentsOf: path) }
        #expect(throws: (any Error).self) { try CSVTable(contentsOf: path) }
    }

    @Test func keepsThrowingTheFirstErrorAfterIt() throws {
        var reader = CSVReader(bytes: utf8("a\n\"b\"x\nc\n"))
        let expected = CSVError(kind: .characterAfterClosingQuote, line: 2, column: 4)
        #expect(try reader.next() == CSVRecord(line: 1, fields: ["a"]))
        #expect(throws: expected) { try reader.next() }
        #expect(throws: expected) { try reader.next() }
    }
}
