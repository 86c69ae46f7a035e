/// Splits rows `0..<count` into `k` folds, as scikit-learn's `KFold`: each row is a validation row of
/// exactly one fold, and trains in the others. The first `count % k` folds validate on
/// `count / k + 1` rows, the others on `count / k`.
///
/// With `shuffle`, rows are dealt into folds in a random order decided by `seed`; without, fold 0
/// validates on the first rows, fold 1 on the next, and so on. Index lists are ascending.
/// - Precondition: `2 <= k <= count`.
/// - Complexity: O(k × count).
public func kFold(count: Int, k: Int, shuffle: Bool = true, seed: UInt64 = 0) -> [Fold] {
    precondition(k >= 2 && k <= count, "k-fold needs 2 ≤ k ≤ \(count) rows, not k = \(k)")
    var shuffler = RowShuffler(seed: seed)
    let order = shuffle ? shuffler.shuffled(Array(0..<count)) : Array(0..<count)
    var start = 0
    return (0..<k).map { fold in
        let size = count / k + (fold < count % k ? 1 : 0)
        defer { start += size }
        return Fold(holdingOut: Array(order[start..<(start + size)]), of: count)
    }
}
