/// The arithmetic mean Σ x / n, like NumPy's `np.mean`, summed with compensated summation.
///
/// Used to summarise scores, e.g. the per-fold scores of a cross-validation. A NaN makes it NaN.
/// - Throws: ``MetricError/empty`` for no values.
/// - Complexity: O(n).
public func mean(_ values: [Double]) throws -> Double {
    guard !values.isEmpty else { throw MetricError.empty }
    var sum = CompensatedSum()
    for value in values { sum.add(value) }
    return sum.value / Double(values.count)
}

/// The population standard deviation sqrt(Σ (x − mean)² / n), like NumPy's `np.std` with its
/// default `ddof=0` (what scikit-learn's examples print as "± std" for cross-validation scores).
///
/// Two passes (the mean, then the squared deviations) with compensated summation, so a large common
/// offset does not cost precision. One value gives 0. A NaN makes it NaN.
/// - Throws: ``MetricError/empty`` for no values.
/// - Complexity: O(n).
public func standardDeviation(_ values: [Double]) throws -> Double {
    let center = try mean(values)
    var sum = CompensatedSum()
    for value in values { sum.add((value - center) * (value - center)) }
    return (sum.value / Double(values.count)).squareRoot()
}
