import Foundation

/// k-nearest neighbours for regression and classification, after scikit-learn's
/// `KNeighborsRegressor` and `KNeighborsClassifier` with `algorithm="brute"`.
///
/// Fitting only stores the training rows. A prediction looks at the k training rows nearest the query
/// and combines their targets with weights w: regression gives Σ w·y / Σ w; classification gives
/// P(class c) = Σ_{neighbours of class c} w / Σ w and predicts the most probable class (the lowest
/// one on a tie). Hyperparameters (scikit-learn's names and defaults):
/// - `n_neighbors` (5): k.
/// - `weights` (uniform): `uniform` gives w = 1; `distance` gives w = 1 / distance, and when some
///   neighbours are at distance 0 (an exact match; also a distance whose inverse overflows, below
///   about 5.6e-309) only those count, equally — as scikit-learn does.
/// - `metric` (euclidean): `euclidean` is sqrt(Σ (a − b)²), `manhattan` is Σ |a − b|.
///
/// Neighbours at equal distance are taken by ascending training row, so results are deterministic
/// (scikit-learn does not promise an order among ties). Features are used as given: scale them first.
/// Queries are split into contiguous blocks searched concurrently, one per core; each query's result
/// depends only on the query, so the split never changes the output.
/// - Complexity: fitting O(1) beyond validation (O(n·d)); predicting m rows against n training rows
///   of d features costs O(m·n·(d + log k)) time, spread over the cores, and O(k) scratch per core.
public struct KNearestNeighbors: ProbabilisticClassifier {
    /// How the neighbours of a query are weighted (`weights`).
    public enum Weighting: String, Sendable, CaseIterable {
        /// Every neighbour counts the same.
        case uniform
        /// A neighbour counts 1 / distance; neighbours at distance 0, if any, are the only ones counted.
        case distance
    }

    /// How the distance between two rows is measured (`metric`).
    public enum DistanceMetric: String, Sendable, CaseIterable {
        /// sqrt(Σ (a − b)²), the straight-line distance.
        case euclidean
        /// Σ |a − b|, the city-block distance.
        case manhattan
    }

    /// Regression or classification.
    public let task: Task
    /// How many neighbours a prediction looks at (`n_neighbors`), at least 1 and at most the number of
    /// training rows.
    public let neighborCount: Int
    /// How neighbours are weighted (`weights`).
    public let weighting: Weighting
    /// How distance is measured (`metric`).
    public let metric: DistanceMetric
    /// The class labels seen in training, ascending (classification; empty for regression).
    public private(set) var classes: [Double] = []

    /// The training rows and how many neighbours to find among them.
    private var search: NeighborSearch?
    /// The training targets: values for regression, positions in `classes` for classification.
    private var targets: [Double] = []

    /// An unfitted model.
    /// - Parameters:
    ///   - task: regression or classification.
    ///   - neighborCount: k, `n_neighbors` (default 5); checked by `fit`.
    ///   - weighting: `weights` (default uniform).
    ///   - metric: `metric` (default euclidean).
    public init(task: Task, neighborCount: Int = 5, weighting: Weighting = .uniform, metric: DistanceMetric = .euclidean) {
        self.task = task
        self.neighborCount = neighborCount
        self.weighting = weighting
        self.metric = metric
    }

