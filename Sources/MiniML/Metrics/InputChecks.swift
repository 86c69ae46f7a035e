/// Checks that two arrays compared element by element have the same, non-zero length.
/// - Complexity: O(1).
func checkPaired(_ actual: [Double], _ predicted: [Double]) throws(MetricError) {
    guard actual.count == predicted.count else {
        throw .lengthMismatch(actual: actual.count, predicted: predicted.count)
    }
    guard !actual.isEmpty else { throw .empty }
}

/// Checks that every label is 0 or 1, and counts the ones.
/// - Returns: the number of labels equal to 1.
/// - Complexity: O(n).
@discardableResult
func countPositives(inBinaryLabels labels: [Double]) throws(MetricError) -> Int {
    var positives = 0
    for (index, label) in labels.enumerated() {
        if label == 1 {
            positives += 1
        } else if label != 0 {
            throw .notBinary(index: index, value: label)
        }
    }
    return positives
}
