import Dispatch

/// The limits of one boosted tree.
struct GrowerSettings: Sendable {
    /// The most leaves a tree may have (`Int.max` for no limit).
    let maxLeafNodes: Int
    /// The deepest a leaf may be (`Int.max` for no limit).
    let maxDepth: Int
    /// Each side of a split keeps at least this many samples.
    let minSamplesLeaf: Int
    /// λ, added to hessian sums in leaf values and gains.
    let l2Regularization: Double
    /// Multiplies every leaf value (the learning rate).
    let shrinkage: Double
    /// Whether every hessian is 1 (squared error), so histograms need not sum them.
    let constantHessian: Bool
    /// Each side of a split keeps at least this hessian sum (scikit-learn's `min_hessian_to_split`).
    static let minHessianToSplit = 1e-3
}

/// The gradient and hessian sums and the sample count of one histogram bin.
struct HistogramBin {
    var gradient = 0.0
    var hessian = 0.0
    var count = 0.0
}

/// The chosen split of a node: samples with bin ≤ `bin` of `feature` go left.
struct HistogramSplit {
    var feature: Int
    var bin: Int
    /// G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ).
    var gain: Double
}

/// The best split of a node within one feature group. Its score G_L²/(H_L+λ) + G_R²/(H_R+λ) is kept as
/// the fraction `numerator / denominator` with N = G_L²(H_R+λ) + G_R²(H_L+λ) and D = (H_L+λ)(H_R+λ) > 0,
/// and candidates are compared by cross-multiplying, which needs no division (the scan's bottleneck
/// otherwise) and decides the same way however features are grouped.
struct SplitCandidate {
    var numerator: Double
    var denominator: Double
    /// −1 when no split is allowed.
    var feature: Int
    var bin: Int

    static let none = SplitCandidate(numerator: 0, denominator: 0, feature: -1, bin: 0)

    /// Whether this allowed candidate scores higher than `other`.
    @inline(__always)
    func beats(_ other: SplitCandidate) -> Bool {
        other.feature < 0 || numerator * other.denominator > other.numerator * denominator
    }
}

/// Grows one regression tree on gradients and hessians, leaf-wise, from binned data: the histogram
/// trees of LightGBM and scikit-learn's `HistGradientBoosting`.
///
/// Each node keeps, per feature and bin, the sums of its samples' gradients and hessians. The best
/// split of a node maximises G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) over features and bin boundaries,
/// with at least `minSamplesLeaf` samples and 1e-3 of hessian on each side. The node of highest gain is
/// split next (best first) until `maxLeafNodes` leaves exist, no split gains, or `maxDepth` stops it.
/// Only the smaller child's histogram is built from its samples; the larger one's is the parent's minus
/// it (the subtraction trick), computed in the parent's memory. Feature groups are handled concurrently.
/// Leaves are worth −G/(H+λ) times the shrinkage.
/// - Complexity: per tree O(s · e + L · b) for s samples summed over built nodes (about n · log L),
///   e non-default bins per row, L leaves and b bins in all; O(L · b) histogram memory.
final class HistogramTreeGrower: @unchecked Sendable {
    // @unchecked: concurrent iterations only touch their own feature group's histogram slots and
    // result entries; everything else is read-only while they run.

    /// A node of the tree being grown.
    private struct GrowingNode {
        let index: Int
        let start: Int
        let end: Int
        let depth: Int
        let gradient: Double
        let hessian: Double
        var histogram: UnsafeMutablePointer<HistogramBin>?
        var split: HistogramSplit?

        var count: Int { end - start }
    }

    /// Below this many histogram updates a step runs on one thread: dispatching would cost more.
    private static let parallelWork = 10_000

