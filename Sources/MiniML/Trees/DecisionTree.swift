/// A CART decision tree for regression or classification, after scikit-learn's
/// `DecisionTreeRegressor` and `DecisionTreeClassifier`.
///
/// The tree splits the training rows in two again and again, each time on the feature and threshold
/// that most reduce impurity (see `SplitCriterion`), searching every boundary between distinct sorted
/// values (thresholds midway, as scikit-learn). Leaves predict the mean target (regression) or the
/// class proportions, which are the probabilities (classification). Hyperparameters (scikit-learn's
/// names and defaults):
/// - `criterion`: squared_error for regression; gini (default) or entropy for classification.
/// - `max_depth` (none): the deepest a leaf may be.
/// - `min_samples_split` (2): nodes with fewer samples are not split.
/// - `min_samples_leaf` (1): each side of a split keeps at least this many samples.
/// - `max_features` (all): features examined per split, drawn with `seed` when fewer than all.
/// - `seed` (0): only used when `max_features` is below all; with all features the tree is the same
///   for every seed (ties go to the lowest feature index).
/// - Complexity: fitting O(f · n log n · depth) for n rows and f examined features; predicting O(depth)
///   per row.
public struct DecisionTree: ProbabilisticClassifier, FeatureImportanceReporting {
    /// Regression or classification.
    public let task: Task
    /// The impurity measure (`criterion`); nil means squared error or Gini, by task.
    public let criterion: SplitCriterion?
    /// The deepest a leaf may be (`max_depth`); nil for no limit.
    public let maxDepth: Int?
    /// Nodes with fewer samples are not split (`min_samples_split`, at least 2).
    public let minSamplesSplit: Int
    /// Each side of a split keeps at least this many samples (`min_samples_leaf`, at least 1).
    public let minSamplesLeaf: Int
    /// How many features each split examines (`max_features`).
    public let maxFeatures: MaxFeatures
    /// Seeds the feature draws (`seed`).
    public let seed: UInt64

    /// The class labels seen in training, ascending (classification; empty for regression).
    public private(set) var classes: [Double] = []
    /// The fitted tree; nil before `fit`.
    public private(set) var tree: Tree?
    /// Each feature's total weighted impurity decrease, normalised to sum to 1 (all 0 for a lone leaf).
    public private(set) var featureImportances: [Double] = []

    /// An unfitted tree; hyperparameters are checked by `fit`.
    /// - Parameters:
    ///   - task: regression or classification.
    ///   - criterion: `criterion`; nil (default) for squared error or Gini by task.
    ///   - maxDepth: `max_depth`; nil (default) for no limit.
    ///   - minSamplesSplit: `min_samples_split`, default 2.
    ///   - minSamplesLeaf: `min_samples_leaf`, default 1.
    ///   - maxFeatures: `max_features`, default all.
    ///   - seed: `seed`, default 0.
    public init(task: Task, criterion: SplitCriterion? = nil, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
                minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, seed: UInt64 = 0) {
        self.task = task
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.seed = seed
    }

    /// An unfitted tree from resolved `ModelSpec.decisionTree` parameters.
    public init(parameters: Parameters, task: Task) {
        let criterion = parameters.choice("criterion")
        let depth = parameters.integer("max_depth")
        self.init(
            task: task,
            criterion: SplitCriterion(rawValue: criterion),
            maxDepth: depth == 0 ? nil : depth,
            minSamplesSplit: parameters.integer("min_samples_split"),
            minSamplesLeaf: parameters.integer("min_samples_leaf"),
            maxFeatures: MaxFeatures(parameters.choice("max_features")) ?? .all,
            seed: UInt64(parameters.integer("seed"))
        )
    }

    /// Grows the tree on `x` and `y`.
    /// - Throws: `MiniMLError.invalidParameter` for a bad hyperparameter (see the properties), and what
    ///   `validateTrainingData` and (classification) `classLabels` throw.
    /// - Complexity: O(f · n log n · depth).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        let targets = try TreeTargets(x, y, task: task)
        let settings = try CARTSettings(
            task: task, criterion: criterion, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
            minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures, featureCount: x.columns
        )
        let data = CARTData(x, targets: targets.values, classCount: targets.classCount)
        let grown = CARTBuilder(data: data, settings: settings, weights: nil, generator: SeededGenerator(seed: seed)).grow()
        var importances = [Double](repeating: 0, count: x.columns)
        grown.addGains(to: &importances)
        classes = targets.classes
        tree = grown
        featureImportances = importances.normalisedToSumOne()
    }

    /// The leaf mean of each row (regression), or the most frequent class of its leaf (classification,
    /// the lowest class on a tie).
    /// - Complexity: O(depth) per row.
    public func predict(_ x: Matrix) -> [Double] {
        task == .regression ? leafValues(x).values : leafValues(x).mostProbableClasses(classes)
    }

    /// The class proportions of each row's leaf, columns in `classes` order. Classification only.
    /// - Complexity: O(depth + classes) per row.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        precondition(task == .classification, "probabilities need a model fitted for classification")
        return leafValues(x)
    }

    /// The output of each row's leaf, one row per sample.
    private func leafValues(_ x: Matrix) -> Matrix {
        guard let tree else { preconditionFailure("predict called before fit") }
        precondition(x.columns == featureImportances.count, "\(x.columns) features but the tree was fitted on \(featureImportances.count)")
        var output = Matrix(rows: x.rows, columns: tree.outputCount)
        output.values.withUnsafeMutableBufferPointer { tree.accumulate(x, scale: 1, into: $0.baseAddress!, stride: tree.outputCount) }
        return output
    }
}
