/// The counts behind precision, recall and F1 for binary labels, class 1 being the positive one.
struct BinaryOutcomeCounts {
    /// Predicted 1, actually 1.
    private(set) var truePositives = 0
    /// Predicted 1, actually 0.
    private(set) var falsePositives = 0
    /// Predicted 0, actually 1.
    private(set) var falseNegatives = 0

    /// Counts the outcomes of `predicted` against `labels`.
    /// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
    ///   ``MetricError/notBinary(index:value:)`` for the first value that is not 0 or 1 (`labels`
    ///   first, then `predicted`).
    /// - Complexity: O(n).
    init(labels: [Double], predicted: [Double]) throws(MetricError) {
        try checkPaired(labels, predicted)
        try countPositives(inBinaryLabels: labels)
        try countPositives(inBinaryLabels: predicted)
        for (label, prediction) in zip(labels, predicted) {
            switch (label == 1, prediction == 1) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    /// `numerator / denominator`, or 0 when the denominator is 0.
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}

/// The fraction of predicted positives that are positive: TP / (TP + FP), like scikit-learn's
/// `precision_score` for binary labels with `pos_label=1`.
///
/// With no predicted positive the ratio is 0/0; the result is then 0, scikit-learn's default
/// (`zero_division="warn"`, which returns 0 and warns; MiniML does not warn).
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - predicted: the predicted classes, each 0 or 1 (threshold scores first).
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
///   ``MetricError/notBinary(index:value:)`` for the first value that is not 0 or 1 (`labels` first).
/// - Complexity: O(n).
public func precision(labels: [Double], predicted: [Double]) throws -> Double {
    let counts = try BinaryOutcomeCounts(labels: labels, predicted: predicted)
    return BinaryOutcomeCounts.ratio(counts.truePositives, counts.truePositives + counts.falsePositives)
}

/// The fraction of actual positives predicted positive: TP / (TP + FN), like scikit-learn's
/// `recall_score` for binary labels with `pos_label=1`.
///
/// With no actual positive the ratio is 0/0; the result is then 0, scikit-learn's default
/// (`zero_division="warn"`, which returns 0 and warns; MiniML does not warn).
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - predicted: the predicted classes, each 0 or 1.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
///   ``MetricError/notBinary(index:value:)`` for the first value that is not 0 or 1 (`labels` first).
/// - Complexity: O(n).
public func recall(labels: [Double], predicted: [Double]) throws -> Double {
    let counts = try BinaryOutcomeCounts(labels: labels, predicted: predicted)
    return BinaryOutcomeCounts.ratio(counts.truePositives, counts.truePositives + counts.falseNegatives)
}

/// The harmonic mean of precision and recall: F1 = 2·TP / (2·TP + FP + FN), like scikit-learn's
/// `f1_score` for binary labels with `pos_label=1`.
///
/// When precision or recall is 0/0 but the other counts are not all zero, the formula still applies
/// (as in scikit-learn ≥ 1.3). With no positive at all, actual or predicted, it is 0/0 and the result
/// is 0, scikit-learn's default (`zero_division="warn"`, which returns 0 and warns; MiniML does not warn).
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - predicted: the predicted classes, each 0 or 1.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
///   ``MetricError/notBinary(index:value:)`` for the first value that is not 0 or 1 (`labels` first).
/// - Complexity: O(n).
public func f1Score(labels: [Double], predicted: [Double]) throws -> Double {
    let counts = try BinaryOutcomeCounts(labels: labels, predicted: predicted)
    return BinaryOutcomeCounts.ratio(
        2 * counts.truePositives, 2 * counts.truePositives + counts.falsePositives + counts.falseNegatives
    )
}