    private let data: BinnedData
    private let thresholds: [[Double]]
    private let settings: GrowerSettings
    /// Rows of the tree being grown; each node owns a contiguous range, ascending.
    private let samples: UnsafeMutableBufferPointer<Int32>
    private let partitionScratch: UnsafeMutableBufferPointer<Int32>
    /// Histograms not in use.
    private var freeHistograms: [UnsafeMutablePointer<HistogramBin>] = []
    private var allHistograms: [UnsafeMutablePointer<HistogramBin>] = []
    /// Best split per feature group for up to two nodes.
    private let groupResults: UnsafeMutableBufferPointer<SplitCandidate>
    /// Each feature's first histogram slot, number of bins and default bin, without bounds checks.
    private let featureBins: UnsafeMutableBufferPointer<(offset: Int, count: Int, defaultBin: Int)>
    /// Split feature, bin and left child of each node of the last tree (feature −1 for a leaf).
    private var binSplits: [(feature: Int32, bin: UInt8, left: Int32)] = []
    /// Finalised leaves of the last tree: tree node, sample range.
    private var leaves: [(index: Int, start: Int, end: Int)] = []
    private var lastTree: Tree?

    /// A grower for `data`, whose bins `thresholds` (from `HistogramBinner`) turn into real thresholds.
    init(data: BinnedData, thresholds: [[Double]], settings: GrowerSettings) {
        self.data = data
        self.thresholds = thresholds
        self.settings = settings
        samples = .allocate(capacity: max(1, data.rows))
        partitionScratch = .allocate(capacity: max(1, data.rows))
        groupResults = .allocate(capacity: 2 * data.groups.count)
        featureBins = .allocate(capacity: max(1, data.features))
        for feature in 0..<data.features {
            featureBins[feature] = (data.binOffsets[feature], data.binCounts[feature], Int(data.defaultBins[feature]))
        }
    }

    deinit {
        samples.deallocate()
        partitionScratch.deallocate()
        groupResults.deallocate()
        featureBins.deallocate()
        for histogram in allHistograms { histogram.deallocate() }
    }

    /// Grows a tree on `gradients` (gradient and hessian of each row, interleaved) over `rows`
    /// (ascending; nil for all), splitting only on features where `activeFeatures` is true.
    func grow(gradients: UnsafePointer<Double>, rows: [Int32]?, activeFeatures: [Bool]) -> Tree {
        let sampleCount = rows?.count ?? data.rows
        if let rows {
            for (position, row) in rows.enumerated() { samples[position] = row }
        } else {
            for row in 0..<data.rows { samples[row] = Int32(row) }
        }
        var tree = Tree(outputCount: 1, capacity: 2 * min(settings.maxLeafNodes, sampleCount))
        leaves.removeAll(keepingCapacity: true)
        binSplits.removeAll(keepingCapacity: true)
        binSplits.append((-1, 0, -1))
        let (gradient, hessian) = sums(0, sampleCount, gradients)
        var root = GrowingNode(index: 0, start: 0, end: sampleCount, depth: 0, gradient: gradient, hessian: hessian)
        tree.appendLeaf(value: CollectionOfOne(leafValue(root)), samples: sampleCount)
        var queue = SplitQueue<GrowingNode>()
        if sampleCount >= 2 * settings.minSamplesLeaf && hessian >= GrowerSettings.minHessianToSplit {
            root.histogram = takeHistogram()
            runStep(build: root, subtractFrom: nil, scan: (root, nil), gradients: gradients, active: activeFeatures)
            root.split = bestSplit(slot: 0, of: root)
        }
        settle(root, queue: &queue)
        var leafCount = 1
        while let node = queue.pop() {
            let split = node.split!
            let middle = partition(node, split)
            let left = tree.split(node.index, feature: split.feature, threshold: thresholds[split.feature][split.bin], gain: split.gain)
            binSplits[node.index] = (Int32(split.feature), UInt8(split.bin), Int32(left))
            binSplits.append((-1, 0, -1))
            binSplits.append((-1, 0, -1))
            leafCount += 1
            // The child with fewer samples has its histogram built; the other's is the parent's minus it.
            let leftIsSmaller = middle - node.start < node.end - middle
            let smallRange = leftIsSmaller ? node.start..<middle : middle..<node.end
            let (gradient, hessian) = sums(smallRange.lowerBound, smallRange.upperBound, gradients)
            var small = GrowingNode(index: leftIsSmaller ? left : left + 1, start: smallRange.lowerBound, end: smallRange.upperBound,
                                    depth: node.depth + 1, gradient: gradient, hessian: hessian)
            var large = GrowingNode(index: leftIsSmaller ? left + 1 : left, start: leftIsSmaller ? middle : node.start,
                                    end: leftIsSmaller ? node.end : middle, depth: node.depth + 1,
                                    gradient: node.gradient - gradient, hessian: node.hessian - hessian)
            tree.setValue(small.index, CollectionOfOne(leafValue(small)), samples: small.count)
            tree.setValue(large.index, CollectionOfOne(leafValue(large)), samples: large.count)
            let stop = leafCount >= settings.maxLeafNodes || node.depth + 1 >= settings.maxDepth
            let smallSplittable = !stop && small.count >= 2 * settings.minSamplesLeaf
            let largeSplittable = !stop && large.count >= 2 * settings.minSamplesLeaf
            if smallSplittable || largeSplittable {
                small.histogram = takeHistogram()
                large.histogram = node.histogram
                runStep(build: small, subtractFrom: large, scan: (smallSplittable ? small : nil, largeSplittable ? large : nil),
                        gradients: gradients, active: activeFeatures)
                if smallSplittable { small.split = bestSplit(slot: 0, of: small) }
                if largeSplittable { large.split = bestSplit(slot: 1, of: large) }
            } else if let histogram = node.histogram {
                freeHistograms.append(histogram)
            }
            // Left child first: equal gains are then split left to right.
            settle(leftIsSmaller ? small : large, queue: &queue)
            settle(leftIsSmaller ? large : small, queue: &queue)
            if leafCount >= settings.maxLeafNodes {
                for waiting in queue.removeAll() { finalise(waiting) }
            }
        }
        assert(freeHistograms.count == allHistograms.count, "a histogram was not returned to the pool")
        tree.scaleValues(by: settings.shrinkage)
        lastTree = tree
        return tree
    }

