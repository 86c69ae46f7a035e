/// Why a metric cannot be computed on the given inputs.
public enum MetricError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two arrays have different lengths.
    case lengthMismatch(actual: Int, predicted: Int)
    /// The arrays are empty.
    case empty
    /// A value that must be positive is not (``rmseOfLogs(_:_:)`` takes logarithms).
    case nonPositive(index: Int, value: Double)
    /// Every label is the same class, so ROC AUC is undefined.
    case singleClass
    /// A label is neither 0 nor 1.
    case notBinary(index: Int, value: Double)

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
        }
    }
}
