/// Splits rows `0..<count` at random into training and validation rows, as scikit-learn's
/// `train_test_split(test_size=validationFraction, shuffle=True)`: ceil(count × validationFraction)
/// validation rows (at least 1, and at least 1 training row left), the rest for training.
///
/// The same seed gives the same split. Both index lists are ascending.
/// - Precondition: `count >= 2` and `0 < validationFraction < 1`.
/// - Complexity: O(count).
public func trainValidationSplit(count: Int, validationFraction: Double, seed: UInt64) -> Fold {
    precondition(count >= 2, "splitting needs at least 2 rows, not \(count)")
    precondition(validationFraction > 0 && validationFraction < 1, "the validation fraction must be in (0, 1)")
    let validationCount = min(max(Int((Double(count) * validationFraction).rounded(.up)), 1), count - 1)
    var shuffler = RowShuffler(seed: seed)
    let order = shuffler.shuffled(Array(0..<count))
    return Fold(holdingOut: Array(order[..<validationCount]), of: count)
}