    /// Adds the value of its leaf in the last grown tree to `raw[row * stride]` for each of its rows.
    /// - Complexity: O(rows of the tree).
    func addLeafValues(to raw: UnsafeMutablePointer<Double>, stride: Int) {
        guard let tree = lastTree else { return }
        tree.values.withUnsafeBufferPointer { values in
            for leaf in leaves {
                let value = values[leaf.index]
                for k in leaf.start..<leaf.end { raw[Int(samples[k]) &* stride] += value }
            }
        }
    }

    /// Adds the last tree's leaf value to `raw[row * stride]` for every row of `binnedColumns` (bins of
    /// `rows` rows column by column, as `HistogramBinner.binColumns` gives them), walking the tree on bins.
    /// - Complexity: O(rows × depth).
    func addLastTreeValues(binnedColumns: [UInt8], rows: Int, to raw: UnsafeMutablePointer<Double>, stride: Int) {
        guard let tree = lastTree else { return }
        tree.values.withUnsafeBufferPointer { values in
            binSplits.withUnsafeBufferPointer { splits in
                binnedColumns.withUnsafeBufferPointer { columns in
                    for row in 0..<rows {
                        var node = 0
                        while splits[node].feature >= 0 {
                            let split = splits[node]
                            let goesRight = columns[Int(split.feature) &* rows &+ row] > split.bin
                            node = Int(split.left) &+ (goesRight ? 1 : 0)
                        }
                        raw[row &* stride] += values[node]
                    }
                }
            }
        }
    }

    /// −G/(H+λ), before shrinkage.
    private func leafValue(_ node: GrowingNode) -> Double {
        -node.gradient / (node.hessian + settings.l2Regularization + 1e-15)
    }

    /// Queues a node that has a gainful split, or makes it a leaf.
    private func settle(_ node: GrowingNode, queue: inout SplitQueue<GrowingNode>) {
        if let split = node.split, split.gain > 0 {
            queue.push(node, gain: split.gain)
        } else {
            finalise(node)
        }
    }

    /// Makes `node` a leaf and frees its histogram.
    private func finalise(_ node: GrowingNode) {
        if let histogram = node.histogram { freeHistograms.append(histogram) }
        leaves.append((node.index, node.start, node.end))
    }

    /// A histogram from the pool.
    private func takeHistogram() -> UnsafeMutablePointer<HistogramBin> {
        if let histogram = freeHistograms.popLast() { return histogram }
        let histogram = UnsafeMutablePointer<HistogramBin>.allocate(capacity: max(1, data.slotCount))
        allHistograms.append(histogram)
        return histogram
    }

