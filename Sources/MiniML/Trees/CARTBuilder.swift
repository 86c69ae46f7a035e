import Foundation

/// Grows one CART tree depth first with an exact best-split search, after scikit-learn's
/// `DepthFirstTreeBuilder` and `BestSplitter`.
///
/// At each node, each examined feature's values in the node are sorted and every boundary between
/// two distinct values (closer than 1e-7 counts as equal) is tried, the threshold lying midway.
/// The split with the largest impurity decrease wins; ties go to the feature examined first and then to
/// the smaller threshold. With all features examined they are taken in column order, so the tree does
/// not depend on the seed; otherwise features are drawn without replacement from the generator.
/// A node becomes a leaf when it is at `maxDepth`, has fewer than `minSamplesSplit` or
/// 2 × `minSamplesLeaf` samples, is pure, or has no split leaving `minSamplesLeaf` samples on each side.
/// Rows of weight 0 are left out; other weights multiply a row's say in impurities and leaf values
/// (a bootstrap count), while sample counts count rows once.
/// - Complexity: O(f · n log n) per tree level for f examined features and n samples; scratch O(n + d).
final class CARTBuilder {
    /// Values closer than this are one value, as in scikit-learn (`FEATURE_THRESHOLD`).
    private static let featureTolerance = 1e-7

    private let data: CARTData
    private let settings: CARTSettings
    private let weights: [Double]
    private var generator: SeededGenerator
    /// Rows of positive weight; each node owns a contiguous range.
    private let samples: UnsafeMutableBufferPointer<Int32>
    private let entries: UnsafeMutableBufferPointer<CARTEntry>
    /// Feature order; the first positions are drawn per node when not all features are examined.
    private let featureOrder: UnsafeMutableBufferPointer<Int>
    /// Weighted class counts of the node, and of the left side during a scan.
    private let nodeCounts: UnsafeMutableBufferPointer<Double>
    private let leftCounts: UnsafeMutableBufferPointer<Double>

    /// A builder for one tree on `data`, with per-row `weights` (nil: all 1).
    init(data: CARTData, settings: CARTSettings, weights: [Double]?, generator: SeededGenerator) {
        self.data = data
        self.settings = settings
        let weights = weights ?? [Double](repeating: 1, count: data.rows)
        self.weights = weights
        self.generator = generator
        let used = weights.indices.filter { weights[$0] > 0 }
        samples = .allocate(capacity: used.count)
        for (position, row) in used.enumerated() { samples[position] = Int32(row) }
        entries = .allocate(capacity: used.count)
        featureOrder = .allocate(capacity: data.columns)
        for feature in 0..<data.columns { featureOrder[feature] = feature }
        nodeCounts = .allocate(capacity: max(1, data.classCount))
        leftCounts = .allocate(capacity: max(1, data.classCount))
    }

    deinit {
        samples.deallocate()
        entries.deallocate()
        featureOrder.deallocate()
        nodeCounts.deallocate()
        leftCounts.deallocate()
    }

    /// Grows the tree.
    func grow() -> Tree {
        let outputCount = max(1, data.classCount)
        var tree = Tree(outputCount: outputCount, capacity: 2 * samples.count / max(1, settings.minSamplesLeaf))
        tree.appendLeaf(value: repeatElement(0.0, count: outputCount), samples: 0)
        var impurities = [0.0]
        var nodeWeights = [0.0]
        var pending = [(node: 0, start: 0, end: samples.count, depth: 0)]
        var value = [Double](repeating: 0, count: outputCount)
        while let (node, start, end, depth) = pending.popLast() {
            let count = end - start
            let (weight, impurity) = describeNode(start, end, value: &value)
            tree.setValue(node, value, samples: count)
            impurities[node] = impurity
            nodeWeights[node] = weight
            guard depth < settings.maxDepth, count >= settings.minSamplesSplit,
                  count >= 2 * settings.minSamplesLeaf, impurity > .ulpOfOne,
                  let (feature, threshold) = bestSplit(start, end, weight: weight)
            else { continue }
            let middle = partition(start, end, feature: feature, threshold: threshold)
            let left = tree.split(node, feature: feature, threshold: threshold, gain: 0)
            impurities.append(contentsOf: repeatElement(0, count: 2))
            nodeWeights.append(contentsOf: repeatElement(0, count: 2))
            pending.append((left + 1, middle, end, depth + 1))
            pending.append((left, start, middle, depth + 1))
        }
        for node in 0..<tree.nodeCount {
            guard let left = tree.node(node).left else { continue }
            let decrease = nodeWeights[node] * impurities[node]
                - nodeWeights[left] * impurities[left] - nodeWeights[left + 1] * impurities[left + 1]
            tree.setGain(node, decrease)
        }
        return tree
    }

