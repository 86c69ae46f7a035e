/// Shuffles row indices for the splits, reproducibly: the same seed gives the same order with every
/// Swift version and on every platform.
///
/// The bounded draws are written out (Lemire's multiply-and-reject) rather than taken from the
/// standard library's `shuffle(using:)`, whose algorithm is not guaranteed to stay the same.
struct RowShuffler {
    private var generator: SeededGenerator

    /// A shuffler whose whole sequence of orders is determined by `seed`.
    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// `rows` in a uniformly random order (Fisher–Yates).
    /// - Complexity: O(rows.count).
    mutating func shuffled(_ rows: [Int]) -> [Int] {
        var rows = rows
        var index = rows.count - 1
        while index > 0 {
            rows.swapAt(index, generator.drawIndex(below: index + 1))
            index -= 1
        }
        return rows
    }
}