    /// Stores the training rows; for classification, learns the classes.
    /// - Throws: `MiniMLError.invalidParameter` for `n_neighbors` below 1 or above the number of rows;
    ///   otherwise what `validateTrainingData` and (classification) `classLabels` throw.
    /// - Complexity: O(n·d).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        guard neighborCount >= 1 else {
            throw MiniMLError.invalidParameter(name: "n_neighbors", reason: "must be at least 1, not \(neighborCount)")
        }
        try validateTrainingData(x, y)
        guard neighborCount <= x.rows else {
            throw MiniMLError.invalidParameter(
                name: "n_neighbors", reason: "\(neighborCount) neighbours asked for but only \(x.rows) training rows"
            )
        }
        switch task {
        case .regression:
            classes = []
            targets = y
        case .classification:
            classes = try classLabels(y)
            let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, Double($0)) })
            // `classLabels` returned every label of `y`, so each has a position.
            targets = y.map { position[$0]! }
        }
        search = NeighborSearch(training: x, count: neighborCount, metric: metric)
    }

    /// The weighted mean target of each row's neighbours (regression), or the most probable class
    /// (classification, the lowest class on a tie).
    /// - Complexity: O(m·n·(d + log k)) for m rows.
    public func predict(_ x: Matrix) -> [Double] {
        switch task {
        case .regression:
            return combineNeighbors(of: x, width: 1) { rows, weights, output in
                var weightedSum = 0.0
                var totalWeight = 0.0
                for (row, weight) in zip(rows, weights) {
                    weightedSum += weight * targets[row]
                    totalWeight += weight
                }
                output[0] = weightedSum / totalWeight
            }
        case .classification:
            let probabilities = predictProbabilities(x)
            return (0..<x.rows).map { row in
                // The first maximum: the lowest class among equally probable ones.
                var best = 0
                for column in 1..<classes.count where probabilities[row, column] > probabilities[row, best] {
                    best = column
                }
                return classes[best]
            }
        }
    }

    /// The weighted share of each class among each row's neighbours, columns in `classes` order.
    /// Only for a model fitted for classification.
    /// - Complexity: O(m·n·(d + log k) + m·c) for m rows and c classes.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        precondition(task == .classification, "probabilities need a model fitted for classification")
        let values = combineNeighbors(of: x, width: classes.count) { rows, weights, output in
            var totalWeight = 0.0
            for (row, weight) in zip(rows, weights) {
                output[Int(targets[row])] += weight
                totalWeight += weight
            }
            for column in output.indices { output[column] /= totalWeight }
        }
        return Matrix(rows: x.rows, columns: classes.count, values: values)
    }

    /// Finds each query row's neighbours and their weights, and lets `combine` turn them into `width`
    /// outputs (zero on entry), row after row. Queries are split into one contiguous block per core.
    private func combineNeighbors(
        of x: Matrix, width: Int,
        _ combine: @Sendable (_ rows: [Int], _ weights: [Double], _ output: UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard let search else { preconditionFailure("predict called before fit") }
        precondition(x.columns == search.training.columns, "\(x.columns) features but the model was fitted on \(search.training.columns)")
        let weighting = weighting
        var result = [Double](repeating: 0, count: x.rows * width)
        let blocks = max(1, min(x.rows, ProcessInfo.processInfo.activeProcessorCount))
        x.values.withUnsafeBufferPointer { queryBuffer in
            result.withUnsafeMutableBufferPointer { outputBuffer in
                // Both outlive the concurrent loop, which reads the queries and writes disjoint rows of the output.
                nonisolated(unsafe) let queries = queryBuffer.baseAddress
                nonisolated(unsafe) let output = outputBuffer
                DispatchQueue.concurrentPerform(iterations: blocks) { block in
                    var rows = [Int](repeating: 0, count: search.count)
                    var distances = [Double](repeating: 0, count: search.count)
                    var weights = [Double](repeating: 1, count: search.count)
                    for query in (x.rows * block / blocks)..<(x.rows * (block + 1) / blocks) {
                        search.nearest(to: queries! + query &* x.columns, rows: &rows, distances: &distances)
                        if weighting == .distance {
                            // Distances are ascending, so an exact match, if any, comes first. As in
                            // scikit-learn, "exact" means 1 / distance is infinite (distance 0, or so
                            // small that its inverse overflows).
                            let exactMatch = (1 / distances[0]).isInfinite
                            for index in weights.indices {
                                let inverse = 1 / distances[index]
                                weights[index] = exactMatch ? (inverse.isInfinite ? 1 : 0) : inverse
                            }
                        }
                        combine(rows, weights, UnsafeMutableBufferPointer(rebasing: output[(query &* width)..<(query &* width &+ width)]))
                    }
                }
            }
        }
        return result
    }
}
