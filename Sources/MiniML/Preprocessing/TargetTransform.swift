import Foundation

/// A transform of a regression target applied before fitting and undone after predicting, as
/// scikit-learn's `TransformedTargetRegressor`: fit on log prices, predict prices.
public enum TargetTransform: String, Sendable, Codable, CaseIterable {
    /// The target as it is.
    case none
    /// The natural logarithm; needs targets > 0. Squared error on log(y) is the RMSE-of-logs metric.
    case log
    /// log(1 + y); needs targets > −1, so zeros are fine.
    case log1p

    /// The transformed targets.
    /// - Throws: `MiniMLError.invalidInput` naming the first row outside the transform's domain
    ///   (NaN included) for `.log` and `.log1p`.
    /// - Complexity: O(y.count).
    public func forward(_ y: [Double]) throws -> [Double] {
        switch self {
        case .none:
            return y
        case .log:
            if let row = y.firstIndex(where: { !($0 > 0) }) {
                throw MiniMLError.invalidInput("the log target transform needs targets > 0; row \(row) has \(y[row])")
            }
            return y.map { Foundation.log($0) }
        case .log1p:
            if let row = y.firstIndex(where: { !($0 > -1) }) {
                throw MiniMLError.invalidInput("the log1p target transform needs targets > -1; row \(row) has \(y[row])")
            }
            return y.map { Foundation.log1p($0) }
        }
    }

    /// Values back in the target's units: the inverse of ``forward(_:)`` (exp, expm1).
    /// - Complexity: O(y.count).
    public func inverse(_ y: [Double]) -> [Double] {
        switch self {
        case .none: y
        case .log: y.map { Foundation.exp($0) }
        case .log1p: y.map { Foundation.expm1($0) }
        }
    }
}
