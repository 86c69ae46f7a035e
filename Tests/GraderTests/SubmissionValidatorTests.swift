import Foundation
import Testing
@testable import Grader

// The fixture is TinyHouses (Support.swift): ids 1...10, columns Id,SalePrice, RMSE of logs, so a
// prediction must be > 0. In the valid file the row of id n is on line n + 1 and predicts
// 100,000 + 1,000 n. Line and column numbers in the expectations are counted by hand from the
// bytes each test writes.

/// Expects exactly one kind of problem, `count` times, and each fragment in its examples.
private func expectOnly(
    _ rejection: SubmissionRejection?, _ kind: ProblemKind, count: Int, examples fragments: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let rejection else { return }
    #expect(rejection.kinds == [kind], sourceLocation: sourceLocation)
    guard let group = rejection.group(kind) else { return }
    #expect(group.count == count, sourceLocation: sourceLocation)
    #expect(rejection.problemCount == count, sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(
            group.examples.contains { $0.contains(fragment) }, "no example of \(group.examples) contains '\(fragment)'",
            sourceLocation: sourceLocation)
    }
    expectNoLeak(rejection.allText, key: TinyHouses.key, sourceLocation: sourceLocation)
}

/// The valid rows with the row of id `n` replaced by `row` (it stays on line n + 1).
private func rows(replacing replacements: [Int: String]) -> [String] {
    (1...10).map { replacements[$0] ?? "\($0),\(100_000 + 1_000 * $0)" }
}

@Suite("Submission validation: accepted files")
struct AcceptedSubmissionTests {
    struct Variant: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    static let variants: [Variant] = {
        let plain = TinyHouses.validRows()
        let shuffledOrder = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6]
        // 1.01e5 = 101,000 … 1.1e5 = 110,000: exact in binary, so the parsed values are exact.
        let scientific = ["1.01E+05", "1.02e5", "103e3", "1.04e+5", "1.05e5", "1.06e5", "1.07e5", "1.08e5", "1.09e5", "1.1e5"]
        let everythingLines: [String] =
            [#""SALEPRICE"," ID""#] + shuffledOrder.map { "\"\(scientific[$0 - 1])\",\($0).0" } + ["", ""]
        let everything: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(everythingLines.joined(separator: "\r\n").utf8)
        return [
            Variant(name: "plain", bytes: TinyHouses.file(plain)),
            Variant(name: "UTF-8 byte order mark", bytes: [0xEF, 0xBB, 0xBF] + TinyHouses.file(plain)),
            Variant(name: "CRLF line ends", bytes: Array((["Id,SalePrice"] + plain + [""]).joined(separator: "\r\n").utf8)),
            Variant(name: "no line end after the last row", bytes: Array((["Id,SalePrice"] + plain).joined(separator: "\n").utf8)),
            Variant(
                name: "quoted header and numbers",
                bytes: TinyHouses.file(header: #""Id","SalePrice""#, (1...10).map { "\"\($0)\",\"\(100_000 + 1_000 * $0)\"" })),
            Variant(name: "shuffled rows", bytes: TinyHouses.file(shuffledOrder.map { "\($0),\(100_000 + 1_000 * $0)" })),
            Variant(name: "scientific notation", bytes: TinyHouses.file((1...10).map { "\($0),\(scientific[$0 - 1])" })),
            Variant(name: "decimals", bytes: TinyHouses.file((1...10).map { "\($0),\(100_000 + 1_000 * $0).000" })),
            Variant(name: "header in other case with spaces", bytes: TinyHouses.file(header: " id , SALEPRICE ", plain)),
            Variant(name: "columns swapped", bytes: TinyHouses.file(header: "SalePrice,Id", (1...10).map { "\(100_000 + 1_000 * $0),\($0)" })),
            Variant(name: "blank trailing lines", bytes: TinyHouses.file(plain) + Array("\n\n\r\n\n".utf8)),
            Variant(name: "blank lines between rows", bytes: TinyHouses.file(Array(plain[..<5]) + [""] + Array(plain[5...]))),
            Variant(name: "ids written 1.0", bytes: TinyHouses.file((1...10).map { "\($0).0,\(100_000 + 1_000 * $0)" })),
            Variant(name: "ids with leading zeros", bytes: TinyHouses.file((1...10).map { "000\($0),\(100_000 + 1_000 * $0)" })),
            Variant(name: "spaces around fields", bytes: TinyHouses.file((1...10).map { " \($0) , \(100_000 + 1_000 * $0) " })),
            Variant(name: "everything at once", bytes: everything),
        ]
    }()

    @Test("accepted variants give the predictions in the key's order", arguments: variants)
    func accepted(_ variant: Variant) throws {
        let submission = try TinyHouses.validator().validate(bytes: variant.bytes, fileName: "subs/try-1.csv")
        #expect(submission.predictions == TinyHouses.expectedPredictions)
        #expect(submission.byteCount == variant.bytes.count)
        #expect(submission.fileName == "try-1.csv")
        #expect(submission.digest.count == 64)
    }

    @Test("size and digest of the plain file")
    func digest() throws {
        // "Id,SalePrice\n" is 13 bytes, rows 1-9 are 9 bytes each, row 10 is 10: 13 + 81 + 10 = 104.
        // Digest from Python 3.11.7: hashlib.sha256(text.encode()).hexdigest().
        let submission = try TinyHouses.validator().validate(bytes: TinyHouses.file(TinyHouses.validRows()), fileName: "a.csv")
        #expect(submission.byteCount == 104)
        #expect(submission.digest == "bda71f71514b2c9c6f4417cacf106b9e962f5533261124db23555748f59e3c24")
    }

    @Test("a file on disk is read and named by its last path component")
    func fromDisk() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "my predictions.csv")
            let bytes = TinyHouses.file(TinyHouses.validRows())
            try write(bytes, to: url)
            let submission = try TinyHouses.validator().validate(fileAt: url.path)
            #expect(submission.fileName == "my predictions.csv")
            #expect(submission.predictions == TinyHouses.expectedPredictions)
            #expect(submission.byteCount == 104)
        }
    }

    @Test("probabilities of exactly 0 and 1 are in range for ROC AUC")
    func probabilityBounds() throws {
        let bytes = Array("id,sentiment\n101,1\n102,0\n103,0.75\n104,0.0\n105,1.0\n106,0.5\n".utf8)
        let submission = try TinySentiment.validator().validate(bytes: bytes, fileName: "p.csv")
        #expect(submission.predictions == [1, 0, 0.75, 0, 1, 0.5])
    }

    @Test("a file exactly maxBytes long is accepted")
    func atTheSizeLimit() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "submission.csv")
            try write(TinyHouses.file(TinyHouses.validRows()), to: url)
            let submission = try TinyHouses.validator(maxBytes: 104).validate(fileAt: url.path)
            #expect(submission.byteCount == 104)
        }
    }
}

