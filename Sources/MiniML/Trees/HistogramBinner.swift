import Dispatch

/// Maps each feature's values to at most `maxBins` ordered bins holding about equally many training
/// samples, as scikit-learn's `_BinMapper` does for histogram gradient boosting.
///
/// A feature with at most `maxBins` distinct values gets one bin per value, the thresholds midway
/// between consecutive values. Otherwise the thresholds are the training quantiles at 1/maxBins,
/// 2/maxBins, … (NumPy's `averaged_inverted_cdf`, as scikit-learn ≥ 1.6), duplicates removed. A value
/// v falls in the first bin b with v ≤ thresholds[b], or in the last bin when there is none, so
/// "bin ≤ b" and "v ≤ thresholds[b]" agree and a split found on bins is a split on real values.
/// Above 200,000 rows the thresholds come from 200,000 rows drawn at random, as scikit-learn.
struct HistogramBinner: Sendable {
    /// Rows used to find thresholds at most.
    static let thresholdSampleLimit = 200_000

    /// Per feature, the ascending thresholds between its bins (one fewer than its bins).
    let thresholds: [[Double]]

    /// Finds the thresholds of every column of `x`, features concurrently.
    /// - Complexity: O(d · n log n) for n rows (capped at 200,000) and d features.
    init(fitting x: Matrix, maxBins: Int, generator: inout SeededGenerator) {
        let rows = x.rows > Self.thresholdSampleLimit
            ? generator.distinctIndices(Self.thresholdSampleLimit, below: x.rows)
            : Array(0..<x.rows)
        var found = [[Double]](repeating: [], count: x.columns)
        found.withUnsafeMutableBufferPointer { buffer in
            // The buffer outlives the concurrent loop, whose iterations write distinct features.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: x.columns) { feature in
                let column = rows.map { x.values[$0 &* x.columns &+ feature] }.sorted()
                slots[feature] = Self.thresholds(sorted: column, maxBins: maxBins)
            }
        }
        thresholds = found
    }

    /// The number of bins of each feature.
    var binCounts: [Int] { thresholds.map { $0.count + 1 } }

    /// The thresholds of one feature from its sorted values.
    static func thresholds(sorted values: [Double], maxBins: Int) -> [Double] {
        var distinct: [Double] = []
        for value in values where value != distinct.last { distinct.append(value) }
        if distinct.count <= maxBins {
            return zip(distinct, distinct.dropFirst()).map { ($0 + $1) / 2 }
        }
        let count = Double(values.count)
        let step = 100 / Double(maxBins)
        var quantiles: [Double] = []
        for index in 1..<maxBins {
            // NumPy: q = linspace(0, 100, maxBins + 1) / 100, virtual index n·q − 1, averaged at integers.
            let virtualIndex = count * (Double(index) * step / 100) - 1
            let quantile: Double
            if virtualIndex >= count - 1 {
                quantile = values[values.count - 1]
            } else if virtualIndex < 0 {
                quantile = values[0]
            } else {
                let previous = virtualIndex.rounded(.down)
                let low = values[Int(previous)], high = values[Int(previous) + 1]
                quantile = virtualIndex == previous ? high - (high - low) * 0.5 : high
            }
            if quantile != quantiles.last { quantiles.append(quantile) }
        }
        return quantiles
    }

    /// The bin of `value` for `feature`.
    /// - Complexity: O(log bins).
    func bin(_ value: Double, feature: Int) -> UInt8 {
        thresholds[feature].withUnsafeBufferPointer { bounds in
            var low = 0, high = bounds.count
            while low < high {
                let middle = (low &+ high) >> 1
                if value <= bounds[middle] { high = middle } else { low = middle &+ 1 }
            }
            return UInt8(low)
        }
    }

    /// The bins of every entry of `x`, column by column: feature f of row i at `f * x.rows + i`.
    /// - Complexity: O(n · d · log bins), features concurrently.
    func binColumns(_ x: Matrix) -> [UInt8] {
        var binned = [UInt8](repeating: 0, count: x.rows * x.columns)
        binned.withUnsafeMutableBufferPointer { buffer in
            // The buffer outlives the concurrent loop, whose iterations write distinct columns.
            nonisolated(unsafe) let output = buffer
            x.values.withUnsafeBufferPointer { values in
                nonisolated(unsafe) let input = values
                DispatchQueue.concurrentPerform(iterations: x.columns) { feature in
                    for row in 0..<x.rows {
                        output[feature &* x.rows &+ row] = bin(input[row &* x.columns &+ feature], feature: feature)
                    }
                }
            }
        }
        return binned
    }
}
