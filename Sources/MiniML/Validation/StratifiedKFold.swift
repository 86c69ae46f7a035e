/// Splits rows into `k` folds that keep the class proportions of `labels`, as scikit-learn's
/// `StratifiedKFold(shuffle=True)`: each row is a validation row of exactly one fold.
///
/// Each class's rows are shuffled (by `seed`), then the classes, in ascending label order, are dealt
/// one after the other round the folds, continuing where the previous class stopped. So in every fold
/// each class count differs by at most 1 from its share, and fold sizes differ by at most 1. A class
/// with fewer than `k` rows is missing from some folds' validation rows. Index lists are ascending.
/// - Precondition: `2 <= k <= labels.count`, and no label is NaN.
/// - Complexity: O(k × n + n log n) for n labels.
public func stratifiedKFold(labels: [Double], k: Int, seed: UInt64 = 0) -> [Fold] {
    precondition(k >= 2 && k <= labels.count, "k-fold needs 2 ≤ k ≤ \(labels.count) rows, not k = \(k)")
    precondition(!labels.contains(where: \.isNaN), "labels must not be NaN")
    let byClass = Dictionary(grouping: labels.indices, by: { labels[$0] })
    var shuffler = RowShuffler(seed: seed)
    let dealt = byClass.keys.sorted().flatMap { shuffler.shuffled(byClass[$0]!) }
    var held = [[Int]](repeating: [], count: k)
    for (position, row) in dealt.enumerated() {
        held[position % k].append(row)
    }
    return held.map { Fold(holdingOut: $0, of: labels.count) }
}