    /// The gradient and hessian sums of the samples in `start..<end`.
    private func sums(_ start: Int, _ end: Int, _ gradients: UnsafePointer<Double>) -> (Double, Double) {
        var gradient = 0.0, hessian = 0.0
        for k in start..<end {
            let row = Int(samples[k]) &* 2
            gradient += gradients[row]
            hessian += gradients[row &+ 1]
        }
        return (gradient, hessian)
    }

    /// Builds the histogram of `build` from its samples, turns `subtractFrom`'s histogram (the parent's)
    /// into its own by subtracting `build`'s, and finds the best split of the nodes of `scan` within each
    /// feature group (results in `groupResults[group * 2 + position]`); groups run concurrently when the
    /// work is large enough.
    private func runStep(build: GrowingNode, subtractFrom: GrowingNode?, scan: (GrowingNode?, GrowingNode?),
                         gradients: UnsafePointer<Double>, active: [Bool]) {
        let groups = data.groups.count
        let scans = (scan.0 == nil ? 0 : 1) + (scan.1 == nil ? 0 : 1)
        let work = build.count * data.groups.reduce(0) { $0 + $1.slots.count } / max(1, data.rows)
            + data.slotCount * (scans + 1)
        // Read-only while the groups run; each group writes only its own slots and results.
        nonisolated(unsafe) let gradients = gradients, build = build, subtractFrom = subtractFrom, scan = scan
        let body: @Sendable (Int) -> Void = { [self] group in
            sumRows(of: build, group: group, gradients: gradients)
            completeDefaultBins(of: build, group: group)
            if let subtractFrom { subtract(build.histogram!, from: subtractFrom.histogram!, group: group) }
            if let node = scan.0 { groupResults[group &* 2] = bestCandidate(of: node, group: group, active: active) }
            if let node = scan.1 { groupResults[group &* 2 &+ 1] = bestCandidate(of: node, group: group, active: active) }
        }
        if groups > 1 && work >= Self.parallelWork {
            DispatchQueue.concurrentPerform(iterations: groups, execute: body)
        } else {
            for group in 0..<groups { body(group) }
        }
    }

    /// The best of the groups' candidates for `node`, scanned as node `slot` of the last step: highest
    /// score, lowest feature on ties; nil when no split is allowed.
    private func bestSplit(slot: Int, of node: GrowingNode) -> HistogramSplit? {
        var best = SplitCandidate.none
        for group in data.groups.indices {
            let candidate = groupResults[group * 2 + slot]
            if candidate.feature >= 0 && candidate.beats(best) { best = candidate }
        }
        guard best.feature >= 0 else { return nil }
        let lambda = settings.l2Regularization + 1e-15
        let gain = best.numerator / best.denominator - node.gradient * node.gradient / (node.hessian + lambda)
        return HistogramSplit(feature: best.feature, bin: best.bin, gain: gain)
    }

    /// Zeroes `node`'s histogram over the slots of `group` and adds each of its rows' gradient (and
    /// hessian, unless constant) and a count to the row's slots. Default bins are left for
    /// `completeDefaultBins`.
    private func sumRows(of node: GrowingNode, group: Int, gradients: UnsafePointer<Double>) {
        let slotGroup = data.groups[group]
        let histogram = node.histogram!
        let (first, last) = slotRange(group)
        (histogram + first).update(repeating: HistogramBin(), count: last &- first)
        let constantHessian = settings.constantHessian
        slotGroup.rowStarts.withUnsafeBufferPointer { rowStarts in
            slotGroup.slots.withUnsafeBufferPointer { slots in
                for k in node.start..<node.end {
                    let row = Int(samples[k])
                    let gradient = gradients[row &* 2], hessian = gradients[row &* 2 &+ 1]
                    if constantHessian {
                        for entry in rowStarts[row]..<rowStarts[row &+ 1] {
                            let bin = histogram + Int(slots[entry])
                            bin.pointee.gradient += gradient
                            bin.pointee.count += 1
                        }
                    } else {
                        for entry in rowStarts[row]..<rowStarts[row &+ 1] {
                            let bin = histogram + Int(slots[entry])
                            bin.pointee.gradient += gradient
                            bin.pointee.hessian += hessian
                            bin.pointee.count += 1
                        }
                    }
                }
            }
        }
    }

