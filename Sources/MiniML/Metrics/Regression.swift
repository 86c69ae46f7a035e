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

/// The mean of the absolute differences between `actual` and `predicted`,
/// like scikit-learn's `mean_absolute_error`: mean(|p − a|), in the units of the target.
///
/// Sums with compensated summation. A NaN in either array makes the result NaN.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` or ``MetricError/empty``.
/// - Complexity: O(n).
public func meanAbsoluteError(_ actual: [Double], _ predicted: [Double]) throws -> Double {
    try checkPaired(actual, predicted)
    var sum = CompensatedSum()
    for (a, p) in zip(actual, predicted) {
        sum.add(abs(p - a))
    }
    return sum.value / Double(actual.count)
}

/// The coefficient of determination R² = 1 − SS_res / SS_tot, like scikit-learn's `r2_score`,
/// where SS_res = Σ (a − p)² and SS_tot = Σ (a − mean(a))².
///
/// 1 is a perfect fit, 0 is what always predicting the mean of `actual` scores, and a worse model
/// goes below 0 without bound. The edge cases are scikit-learn's (`force_finite=True`): when `actual`
/// is constant (SS_tot = 0) the result is 1 for perfect predictions and 0 otherwise, instead of NaN
/// or −∞; with a single value it is NaN (scikit-learn warns that R² is not well-defined then).
/// Sums with compensated summation. A NaN in `actual`, or in `predicted` when `actual` is not
/// constant, makes the result NaN.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` or ``MetricError/empty``.
/// - Complexity: O(n).
public func r2Score(_ actual: [Double], _ predicted: [Double]) throws -> Double {
    try checkPaired(actual, predicted)
    guard actual.count >= 2 else { return .nan }
    var total = CompensatedSum()
    for a in actual { total.add(a) }
    let meanActual = total.value / Double(actual.count)
    var residual = CompensatedSum()
    var deviation = CompensatedSum()
    for (a, p) in zip(actual, predicted) {
        residual.add((a - p) * (a - p))
        deviation.add((a - meanActual) * (a - meanActual))
    }
    guard deviation.value != 0 else { return residual.value == 0 ? 1 : 0 }
    return 1 - residual.value / deviation.value
}
