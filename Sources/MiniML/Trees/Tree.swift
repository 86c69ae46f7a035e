/// A fitted binary decision tree, the structure shared by `DecisionTree`, `RandomForest` and
/// `GradientBoosting`.
///
/// Nodes live in flat arrays, node 0 being the root, and the two children of a split node are stored
/// side by side (right = left + 1), which keeps prediction a tight loop. A sample goes left when its
/// value of the split feature is ≤ the threshold. Every node carries an output vector: the mean target
/// (regression), the class proportions (classification) or a boosting leaf value.
public struct Tree: Equatable, Sendable {
    /// One node, as seen from outside.
    public struct Node: Equatable, Sendable {
        /// The feature tested, or nil for a leaf.
        public let feature: Int?
        /// Samples with `x[feature] <= threshold` go to `left`; 0 for a leaf.
        public let threshold: Double
        /// The index of the left child (`nil` for a leaf); the right child is `left + 1`.
        public let left: Int?
        /// The node's output: mean target, class proportions, or boosting leaf value.
        public let value: [Double]
        /// How many training samples reached the node (distinct rows: bootstrap repeats count once).
        public let samples: Int
        /// The decrease of weighted impurity (CART) or of boosting loss brought by the split; 0 for a leaf.
        public let gain: Double
    }

    /// What prediction reads of a node, kept together so that a step down the tree touches one place.
    struct Split: Equatable, Sendable {
        /// Samples with `x[feature] <= threshold` go to `left`, the others to `left + 1`.
        var threshold: Double
        /// The feature tested, −1 for a leaf.
        var feature: Int32
        /// The left child, −1 for a leaf.
        var left: Int32
    }

    /// Outputs per node: 1 for regression and boosting, the number of classes for classification.
    public let outputCount: Int
    /// The test of each node.
    private(set) var splits: [Split] = []
    /// `outputCount` values per node.
    private(set) var values: [Double] = []
    /// Training samples per node.
    private(set) var sampleCounts: [Int] = []
    /// Gain of each split, 0 for leaves.
    private(set) var gains: [Double] = []

    /// An empty tree whose nodes will hold `outputCount` values each.
    init(outputCount: Int, capacity: Int = 0) {
        self.outputCount = outputCount
        splits.reserveCapacity(capacity)
        values.reserveCapacity(capacity * outputCount)
        sampleCounts.reserveCapacity(capacity)
        gains.reserveCapacity(capacity)
    }

    /// The number of nodes, leaves included.
    public var nodeCount: Int { splits.count }

    /// The number of leaves.
    public var leafCount: Int { splits.reduce(0) { $0 + ($1.feature < 0 ? 1 : 0) } }

    /// The length of the longest root-to-leaf path (0 for a lone root).
    /// - Complexity: O(nodes).
    public var depth: Int {
        var depths = [Int](repeating: 0, count: nodeCount)
        var deepest = 0
        // Children always come after their parent, so one forward pass sees every parent first.
        for node in 0..<nodeCount where splits[node].left >= 0 {
            let left = Int(splits[node].left)
            depths[left] = depths[node] + 1
            depths[left + 1] = depths[node] + 1
            deepest = max(deepest, depths[node] + 1)
        }
        return deepest
    }

    /// Node `index` (0 is the root).
    public func node(_ index: Int) -> Node {
        let split = splits[index]
        let isLeaf = split.feature < 0
        return Node(
            feature: isLeaf ? nil : Int(split.feature),
            threshold: split.threshold,
            left: isLeaf ? nil : Int(split.left),
            value: Array(values[(index * outputCount)..<((index + 1) * outputCount)]),
            samples: sampleCounts[index],
            gain: gains[index]
        )
    }

    /// The index of the leaf that `sample` (one row of features) falls into.
    /// - Complexity: O(depth).
    public func leaf(for sample: ArraySlice<Double>) -> Int {
        sample.withUnsafeBufferPointer { leafIndex(for: $0.baseAddress!) }
    }

    /// The leaf of the row starting at `row`.
    @inline(__always)
    func leafIndex(for row: UnsafePointer<Double>) -> Int {
        splits.withUnsafeBufferPointer { splits in
            var node = 0
            while true {
                let split = splits[node]
                if split.feature < 0 { return node }
                let goesRight = row[Int(split.feature)] > split.threshold
                node = Int(split.left) &+ (goesRight ? 1 : 0)
            }
        }
    }

    /// Adds `scale` × the output of the leaf of every row `i` of `x` to `output[i * stride + k]`,
    /// k < `outputCount`.
    /// - Complexity: O(rows × (depth + outputCount)).
    func accumulate(_ x: Matrix, scale: Double, into output: UnsafeMutablePointer<Double>, stride: Int) {
        values.withUnsafeBufferPointer { values in
            x.values.withUnsafeBufferPointer { rows in
                for row in 0..<x.rows {
                    let leaf = leafIndex(for: rows.baseAddress! + row &* x.columns)
                    for k in 0..<outputCount {
                        output[row &* stride &+ k] += scale * values[leaf &* outputCount &+ k]
                    }
                }
            }
        }
    }

    /// Adds each split's gain to the entry of its feature.
    /// - Complexity: O(nodes).
    func addGains(to totals: inout [Double]) {
        for node in 0..<nodeCount where splits[node].feature >= 0 {
            totals[Int(splits[node].feature)] += gains[node]
        }
    }

    /// Appends a leaf with `value` (`outputCount` entries) reached by `samples` training samples, and
    /// returns its index.
    @discardableResult
    mutating func appendLeaf<Values: Collection<Double>>(value: Values, samples: Int) -> Int {
        splits.append(Split(threshold: 0, feature: -1, left: -1))
        values.append(contentsOf: value)
        sampleCounts.append(samples)
        gains.append(0)
        return nodeCount - 1
    }

    /// Turns leaf `node` into a split on `feature` at `threshold` and appends its two children as
    /// zero-valued leaves to be filled by `setValue`; returns the index of the left child.
    mutating func split(_ node: Int, feature: Int, threshold: Double, gain: Double) -> Int {
        let left = nodeCount
        splits[node] = Split(threshold: threshold, feature: Int32(feature), left: Int32(left))
        gains[node] = gain
        let zeros = repeatElement(0.0, count: outputCount)
        appendLeaf(value: zeros, samples: 0)
        appendLeaf(value: zeros, samples: 0)
        return left
    }

    /// Sets the output and sample count of `node`.
    mutating func setValue<Values: Collection<Double>>(_ node: Int, _ value: Values, samples: Int) {
        var index = node * outputCount
        for entry in value {
            values[index] = entry
            index += 1
        }
        sampleCounts[node] = samples
    }

    /// Sets the gain of split `node`.
    mutating func setGain(_ node: Int, _ gain: Double) {
        gains[node] = gain
    }

    /// Multiplies every node's output by `factor` (boosting shrinkage).
    mutating func scaleValues(by factor: Double) {
        for index in values.indices { values[index] *= factor }
    }
}