@Suite("Submission validation: rejected files")
struct RejectedSubmissionTests {
    // MARK: Header problems

    @Test("missing column")
    func missingColumn() {
        let rejection = reject(TinyHouses.file(header: "Id", (1...10).map(String.init)))
        expectOnly(rejection, .missingColumn, count: 1, examples: ["there is no column 'SalePrice'", "the header is Id"])
        #expect(rejection?.hints.contains { $0.contains(TinyHouses.samplePath) } == true)
    }

    @Test("extra column")
    func extraColumn() {
        let rejection = reject(TinyHouses.file(header: "Id,SalePrice,Note", TinyHouses.validRows().map { $0 + ",x" }))
        expectOnly(rejection, .unexpectedColumn, count: 1, examples: ["column 3, 'Note', is not part of a submission"])
        #expect(rejection?.hints.contains { $0.contains("index=False") } == false, "no pandas hint for a named column")
    }

    @Test("renamed column: header Id,Price")
    func renamedColumn() {
        let rejection = reject(TinyHouses.file(header: "Id,Price", TinyHouses.validRows()))
        expectOnly(rejection, .renamedColumn, count: 1, examples: ["column 2 is named 'Price'; expected 'SalePrice'"])
    }

    @Test("pandas index column", arguments: ["", "Unnamed: 0"])
    func pandasIndex(indexName: String) {
        let rows = (1...10).map { "\($0 - 1),\($0),\(100_000 + 1_000 * $0)" }
        let rejection = reject(TinyHouses.file(header: "\(indexName),Id,SalePrice", rows))
        expectOnly(rejection, .unexpectedColumn, count: 1, examples: ["column 1, '\(indexName)', is not part of a submission"])
        #expect(rejection?.hints.first?.contains("df.to_csv(path, index=False)") == true, "the pandas hint comes first")
    }

