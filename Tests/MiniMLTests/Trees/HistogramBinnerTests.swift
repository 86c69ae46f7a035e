@testable import MiniML
import Testing

@Suite("Trees: histogram binner")
struct HistogramBinnerTests {
    @Test func fewDistinctValuesGetOneBinEach() {
        // 3 distinct values ≤ 255 bins: thresholds midway, (1 + 2) / 2 and (2 + 4) / 2.
        #expect(HistogramBinner.thresholds(sorted: [1, 1, 2, 4, 4, 4], maxBins: 255) == [1.5, 3])
        #expect(HistogramBinner.thresholds(sorted: [7, 7], maxBins: 255) == [])
    }

    @Test func manyValuesGetQuantileThresholds() {
        // 1…10 into 4 bins: NumPy's averaged_inverted_cdf at q = 0.25, 0.5, 0.75 uses the virtual index
        // 10 q − 1 = 1.5, 4, 6.5: not whole → the next value (3, then 8); whole → the mean of values 4
        // and 5 (0-based), (5 + 6) / 2. scikit-learn 1.9.1 `_BinMapper(n_bins=5)` agrees: [3.0, 5.5, 8.0].
        #expect(HistogramBinner.thresholds(sorted: (1...10).map(Double.init), maxBins: 4) == [3, 5.5, 8])
    }

    @Test func matchesScikitLearnWithTies() {
        // scikit-learn 1.9.1: _BinMapper(n_bins=5).fit(col).bin_thresholds_[0] == [2.5, 3.5, 8.5],
        // n_bins=6 gives [2.0, 3.0, 6.0, 9.5] (duplicates removed) and n_bins=256 the midpoints of the
        // 13 distinct values.
        let column: [Double] = [5, 1, 3, 3, 3, 2, 8, 13, 21, 34, 3, 1, 0.5, 2, 8, 9, 10, 3, 4, 7]
        let sorted = column.sorted()
        #expect(HistogramBinner.thresholds(sorted: sorted, maxBins: 4) == [2.5, 3.5, 8.5])
        #expect(HistogramBinner.thresholds(sorted: sorted, maxBins: 5) == [2, 3, 6, 9.5])
        #expect(HistogramBinner.thresholds(sorted: sorted, maxBins: 255) == [0.75, 1.5, 2.5, 3.5, 4.5, 6, 7.5, 8.5, 9.5, 11.5, 17, 27.5])
        // _BinMapper(n_bins=5).transform(col): a value goes to the first bin whose threshold is ≥ it.
        var generator = SeededGenerator(seed: 0)
        let binner = HistogramBinner(fitting: Matrix(column: column), maxBins: 4, generator: &generator)
        #expect(binner.binColumns(Matrix(column: column)) == [2, 0, 1, 1, 1, 0, 2, 3, 3, 3, 1, 0, 0, 0, 2, 3, 3, 1, 2, 2])
    }

    @Test func slotGroupsSkipTheMostFrequentBin() {
        // Feature 0 bins 0, 1, 1, 1 (default 1); feature 1 bins 2, 0, 0, 1 (default 0).
        // Offsets 0 and 2; row slots: row 0 → 0, 2 + 2; row 1 → none; row 2 → none; row 3 → 2 + 1.
        let data = BinnedData(columns: [0, 1, 1, 1, 2, 0, 0, 1], rows: 4, binCounts: [2, 3], groupCount: 1)
        #expect(data.defaultBins == [1, 0])
        #expect(data.binOffsets == [0, 2, 5])
        #expect(data.groups.count == 1)
        #expect(data.groups[0].rowStarts == [0, 2, 2, 2, 3])
        #expect(data.groups[0].slots == [0, 4, 3])
        let split = BinnedData(columns: [0, 1, 1, 1, 2, 0, 0, 1], rows: 4, binCounts: [2, 3], groupCount: 2)
        #expect(split.groups.map(\.features) == [0..<1, 1..<2])
    }
}
