/// Why an estimator or a preprocessing step could not do what was asked.
public enum MiniMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Sizes that must agree do not, e.g. 100 rows but 99 targets.
    case shapeMismatch(String)
    /// There is nothing to learn from.
    case emptyInput
    /// A value the model cannot use: NaN in the features, a non-integer class label, one class only.
    case invalidInput(String)
    /// A hyperparameter outside its domain (also caught earlier by `ParameterSpec` validation).
    case invalidParameter(name: String, reason: String)
    /// The computation cannot proceed, e.g. a singular system.
    case numerical(String)

    public var description: String {
        switch self {
        case .shapeMismatch(let detail): "sizes do not match: \(detail)"
        case .emptyInput: "there are no rows to learn from"
        case .invalidInput(let detail): "invalid input: \(detail)"
        case .invalidParameter(let name, let reason): "parameter \(name): \(reason)"
        case .numerical(let detail): "numerical problem: \(detail)"
        }
    }
}

/// Checks the common preconditions of `fit`: non-empty, matching sizes, finite values.
public func validateTrainingData(_ x: Matrix, _ y: [Double]) throws {
    guard x.rows > 0, x.columns > 0 else { throw MiniMLError.emptyInput }
    guard y.count == x.rows else { throw MiniMLError.shapeMismatch("\(x.rows) rows but \(y.count) targets") }
    if let bad = x.values.firstIndex(where: { !$0.isFinite }) {
        throw MiniMLError.invalidInput("feature matrix has \(x.values[bad]) at row \(bad / x.columns), column \(bad % x.columns); impute missing values first")
    }
    if let bad = y.firstIndex(where: { !$0.isFinite }) {
        throw MiniMLError.invalidInput("target \(y[bad]) at row \(bad)")
    }
}

/// Checks classification labels are whole numbers and returns the distinct classes, ascending.
public func classLabels(_ y: [Double]) throws -> [Double] {
    if let bad = y.first(where: { $0 != $0.rounded() || $0 < 0 }) {
        throw MiniMLError.invalidInput("class labels must be whole numbers 0, 1, …; found \(bad)")
    }
    let classes = Array(Set(y)).sorted()
    guard classes.count >= 2 else { throw MiniMLError.invalidInput("only one class (\(classes.first ?? 0)) in the targets") }
    return classes
}
