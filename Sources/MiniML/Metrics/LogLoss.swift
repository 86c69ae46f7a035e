import Foundation

/// −ln of the probability given to the true class, clipped to [1e-15, 1 − 1e-15] first.
private func negativeLogLikelihood(_ probability: Double) -> Double {
    let clip = 1e-15
    return -log(min(max(probability, clip), 1 - clip))
}

/// Binary cross-entropy, like scikit-learn's `log_loss` with a one-dimensional `y_proba`:
/// −mean(y · ln p + (1 − y) · ln(1 − p)), natural logarithm.
///
/// The probability given to each sample's true class (p for label 1, 1 − p for label 0) is clipped to
/// [1e-15, 1 − 1e-15] first, so a confident wrong answer costs at most −ln(1e-15) ≈ 34.54 instead of
/// infinity. That is the classic bound (Kaggle's, scikit-learn's `eps=1e-15` before 1.3); scikit-learn
/// ≥ 1.5 clips at the machine epsilon 2.2e-16 instead, so results differ only for probabilities within
/// 1e-15 of 0 or 1. Unlike scikit-learn, labels of one class only are accepted: classes are 0 and 1 by
/// definition here. Sums with compensated summation.
/// - Parameters:
///   - labels: the true classes, each 0 or 1.
///   - probabilities: the predicted probability of class 1 for each sample, in [0, 1].
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``,
///   ``MetricError/notBinary(index:value:)`` for the first label that is not 0 or 1, or
///   ``MetricError/notAProbability(index:value:)`` for the first probability outside [0, 1] or NaN.
/// - Complexity: O(n).
public func logLoss(labels: [Double], probabilities: [Double]) throws -> Double {
    try checkPaired(labels, probabilities)
    try countPositives(inBinaryLabels: labels)
    if let bad = probabilities.firstIndex(where: { !(0...1).contains($0) }) {
        throw MetricError.notAProbability(index: bad, value: probabilities[bad])
    }
    var sum = CompensatedSum()
    for (label, probability) in zip(labels, probabilities) {
        sum.add(negativeLogLikelihood(label == 1 ? probability : 1 - probability))
    }
    return sum.value / Double(labels.count)
}

/// Multiclass cross-entropy, like scikit-learn's `log_loss(y_true, y_proba, labels=classes)`:
/// −mean over samples of ln P[i, column of the true class of i], natural logarithm.
///
/// Each probability used is clipped to [1e-15, 1 − 1e-15] first (see ``logLoss(labels:probabilities:)``
/// for how that compares with scikit-learn). Rows are not renormalised: pass probabilities whose rows
/// sum to 1, as ``ProbabilisticClassifier/predictProbabilities(_:)`` gives (scikit-learn only warns
/// when they do not). Sums with compensated summation.
/// - Parameters:
///   - labels: the true class of each sample.
///   - probabilities: one row per sample, one column per class.
///   - classes: the class of each column, e.g. a classifier's ``ProbabilisticClassifier/classes``;
///     `nil` (the default) means classes 0, 1, …, columns − 1.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)`` (labels, rows), ``MetricError/empty``,
///   ``MetricError/classCountMismatch(classes:columns:)``, ``MetricError/notAProbability(index:value:)``
///   with the row of the first probability outside [0, 1] or NaN, or
///   ``MetricError/invalidLabel(index:value:)`` for the first label that is not one of the classes.
/// - Complexity: O(n × k) for n samples and k classes.
public func logLoss(labels: [Double], probabilities: Matrix, classes: [Double]? = nil) throws -> Double {
    guard labels.count == probabilities.rows else {
        throw MetricError.lengthMismatch(actual: labels.count, predicted: probabilities.rows)
    }
    guard !labels.isEmpty else { throw MetricError.empty }
    let classes = classes ?? (0..<probabilities.columns).map(Double.init)
    guard classes.count == probabilities.columns else {
        throw MetricError.classCountMismatch(classes: classes.count, columns: probabilities.columns)
    }
    if let bad = probabilities.values.firstIndex(where: { !(0...1).contains($0) }) {
        throw MetricError.notAProbability(index: bad / probabilities.columns, value: probabilities.values[bad])
    }
    var sum = CompensatedSum()
    for (row, label) in labels.enumerated() {
        guard let column = classes.firstIndex(of: label) else {
            throw MetricError.invalidLabel(index: row, value: label)
        }
        sum.add(negativeLogLikelihood(probabilities[row, column]))
    }
    return sum.value / Double(labels.count)
}
