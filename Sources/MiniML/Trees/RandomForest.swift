import Dispatch

/// A random forest for regression or classification, after scikit-learn's `RandomForestRegressor`
/// and `RandomForestClassifier`.
///
/// Each tree is a CART tree (see `DecisionTree`) grown on a bootstrap sample of the rows (drawn with
/// replacement; a row drawn k times counts with weight k) and examining a random subset of features at
/// every split. Regression averages the trees' predictions; classification averages their class
/// probabilities and predicts the most probable class. Trees are grown concurrently on all cores, each
/// from its own generator `SeededGenerator(seed: seed).split(i)`, so the forest depends on the seed only,
/// never on thread scheduling. Hyperparameters (scikit-learn's names and defaults):
/// - `n_estimators` (100): the number of trees.
/// - `max_depth` (none): the deepest a leaf may be.
/// - `min_samples_leaf` (1): each side of a split keeps at least this many samples.
/// - `max_features`: features examined per split; by default √d for classification and all for
///   regression (scikit-learn ≥ 1.1).
/// - `bootstrap` (true): false grows every tree on all rows (they then differ only by feature draws).
/// - `seed` (0).
/// - Complexity: fitting O(t · f · n log n · depth / cores) for t trees; predicting O(t · depth) per row.
public struct RandomForest: ProbabilisticClassifier, FeatureImportanceReporting {
    /// Regression or classification.
    public let task: Task
    /// The number of trees (`n_estimators`, at least 1).
    public let treeCount: Int
    /// The deepest a leaf may be (`max_depth`); nil for no limit.
    public let maxDepth: Int?
    /// Each side of a split keeps at least this many samples (`min_samples_leaf`, at least 1).
    public let minSamplesLeaf: Int
    /// Features examined per split (`max_features`); nil for √d (classification) or all (regression).
    public let maxFeatures: MaxFeatures?
    /// Whether each tree sees a bootstrap sample (`bootstrap`) rather than all rows.
    public let bootstrap: Bool
    /// Seeds the bootstrap samples and feature draws (`seed`).
    public let seed: UInt64

    /// The class labels seen in training, ascending (classification; empty for regression).
    public private(set) var classes: [Double] = []
    /// The fitted trees; empty before `fit`.
    public private(set) var trees: [Tree] = []
    /// The trees, flattened for prediction.
    private var ensemble: TreeEnsemble?
    /// The mean over trees of each tree's normalised impurity decreases, normalised to sum to 1.
    public private(set) var featureImportances: [Double] = []

    /// An unfitted forest; hyperparameters are checked by `fit`.
    /// - Parameters:
    ///   - task: regression or classification.
    ///   - treeCount: `n_estimators`, default 100.
    ///   - maxDepth: `max_depth`; nil (default) for no limit.
    ///   - minSamplesLeaf: `min_samples_leaf`, default 1.
    ///   - maxFeatures: `max_features`; nil (default) for √d (classification) or all (regression).
    ///   - bootstrap: `bootstrap`, default true.
    ///   - seed: `seed`, default 0.
    public init(task: Task, treeCount: Int = 100, maxDepth: Int? = nil, minSamplesLeaf: Int = 1,
                maxFeatures: MaxFeatures? = nil, bootstrap: Bool = true, seed: UInt64 = 0) {
        self.task = task
        self.treeCount = treeCount
        self.maxDepth = maxDepth
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.bootstrap = bootstrap
        self.seed = seed
    }

    /// An unfitted forest from resolved `ModelSpec.randomForest` parameters.
    public init(parameters: Parameters, task: Task) {
        let depth = parameters.integer("max_depth")
        self.init(
            task: task,
            treeCount: parameters.integer("n_estimators"),
            maxDepth: depth == 0 ? nil : depth,
            minSamplesLeaf: parameters.integer("min_samples_leaf"),
            maxFeatures: MaxFeatures(parameters.choice("max_features")),
            bootstrap: parameters.boolean("bootstrap"),
            seed: UInt64(parameters.integer("seed"))
        )
    }

    /// Grows the trees on `x` and `y`, concurrently.
    /// - Throws: `MiniMLError.invalidParameter` for a bad hyperparameter, and what
    ///   `validateTrainingData` and (classification) `classLabels` throw.
    /// - Complexity: O(t · f · n log n · depth / cores).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        guard treeCount >= 1 else {
            throw MiniMLError.invalidParameter(name: "n_estimators", reason: "must be at least 1, not \(treeCount)")
        }
        let targets = try TreeTargets(x, y, task: task)
        let settings = try CARTSettings(
            task: task, criterion: nil, maxDepth: maxDepth, minSamplesSplit: 2, minSamplesLeaf: minSamplesLeaf,
            maxFeatures: maxFeatures ?? (task == .classification ? .sqrt : .all), featureCount: x.columns
        )
        let data = CARTData(x, targets: targets.values, classCount: targets.classCount)
        let root = SeededGenerator(seed: seed)
        let bootstrap = bootstrap
        var grown = [Tree?](repeating: nil, count: treeCount)
        grown.withUnsafeMutableBufferPointer { buffer in
            // The buffer outlives the concurrent loop, whose iterations write distinct slots.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: treeCount) { index in
                var generator = root.split(index)
                let weights = bootstrap ? generator.bootstrapCounts(data.rows) : nil
                slots[index] = CARTBuilder(data: data, settings: settings, weights: weights, generator: generator).grow()
            }
        }
        trees = grown.map { $0! }
        ensemble = TreeEnsemble(trees, offsets: Array(repeating: 0, count: trees.count))
        var importances = [Double](repeating: 0, count: x.columns)
        for tree in trees where tree.nodeCount > 1 {
            var gains = [Double](repeating: 0, count: x.columns)
            tree.addGains(to: &gains)
            for (feature, share) in gains.normalisedToSumOne().enumerated() { importances[feature] += share }
        }
        classes = targets.classes
        featureImportances = importances.normalisedToSumOne()
    }

    /// The mean of the trees' predictions (regression), or the class with the highest mean probability
    /// (classification, the lowest class on a tie).
    /// - Complexity: O(t · depth) per row.
    public func predict(_ x: Matrix) -> [Double] {
        task == .regression ? meanLeafValues(x).values : meanLeafValues(x).mostProbableClasses(classes)
    }

    /// The trees' mean class probabilities, columns in `classes` order. Classification only.
    /// - Complexity: O(t · (depth + classes)) per row.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        precondition(task == .classification, "probabilities need a model fitted for classification")
        return meanLeafValues(x)
    }

    /// The mean over trees of each row's leaf output.
    private func meanLeafValues(_ x: Matrix) -> Matrix {
        guard let ensemble, let first = trees.first else { preconditionFailure("predict called before fit") }
        precondition(x.columns == featureImportances.count, "\(x.columns) features but the forest was fitted on \(featureImportances.count)")
        var output = Matrix(rows: x.rows, columns: first.outputCount)
        output.values.withUnsafeMutableBufferPointer {
            ensemble.accumulate(x, scale: 1 / Double(trees.count), into: $0.baseAddress!, stride: first.outputCount)
        }
        return output
    }
}
