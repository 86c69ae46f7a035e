/// Fills missing values with a statistic of the training table, as scikit-learn's `SimpleImputer`.
///
/// Numeric columns take any ``ImputeStrategy``; categorical and text columns take `.mostFrequent`
/// or `.constant`. A numeric column with no value in the training table is filled with 0 by the
/// statistical strategies (scikit-learn's `keep_empty_features=True`). Types are kept: a categorical
/// column gains the fill value as a level when it does not have it.
public struct Imputer: TableStep {
    /// A learnt fill value.
    public enum Fill: Sendable, Equatable {
        /// A number, for a numeric column.
        case number(Double)
        /// A word, for a categorical or text column.
        case word(String)
    }

    /// The columns to fill, or `nil` for every column whose type is in `types`.
    public let columns: [String]?
    /// How the fill values are chosen.
    public let strategy: ImputeStrategy
    /// With `columns == nil`, the types of the columns to fill.
    public let types: Set<ColumnType>
    /// The fill value of each column, in the order they are filled; empty until `fit`.
    public private(set) var fills: [(name: String, type: ColumnType, fill: Fill)] = []
    private var isFitted = false

    /// An imputer of `columns` (`nil`: every column whose type is in `types`) using `strategy`.
    public init(columns: [String]? = nil, strategy: ImputeStrategy, types: Set<ColumnType> = [.numeric]) {
        self.columns = columns
        self.strategy = strategy
        self.types = types
    }

    /// Learns each column's fill value from `table`.
    /// - Throws: `MiniMLError.invalidInput` for a named column that is absent, or categorical or text
    ///   with no value to take the most frequent of; `MiniMLError.invalidParameter` for `.mean` or
    ///   `.median` on a column that is not numeric, or a constant that is not a finite number for a
    ///   numeric column.
    /// - Complexity: O(rows) per column, O(rows log rows) for `.median` and numeric `.mostFrequent`.
    public mutating func fit(_ table: DataTable) throws {
        let names = try StepColumns.resolve(columns, in: table, types: types, step: "Imputer")
        fills = try names.map { name in
            let column = table.column(name)!
            return (name, column.type, try fill(for: column, named: name))
        }
        isFitted = true
    }

    /// `table` with the missing values of the fitted columns filled.
    /// - Throws: `MiniMLError.invalidInput` when a fitted column is absent or of another type, or
    ///   before `fit`.
    /// - Complexity: O(rows) per fitted column.
    public func transform(_ table: DataTable) throws -> DataTable {
        guard isFitted else { throw StepColumns.notFitted("Imputer") }
        var result = table
        for (name, type, fill) in fills {
            let column = try StepColumns.require(name, in: table, as: type, step: "Imputer")
            result = result.replacing(name, with: Self.filling(column, with: fill))
        }
        return result
    }

    private func fill(for column: Column, named name: String) throws -> Fill {
        switch (column, strategy) {
        case (.numeric, .constant(let text)):
            guard let number = Double(text), number.isFinite else {
                throw MiniMLError.invalidParameter(
                    name: "strategy", reason: "the constant for numeric column '\(name)' must be a number, not '\(text)'")
            }
            return .number(number)
        case (.numeric(let values), _):
            return .number(Self.statistic(of: values.filter { !$0.isNaN }, strategy))
        case (_, .constant(let word)):
            return .word(word)
        case (_, .mostFrequent):
            var counts: [String: Int] = [:]
            switch column {
            case .categorical(let codes, let levels):
                var perCode = [Int](repeating: 0, count: levels.count)
                for code in codes where code >= 0 { perCode[Int(code)] += 1 }
                for (level, count) in zip(levels, perCode) where count > 0 { counts[level] = count }
            case .text(let values):
                for case let word? in values { counts[word, default: 0] += 1 }
            case .numeric:
                preconditionFailure("numeric columns are handled above")
            }
            guard let best = counts.min(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) else {
                throw MiniMLError.invalidInput("Imputer: column '\(name)' has no value to take the most frequent of")
            }
            return .word(best.key)
        case (_, .mean), (_, .median):
            throw MiniMLError.invalidParameter(
                name: "strategy", reason: "\(strategy) needs a numeric column; '\(name)' is \(column.type.rawValue)")
        }
    }

    /// The statistic of non-missing `values`; 0 when there is none.
    private static func statistic(of values: [Double], _ strategy: ImputeStrategy) -> Double {
        guard !values.isEmpty else { return 0 }
        switch strategy {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            let sorted = values.sorted()
            return (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        case .mostFrequent:
            // Sorted, equal values are adjacent; a run wins only when strictly longer, so ties go to the smallest.
            let sorted = values.sorted()
            var best = sorted[0]
            var bestRun = 0
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count, sorted[end] == sorted[start] { end += 1 }
                if end - start > bestRun { (best, bestRun) = (sorted[start], end - start) }
                start = end
            }
            return best
        case .constant:
            preconditionFailure("a constant is not a statistic")
        }
    }

    /// `column` with its missing values replaced by `fill`.
    private static func filling(_ column: Column, with fill: Fill) -> Column {
        switch (column, fill) {
        case (.numeric(let values), .number(let number)):
            return .numeric(values.map { $0.isNaN ? number : $0 })
        case (.categorical(let codes, var levels), .word(let word)):
            let code: Int32
            if let existing = levels.firstIndex(of: word) {
                code = Int32(existing)
            } else {
                code = Int32(levels.count)
                levels.append(word)
            }
            return .categorical(codes: codes.map { $0 < 0 ? code : $0 }, levels: levels)
        case (.text(let values), .word(let word)):
            return .text(values.map { $0 ?? word })
        default:
            preconditionFailure("a \(column.type) column cannot take \(fill)")
        }
    }
}
