/// Area under the ROC curve; tied scores get average ranks (Mann–Whitney U / (n_pos * n_neg)). O(n log n).
///
/// The probability that a random positive scores above a random negative, ties counting
/// one half — scikit-learn's `roc_auc_score` for binary labels. Only the order of the
/// scores matters, not their scale. The rank sums are kept in integers, so the result is
/// exact up to the final division and does not depend on the order of the input.
/// If any score is NaN, the result is NaN.
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - scores: higher means more likely 1; probabilities, logits or any ranking score.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` (labels, scores), ``MetricError/empty``,
///   ``MetricError/notBinary(index:value:)`` for the first label that is not 0 or 1, or
///   ``MetricError/singleClass`` when the labels are all 0 or all 1.
/// - Complexity: O(n log n).
public func rocAUC(labels: [Double], scores: [Double]) throws -> Double {
    try checkPaired(labels, scores)
    let positives = try countPositives(inBinaryLabels: labels)
    let negatives = labels.count - positives
    guard positives > 0, negatives > 0 else { throw MetricError.singleClass }
    if scores.contains(where: \.isNaN) { return .nan }

    let ranked = zip(scores, labels).sorted { $0.0 < $1.0 }
    // Twice the sum of the positives' 1-based ranks: a run of tied scores at 0-based
    // positions start..<end shares the average rank (start + 1 + end) / 2.
    var twiceRankSum = 0
    var start = 0
    while start < ranked.count {
        var end = start
        var tiedPositives = 0
        while end < ranked.count, ranked[end].0 == ranked[start].0 {
            if ranked[end].1 == 1 { tiedPositives += 1 }
            end += 1
        }
        twiceRankSum += tiedPositives * (start + 1 + end)
        start = end
    }
    // Mann–Whitney U = rank sum − P(P + 1) / 2.
    let twiceU = twiceRankSum - positives * (positives + 1)
    return Double(twiceU) / (2 * Double(positives) * Double(negatives))
}

/// Fraction of labels equal to (score >= threshold ? 1 : 0).
///
/// scikit-learn's `accuracy_score` after thresholding the scores; a NaN score predicts 0.
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - scores: predicted probabilities (or any score compared with `threshold`).
///   - threshold: the lowest score predicted as class 1.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` (labels, scores), ``MetricError/empty``,
///   or ``MetricError/notBinary(index:value:)`` for the first label that is not 0 or 1.
/// - Complexity: O(n).
public func accuracy(labels: [Double], scores: [Double], threshold: Double = 0.5) throws -> Double {
    try checkPaired(labels, scores)
    try countPositives(inBinaryLabels: labels)
    var correct = 0
    for (label, score) in zip(labels, scores) where (score >= threshold ? 1.0 : 0.0) == label {
        correct += 1
    }
    return Double(correct) / Double(labels.count)
}
