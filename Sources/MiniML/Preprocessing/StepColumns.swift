/// The column look-ups every ``TableStep`` shares, with the errors they throw.
enum StepColumns {
    /// The columns a step works on: `requested` when given (each must exist and have one of
    /// `types`), else every column of `table` whose type is in `types`, in table order.
    /// - Throws: `MiniMLError.invalidInput` for a requested column that is absent or of another type.
    static func resolve(
        _ requested: [String]?, in table: DataTable, types: Set<ColumnType>, step: String
    ) throws -> [String] {
        guard let requested else {
            return table.columnNames.filter { types.contains(table.type(of: $0)!) }
        }
        for name in requested {
            let column = try require(name, in: table, step: step)
            guard types.contains(column.type) else {
                let allowed = ColumnType.allCases.filter(types.contains).map(\.rawValue).joined(separator: " or ")
                throw MiniMLError.invalidInput("\(step): column '\(name)' is \(column.type.rawValue), not \(allowed)")
            }
        }
        return requested
    }

    /// The column `name` of `table`.
    /// - Throws: `MiniMLError.invalidInput` when there is none.
    static func require(_ name: String, in table: DataTable, step: String) throws -> Column {
        guard let column = table.column(name) else {
            throw MiniMLError.invalidInput("\(step): the table has no column '\(name)'")
        }
        return column
    }

    /// The column `name` of `table` as a column of `type`, the type it had when the step was fitted.
    ///
    /// Categorical and text columns convert into each other (a file's inference may differ from
    /// another's); a numeric column that is all missing becomes an all-missing column of `type`
    /// (inference reads a column with no value as numeric). Anything else is an error.
    /// - Throws: `MiniMLError.invalidInput` when the column is absent or cannot be read as `type`.
    static func require(_ name: String, in table: DataTable, as type: ColumnType, step: String) throws -> Column {
        let column = try require(name, in: table, step: step)
        if column.type == type { return column }
        switch (column, type) {
        case (.categorical(let codes, let levels), .text):
            return .text(codes.map { $0 < 0 ? nil : levels[Int($0)] })
        case (.text(let values), .categorical):
            return categorical(values)
        case (.numeric(let values), .categorical) where values.allSatisfy(\.isNaN):
            return .categorical(codes: [Int32](repeating: -1, count: values.count), levels: [])
        case (.numeric(let values), .text) where values.allSatisfy(\.isNaN):
            return .text([String?](repeating: nil, count: values.count))
        default:
            throw MiniMLError.invalidInput(
                "\(step): column '\(name)' is \(column.type.rawValue) but was \(type.rawValue) when fitted; "
                    + "load later tables with DataTable(csv:like:) to keep the training types")
        }
    }

    /// Strings as a categorical column, levels in first-seen order.
    static func categorical(_ values: [String?]) -> Column {
        var codeOf: [String: Int32] = [:]
        var levels: [String] = []
        let codes = values.map { value -> Int32 in
            guard let value else { return -1 }
            if let code = codeOf[value] { return code }
            let code = Int32(levels.count)
            codeOf[value] = code
            levels.append(value)
            return code
        }
        return .categorical(codes: codes, levels: levels)
    }

    /// The error of a step used before `fit`.
    static func notFitted(_ step: String) -> MiniMLError {
        .invalidInput("\(step) must be fitted before it transforms a table")
    }
}
