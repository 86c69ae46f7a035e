import MiniML
import Testing

@Suite("DataTable")
struct DataTableTests {
    private let table: DataTable

    init() throws {
        table = try DataTable(columns: [
            ("price", .numeric([10, .nan, 30])),
            ("zone", .categorical(codes: [0, 1, -1], levels: ["RL", "RM"])),
            ("note", .text(["a", nil, "c"])),
        ])
    }

    @Test func accessorsFindColumnsByName() {
        #expect(table.columnNames == ["price", "zone", "note"])
        #expect(table.rowCount == 3)
        #expect(table.type(of: "zone") == .categorical)
        #expect(table.type(of: "absent") == nil)
        #expect(table.column("absent") == nil)
        #expect(table.numericValues("price")?.count == 3)
        #expect(table.numericValues("zone") == nil)
        #expect(table.column("note")?.missingCount == 1)
    }

    @Test func missingNumbersEqualEachOtherInColumns() {
        #expect(Column.numeric([1, .nan]) == .numeric([1, .nan]))
        #expect(Column.numeric([1, .nan]) != .numeric([1, 2]))
        #expect(Column.numeric([]) != .text([]))
    }

    @Test func columnsMustHaveEqualLengths() {
        #expect(throws: MiniMLError.shapeMismatch("column 'b' has 1 rows, 'a' has 2")) {
            try DataTable(columns: [("a", .numeric([1, 2])), ("b", .numeric([1]))])
        }
    }

    @Test func namesMustBeDistinct() {
        #expect(throws: MiniMLError.invalidInput("two columns are named 'a'")) {
            try DataTable(columns: [("a", .numeric([1])), ("a", .text(["x"]))])
        }
    }

    @Test func categoricalCodesMustPointAtLevels() {
        #expect(throws: MiniMLError.self) {
            try DataTable(columns: [("a", .categorical(codes: [0, 2], levels: ["x", "y"]))])
        }
        #expect(throws: MiniMLError.self) {
            try DataTable(columns: [("a", .categorical(codes: [0], levels: ["x", "x"]))])
        }
    }

    @Test func selectingRowsKeepsLevelsAndAllowsRepeats() {
        let selected = table.selecting(rows: [2, 0, 0])
        #expect(selected.rowCount == 3)
        #expect(selected.column("price") == .numeric([30, 10, 10]))
        #expect(selected.column("zone") == .categorical(codes: [-1, 0, 0], levels: ["RL", "RM"]))
        #expect(selected.column("note") == .text(["c", "a", "a"]))
    }

    @Test func droppingIgnoresAbsentNames() {
        let dropped = table.dropping(columns: ["zone", "absent"])
        #expect(dropped.columnNames == ["price", "note"])
        #expect(dropped.rowCount == 3)
        #expect(table.dropping(columns: table.columnNames).rowCount == 3)
    }

    @Test func replacingKeepsThePlaceOrAddsLast() {
        let replaced = table.replacing("zone", with: .numeric([1, 2, 3]))
        #expect(replaced.columnNames == ["price", "zone", "note"])
        #expect(replaced.column("zone") == .numeric([1, 2, 3]))
        let added = table.replacing("extra", with: .text(["x", "y", "z"]))
        #expect(added.columnNames == ["price", "zone", "note", "extra"])
        #expect(table.column("zone")?.type == .categorical)
    }

    @Test func selectingColumnsReorders() throws {
        let selected = try table.selecting(columns: ["note", "price"])
        #expect(selected.columnNames == ["note", "price"])
        #expect(throws: MiniMLError.invalidInput("no column named 'absent'")) {
            try table.selecting(columns: ["absent"])
        }
    }

    @Test func numericMatrixIsRowMajorWithNamesAsFeatures() throws {
        let numbers = try DataTable(columns: [("a", .numeric([1, 2])), ("b", .numeric([3, 4]))])
        let (matrix, names) = try numbers.numericMatrix()
        #expect(matrix == Matrix([[1, 3], [2, 4]]))
        #expect(names == ["a", "b"])
    }

    @Test func numericMatrixRefusesCategoriesAndMissingValues() throws {
        let categorical = #expect(throws: MiniMLError.self) { try table.dropping(columns: ["price"]).numericMatrix() }
        #expect(categorical?.description.contains("'zone' is categorical") == true)
        #expect(throws: MiniMLError.invalidInput("column 'price' has a missing value at row 1: impute it first")) {
            try table.dropping(columns: ["zone", "note"]).numericMatrix()
        }
    }
}