    @Test("an empty last column (a trailing comma on every line) is not taken for a pandas index")
    func trailingComma() {
        let rejection = reject(TinyHouses.file(header: "Id,SalePrice,", TinyHouses.validRows().map { $0 + "," }))
        expectOnly(rejection, .unexpectedColumn, count: 1, examples: ["column 3, '', is not part of a submission"])
        #expect(rejection?.hints.contains { $0.contains("pandas index") } == false)
        #expect(rejection?.hints.contains { $0.contains(TinyHouses.samplePath) } == true)
    }

    @Test("no header: the first line is a data row")
    func noHeader() {
        let bytes = Array(TinyHouses.validRows().map { $0 + "\n" }.joined().utf8)
        expectOnly(reject(bytes), .noHeader, count: 1, examples: ["line 1 is a data row (1,101000)"])
    }

    @Test("wrong delimiter", arguments: [(";", "';'"), ("\t", "tabs")])
    func wrongDelimiter(delimiter: String, shown: String) {
        let rows = (1...10).map { "\($0)\(delimiter)\(100_000 + 1_000 * $0)" }
        expectOnly(
            reject(TinyHouses.file(header: "Id\(delimiter)SalePrice", rows)), .wrongDelimiter, count: 1,
            examples: ["line 1 separates its columns with \(shown)"])
    }

    // MARK: Encoding and format

    @Test("not UTF-8: a Latin-1 0xE9 byte on line 3")
    func notUTF8() {
        // Line 3 is the row of id 2: '2', ',', '1' come before the bad byte, so it is column 4.
        var bytes = Array("Id,SalePrice\n1,101000\n2,1".utf8)
        bytes += [0xE9]
        bytes += Array("02000\n3,103000\n".utf8)
        let rejection = reject(bytes)
        expectOnly(rejection, .notUTF8, count: 1, examples: ["line 3, column 4"])
        #expect(rejection?.hints.contains { $0.contains("UTF-8") } == true)
    }

    @Test("UTF-16 text, either byte order", arguments: [true, false])
    func utf16(littleEndian: Bool) {
        let text = "Id,SalePrice\n" + TinyHouses.validRows().joined(separator: "\n")
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        let rejection = reject(bytes)
        expectOnly(rejection, .wrongFormat, count: 1, examples: ["UTF-16"])
        #expect(rejection?.hints.contains { $0.contains("UTF-8") } == true)
    }

