/// Maps numeric columns onto [0, 1] with the training minimum and maximum, as scikit-learn's
/// `MinMaxScaler`: (value − min) / (max − min).
///
/// Values of later tables outside the training range land outside [0, 1] (they are not clipped).
/// A column whose training values are all equal gets range 1, so it becomes all 0. Missing values are
/// left out and stay missing; a column with no training value is left as it is.
public struct MinMaxScaler: TableStep {
    /// The columns to scale, or `nil` for every numeric column.
    public let columns: [String]?
    /// Each scaled column's training minimum and range, in order; empty until `fit`.
    public private(set) var statistics: [(name: String, minimum: Double, range: Double)] = []
    private var isFitted = false

    /// A scaler of `columns` (`nil`: every numeric column).
    public init(columns: [String]? = nil) {
        self.columns = columns
    }

    /// Learns each column's minimum and maximum from `table`.
    /// - Throws: `MiniMLError.invalidInput` for a named column that is absent or not numeric.
    /// - Complexity: O(rows) per column.
    public mutating func fit(_ table: DataTable) throws {
        let names = try StepColumns.resolve(columns, in: table, types: [.numeric], step: "MinMaxScaler")
        statistics = names.map { name in
            let values = table.numericValues(name)!.filter { !$0.isNaN }
            guard let minimum = values.min(), let maximum = values.max() else { return (name, 0, 1) }
            // scikit-learn's `_handle_zeros_in_scale`: a range within rounding error of 0 is none.
            let range = maximum - minimum
            return (name, minimum, range < 10 * Double.ulpOfOne ? 1 : range)
        }
        isFitted = true
    }

    /// `table` with each fitted column replaced by (value − training min) / training range.
    /// - Throws: `MiniMLError.invalidInput` when a fitted column is absent or not numeric, or before `fit`.
    /// - Complexity: O(rows) per column.
    public func transform(_ table: DataTable) throws -> DataTable {
        guard isFitted else { throw StepColumns.notFitted("MinMaxScaler") }
        var result = table
        for (name, minimum, range) in statistics {
            guard case .numeric(let values) = try StepColumns.require(name, in: table, as: .numeric, step: "MinMaxScaler")
            else { preconditionFailure("columns are required as numeric") }
            result = result.replacing(name, with: .numeric(values.map { ($0 - minimum) / range }))
        }
        return result
    }
}
