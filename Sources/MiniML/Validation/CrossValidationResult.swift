/// The scores of a cross-validation, one per fold, and their spread.
public struct CrossValidationResult: Sendable, Equatable {
    /// One score per fold, in fold order.
    public let scores: [Double]

    /// A result of the given scores.
    public init(scores: [Double]) {
        self.scores = scores
    }

    /// The mean score (`MiniML.mean`); NaN when there are no scores.
    public var mean: Double {
        (try? MiniML.mean(scores)) ?? .nan
    }

    /// The population standard deviation of the scores (`MiniML.standardDeviation`: divisor n, as
    /// NumPy's `std` that scikit-learn examples report); NaN when there are no scores.
    public var standardDeviation: Double {
        (try? MiniML.standardDeviation(scores)) ?? .nan
    }
}