    /// Sets the default bin of each feature of `group` in `node`'s histogram to what the other bins do
    /// not hold of the node's totals; with constant hessians, first sets every bin's hessian to its count.
    private func completeDefaultBins(of node: GrowingNode, group: Int) {
        let histogram = node.histogram!
        let constantHessian = settings.constantHessian
        for feature in data.groups[group].features {
            let (offset, count, defaultBin) = featureBins[feature]
            let bins = histogram + offset
            var rest = HistogramBin()
            for bin in 0..<count {
                if constantHessian { bins[bin].hessian = bins[bin].count }
                rest.gradient += bins[bin].gradient
                rest.hessian += bins[bin].hessian
                rest.count += bins[bin].count
            }
            bins[defaultBin] = HistogramBin(
                gradient: node.gradient - rest.gradient, hessian: node.hessian - rest.hessian,
                count: Double(node.count) - rest.count
            )
        }
    }

    /// `parent` −= `child` over the slots of `group`.
    private func subtract(_ child: UnsafeMutablePointer<HistogramBin>, from parent: UnsafeMutablePointer<HistogramBin>, group: Int) {
        // Bins are three Doubles: subtract them as one flat run, which vectorises.
        let (first, last) = slotRange(group)
        let target = UnsafeMutableRawPointer(parent + first).assumingMemoryBound(to: Double.self)
        let source = UnsafeRawPointer(child + first).assumingMemoryBound(to: Double.self)
        for index in 0..<((last &- first) &* 3) { target[index] -= source[index] }
    }

    /// The first and past-the-end histogram slots of `group`.
    private func slotRange(_ group: Int) -> (Int, Int) {
        let features = data.groups[group].features
        let last = featureBins[features.upperBound &- 1]
        return (featureBins[features.lowerBound].offset, last.offset &+ last.count)
    }

    /// The best split of `node` on the active features of `group` (see `SplitCandidate`).
    private func bestCandidate(of node: GrowingNode, group: Int, active: [Bool]) -> SplitCandidate {
        let histogram = node.histogram!
        let lambda = settings.l2Regularization + 1e-15
        let minLeaf = Double(settings.minSamplesLeaf)
        let minHessian = GrowerSettings.minHessianToSplit
        let count = Double(node.count)
        var best = SplitCandidate.none
        active.withUnsafeBufferPointer { active in
            for feature in data.groups[group].features where active[feature] {
                let bins = histogram + featureBins[feature].offset
                var leftGradient = 0.0, leftHessian = 0.0, leftCount = 0.0
                for bin in 0..<(featureBins[feature].count &- 1) {
                    // An empty bin splits the node as the bin before it did.
                    if bins[bin].count == 0 { continue }
                    leftGradient += bins[bin].gradient
                    leftHessian += bins[bin].hessian
                    leftCount += bins[bin].count
                    if leftCount < minLeaf { continue }
                    if count - leftCount < minLeaf { break }
                    let rightHessian = node.hessian - leftHessian
                    if leftHessian < minHessian { continue }
                    if rightHessian < minHessian { break }
                    let rightGradient = node.gradient - leftGradient
                    let left = leftHessian + lambda, right = rightHessian + lambda
                    let candidate = SplitCandidate(
                        numerator: leftGradient * leftGradient * right + rightGradient * rightGradient * left,
                        denominator: left * right, feature: feature, bin: bin
                    )
                    if candidate.beats(best) { best = candidate }
                }
            }
        }
        return best
    }

    /// Moves the samples of `node` going left under `split` first, keeping both sides ascending;
    /// returns where the right side begins.
    private func partition(_ node: GrowingNode, _ split: HistogramSplit) -> Int {
        data.columns.withUnsafeBufferPointer { columns in
            let column = columns.baseAddress! + split.feature &* data.rows
            let bin = UInt8(split.bin)
            var left = node.start, right = 0
            for k in node.start..<node.end {
                // Written to both sides, kept on one: no unpredictable branch.
                let row = samples[k]
                let goesLeft = column[Int(row)] <= bin ? 1 : 0
                samples[left] = row
                partitionScratch[right] = row
                left &+= goesLeft
                right &+= 1 &- goesLeft
            }
            for k in 0..<right { samples[left &+ k] = partitionScratch[k] }
            return left
        }
    }
}
