extension DataTable {
    /// Builds typed columns from a CSV table, one column per header field, in order.
    ///
    /// Fields `""` and `"NA"` are missing (`CSVMissing.isMissing`). A column's type is `types[name]`
    /// when given, otherwise inferred from its fields:
    /// - **numeric** when every non-missing field is a finite decimal number (`12`, `-0.5`, `3e-2`;
    ///   not `inf`, `nan` or hexadecimal); a column that is all missing is numeric, all NaN;
    /// - otherwise **categorical** when it has at most max(20, rows / 20) distinct values and the
    ///   median length of its non-missing fields is at most 40 characters; levels are kept in the
    ///   order they first appear;
    /// - otherwise **text**.
    ///
    /// Declaring a column `.categorical` keeps every distinct value as a level; `.text` keeps the strings.
    /// - Throws: `MiniMLError.invalidInput` for a name in `types` that is not a column, a repeated
    ///   header name, or a field of a column declared numeric that is not a finite number.
    /// - Complexity: O(size of the CSV), one pass per column in the common cases.
    public init(csv: CSVTable, types: [String: ColumnType] = [:]) throws {
        if let unknown = types.keys.sorted().first(where: { csv.columnIndex($0) == nil }) {
            throw MiniMLError.invalidInput(
                "no column named '\(unknown)' to type; the columns are \(csv.header.joined(separator: ", "))")
        }
        var positions: [String: Int] = [:]
        for (position, name) in csv.header.enumerated() {
            guard positions.updateValue(position, forKey: name) == nil else {
                throw MiniMLError.invalidInput("two columns are named '\(name)'")
            }
        }
        let columns = try csv.header.enumerated().map { index, name in
            try ColumnInference.column(of: csv.records, at: index, name: name, forced: types[name])
        }
        self.init(names: csv.header, columns: columns, positions: positions, rowCount: csv.records.count)
    }

    /// Builds typed columns from a CSV table, giving each column that `reference` also has the type
    /// it has there, and inferring the others.
    ///
    /// Load validation and test files this way, with the training table as `reference`, so that a
    /// column reads the same in every file (a categorical column whose test values happen to be all
    /// missing would otherwise be inferred numeric).
    /// - Throws: as ``init(csv:types:)``, e.g. when a column numeric in `reference` holds a word.
    /// - Complexity: as ``init(csv:types:)``.
    public init(csv: CSVTable, like reference: DataTable) throws {
        let types = csv.header.compactMap { name in reference.type(of: name).map { (name, $0) } }
        try self.init(csv: csv, types: Dictionary(types, uniquingKeysWith: { first, _ in first }))
    }
}
