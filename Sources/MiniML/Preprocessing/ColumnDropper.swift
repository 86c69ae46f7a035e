/// Removes columns by name, of any type: identifiers, the target, text a model cannot read.
public struct ColumnDropper: TableStep {
    /// The columns to remove.
    public let columns: [String]

    /// A step removing `columns`.
    public init(columns: [String]) {
        self.columns = columns
    }

    /// Checks that every column to remove is in the training table, which catches misspelt names.
    /// - Throws: `MiniMLError.invalidInput` for a name that is not a column of `table`.
    public mutating func fit(_ table: DataTable) throws {
        for name in columns {
            _ = try StepColumns.require(name, in: table, step: "ColumnDropper")
        }
    }

    /// `table` without the columns; those it does not have (a test table has no target) are ignored.
    /// - Complexity: O(number of columns).
    public func transform(_ table: DataTable) throws -> DataTable {
        table.dropping(columns: columns)
    }
}