    /// The weight and impurity of the samples in `start..<end`; writes the node's output to `value`.
    private func describeNode(_ start: Int, _ end: Int, value: inout [Double]) -> (weight: Double, impurity: Double) {
        weights.withUnsafeBufferPointer { weights in
            data.targets.withUnsafeBufferPointer { targets in
                var weight = 0.0
                if data.classCount == 0 {
                    var sum = 0.0
                    for k in start..<end {
                        let sample = Int(samples[k])
                        weight += weights[sample]
                        sum += weights[sample] * targets[sample]
                    }
                    let mean = sum / weight
                    var squares = 0.0
                    for k in start..<end {
                        let sample = Int(samples[k])
                        let deviation = targets[sample] - mean
                        squares += weights[sample] * deviation * deviation
                    }
                    value[0] = mean
                    return (weight, squares / weight)
                }
                countClasses(start, end, into: nodeCounts.baseAddress!, weights: weights.baseAddress!, targets: targets.baseAddress!)
                for k in 0..<data.classCount { weight += nodeCounts[k] }
                for k in 0..<data.classCount { value[k] = nodeCounts[k] / weight }
                return (weight, settings.criterion.classImpurity(nodeCounts.baseAddress!, classCount: data.classCount, weight: weight))
            }
        }
    }

    /// Sets `counts` to the weighted class counts of the samples in `start..<end`.
    private func countClasses(_ start: Int, _ end: Int, into counts: UnsafeMutablePointer<Double>,
                              weights: UnsafePointer<Double>, targets: UnsafePointer<Double>) {
        counts.update(repeating: 0, count: data.classCount)
        for k in start..<end {
            let sample = Int(samples[k])
            counts[Int(targets[sample])] += weights[sample]
        }
    }

    /// The best split of the samples in `start..<end` (total weight `weight`), or nil when no split
    /// leaves `minSamplesLeaf` samples on both sides.
    private func bestSplit(_ start: Int, _ end: Int, weight: Double) -> (feature: Int, threshold: Double)? {
        var best: (feature: Int, threshold: Double)?
        var bestProxy = -Double.infinity
        let drawing = settings.maxFeatures < data.columns
        var examined = 0
        var position = 0
        while position < data.columns && (!drawing || examined < settings.maxFeatures) {
            if drawing {
                featureOrder.swapAt(position, position + generator.drawIndex(below: data.columns - position))
            }
            let feature = featureOrder[position]
            position += 1
            guard sortNode(start, end, by: feature) else { continue }
            examined += 1
            if let (proxy, threshold) = scan(start, end, weight: weight), proxy > bestProxy {
                bestProxy = proxy
                best = (feature, threshold)
            }
        }
        return best
    }

