/// Turns categorical columns into 0/1 indicator columns, one per level seen in training, as
/// scikit-learn's `OneHotEncoder(handle_unknown="ignore")`.
///
/// A column `MSZoning` with training levels `RL`, `RM` becomes numeric columns `MSZoning=RL` and
/// `MSZoning=RM`, in the column's level order (first seen in the file), at the place the column was.
/// A row gets 1 in its level's column and 0 elsewhere; a missing value, a level seen fewer than
/// `minFrequency` times in training, and a level never seen in training (when `dropUnseen`) give
/// all zeros.
public struct OneHotEncoder: TableStep {
    /// The columns to encode, or `nil` for every categorical column.
    public let columns: [String]?
    /// The fewest training rows a level needs to get its own column.
    public let minFrequency: Int
    /// Whether a level never seen in training gives all zeros (`true`) or an error (`false`).
    public let dropUnseen: Bool
    /// Each encoded column and the levels that got a column, in order; empty until `fit`.
    public private(set) var encodings: [(name: String, levels: [String])] = []
    /// Each encoded column's levels seen in training, with a column or not.
    private var seenLevels: [String: Set<String>] = [:]
    private var isFitted = false

    /// An encoder of `columns` (`nil`: every categorical column).
    public init(columns: [String]? = nil, minFrequency: Int = 1, dropUnseen: Bool = true) {
        self.columns = columns
        self.minFrequency = minFrequency
        self.dropUnseen = dropUnseen
    }

    /// Learns each column's levels, and which are frequent enough, from `table`.
    /// - Throws: `MiniMLError.invalidInput` for a named column that is absent or numeric;
    ///   `MiniMLError.invalidParameter` when `minFrequency < 1`.
    /// - Complexity: O(rows + levels) per column.
    public mutating func fit(_ table: DataTable) throws {
        guard minFrequency >= 1 else {
            throw MiniMLError.invalidParameter(name: "minFrequency", reason: "must be at least 1, not \(minFrequency)")
        }
        let names = try StepColumns.resolve(columns, in: table, types: [.categorical, .text], step: "OneHotEncoder")
        encodings = []
        seenLevels = [:]
        for name in names {
            guard case .categorical(let codes, let levels) = try StepColumns.require(
                name, in: table, as: .categorical, step: "OneHotEncoder")
            else { preconditionFailure("columns are required as categorical") }
            var counts = [Int](repeating: 0, count: levels.count)
            for code in codes where code >= 0 { counts[Int(code)] += 1 }
            encodings.append((name, levels.indices.filter { counts[$0] >= minFrequency }.map { levels[$0] }))
            seenLevels[name] = Set(levels.indices.filter { counts[$0] > 0 }.map { levels[$0] })
        }
        isFitted = true
    }

    /// `table` with each encoded column replaced by its indicator columns, named `column=level`.
    /// - Throws: `MiniMLError.invalidInput` when an encoded column is absent or numeric, when an
    ///   indicator's name is already a column, when `dropUnseen` is false and a level was never seen
    ///   in training, or before `fit`.
    /// - Complexity: O(rows × indicator columns).
    public func transform(_ table: DataTable) throws -> DataTable {
        guard isFitted else { throw StepColumns.notFitted("OneHotEncoder") }
        var indicators: [String: [(name: String, column: Column)]] = [:]
        for (name, kept) in encodings {
            guard case .categorical(let codes, let levels) = try StepColumns.require(
                name, in: table, as: .categorical, step: "OneHotEncoder")
            else { preconditionFailure("columns are required as categorical") }
            if !dropUnseen, let row = codes.firstIndex(where: { $0 >= 0 && !seenLevels[name]!.contains(levels[Int($0)]) }) {
                throw MiniMLError.invalidInput(
                    "OneHotEncoder: column '\(name)' has level '\(levels[Int(codes[row])])' at row \(row), not seen in training")
            }
            let slot = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
            let slotOfCode = levels.map { slot[$0] ?? -1 }
            var columns = [[Double]](repeating: [Double](repeating: 0, count: table.rowCount), count: kept.count)
            for (row, code) in codes.enumerated() where code >= 0 && slotOfCode[Int(code)] >= 0 {
                columns[slotOfCode[Int(code)]][row] = 1
            }
            indicators[name] = zip(kept, columns).map { ("\(name)=\($0)", .numeric($1)) }
        }
        return try DataTable(columns: table.columnNames.flatMap { name in
            indicators[name] ?? [(name, table.column(name)!)]
        })
    }
}
