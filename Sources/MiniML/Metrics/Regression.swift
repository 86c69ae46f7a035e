import Foundation

/// The mean of the squared differences between `actual` and `predicted`,
/// like scikit-learn's `mean_squared_error`.
///
/// Sums with compensated summation, so the result is accurate and deterministic.
/// A NaN in either array makes the result NaN.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` or ``MetricError/empty``.
/// - Complexity: O(n).
public func meanSquaredError(_ actual: [Double], _ predicted: [Double]) throws -> Double {
    try checkPaired(actual, predicted)
    var sum = CompensatedSum()
    for (a, p) in zip(actual, predicted) {
        sum.add((p - a) * (p - a))
    }
    return sum.value / Double(actual.count)
}

/// The square root of ``meanSquaredError(_:_:)``, in the units of the target.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` or ``MetricError/empty``.
/// - Complexity: O(n).
public func rootMeanSquaredError(_ actual: [Double], _ predicted: [Double]) throws -> Double {
    try meanSquaredError(actual, predicted).squareRoot()
}

/// sqrt(mean((log p - log a)^2)), natural log — Kaggle House Prices' metric (NOT log1p).
///
/// Errors on prices count relatively: predicting 110 for 100 costs as much as 1100 for 1000.
/// A NaN in either array makes the result NaN.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
///   ``MetricError/nonPositive(index:value:)`` at the first index where `actual` or `predicted`
///   is zero or negative (`actual` is checked first at the same index).
/// - Complexity: O(n).
public func rmseOfLogs(_ actual: [Double], _ predicted: [Double]) throws -> Double {
    try checkPaired(actual, predicted)
    var sum = CompensatedSum()
    for (index, (a, p)) in zip(actual, predicted).enumerated() {
        if a <= 0 { throw MetricError.nonPositive(index: index, value: a) }
        if p <= 0 { throw MetricError.nonPositive(index: index, value: p) }
        let difference = log(p) - log(a)
        sum.add(difference * difference)
    }
    return (sum.value / Double(actual.count)).squareRoot()
}
