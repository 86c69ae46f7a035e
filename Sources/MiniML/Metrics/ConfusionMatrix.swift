/// Counts of (true class, predicted class) pairs, like scikit-learn's `confusion_matrix`.
///
/// The classes are every value found in `labels` or `predicted`, ascending; entry [i][j] counts the
/// samples of the i-th class predicted as the j-th class, so rows are true classes, columns predicted
/// ones, and the diagonal holds the correct predictions. For binary labels 0 and 1 that is
/// [[TN, FP], [FN, TP]].
/// - Parameters:
///   - labels: the true classes, whole numbers 0, 1, … (MiniML's class labels).
///   - predicted: the predicted classes, whole numbers 0, 1, ….
/// - Returns: a square matrix with one row and one column per class.
/// - Throws: ``MetricError/lengthMismatch(actual:predicted:)``, ``MetricError/empty``, or
///   ``MetricError/invalidLabel(index:value:)`` for the first value that is not a whole number ≥ 0
///   (`labels` first, then `predicted`).
/// - Complexity: O(n + k log k) for n samples and k classes, plus O(k²) for the result.
public func confusionMatrix(labels: [Double], predicted: [Double]) throws -> [[Int]] {
    try checkPaired(labels, predicted)
    for values in [labels, predicted] {
        if let bad = values.firstIndex(where: { !($0.isFinite && $0 >= 0 && $0 == $0.rounded()) }) {
            throw MetricError.invalidLabel(index: bad, value: values[bad])
        }
    }
    let classes = Set(labels).union(predicted).sorted()
    let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    var counts = [[Int]](repeating: [Int](repeating: 0, count: classes.count), count: classes.count)
    for (label, prediction) in zip(labels, predicted) {
        // Every label and prediction is in `classes`, which `position` indexes.
        counts[position[label]!][position[prediction]!] += 1
    }
    return counts
}