    @Test("an xlsx workbook (a zip archive)")
    func zipArchive() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8) + [UInt8](repeating: 0, count: 40)
        expectOnly(reject(bytes), .wrongFormat, count: 1, examples: ["zip archive", ".xlsx"])
    }

    @Test("empty file", arguments: [
        ("0 bytes", [UInt8]()),
        ("only a byte order mark", [0xEF, 0xBB, 0xBF]),
        ("only blank lines", Array("\n\r\n\n".utf8)),
    ])
    func empty(name: String, bytes: [UInt8]) {
        let rejection = reject(bytes)
        expectOnly(rejection, .empty, count: 1, examples: ["the file is empty", "Id,SalePrice"])
    }

    // MARK: Reading the file

    @Test("too large for maxBytes")
    func tooLarge() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "submission.csv")
            try write(TinyHouses.file(TinyHouses.validRows()), to: url)  // 104 bytes
            let rejection = reject(fileAt: url.path, by: TinyHouses.validator(maxBytes: 103))
            expectOnly(rejection, .tooLarge, count: 1, examples: ["the file is", "at most"])
            #expect(rejection?.file == url.path)
        }
    }

    @Test("too large for maxBytes, already in memory")
    func tooLargeInMemory() {
        let rejection = reject(TinyHouses.file(TinyHouses.validRows()), by: TinyHouses.validator(maxBytes: 103))
        expectOnly(rejection, .tooLarge, count: 1, examples: ["the file is", "at most"])
    }

    @Test("unreadable: no such file")
    func missingFile() throws {
        try withTemporaryDirectory { folder in
            let path = folder.appending(path: "nowhere.csv").path
            let rejection = reject(fileAt: path)
            expectOnly(rejection, .unreadable, count: 1, examples: ["no such file"])
            #expect(rejection?.file == path)
        }
    }

    @Test("unreadable: a folder")
    func folder() throws {
        try withTemporaryDirectory { folder in
            expectOnly(reject(fileAt: folder.path), .unreadable, count: 1, examples: ["folder"])
        }
    }

    // root may read any file whatever its mode, so a chmod 000 file is not unreadable for root.
    @Test("unreadable: no permission (chmod 000)", .enabled(if: getuid() != 0, "root reads every file, so skipped when run as root"))
    func noPermission() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "locked.csv")
            try write(TinyHouses.file(TinyHouses.validRows()), to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path) }
            expectOnly(reject(fileAt: url.path), .unreadable, count: 1, examples: ["permission"])
        }
    }

    // MARK: CSV syntax

    @Test("unterminated quote")
    func unterminatedQuote() {
        // Line 3 is `2,"102000`: the quote follows '2' and ',', so it is column 3.
        let bytes = TinyHouses.file(rows(replacing: [2: "2,\"102000"]))
        expectOnly(reject(bytes), .malformedCSV, count: 1, examples: ["line 3, column 3", "never closed"])
    }

    @Test("a character after a closing quote")
    func characterAfterQuote() {
        // Line 4 is `3,"103000"x`: 2 + 8 bytes before the x, so it is column 11.
        let bytes = TinyHouses.file(rows(replacing: [3: "3,\"103000\"x"]))
        expectOnly(reject(bytes), .malformedCSV, count: 1, examples: ["line 4, column 11"])
    }

    @Test("rows with the wrong number of fields")
    func wrongFieldCount() {
        // All ten rows are valid (lines 2-11); lines 12 and 13 are extra rows of the wrong width.
        let bytes = TinyHouses.file(TinyHouses.validRows() + ["4,104000,x", "5"])
        let rejection = reject(bytes)
        expectOnly(rejection, .wrongFieldCount, count: 2, examples: ["line 12: 3 fields, expected 2", "line 13: 1 field, expected 2"])
        #expect(rejection?.problems.first?.summary.hasPrefix("2 rows with the wrong number of fields: ") == true)
    }

    // MARK: Ids

    @Test("ids that are not test ids")
    func unknownIDs() {
        let bytes = TinyHouses.file(TinyHouses.validRows() + ["11,111000", "abc,120000", ",120000"])
        expectOnly(
            reject(bytes), .unknownID, count: 3,
            examples: ["line 12: '11'", "line 13: 'abc'", "line 14: the id is empty"])
    }

    @Test("duplicate ids name the line of the first occurrence")
    func duplicateIDs() {
        // Id 3 first appears on line 4; "3.0" is the same id.
        let bytes = TinyHouses.file(TinyHouses.validRows() + ["3,130000", "3.0,130000"])
        expectOnly(
            reject(bytes), .duplicateID, count: 2,
            examples: ["line 12: 3 (first on line 4)", "line 13: 3 (first on line 4)"])
    }

    @Test("ids without a row: the count and the first examples")
    func missingIDs() {
        // Rows for ids 1-4 only: 6 of 10 are missing, the first three in key order being 5, 6, 7.
        let bytes = TinyHouses.file(Array(TinyHouses.validRows().prefix(4)))
        let rejection = reject(bytes)
        expectOnly(rejection, .missingIDs, count: 1, examples: ["6 of 10 test ids have no row, e.g. 5, 6, 7"])
        #expect(rejection?.group(.missingIDs)?.examples == ["6 of 10 test ids have no row, e.g. 5, 6, 7"])
        #expect(rejection?.hints.contains { $0.contains(TinyHouses.samplePath) } == true)
    }

    // MARK: Values

    @Test("missing values: empty and NA")
    func missingValues() {
        let bytes = TinyHouses.file(rows(replacing: [4: "4,", 5: "5,NA", 6: "6,\"\""]))
        expectOnly(
            reject(bytes), .missingValue, count: 3,
            examples: ["line 5: SalePrice is empty", "line 6: SalePrice is NA", "line 7: SalePrice is empty"])
    }

    @Test("values that are not numbers")
    func notANumber() {
        let bytes = TinyHouses.file(rows(replacing: [4: "4,abc", 6: "6,\"1,5\"", 7: "7,$120000"]))
        expectOnly(
            reject(bytes), .notANumber, count: 3,
            examples: ["line 5: SalePrice 'abc'", "line 7: SalePrice '1,5'", "line 8: SalePrice '$120000'"])
    }

    @Test("NaN and infinite values")
    func notFinite() {
        let bytes = TinyHouses.file(rows(replacing: [4: "4,NaN", 5: "5,inf", 6: "6,-Infinity", 7: "7,1e400"]))
        expectOnly(
            reject(bytes), .notFinite, count: 4,
            examples: ["line 5: SalePrice is NaN", "line 6: SalePrice is inf", "line 7: SalePrice is -Infinity"])
    }

    @Test("values of 0 or below cannot be scored by RMSE of logs")
    func nonPositive() {
        let bytes = TinyHouses.file(rows(replacing: [4: "4,0", 5: "5,-3", 6: "6,-0.0"]))
        let rejection = reject(bytes)
        expectOnly(
            rejection, .outOfRange, count: 3,
            examples: ["line 5: SalePrice 0 must be greater than 0", "line 6: SalePrice -3 must be greater than 0", "line 7"])
        #expect(rejection?.hints.contains { $0.contains("clip them above 0") } == true)
    }

    @Test("probabilities outside [0, 1] cannot be scored by ROC AUC")
    func probabilityOutOfRange() {
        let bytes = Array("id,sentiment\n101,1.5\n102,-0.1\n103,0.5\n104,0.5\n105,0.5\n106,0.5\n".utf8)
        let rejection = reject(bytes, by: TinySentiment.validator())
        guard let rejection else { return }
        #expect(rejection.kinds == [.outOfRange])
        #expect(rejection.group(.outOfRange)?.count == 2)
        #expect(rejection.group(.outOfRange)?.examples == [
            "line 2: sentiment 1.5 must be between 0 and 1", "line 3: sentiment -0.1 must be between 0 and 1",
        ])
        #expect(rejection.hints.contains { $0.contains("np.clip") })
        // The targets 0/1 cannot be told from other digits here; the Usage words can.
        for text in rejection.allText {
            #expect(!text.contains("Public") && !text.contains("Private"), "\(text)")
        }
    }

    // MARK: Several problems at once

    @Test("every kind of problem is reported in one rejection, in ProblemKind order")
    func severalKinds() {
        // Rows written in the reverse of the reporting order:
        let bytes = TinyHouses.file([
            "1,0",  // line 2: outOfRange
            "2,abc",  // line 3: notANumber
            "3,NA",  // line 4: missingValue
            "4,inf",  // line 5: notFinite
            "4,104000",  // line 6: duplicateID (first on line 5)
            "99,1",  // line 7: unknownID
            "5,105000,x",  // line 8: wrongFieldCount
            "6,106000",  // line 9: fine
        ])  // ids 7, 8, 9, 10 have no row: missingIDs, 4 of 10 (id 5's row is reported once, as a bad row).
        guard let rejection = reject(bytes) else { return }
        #expect(rejection.kinds == [.wrongFieldCount, .unknownID, .duplicateID, .missingValue, .notANumber, .notFinite, .outOfRange, .missingIDs])
        #expect(rejection.kinds == rejection.kinds.sorted())
        #expect(rejection.problems.allSatisfy { $0.count == 1 })
        #expect(rejection.problemCount == 8)
        #expect(rejection.group(.wrongFieldCount)?.examples == ["line 8: 3 fields, expected 2"])
        #expect(rejection.group(.unknownID)?.examples == ["line 7: '99'"])
        #expect(rejection.group(.duplicateID)?.examples == ["line 6: 4 (first on line 5)"])
        #expect(rejection.group(.missingValue)?.examples == ["line 4: SalePrice is NA"])
        #expect(rejection.group(.notANumber)?.examples == ["line 3: SalePrice 'abc'"])
        #expect(rejection.group(.notFinite)?.examples == ["line 5: SalePrice is inf"])
        #expect(rejection.group(.outOfRange)?.examples == ["line 2: SalePrice 0 must be greater than 0"])
        #expect(rejection.group(.missingIDs)?.examples == ["4 of 10 test ids have no row, e.g. 7, 8, 9"])

        let lines = rejection.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "submission.csv was not accepted (8 problems; nothing was stored and no submission was used up):")
        #expect(lines.dropFirst().prefix(8).allSatisfy { $0.hasPrefix("  - ") })
        #expect(lines.count == 1 + 8 + rejection.hints.count)
        expectNoLeak(rejection.allText, key: TinyHouses.key)
    }

    @Test("header problems and row problems are reported together")
    func headerAndRows() {
        // An extra column does not stop the rows from being checked.
        let bytes = TinyHouses.file(header: "Id,SalePrice,Note", ["1,101000,a", "2,abc,b", "3,103000,c"])
        guard let rejection = reject(bytes) else { return }
        #expect(rejection.kinds == [.unexpectedColumn, .notANumber, .missingIDs])
        #expect(rejection.group(.notANumber)?.examples == ["line 3: SalePrice 'abc'"])
        #expect(rejection.group(.missingIDs)?.examples == ["7 of 10 test ids have no row, e.g. 4, 5, 6"])
    }

    @Test("50 duplicate ids keep 3 examples and count 50")
    func manyDuplicates() {
        // Lines 2-11 are the valid rows; lines 12-61 repeat id 1, first seen on line 2.
        let bytes = TinyHouses.file(TinyHouses.validRows() + Array(repeating: "1,101000", count: 50))
        let rejection = reject(bytes)
        expectOnly(rejection, .duplicateID, count: 50, examples: [])
        let group = rejection?.group(.duplicateID)
        let examples = ["line 12: 1 (first on line 2)", "line 13: 1 (first on line 2)", "line 14: 1 (first on line 2)"]
        #expect(group?.examples == examples)
        #expect(group?.summary == "50 duplicate ids: " + examples.joined(separator: "; ") + "; … and 47 more")
        #expect(rejection?.description.contains("(50 problems;") == true)
    }

    @Test("a single problem is one problem in the headline")
    func oneProblem() {
        let rejection = reject(TinyHouses.file(rows(replacing: [4: "4,abc"])), fileName: "try.csv")
        #expect(rejection?.description.hasPrefix("try.csv was not accepted (1 problem; ") == true)
        #expect(rejection?.problems.first?.summary == "1 value that is not a number: line 5: SalePrice 'abc'")
    }
}

