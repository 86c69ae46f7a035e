import MiniML
import Testing

/// Type inference of `DataTable(csv:types:)`; expected values by hand from the rule in its documentation.
@Suite("DataTable type inference")
struct DataTableInferenceTests {
    private func table(_ text: String, types: [String: ColumnType] = [:]) throws -> DataTable {
        try DataTable(csv: CSVTable(bytes: Array(text.utf8)), types: types)
    }

    @Test func numbersWithMissingFieldsAreNumeric() throws {
        // A blank line is no record: the empty field is written quoted.
        let data = try table("x\n1\nNA\n-2.5\n\"\"\n3e2\n+4\n")
        // "" and "NA" are missing: NaN. "3e2" is 300, "+4" is 4.
        #expect(data.column("x") == .numeric([1, .nan, -2.5, .nan, 300, 4]))
        #expect(data.type(of: "x") == .numeric)
        #expect(data.rowCount == 6)
    }

    @Test func wordsAmongNumbersMakeACategoricalColumn() throws {
        let data = try table("zone\nRL\n20\nNA\nRM\nRL\n")
        // Levels in first-seen order; "NA" is missing (-1).
        #expect(data.column("zone") == .categorical(codes: [0, 1, -1, 2, 0], levels: ["RL", "20", "RM"]))
    }

    @Test(arguments: ["inf", "nan", " 5", "0x10", "1,5", "1.2.3"])
    func fieldsThatAreNotFiniteDecimalNumbersAreNotNumeric(_ field: String) throws {
        let data = try table("x\n1\n\"\(field)\"\n")
        #expect(data.type(of: "x") == .categorical)
    }

    @Test func anAllMissingColumnIsNumeric() throws {
        let data = try table("a,b\n1,NA\n2,\n")
        #expect(data.column("b") == .numeric([.nan, .nan]))
    }

    @Test func moreDistinctValuesThanTheLimitMakeText() throws {
        // 21 rows: the limit is max(20, 21 / 20) = 20 distinct values.
        let twenty = (0..<21).map { "v\($0 % 20)" }
        let twentyOne = (0..<21).map { "v\($0)" }
        let csv = "few,many\n" + zip(twenty, twentyOne).map { "\($0),\($1)" }.joined(separator: "\n")
        let data = try table(csv)
        #expect(data.type(of: "few") == .categorical)
        #expect(data.type(of: "many") == .text)
        #expect(data.column("many") == .text(twentyOne))
    }

    @Test func theLimitGrowsWithTheRowsPastFourHundred() throws {
        // 900 rows: the limit is max(20, 900 / 20) = 45; 45 distinct values stay categorical, 46 do not.
        let csv = "a,b\n" + (0..<900).map { "a\($0 % 45),b\($0 % 46)" }.joined(separator: "\n")
        let data = try table(csv)
        #expect(data.type(of: "a") == .categorical)
        #expect(data.type(of: "b") == .text)
    }

    @Test func longValuesMakeText() throws {
        let forty = String(repeating: "x", count: 40)
        let fortyOne = String(repeating: "y", count: 41)
        let thirtyEight = String(repeating: "z", count: 38)
        let fortyTwo = String(repeating: "w", count: 42)
        // Lengths 40 → median 40 ≤ 40: categorical. 41 → text.
        // Even counts: (38 + 42) / 2 = 40 → categorical; (40 + 42) / 2 = 41 → text. Missing fields do not count.
        let csv = """
            a,b,c,d
            \(forty),\(fortyOne),\(thirtyEight),\(forty)
            \(forty),\(fortyOne),\(fortyTwo),\(fortyTwo)
            NA,NA,NA,NA
            """
        let data = try table(csv)
        #expect(data.type(of: "a") == .categorical)
        #expect(data.type(of: "b") == .text)
        #expect(data.type(of: "c") == .categorical)
        #expect(data.type(of: "d") == .text)
        #expect(data.column("b") == .text([fortyOne, fortyOne, nil]))
    }

    @Test func lengthsCountCharactersNotBytes() throws {
        // 30 "é" are 30 characters but 60 UTF-8 bytes: categorical.
        let word = String(repeating: "é", count: 30)
        #expect(try table("a\n\(word)\n\(word)\n").type(of: "a") == .categorical)
    }

    @Test func typesOverrideInference() throws {
        let data = try table(
            "code,zone,note\n60,RL,good\n20,RM,bad\n60,NA,good\n",
            types: ["code": .categorical, "zone": .text, "note": .categorical])
        #expect(data.column("code") == .categorical(codes: [0, 1, 0], levels: ["60", "20"]))
        #expect(data.column("zone") == .text(["RL", "RM", nil]))
        #expect(data.column("note") == .categorical(codes: [0, 1, 0], levels: ["good", "bad"]))
    }

    @Test func declaringACategoricalColumnKeepsEveryLevel() throws {
        let values = (0..<30).map { "v\($0)" }
        let data = try table("a\n" + values.joined(separator: "\n"), types: ["a": .categorical])
        #expect(data.column("a") == .categorical(codes: (0..<30).map(Int32.init), levels: values))
    }

    @Test func aWordInADeclaredNumericColumnThrowsWithItsLine() throws {
        let error = #expect(throws: MiniMLError.self) {
            try table("id,zone\n1,2\n2,RL\n", types: ["zone": .numeric])
        }
        // The header is line 1, so "RL" is on line 3.
        #expect(error == .invalidInput("column 'zone' is declared numeric but has 'RL' on line 3"))
    }

    @Test func anUnknownNameInTypesThrows() throws {
        let error = #expect(throws: MiniMLError.self) {
            try table("a,b\n1,2\n", types: ["a": .numeric, "c": .text])
        }
        #expect(error?.description.contains("'c'") == true)
    }

    @Test func aRepeatedHeaderNameThrows() throws {
        #expect(throws: MiniMLError.invalidInput("two columns are named 'a'")) {
            try table("a,b,a\n1,2,3\n")
        }
    }

    @Test func aHeaderWithoutRowsGivesEmptyNumericColumns() throws {
        let data = try table("a,b\n")
        #expect(data.rowCount == 0)
        #expect(data.column("a") == .numeric([]))
    }

    @Test func tablesLoadedLikeAReferenceKeepItsTypes() throws {
        let train = try table("id,alley,price\n1,Grvl,10\n2,Pave,20\n")
        // In the test file alley happens to be all missing, which alone infers numeric.
        let testCSV = try CSVTable(bytes: Array("id,alley,extra\n3,NA,x\n4,NA,y\n".utf8))
        #expect(try DataTable(csv: testCSV).type(of: "alley") == .numeric)
        let test = try DataTable(csv: testCSV, like: train)
        #expect(test.column("alley") == .categorical(codes: [-1, -1], levels: []))
        #expect(test.type(of: "id") == .numeric)
        #expect(test.type(of: "extra") == .categorical)
    }
}
