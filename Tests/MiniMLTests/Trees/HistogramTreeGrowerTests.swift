@testable import MiniML
import Testing

@Suite("Trees: histogram tree grower")
struct HistogramTreeGrowerTests {
    /// 2,000 rows of 8 features (large enough for the concurrent path), squared-error gradients
    /// around the mean, hessians 1.
    static let problem: (binner: HistogramBinner, columns: [UInt8], gradients: [Double]) = {
        var generator = SeededGenerator(seed: 21)
        let rows = 2000, features = 8
        let x = Matrix(rows: rows, columns: features, values: (0..<(rows * features)).map { _ in generator.nextUnit() })
        let y = (0..<rows).map { x[$0, 0] * 3 + (x[$0, 3] > 0.5 ? 2 : 0) + x[$0, 6] * x[$0, 6] + 0.1 * generator.nextGaussian() }
        let mean = y.reduce(0, +) / Double(rows)
        var binning = SeededGenerator(seed: 0)
        let binner = HistogramBinner(fitting: x, maxBins: 255, generator: &binning)
        return (binner, binner.binColumns(x), y.flatMap { [mean - $0, 1] })
    }()

    static func grow(groups: Int, rows: [Int32]? = nil, active: [Bool] = Array(repeating: true, count: 8)) -> (Tree, HistogramTreeGrower) {
        let (binner, columns, gradients) = problem
        let data = BinnedData(columns: columns, rows: 2000, binCounts: binner.binCounts, groupCount: groups)
        let grower = HistogramTreeGrower(data: data, thresholds: binner.thresholds, settings: GrowerSettings(
            maxLeafNodes: 31, maxDepth: .max, minSamplesLeaf: 20, l2Regularization: 0, shrinkage: 1, constantHessian: true
        ))
        let tree = gradients.withUnsafeBufferPointer { grower.grow(gradients: $0.baseAddress!, rows: rows, activeFeatures: active) }
        return (tree, grower)
    }

    @Test func featureGroupingNeverChangesTheTree() {
        // One group runs on the calling thread; two and three run concurrently on their own slots.
        let (single, _) = Self.grow(groups: 1)
        #expect(single.leafCount == 31)
        for groups in [2, 3, 8] {
            #expect(Self.grow(groups: groups).0 == single)
        }
    }

    @Test func leafValuesAreMinusGradientOverHessianAndReachEveryRow() {
        // With hessians 1 and λ = 0 a leaf is worth the mean of −g = y − ȳ over its rows, and adding the
        // leaf values to raw predictions of ȳ reproduces those means.
        let (tree, grower) = Self.grow(groups: 2)
        var raw = [Double](repeating: 0, count: 2000)
        raw.withUnsafeMutableBufferPointer { grower.addLeafValues(to: $0.baseAddress!, stride: 1) }
        let gradients = Self.problem.gradients
        var sums: [Int: (total: Double, rows: Int)] = [:]
        for row in 0..<2000 {
            let leaf = tree.leaf(for: Self.features(row))
            sums[leaf, default: (0, 0)].total -= gradients[2 * row]
            sums[leaf, default: (0, 0)].rows += 1
            #expect(raw[row] == tree.node(leaf).value[0])
        }
        #expect(sums.count == 31)
        for (leaf, sum) in sums {
            #expect(abs(tree.node(leaf).value[0] - sum.total / Double(sum.rows)) < 1e-9)
            #expect(tree.node(leaf).samples == sum.rows)
            #expect(sum.rows >= 20)
        }
    }

    @Test func subsetsAndInactiveFeaturesAreRespected() {
        let rows = (0..<1000).map { Int32($0 * 2) }
        var active = Array(repeating: true, count: 8)
        active[0] = false
        let (tree, _) = Self.grow(groups: 2, rows: rows, active: active)
        #expect(tree.node(0).samples == 1000)
        #expect((0..<tree.nodeCount).allSatisfy { tree.node($0).feature != 0 })
    }

    /// The real feature values of `row`, recovered from the bins as the bin's upper threshold.
    static func features(_ row: Int) -> ArraySlice<Double> {
        let (binner, columns, _) = problem
        return ArraySlice((0..<8).map { feature in
            let bin = Int(columns[feature * 2000 + row])
            let bounds = binner.thresholds[feature]
            return bin < bounds.count ? bounds[bin] : bounds[bounds.count - 1] + 1
        })
    }
}
