/// Why a metric cannot be computed on the given inputs.
public enum MetricError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two arrays have different lengths.
    case lengthMismatch(actual: Int, predicted: Int)
    /// The arrays are empty.
    case empty
    /// A value that must be positive is not (``rmseOfLogs(_:_:)`` takes logarithms).
    case nonPositive(index: Int, value: Double)
    /// Every label is the same class, so ROC AUC (and the ROC curve's rates) are undefined.
    case singleClass
    /// A label is neither 0 nor 1.
    case notBinary(index: Int, value: Double)
    /// A class label is not a whole number ≥ 0 (``confusionMatrix(labels:predicted:)``), or not one of
    /// the classes whose probabilities are given (``logLoss(labels:probabilities:classes:)``).
    case invalidLabel(index: Int, value: Double)
    /// A probability (or, for a matrix, any probability in that row) is outside [0, 1] or NaN.
    case notAProbability(index: Int, value: Double)
    /// The number of classes differs from the number of probability columns.
    case classCountMismatch(classes: Int, columns: Int)
    /// A score is NaN, so it cannot be ranked (``rocCurve(labels:scores:)``).
    case nanScore(index: Int)

    /// The problem in one sentence, such as `2 actual values but 3 predictions`.
    public var description: String {
        switch self {
        case let .lengthMismatch(actual, predicted):
            return "\(actual) actual values but \(predicted) predictions"
        case .empty:
            return "no values to score"
        case let .nonPositive(index, value):
            return "value \(value) at index \(index) is not positive, so it has no logarithm"
        case .singleClass:
            return "all labels are the same class, so ROC AUC is undefined"
        case let .notBinary(index, value):
            return "label \(value) at index \(index) is neither 0 nor 1"
        case let .invalidLabel(index, value):
            return "label \(value) at index \(index) is not one of the classes"
        case let .notAProbability(index, value):
            return "probability \(value) at index \(index) is not between 0 and 1"
        case let .classCountMismatch(classes, columns):
            return "\(classes) classes but \(columns) probability columns"
        case let .nanScore(index):
            return "score at index \(index) is NaN, so it cannot be ranked"
        }
    }
}
