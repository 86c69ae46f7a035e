/// The random draws of the tree models, written out (not taken from the standard library) so that a
/// seed gives the same trees with every Swift version.
extension SeededGenerator {
    /// How often each of `count` rows is drawn in `count` draws with replacement (a bootstrap sample).
    /// - Complexity: O(count).
    mutating func bootstrapCounts(_ count: Int) -> [Double] {
        var counts = [Double](repeating: 0, count: count)
        for _ in 0..<count { counts[drawIndex(below: count)] += 1 }
        return counts
    }

    /// `sampleCount` distinct integers of `0..<population`, ascending (partial Fisher–Yates).
    /// - Complexity: O(population + sampleCount log sampleCount).
    mutating func distinctIndices(_ sampleCount: Int, below population: Int) -> [Int] {
        var indices = Array(0..<population)
        for position in 0..<sampleCount {
            indices.swapAt(position, position + drawIndex(below: population - position))
        }
        return indices[..<sampleCount].sorted()
    }
}