@Suite("Submission validation: nothing of the answer key leaks")
struct SubmissionLeakTests {
    struct BadFile: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    // One file per kind of problem that depends on the contents, each near the key's values.
    static let files: [BadFile] = [
        BadFile(name: "missing column", bytes: TinyHouses.file(header: "Id", ["1", "2"])),
        BadFile(name: "renamed column", bytes: TinyHouses.file(header: "Id,Price", TinyHouses.validRows())),
        BadFile(name: "pandas index", bytes: TinyHouses.file(header: ",Id,SalePrice", ["0,1,101000"])),
        BadFile(name: "no header", bytes: Array("1,208000\n2,181000\n".utf8)),
        BadFile(name: "semicolons", bytes: TinyHouses.file(header: "Id;SalePrice", ["1;208000"])),
        BadFile(name: "not UTF-8", bytes: Array("Id,SalePrice\n1,".utf8) + [0xE9] + Array("\n".utf8)),
        BadFile(name: "unterminated quote", bytes: TinyHouses.file(["1,\"208000"])),
        BadFile(name: "row problems", bytes: TinyHouses.file(["1,0", "2,abc", "3,NA", "4,inf", "4,140000", "99,1", "5,1,x", "6,-143000"])),
        BadFile(name: "only some ids", bytes: TinyHouses.file(["10,118000"])),
        BadFile(name: "empty", bytes: []),
    ]

    @Test("no message or hint names a target value or a Usage word", arguments: files)
    func noLeak(_ file: BadFile) {
        guard let rejection = reject(file.bytes) else { return }
        #expect(!rejection.problems.isEmpty)
        expectNoLeak(rejection.allText, key: TinyHouses.key)
    }
}
