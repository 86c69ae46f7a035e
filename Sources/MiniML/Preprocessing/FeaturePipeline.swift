/// Preprocessing steps applied in order, fitted in order: each step is fitted on the output of the
/// steps before it, as scikit-learn's `Pipeline` of transformers.
public struct FeaturePipeline: Sendable {
    /// The steps, in the order they apply.
    public var steps: [any TableStep]

    /// A pipeline of `steps`, unfitted.
    public init(_ steps: [any TableStep]) {
        self.steps = steps
    }

    /// Fits every step on `table` as transformed by the steps before it.
    /// - Throws: the first step's error.
    public mutating func fit(_ table: DataTable) throws {
        _ = try fitTransform(table)
    }

    /// Fits every step like ``fit(_:)`` and returns `table` transformed by all of them, without
    /// transforming it a second time.
    /// - Throws: the first step's error.
    public mutating func fitTransform(_ table: DataTable) throws -> DataTable {
        var current = table
        for index in steps.indices {
            try steps[index].fit(current)
            current = try steps[index].transform(current)
        }
        return current
    }

    /// `table` transformed by every fitted step in order.
    /// - Throws: the first step's error.
    public func transform(_ table: DataTable) throws -> DataTable {
        try steps.reduce(table) { try $1.transform($0) }
    }

    /// `table` transformed, as a matrix with its feature names (``DataTable/numericMatrix()``).
    /// - Throws: a step's error, or `MiniMLError.invalidInput` when a column is left that is not
    ///   numeric or has a missing value.
    public func matrix(_ table: DataTable) throws -> (matrix: Matrix, featureNames: [String]) {
        try transform(table).numericMatrix()
    }
}
