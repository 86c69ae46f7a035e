/// Binned training rows in the two layouts histogram boosting reads.
///
/// - Column by column (`columns`), to send a node's rows left or right on one feature.
/// - Row by row, as the histogram slots of the row's bins (`SlotGroup`): histogram building walks a
///   node's rows and adds each row's gradient to its slots. A feature's most frequent bin (`defaultBins`,
///   0 for a one-hot column) is left out and recovered afterwards as node total minus the other bins, so
///   sparse and one-hot features cost only their non-default entries.
///
/// Features are cut into contiguous groups of about equal work, one per core; each group's
/// histogram slots are disjoint, so groups are built concurrently without locks.
struct BinnedData: Sendable {
    /// The rows of one feature group, as histogram slots.
    struct SlotGroup: Sendable {
        /// The features of the group.
        let features: Range<Int>
        /// Row i's slots are `slots[rowStarts[i]..<rowStarts[i + 1]]`.
        let rowStarts: [Int]
        /// Histogram slots (feature offset + bin) of the rows' non-default bins.
        let slots: [UInt32]
    }

    /// Number of rows.
    let rows: Int
    /// Number of features.
    let features: Int
    /// Bins column by column: feature f of row i at `f * rows + i`.
    let columns: [UInt8]
    /// The number of bins of each feature.
    let binCounts: [Int]
    /// The first histogram slot of each feature, and the total number of slots last.
    let binOffsets: [Int]
    /// The most frequent bin of each feature.
    let defaultBins: [UInt8]
    /// Feature groups, built concurrently.
    let groups: [SlotGroup]

    /// Arranges `columns` (as `HistogramBinner.binColumns` gives them) with `binCounts` bins per feature
    /// into `groupCount` groups.
    /// - Complexity: O(rows × features).
    init(columns: [UInt8], rows: Int, binCounts: [Int], groupCount: Int) {
        let features = binCounts.count
        self.rows = rows
        self.features = features
        self.columns = columns
        self.binCounts = binCounts
        var offsets = [0]
        for count in binCounts { offsets.append(offsets.last! + count) }
        binOffsets = offsets
        var defaults = [UInt8](repeating: 0, count: features)
        var entries = [Int](repeating: 0, count: features)
        for feature in 0..<features {
            var counts = [Int](repeating: 0, count: binCounts[feature])
            for row in 0..<rows { counts[Int(columns[feature * rows + row])] += 1 }
            let mostFrequent = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
            defaults[feature] = UInt8(mostFrequent)
            entries[feature] = rows - counts[mostFrequent]
        }
        defaultBins = defaults
        // A feature costs its entries when histograms are built and its bins when they are zeroed,
        // subtracted and scanned, which happens for every split: about 50 bins per entry over a tree.
        // Cut after the feature that brings the running cost closest to each multiple of
        // total / groupCount (all compared multiplied by groupCount).
        let costs = (0..<features).map { entries[$0] + 50 * binCounts[$0] }
        let groupCount = max(1, min(groupCount, features))
        let total = costs.reduce(0, +)
        var boundaries = [0]
        var cumulative = 0
        for feature in 0..<(features - 1) where boundaries.count < groupCount {
            cumulative += costs[feature]
            let target = total * boundaries.count
            let here = cumulative * groupCount, next = (cumulative + costs[feature + 1]) * groupCount
            if here >= target || next - target > target - here { boundaries.append(feature + 1) }
        }
        boundaries.append(features)
        let groups = zip(boundaries, boundaries.dropFirst()).map {
            Self.slotGroup($0..<$1, columns: columns, rows: rows, offsets: offsets, defaults: defaults)
        }
        self.groups = groups
    }

    /// The slot rows of the features `range`.
    private static func slotGroup(_ range: Range<Int>, columns: [UInt8], rows: Int, offsets: [Int], defaults: [UInt8]) -> SlotGroup {
        var rowStarts = [Int](repeating: 0, count: rows + 1)
        var slots: [UInt32] = []
        for row in 0..<rows {
            for feature in range {
                let bin = columns[feature * rows + row]
                if bin != defaults[feature] { slots.append(UInt32(offsets[feature] + Int(bin))) }
            }
            rowStarts[row + 1] = slots.count
        }
        return SlotGroup(features: range, rowStarts: rowStarts, slots: slots)
    }

    /// The total number of histogram slots.
    var slotCount: Int { binOffsets[features] }
}
