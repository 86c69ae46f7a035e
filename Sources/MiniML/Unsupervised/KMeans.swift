import Foundation

/// k-means clustering (Lloyd's algorithm), after scikit-learn's `KMeans(algorithm="lloyd")`.
///
/// Finds `k` centres that minimise the inertia, the sum of squared Euclidean distances from each row
/// to its nearest centre. Each run starts from k-means++ centres (Arthur & Vassilvitskii 2007, in
/// scikit-learn's greedy form: 2 + ⌊ln k⌋ candidates per step, keeping the one that lowers the
/// inertia most) or from given ones, then alternates assigning rows to their nearest centre and moving
/// each centre to the mean of its rows. A run stops when no assignment changes, when the centres moved
/// by at most `tol` × the mean column variance in all (squared distance summed over centres), or after
/// `max_iter` steps. A centre left without rows moves to the row farthest from its own centre, as
/// scikit-learn does. Of `n_init` runs from k-means++ centres the one with the lowest inertia is kept.
///
/// Hyperparameters (scikit-learn's names and defaults): `n_clusters` (8), `n_init` (1, what
/// scikit-learn's "auto" means for k-means++), `max_iter` (300), `tol` (1e-4), and a `seed`.
/// - Complexity: O(n_init · iterations · n · k · d) for n rows of d columns.
public struct KMeans: Sendable {
    /// Where each run's centres come from.
    public enum Initialization: Sendable, Equatable {
        /// k-means++ seeding from the seeded generator.
        case kMeansPlusPlus
        /// These centres (a k × d matrix); one run, as scikit-learn does with an array `init`.
        case given(Matrix)
    }

    /// The number of clusters (`n_clusters`, at least 1, at most the number of rows).
    public let clusterCount: Int
    /// How the centres start (`init`).
    public let initialization: Initialization
    /// Runs from different k-means++ seeds; the best is kept (`n_init`, at least 1).
    public let initCount: Int
    /// The most Lloyd steps per run (`max_iter`, at least 1).
    public let maxIterations: Int
    /// Relative tolerance on the centres' movement (`tol`, ≥ 0).
    public let tolerance: Double
    /// Seeds the k-means++ draws (`seed`).
    public let seed: UInt64

    /// The fitted centres, one row per cluster (`cluster_centers_`).
    public private(set) var centers = Matrix(rows: 0, columns: 0)
    /// The cluster of each training row, 0..<k (`labels_`).
    public private(set) var labels: [Int] = []
    /// The sum of squared distances from the training rows to their centres (`inertia_`).
    public private(set) var inertia = 0.0
    /// The Lloyd steps the kept run took (`n_iter_`).
    public private(set) var iterations = 0

    /// An unfitted model; hyperparameters are checked by `fit`.
    /// - Parameters:
    ///   - clusterCount: `n_clusters`, default 8.
    ///   - initialization: `init`, default k-means++.
    ///   - initCount: `n_init`, default 1.
    ///   - maxIterations: `max_iter`, default 300.
    ///   - tolerance: `tol`, default 1e-4.
    ///   - seed: `seed`, default 0.
    public init(clusterCount: Int = 8, initialization: Initialization = .kMeansPlusPlus, initCount: Int = 1,
                maxIterations: Int = 300, tolerance: Double = 1e-4, seed: UInt64 = 0) {
        self.clusterCount = clusterCount
        self.initialization = initialization
        self.initCount = initCount
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Clusters the rows of `x`.
    /// - Throws: `MiniMLError.invalidParameter` for a hyperparameter outside its domain or given
    ///   centres of the wrong shape; `.emptyInput` or `.invalidInput` for an empty or non-finite `x`.
    /// - Complexity: see the type.
    public mutating func fit(_ x: Matrix) throws {
        try validateUnsupervisedInput(x)
        guard clusterCount >= 1, clusterCount <= x.rows else {
            throw MiniMLError.invalidParameter(name: "n_clusters", reason: "must be from 1 to the number of rows (\(x.rows)), not \(clusterCount)")
        }
        guard initCount >= 1 else { throw MiniMLError.invalidParameter(name: "n_init", reason: "must be at least 1, not \(initCount)") }
        guard maxIterations >= 1 else { throw MiniMLError.invalidParameter(name: "max_iter", reason: "must be at least 1, not \(maxIterations)") }
        guard tolerance >= 0, tolerance.isFinite else { throw MiniMLError.invalidParameter(name: "tol", reason: "must be a finite number ≥ 0, not \(tolerance)") }
        if case .given(let start) = initialization, start.rows != clusterCount || start.columns != x.columns {
            throw MiniMLError.invalidParameter(
                name: "init", reason: "given centres are \(start.rows)×\(start.columns), need \(clusterCount)×\(x.columns)")
        }
        let threshold = tolerance * Self.meanColumnVariance(x)
        var generator = SeededGenerator(seed: seed)
        var best: (centers: Matrix, labels: [Int], inertia: Double, iterations: Int)?
        let runs: Int
        if case .given = initialization { runs = 1 } else { runs = initCount }
        for _ in 0..<runs {
            let start: Matrix
            switch initialization {
            case .given(let given): start = given
            case .kMeansPlusPlus: start = Self.plusPlusCenters(x, k: clusterCount, generator: &generator)
            }
            let run = Self.lloyd(x, centers: start, maxIterations: maxIterations, threshold: threshold)
            if best == nil || run.inertia < best!.inertia { best = run }
        }
        (centers, labels, inertia, iterations) = best!
    }

    /// The nearest fitted centre of each row of `x` (ties go to the lower cluster number).
    /// - Precondition: the model is fitted and `x` has its number of columns.
    /// - Complexity: O(n · k · d).
    public func predict(_ x: Matrix) -> [Int] {
        precondition(centers.rows > 0, "KMeans.predict before fit")
        precondition(x.columns == centers.columns, "\(x.columns) columns, the model was fitted on \(centers.columns)")
        return (0..<x.rows).map { Self.nearest(x, $0, centers).cluster }
    }

    /// The nearest centre of row `row` and its squared distance.
    static func nearest(_ x: Matrix, _ row: Int, _ centers: Matrix) -> (cluster: Int, distance: Double) {
        var best = (cluster: 0, distance: Double.infinity)
        for c in 0..<centers.rows {
            let distance = squaredDistance(x, row, centers, c)
            if distance < best.distance { best = (c, distance) }
        }
        return best
    }

    /// The mean over columns of each column's population variance (scikit-learn's `_tolerance` scale).
    private static func meanColumnVariance(_ x: Matrix) -> Double {
        var total = 0.0
        for j in 0..<x.columns {
            let column = x.column(j)
            let mean = column.reduce(0, +) / Double(x.rows)
            total += column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.rows)
        }
        return total / Double(x.columns)
    }

