/// A table of named, typed columns of equal length: what preprocessing steps read and write.
///
/// Values, like everything in MiniML: every method returns a new table and leaves the receiver as it
/// was. Each column keeps its values in one contiguous array (see ``Column``), so selecting rows or
/// replacing a column costs one pass over the columns concerned.
public struct DataTable: Sendable, Equatable {
    /// The column names, in order; distinct.
    public private(set) var columnNames: [String]
    /// The number of rows (also kept for a table without columns).
    public let rowCount: Int
    /// The columns, in the order of `columnNames`.
    private var columns: [Column]
    /// Where each name is in `columnNames`.
    private var positions: [String: Int]

    /// A table of the given columns, in order.
    /// - Throws: `MiniMLError.shapeMismatch` when the columns differ in length;
    ///   `MiniMLError.invalidInput` for a repeated name, or a categorical column with repeated levels
    ///   or a code outside -1..<levels.count.
    /// - Complexity: O(total number of values).
    public init(columns: [(name: String, column: Column)]) throws {
        let rowCount = columns.first?.column.count ?? 0
        var positions: [String: Int] = [:]
        for (position, entry) in columns.enumerated() {
            guard entry.column.count == rowCount else {
                throw MiniMLError.shapeMismatch(
                    "column '\(entry.name)' has \(entry.column.count) rows, '\(columns[0].name)' has \(rowCount)")
            }
            guard positions.updateValue(position, forKey: entry.name) == nil else {
                throw MiniMLError.invalidInput("two columns are named '\(entry.name)'")
            }
            try Self.checkCodes(of: entry.column, named: entry.name)
        }
        self.init(names: columns.map(\.name), columns: columns.map(\.column), positions: positions, rowCount: rowCount)
    }

    /// A table from parts already checked: distinct names, positions matching them, columns of `rowCount` rows.
    init(names: [String], columns: [Column], positions: [String: Int], rowCount: Int) {
        self.columnNames = names
        self.columns = columns
        self.positions = positions
        self.rowCount = rowCount
    }

    /// The column named `name`, or `nil` when there is none.
    /// - Complexity: O(1).
    public func column(_ name: String) -> Column? {
        positions[name].map { columns[$0] }
    }

    /// The type of the column named `name`, or `nil` when there is none.
    /// - Complexity: O(1).
    public func type(of name: String) -> ColumnType? {
        column(name)?.type
    }

    /// The values of the numeric column `name` (NaN where missing); `nil` when there is no such
    /// column or it is not numeric.
    /// - Complexity: O(1).
    public func numericValues(_ name: String) -> [Double]? {
        guard case .numeric(let values) = column(name) else { return nil }
        return values
    }

    /// The rows at `rows`, in that order (repeats allowed), every column kept.
    /// - Precondition: every index is in `0..<rowCount`.
    /// - Complexity: O(rows.count × number of columns).
    public func selecting(rows: [Int]) -> DataTable {
        DataTable(names: columnNames, columns: columns.map { $0.selecting(rows: rows) }, positions: positions, rowCount: rows.count)
    }

    /// The columns named in `names`, in that order.
    /// - Throws: `MiniMLError.invalidInput` for a name that is not a column, or a repeated name.
    /// - Complexity: O(names.count).
    public func selecting(columns names: [String]) throws -> DataTable {
        var selectedPositions: [String: Int] = [:]
        let selected = try names.enumerated().map { position, name in
            guard let column = column(name) else {
                throw MiniMLError.invalidInput("no column named '\(name)'")
            }
            guard selectedPositions.updateValue(position, forKey: name) == nil else {
                throw MiniMLError.invalidInput("column '\(name)' is selected twice")
            }
            return column
        }
        return DataTable(names: names, columns: selected, positions: selectedPositions, rowCount: rowCount)
    }

    /// The table without the columns named in `names`; names it does not have are ignored.
    /// - Complexity: O(number of columns + names.count).
    public func dropping(columns names: [String]) -> DataTable {
        let dropped = Set(names)
        let kept = columnNames.indices.filter { !dropped.contains(columnNames[$0]) }
        let keptNames = kept.map { columnNames[$0] }
        return DataTable(
            names: keptNames,
            columns: kept.map { columns[$0] },
            positions: Dictionary(uniqueKeysWithValues: keptNames.enumerated().map { ($1, $0) }),
            rowCount: rowCount)
    }

    /// The table with the column `name` replaced by `column` in place, or with `column` added last
    /// when there is no column of that name.
    /// - Precondition: `column.count == rowCount`, or the table has no columns; a categorical
    ///   `column` has distinct levels and codes in -1..<levels.count.
    /// - Complexity: O(number of columns), plus O(column.count) to check a categorical column.
    public func replacing(_ name: String, with column: Column) -> DataTable {
        precondition(
            column.count == rowCount || columns.isEmpty,
            "column '\(name)' has \(column.count) rows, the table \(rowCount)")
        precondition((try? Self.checkCodes(of: column, named: name)) != nil, "column '\(name)' has invalid codes or levels")
        var names = columnNames
        var newColumns = columns
        var newPositions = positions
        if let position = positions[name] {
            newColumns[position] = column
        } else {
            newPositions[name] = newColumns.count
            names.append(name)
            newColumns.append(column)
        }
        return DataTable(
            names: names, columns: newColumns, positions: newPositions, rowCount: columns.isEmpty ? column.count : rowCount)
    }

    /// The table as a matrix, one matrix column per table column in order, and the column names as
    /// the feature names.
    /// - Throws: `MiniMLError.invalidInput` naming the first column that is not numeric, or the
    ///   first column and row holding a missing value.
    /// - Complexity: O(rowCount × number of columns).
    public func numericMatrix() throws -> (matrix: Matrix, featureNames: [String]) {
        let width = columns.count
        var values = [Double](repeating: 0, count: rowCount * width)
        for (position, column) in columns.enumerated() {
            guard case .numeric(let source) = column else {
                throw MiniMLError.invalidInput(
                    "column '\(columnNames[position])' is \(column.type.rawValue), not numeric: encode it or drop it first")
            }
            if let row = source.firstIndex(where: \.isNaN) {
                throw MiniMLError.invalidInput(
                    "column '\(columnNames[position])' has a missing value at row \(row): impute it first")
            }
            values.withUnsafeMutableBufferPointer { matrix in
                for row in 0..<rowCount {
                    matrix[row &* width &+ position] = source[row]
                }
            }
        }
        return (Matrix(rows: rowCount, columns: width, values: values), columnNames)
    }

    /// Checks that a categorical column has distinct levels and codes in -1..<levels.count.
    private static func checkCodes(of column: Column, named name: String) throws {
        guard case .categorical(let codes, let levels) = column else { return }
        guard Set(levels).count == levels.count else {
            throw MiniMLError.invalidInput("column '\(name)' repeats a level")
        }
        if let bad = codes.firstIndex(where: { $0 < -1 || Int($0) >= levels.count }) {
            throw MiniMLError.invalidInput("column '\(name)' has code \(codes[bad]) at row \(bad) for \(levels.count) levels")
        }
    }
}
