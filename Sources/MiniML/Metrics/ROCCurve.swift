/// The receiver operating characteristic curve, like scikit-learn's `roc_curve` with its defaults
/// (`drop_intermediate=True`).
///
/// Predicting 1 for every score ≥ t gives, for each threshold t, a false positive rate FP / N and a
/// true positive rate TP / P. The thresholds are the distinct scores, descending, preceded by +∞
/// (predict nothing positive), so the curve runs from (0, 0) to (1, 1). As in scikit-learn, a threshold
/// is dropped when the second differences of both the FP and the TP counts are zero at its point
/// (FP[i−1] − 2·FP[i] + FP[i+1] = 0, likewise TP): it then lies midway on a straight stretch between
/// its neighbours and cannot change the plot or the area. Collinear points at unequal steps are kept,
/// as scikit-learn keeps them; the first and last thresholds always stay, and nothing is dropped with
/// two thresholds or fewer.
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - scores: higher means more likely 1; ±∞ are ranked like any number, NaN is refused.
/// - Returns: the rates and thresholds, three arrays of the same length; `thresholds[0]` is +∞.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` (labels, scores), ``MetricError/empty``,
///   ``MetricError/notBinary(index:value:)`` for the first label that is not 0 or 1,
///   ``MetricError/singleClass`` when the labels are all 0 or all 1 (scikit-learn warns and returns NaN
///   rates), or ``MetricError/nanScore(index:)`` for the first NaN score.
/// - Complexity: O(n log n).
public func rocCurve(
    labels: [Double], scores: [Double]
) throws -> (falsePositiveRate: [Double], truePositiveRate: [Double], thresholds: [Double]) {
    try checkPaired(labels, scores)
    let positives = try countPositives(inBinaryLabels: labels)
    let negatives = labels.count - positives
    guard positives > 0, negatives > 0 else { throw MetricError.singleClass }
    if let bad = scores.firstIndex(where: \.isNaN) { throw MetricError.nanScore(index: bad) }

    // Cumulative counts at the end of each run of equal scores, highest score first.
    let ranked = zip(scores, labels).sorted { $0.0 > $1.0 }
    var falsePositives: [Int] = []
    var truePositives: [Int] = []
    var thresholds: [Double] = []
    var tp = 0
    for (index, (score, label)) in ranked.enumerated() {
        if label == 1 { tp += 1 }
        if index == ranked.count - 1 || ranked[index + 1].0 != score {
            truePositives.append(tp)
            falsePositives.append(index + 1 - tp)
            thresholds.append(score)
        }
    }

    // Keep the corners: points where the second difference of FP or TP is not zero.
    var kept = [0]
    if thresholds.count > 2 {
        for i in 1..<(thresholds.count - 1) {
            let fpBend = falsePositives[i - 1] - 2 * falsePositives[i] + falsePositives[i + 1]
            let tpBend = truePositives[i - 1] - 2 * truePositives[i] + truePositives[i + 1]
            if fpBend != 0 || tpBend != 0 { kept.append(i) }
        }
    }
    if thresholds.count > 1 { kept.append(thresholds.count - 1) }

    return (
        [0] + kept.map { Double(falsePositives[$0]) / Double(negatives) },
        [0] + kept.map { Double(truePositives[$0]) / Double(positives) },
        [.infinity] + kept.map { thresholds[$0] }
    )
}
