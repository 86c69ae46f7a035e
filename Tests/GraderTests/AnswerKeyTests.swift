import Foundation
import Testing
@testable import Grader

@Suite("Answer keys")
struct AnswerKeyTests {
    /// Writes `text` as solution.csv in a fresh folder and loads it with the columns Id and SalePrice.
    private func load(_ text: String) throws -> AnswerKey {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "solution.csv")
            try write(text, to: url)
            return try AnswerKey.load(from: url, idColumn: "Id", targetColumn: "SalePrice")
        }
    }

    /// Loads `text`, expects `invalidFile` naming solution.csv, and returns its line and reason.
    private func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (line: Int?, reason: String) {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "solution.csv")
            try write(text, to: url)
            let error = try #require(throws: CourseError.self, sourceLocation: sourceLocation) {
                try AnswerKey.load(from: url, idColumn: "Id", targetColumn: "SalePrice")
            }
            guard case .invalidFile(let path, let line, let reason) = error else {
                Issue.record("expected invalidFile, got \(error)", sourceLocation: sourceLocation)
                return (nil, "")
            }
            #expect(path == url.path, sourceLocation: sourceLocation)
            let prefix = line.map { "\(url.path):\($0): " } ?? "\(url.path): "
            #expect(error.description == prefix + reason, sourceLocation: sourceLocation)
            return (line, reason)
        }
    }

    @Test("a key loads with canonical ids, targets and usage in file order")
    func loads() throws {
        let key = try load("""
            Id,SalePrice,Usage
            0042,100,Public
            7,200.5,Private
             9 ,3e2,Public
            10.0,400,Private

            """)
        #expect(key.ids == ["42", "7", "9", "10"])
        #expect(key.targets == [100, 200.5, 300, 400])
        #expect(key.isPublic == [true, false, true, false])
        #expect(key.count == 4)
        #expect(key.publicCount == 2)
        #expect(key.index == ["42": 0, "7": 1, "9": 2, "10": 3])
    }

    @Test("the columns may come in any order, beside others")
    func columnOrder() throws {
        let key = try load("Usage,SalePrice,Note,Id\nPrivate,5,x,1\nPublic,6,y,2\n")
        #expect(key.ids == ["1", "2"])
        #expect(key.targets == [5, 6])
        #expect(key.isPublic == [false, true])
    }

    @Test("a duplicate id is rejected at its second line, naming the first")
    func duplicateID() throws {
        // "42" and "42.0" are the same test row once canonical.
        let (line, reason) = try failure("Id,SalePrice,Usage\n42,1,Public\n43,2,Private\n42.0,3,Private\n")
        #expect(line == 4)
        #expect(reason.contains("42"))
        #expect(reason.contains("first on line 2"))
    }

    @Test("an empty id is rejected at its line", arguments: ["", "  ", "\"\""])
    func emptyID(id: String) throws {
        // Otherwise a submission row with an empty id would match it.
        let (line, reason) = try failure("Id,SalePrice,Usage\n1,1,Public\n\(id),2,Private\n3,3,Private\n")
        #expect(line == 3)
        #expect(reason == "Id is empty")
    }

    @Test("a Usage other than Public or Private is rejected at its line", arguments: ["public", "Publik", "", "Test"])
    func badUsage(usage: String) throws {
        let (line, reason) = try failure("Id,SalePrice,Usage\n1,1,Public\n2,2,Private\n3,3,\(usage)\n")
        #expect(line == 4)
        #expect(reason.contains("'\(usage)'"))
        #expect(reason.contains("Public or Private"))
    }

    @Test("a target that is not a finite number is rejected at its line", arguments: ["abc", "NaN", "inf", "", "1,5"])
    func badTarget(target: String) throws {
        let field = target.contains(",") ? "\"\(target)\"" : target
        let (line, reason) = try failure("Id,SalePrice,Usage\n1,1,Public\n2,\(field),Private\n")
        #expect(line == 3)
        #expect(reason.contains("SalePrice '\(target)'"))
    }

    @Test("a missing column is rejected at line 1, naming the three it needs", arguments: [
        "Id,SalePrice", "Id,Usage", "SalePrice,Usage", "id,SalePrice,Usage",
    ])
    func missingColumn(header: String) throws {
        // One data row as wide as the header, so the header is what fails.
        let row = Array(repeating: "1", count: header.split(separator: ",").count).joined(separator: ",")
        let (line, reason) = try failure("\(header)\n\(row)\n")
        #expect(line == 1)
        #expect(reason.contains("Id, SalePrice and Usage"))
        #expect(reason.contains(header))
    }

    @Test("a key without Public rows, or without Private rows, is rejected", arguments: ["Public", "Private"])
    func onePart(usage: String) throws {
        // There is no single line at fault, so the error names the file only.
        let (line, reason) = try failure("Id,SalePrice,Usage\n1,1,\(usage)\n2,2,\(usage)\n")
        #expect(line == nil)
        #expect(reason.contains("both Public and Private"))
    }

    @Test("a row with the wrong number of fields is rejected at its line")
    func raggedRow() throws {
        let (line, reason) = try failure("Id,SalePrice,Usage\n1,1,Public\n2,2\n3,3,Private\n")
        #expect(line == 3)
        #expect(reason.contains("2 fields"))
    }

    @Test("an empty key, or one with only its header, is rejected")
    func emptyKey() throws {
        let empty = try failure("")
        #expect(empty.line == 1)
        let headerOnly = try failure("Id,SalePrice,Usage\n")
        #expect(headerOnly.line == nil)
        #expect(headerOnly.reason.contains("no rows"))
    }

    @Test("a missing key file is rejected naming it")
    func missingFile() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "solution.csv")
            let error = try #require(throws: CourseError.self) {
                try AnswerKey.load(from: url, idColumn: "Id", targetColumn: "SalePrice")
            }
            guard case .invalidFile(let path, let line, let reason) = error else {
                Issue.record("expected invalidFile, got \(error)")
                return
            }
            #expect(path == url.path)
            #expect(line == nil)
            #expect(reason.hasPrefix("cannot be read"))
        }
    }

    @Test("canonical ids", arguments: [
        ("0042", "42"), (" 42", "42"), ("42 ", "42"), ("\t42", "42"), ("42.0", "42"), ("+42", "42"), ("-7", "-7"),
        ("1e3", "1000"), ("1E3", "1000"),
        ("abc", "abc"), (" abc ", "abc"), ("42.5", "42.5"), ("007a", "007a"), ("", ""),
        // Not integers that fit: kept as written (trimmed).
        ("1e20", "1e20"), ("NaN", "NaN"), ("inf", "inf"),
    ])
    func canonicalIDs(raw: String, canonical: String) {
        #expect(canonicalID(raw) == canonical)
    }
}
