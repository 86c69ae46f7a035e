/// Centres numeric columns on 0 and scales them to unit variance with the training mean and
/// standard deviation, as scikit-learn's `StandardScaler`.
///
/// The standard deviation is the population one (divisor n), as scikit-learn; a column whose
/// training values are all equal gets scale 1 (it only loses its mean). Missing values are left out
/// of the statistics and stay missing; a column with no training value is left as it is.
public struct StandardScaler: TableStep {
    /// The columns to scale, or `nil` for every numeric column.
    public let columns: [String]?
    /// Each scaled column's training mean and scale, in order; empty until `fit`.
    public private(set) var statistics: [(name: String, mean: Double, scale: Double)] = []
    private var isFitted = false

    /// A scaler of `columns` (`nil`: every numeric column).
    public init(columns: [String]? = nil) {
        self.columns = columns
    }

    /// Learns each column's mean and population standard deviation from `table`.
    /// - Throws: `MiniMLError.invalidInput` for a named column that is absent or not numeric.
    /// - Complexity: O(rows) per column.
    public mutating func fit(_ table: DataTable) throws {
        let names = try StepColumns.resolve(columns, in: table, types: [.numeric], step: "StandardScaler")
        statistics = names.map { name in
            let values = table.numericValues(name)!.filter { !$0.isNaN }
            guard !values.isEmpty else { return (name, 0, 1) }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return (name, mean, Self.isConstant(variance: variance, mean: mean, count: values.count) ? 1 : variance.squareRoot())
        }
        isFitted = true
    }

    /// `table` with each fitted column replaced by (value − training mean) / training scale.
    /// - Throws: `MiniMLError.invalidInput` when a fitted column is absent or not numeric, or before `fit`.
    /// - Complexity: O(rows) per column.
    public func transform(_ table: DataTable) throws -> DataTable {
        guard isFitted else { throw StepColumns.notFitted("StandardScaler") }
        var result = table
        for (name, mean, scale) in statistics {
            guard case .numeric(let values) = try StepColumns.require(name, in: table, as: .numeric, step: "StandardScaler")
            else { preconditionFailure("columns are required as numeric") }
            result = result.replacing(name, with: .numeric(values.map { ($0 - mean) / scale }))
        }
        return result
    }

    /// Whether a variance is within rounding error of 0: scikit-learn's `_is_constant_feature`,
    /// variance ≤ n·ε·variance + (n·mean·ε)², which catches equal values whose computed variance
    /// is a tiny positive number.
    private static func isConstant(variance: Double, mean: Double, count: Int) -> Bool {
        let n = Double(count)
        let epsilon = Double.ulpOfOne
        return variance <= n * epsilon * variance + (n * mean * epsilon) * (n * mean * epsilon)
    }
}