    /// Sorts the node's samples by `feature` into `entries`; false (and unsorted) when the feature is
    /// constant there.
    private func sortNode(_ start: Int, _ end: Int, by feature: Int) -> Bool {
        let varies = data.featureColumns.withUnsafeBufferPointer { columns in
            let column = columns.baseAddress! + feature &* data.rows
            var low = Double.infinity, high = -Double.infinity
            for k in start..<end {
                let sample = samples[k]
                let value = column[Int(sample)]
                entries[k] = CARTEntry(value: value, sample: sample)
                low = min(low, value)
                high = max(high, value)
            }
            return high > low + Self.featureTolerance
        }
        if varies { UnsafeMutableBufferPointer(rebasing: entries[start..<end]).sortByValue() }
        return varies
    }

    /// Tries every boundary of the sorted `entries[start..<end]`; returns the best criterion proxy
    /// (larger is better) and its threshold.
    private func scan(_ start: Int, _ end: Int, weight: Double) -> (proxy: Double, threshold: Double)? {
        weights.withUnsafeBufferPointer { weights in
            data.targets.withUnsafeBufferPointer { targets in
                let weights = weights.baseAddress!, targets = targets.baseAddress!
                let classification = data.classCount > 0
                var nodeSum = 0.0
                if classification {
                    leftCounts.update(repeating: 0)
                } else {
                    for k in start..<end {
                        let sample = Int(entries[k].sample)
                        nodeSum += weights[sample] * targets[sample]
                    }
                }
                var leftWeight = 0.0, leftSum = 0.0
                var best: (proxy: Double, threshold: Double)?
                var moved = start
                var p = start
                while p < end {
                    while p &+ 1 < end && entries[p &+ 1].value <= entries[p].value + Self.featureTolerance { p &+= 1 }
                    let previous = p
                    p &+= 1
                    if p >= end { break }
                    if p &- start < settings.minSamplesLeaf { continue }
                    if end &- p < settings.minSamplesLeaf { break }
                    for k in moved..<p {
                        let sample = Int(entries[k].sample)
                        let w = weights[sample]
                        leftWeight += w
                        if classification {
                            leftCounts[Int(targets[sample])] += w
                        } else {
                            leftSum += w * targets[sample]
                        }
                    }
                    moved = p
                    let proxy = classification
                        ? classProxy(leftWeight: leftWeight, rightWeight: weight - leftWeight)
                        : leftSum * leftSum / leftWeight + (nodeSum - leftSum) * (nodeSum - leftSum) / (weight - leftWeight)
                    if proxy > best?.proxy ?? -.infinity {
                        let low = entries[previous].value, high = entries[p].value
                        var threshold = low / 2 + high / 2
                        if threshold == high || !threshold.isFinite { threshold = low }
                        best = (proxy, threshold)
                    }
                }
                return best
            }
        }
    }

    /// −(w_left · I(left) + w_right · I(right)) up to a constant, from `leftCounts` and `nodeCounts`.
    private func classProxy(leftWeight: Double, rightWeight: Double) -> Double {
        if settings.criterion == .gini {
            var left = 0.0, right = 0.0
            for k in 0..<data.classCount {
                let l = leftCounts[k], r = nodeCounts[k] - leftCounts[k]
                left += l * l
                right += r * r
            }
            return left / leftWeight + right / rightWeight
        }
        var entropy = 0.0
        for k in 0..<data.classCount {
            let l = leftCounts[k], r = nodeCounts[k] - leftCounts[k]
            if l > 0 { entropy -= l * log2(l / leftWeight) }
            if r > 0 { entropy -= r * log2(r / rightWeight) }
        }
        return -entropy
    }

    /// Moves the samples of `start..<end` with `feature` ≤ `threshold` first; returns where the rest begin.
    private func partition(_ start: Int, _ end: Int, feature: Int, threshold: Double) -> Int {
        data.featureColumns.withUnsafeBufferPointer { columns in
            let column = columns.baseAddress! + feature &* data.rows
            var low = start, high = end
            while low < high {
                if column[Int(samples[low])] <= threshold {
                    low &+= 1
                } else {
                    high &-= 1
                    samples.swapAt(low, high)
                }
            }
            return low
        }
    }
}
