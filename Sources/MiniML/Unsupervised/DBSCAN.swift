/// Density-based clustering (DBSCAN, Ester, Kriegel, Sander & Xu 1996), after scikit-learn's `DBSCAN`
/// with the Euclidean metric.
///
/// A row is a *core sample* when at least `min_samples` rows (itself included) lie within distance
/// `eps` of it (distance ≤ eps). Clusters grow from the core samples in row order: a cluster takes
/// every row within `eps` of one of its core samples, and keeps growing through the core samples it
/// takes. Rows reached by no core sample are noise, labelled -1. As in scikit-learn, a border row
/// within reach of two clusters joins the one numbered first.
///
/// Hyperparameters (scikit-learn's names and defaults): `eps` (0.5), `min_samples` (5).
/// - Complexity: O(n² · d) time (all pairwise distances, no spatial index), O(n + number of
///   neighbour pairs) memory.
public struct DBSCAN: Sendable {
    /// The neighbourhood radius (`eps`, > 0).
    public let eps: Double
    /// Rows within `eps` (the row included) that make a core sample (`min_samples`, at least 1).
    public let minSamples: Int

    /// The cluster of each training row, 0, 1, …, or -1 for noise (`labels_`).
    public private(set) var labels: [Int] = []
    /// The indices of the core samples, ascending (`core_sample_indices_`).
    public private(set) var coreSampleIndices: [Int] = []

    /// The number of clusters found (noise is not a cluster).
    public var clusterCount: Int { (labels.max() ?? -1) + 1 }

    /// An unfitted model; hyperparameters are checked by `fit`.
    /// - Parameters:
    ///   - eps: `eps`, default 0.5.
    ///   - minSamples: `min_samples`, default 5.
    public init(eps: Double = 0.5, minSamples: Int = 5) {
        self.eps = eps
        self.minSamples = minSamples
    }

    /// Clusters the rows of `x`.
    /// - Throws: `MiniMLError.invalidParameter` for `eps` ≤ 0 or `min_samples` < 1;
    ///   `.emptyInput` or `.invalidInput` for an empty or non-finite `x`.
    /// - Complexity: see the type.
    public mutating func fit(_ x: Matrix) throws {
        try validateUnsupervisedInput(x)
        guard eps > 0, eps.isFinite else { throw MiniMLError.invalidParameter(name: "eps", reason: "must be a finite number > 0, not \(eps)") }
        guard minSamples >= 1 else { throw MiniMLError.invalidParameter(name: "min_samples", reason: "must be at least 1, not \(minSamples)") }
        let radius = eps * eps
        var neighbourhoods = [[Int]](repeating: [], count: x.rows)
        for i in 0..<x.rows {
            for j in i..<x.rows where squaredDistance(x, i, x, j) <= radius {
                neighbourhoods[i].append(j)
                if j != i { neighbourhoods[j].append(i) }
            }
        }
        for i in 0..<x.rows { neighbourhoods[i].sort() }
        let isCore = neighbourhoods.map { $0.count >= minSamples }
        // scikit-learn's `dbscan_inner`: a depth-first expansion from each unlabelled core sample.
        var labels = [Int](repeating: -1, count: x.rows)
        var cluster = 0
        for start in 0..<x.rows where labels[start] == -1 && isCore[start] {
            var stack = [start]
            while let row = stack.popLast() {
                guard labels[row] == -1 else { continue }
                labels[row] = cluster
                guard isCore[row] else { continue }
                stack.append(contentsOf: neighbourhoods[row].filter { labels[$0] == -1 })
            }
            cluster += 1
        }
        self.labels = labels
        coreSampleIndices = isCore.indices.filter { isCore[$0] }
    }
}
