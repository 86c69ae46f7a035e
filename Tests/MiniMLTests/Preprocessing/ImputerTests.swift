import MiniML
import Testing

/// Statistics checked once against scikit-learn 1.9.1 (NumPy 2.4.6):
/// `SimpleImputer(strategy=s).fit(x).statistics_`.
@Suite("Imputer")
struct ImputerTests {
    private func fitted(_ imputer: Imputer, on table: DataTable) throws -> Imputer {
        var imputer = imputer
        try imputer.fit(table)
        return imputer
    }

    @Test func meanAndMedianOfAnEvenCount() throws {
        // Training values 1, 4, 2, 10 (one missing). Mean 17 / 4 = 4.25; sorted 1 2 4 10, median (2 + 4) / 2 = 3.
        // scikit-learn: mean [4.25], median [3.].
        let train = try DataTable(columns: [("x", .numeric([1, .nan, 4, 2, 10]))])
        let test = try DataTable(columns: [("x", .numeric([.nan, 100, .nan]))])
        let mean = try fitted(Imputer(strategy: .mean), on: train)
        #expect(try mean.transform(train).column("x") == .numeric([1, 4.25, 4, 2, 10]))
        // A later table is filled with the TRAINING statistic, not its own.
        #expect(try mean.transform(test).column("x") == .numeric([4.25, 100, 4.25]))
        let median = try fitted(Imputer(strategy: .median), on: train)
        #expect(try median.transform(test).column("x") == .numeric([3, 100, 3]))
        #expect(median.fills.map(\.fill) == [.number(3)])
    }

    @Test func mostFrequentTiesGoToTheSmallestValue() throws {
        // 3 and 1 appear twice each: 1, the smaller, wins (scikit-learn: [1.]), although 3 is seen first.
        // "b" and "a" appear twice each: "a" wins (scikit-learn on an object array: ['a']), although "b" is seen first.
        let train = try DataTable(columns: [
            ("x", .numeric([3, 1, 3, 1, .nan, 2])),
            ("c", .categorical(codes: [0, 1, 0, 1, -1, 2], levels: ["b", "a", "c"])),
        ])
        let imputer = try fitted(Imputer(strategy: .mostFrequent, types: [.numeric, .categorical]), on: train)
        let filled = try imputer.transform(train)
        #expect(filled.numericValues("x") == [3, 1, 3, 1, 1, 2])
        #expect(filled.column("c") == .categorical(codes: [0, 1, 0, 1, 1, 2], levels: ["b", "a", "c"]))
    }

    @Test func categoricalFillsMapByLevelNameInLaterTables() throws {
        let train = try DataTable(columns: [("c", .categorical(codes: [0, 0, 1], levels: ["RL", "RM"]))])
        // The test table has its own levels, in its own order, and lacks the fill value "RL".
        let test = try DataTable(columns: [("c", .categorical(codes: [-1, 0], levels: ["FV"]))])
        let imputer = try fitted(Imputer(strategy: .mostFrequent, types: [.categorical]), on: train)
        #expect(try imputer.transform(test).column("c") == .categorical(codes: [1, 0], levels: ["FV", "RL"]))
    }

    @Test func constantsFillNumbersWordsAndText() throws {
        let table = try DataTable(columns: [
            ("x", .numeric([.nan, 2])),
            ("c", .categorical(codes: [0, -1], levels: ["Gd"])),
            ("t", .text([nil, "fine"])),
        ])
        let zero = try fitted(Imputer(strategy: .constant("0")), on: table)
        #expect(try zero.transform(table).column("x") == .numeric([0, 2]))
        #expect(try zero.transform(table).column("c") == table.column("c"))
        let none = try fitted(Imputer(strategy: .constant("None"), types: [.categorical, .text]), on: table)
        let filled = try none.transform(table)
        #expect(filled.column("c") == .categorical(codes: [0, 1], levels: ["Gd", "None"]))
        #expect(filled.column("t") == .text(["None", "fine"]))
        #expect(filled.column("x") == table.column("x"))
    }

    @Test func namedColumnsOnly() throws {
        let table = try DataTable(columns: [("a", .numeric([.nan, 2])), ("b", .numeric([.nan, 4]))])
        let imputer = try fitted(Imputer(columns: ["b"], strategy: .mean), on: table)
        let filled = try imputer.transform(table)
        #expect(filled.column("a") == .numeric([.nan, 2]))
        #expect(filled.column("b") == .numeric([4, 4]))
    }

    @Test func aNumericColumnWithoutValuesIsFilledWithZero() throws {
        let table = try DataTable(columns: [("x", .numeric([.nan, .nan]))])
        let imputer = try fitted(Imputer(strategy: .median), on: table)
        #expect(try imputer.transform(table).column("x") == .numeric([0, 0]))
    }

    @Test func strategiesThatDoNotFitTheColumnThrow() throws {
        let table = try DataTable(columns: [
            ("x", .numeric([1])), ("c", .categorical(codes: [-1], levels: [])),
        ])
        #expect(throws: MiniMLError.self) { try fitted(Imputer(strategy: .constant("none")), on: table) }
        #expect(throws: MiniMLError.self) { try fitted(Imputer(columns: ["c"], strategy: .mean, types: [.categorical]), on: table) }
        // No value to take the most frequent of.
        #expect(throws: MiniMLError.self) { try fitted(Imputer(strategy: .mostFrequent, types: [.categorical]), on: table) }
        // A named column that is absent, or not of an allowed type.
        #expect(throws: MiniMLError.self) { try fitted(Imputer(columns: ["zz"], strategy: .mean), on: table) }
        #expect(throws: MiniMLError.self) { try fitted(Imputer(columns: ["c"], strategy: .mean), on: table) }
    }

    @Test func transformBeforeFitOrWithoutTheColumnThrows() throws {
        let table = try DataTable(columns: [("x", .numeric([1, .nan]))])
        #expect(throws: MiniMLError.self) { try Imputer(strategy: .mean).transform(table) }
        let imputer = try fitted(Imputer(strategy: .mean), on: table)
        #expect(throws: MiniMLError.self) { try imputer.transform(table.dropping(columns: ["x"])) }
    }
}