    /// Greedy k-means++: the first centre uniformly, then each next one the best of 2 + ⌊ln k⌋ rows
    /// drawn with probability proportional to their squared distance to the nearest centre so far.
    private static func plusPlusCenters(_ x: Matrix, k: Int, generator: inout SeededGenerator) -> Matrix {
        let trials = 2 + Int(Foundation.log(Double(k)))
        var chosen = [generator.drawIndex(below: x.rows)]
        var closest = (0..<x.rows).map { squaredDistance(x, $0, x, chosen[0]) }
        while chosen.count < k {
            let potential = closest.reduce(0, +)
            var bestCandidate = -1
            var bestDistances: [Double] = []
            var bestPotential = Double.infinity
            for _ in 0..<trials {
                let candidate = potential > 0 ? drawProportional(closest, total: potential, generator: &generator)
                    : generator.drawIndex(below: x.rows)
                let distances = (0..<x.rows).map { min(closest[$0], squaredDistance(x, $0, x, candidate)) }
                let candidatePotential = distances.reduce(0, +)
                if candidatePotential < bestPotential {
                    (bestCandidate, bestDistances, bestPotential) = (candidate, distances, candidatePotential)
                }
            }
            chosen.append(bestCandidate)
            closest = bestDistances
        }
        return x.selecting(rows: chosen)
    }

    /// An index drawn with probability weights[i] / total.
    private static func drawProportional(_ weights: [Double], total: Double, generator: inout SeededGenerator) -> Int {
        let target = generator.nextUnit() * total
        var cumulative = 0.0
        for (index, weight) in weights.enumerated() {
            cumulative += weight
            if cumulative > target { return index }
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// One run of Lloyd's algorithm from `centers`.
    private static func lloyd(_ x: Matrix, centers start: Matrix, maxIterations: Int, threshold: Double)
        -> (centers: Matrix, labels: [Int], inertia: Double, iterations: Int) {
        var centers = start
        var labels = [Int](repeating: -1, count: x.rows)
        var iterations = 0
        var converged = false
        while iterations < maxIterations, !converged {
            iterations += 1
            let assigned = (0..<x.rows).map { nearest(x, $0, centers) }
            let newLabels = assigned.map(\.cluster)
            let moved = meanCenters(x, labels: newLabels, distances: assigned.map(\.distance), previous: centers)
            let strict = newLabels == labels
            let shift = zip(moved.values, centers.values).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            labels = newLabels
            centers = moved
            converged = strict || shift <= threshold
        }
        // The centres moved after the last assignment: assign once more so labels match them.
        let final = (0..<x.rows).map { nearest(x, $0, centers) }
        return (centers, final.map(\.cluster), final.reduce(0) { $0 + $1.distance }, iterations)
    }

    /// Each cluster's mean row; an empty cluster takes the row farthest from its centre (farthest
    /// first, each row at most once), as scikit-learn's `_relocate_empty_clusters`.
    private static func meanCenters(_ x: Matrix, labels: [Int], distances: [Double], previous: Matrix) -> Matrix {
        let k = previous.rows, d = x.columns
        var sums = Matrix(rows: k, columns: d)
        var counts = [Int](repeating: 0, count: k)
        for row in 0..<x.rows {
            counts[labels[row]] += 1
            for j in 0..<d { sums[labels[row], j] += x[row, j] }
        }
        let empty = (0..<k).filter { counts[$0] == 0 }
        if !empty.isEmpty {
            let farthest = (0..<x.rows).sorted { distances[$0] != distances[$1] ? distances[$0] > distances[$1] : $0 < $1 }
            for (cluster, row) in zip(empty, farthest) {
                let old = labels[row]
                for j in 0..<d {
                    sums[old, j] -= x[row, j]
                    sums[cluster, j] = x[row, j]
                }
                counts[old] -= 1
                counts[cluster] = 1
            }
        }
        for c in 0..<k where counts[c] > 0 {
            for j in 0..<d { sums[c, j] /= Double(counts[c]) }
        }
        return sums
    }
}
