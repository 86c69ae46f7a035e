import Dispatch
import Foundation

/// Fitted trees flattened into shared arrays for prediction.
///
/// Each row walks every tree before the next row starts, so its features stay in cache (walking one tree
/// over all rows would reload every row per tree), and the nodes of all trees sit in one array. Rows are
/// split into one contiguous block per core when there is enough work; each row's sum is taken over the
/// trees in order, so the result does not depend on the split.
struct TreeEnsemble: Sendable {
    /// Below this many tree walks prediction stays on one thread.
    private static let parallelWalks = 200_000

    /// Every tree's nodes; children point into this array.
    private let splits: [Tree.Split]
    /// `outputCount` values per node.
    private let values: [Double]
    /// The root of each tree, and where its outputs go within a row's `stride` outputs.
    private let roots: [(node: Int, offset: Int)]
    /// Values per node.
    private let outputCount: Int

    /// The ensemble of `trees`, tree i adding to output position `offsets[i]` of each row.
    init(_ trees: [Tree], offsets: [Int]) {
        var splits: [Tree.Split] = []
        var values: [Double] = []
        var roots: [(node: Int, offset: Int)] = []
        for (tree, offset) in zip(trees, offsets) {
            let base = splits.count
            roots.append((base, offset))
            splits += tree.splits.map { split in
                var moved = split
                if split.left >= 0 { moved.left += Int32(base) }
                return moved
            }
            values += tree.values
        }
        self.splits = splits
        self.values = values
        self.roots = roots
        outputCount = trees.first?.outputCount ?? 1
    }

    /// Adds `scale` × each tree's leaf output for row i of `x` to `output[i * stride + offset + k]`.
    /// - Complexity: O(rows × trees × (depth + outputCount)), rows spread over the cores.
    func accumulate(_ x: Matrix, scale: Double, into output: UnsafeMutablePointer<Double>, stride: Int) {
        let blocks = x.rows * roots.count >= Self.parallelWalks ? max(1, min(x.rows, ProcessInfo.processInfo.activeProcessorCount)) : 1
        // The output outlives the loop, whose blocks write disjoint rows.
        nonisolated(unsafe) let output = output
        let walk: @Sendable (Int) -> Void = { block in
            splits.withUnsafeBufferPointer { splits in
                values.withUnsafeBufferPointer { values in
                    x.values.withUnsafeBufferPointer { rows in
                        for row in (x.rows * block / blocks)..<(x.rows * (block + 1) / blocks) {
                            let features = rows.baseAddress! + row &* x.columns
                            let target = output + row &* stride
                            for (root, offset) in roots {
                                var node = root
                                while true {
                                    let split = splits[node]
                                    if split.feature < 0 { break }
                                    node = Int(split.left) &+ (features[Int(split.feature)] > split.threshold ? 1 : 0)
                                }
                                for k in 0..<outputCount {
                                    target[offset &+ k] += scale * values[node &* outputCount &+ k]
                                }
                            }
                        }
                    }
                }
            }
        }
        if blocks > 1 {
            DispatchQueue.concurrentPerform(iterations: blocks, execute: walk)
        } else {
            walk(0)
        }
    }
}
