import Foundation

/// Histogram gradient-boosted trees for regression or classification, after scikit-learn's
/// `HistGradientBoostingRegressor` and `HistGradientBoostingClassifier` (and LightGBM).
///
/// Each feature is first cut into at most `max_bins` quantile bins (see `HistogramBinner`). Starting
/// from a constant (the mean, or the class log-odds / log-shares), every iteration fits a tree to the
/// gradients and hessians of the loss (see `BoostingLoss`) and adds `learning_rate` × its leaf values
/// −G/(H+λ) to the predictions. Trees grow best-first on gradient histograms (see
/// `HistogramTreeGrower`). Multiclass classification grows one tree per class and iteration.
/// Hyperparameters (scikit-learn's names and defaults, plus LightGBM-style subsampling):
/// - `learning_rate` (0.1): shrinks every tree.
/// - `max_iter` (100): boosting iterations.
/// - `max_leaf_nodes` (31), `max_depth` (none), `min_samples_leaf` (20): tree size.
/// - `l2_regularization` (0): λ in leaf values and gains.
/// - `max_bins` (255): bins per feature, 2 to 255.
/// - `subsample` (1): share of training rows drawn (without replacement) for each iteration's trees.
/// - `colsample` (1): share of features each tree may split on, drawn per tree.
/// - `early_stopping` (auto: on above 10,000 rows): holds out `validation_fraction` (0.1) of the rows
///   at random and stops when the validation loss of the last `n_iter_no_change` (10) iterations did
///   not fall below the loss `n_iter_no_change` iterations earlier minus `tol` (1e-7), as scikit-learn;
///   the model then keeps the iterations up to the lowest validation loss.
/// - `seed` (0): seeds the validation split, subsampling and the binning sample above 200,000 rows.
/// With `subsample` and `colsample` at 1, early stopping off and at most 200,000 rows, the model does
/// not depend on the seed; it never depends on the number of cores.
/// - Complexity: fitting O(n·d·log n) for binning plus, per iteration and tree, O(n · e · log L + L · b)
///   for e non-default bins per row, L leaves and b bins in all, spread over the cores; predicting
///   O(iterations · trees per iteration · depth) per row.
public struct GradientBoosting: ProbabilisticClassifier, FeatureImportanceReporting, LearningCurveReporting {
    /// When to hold out a validation set and stop early (`early_stopping`).
    public enum EarlyStopping: String, Sendable, CaseIterable {
        /// On when there are more than 10,000 training rows, as scikit-learn.
        case auto
        /// Always.
        case on
        /// Never: all `max_iter` iterations are run on all rows.
        case off
    }

    /// Regression or classification.
    public let task: Task
    /// The factor applied to each tree's values (`learning_rate`, > 0).
    public let learningRate: Double
    /// The number of boosting iterations (`max_iter`, at least 1).
    public let maxIterations: Int
    /// The most leaves per tree (`max_leaf_nodes`, at least 2); nil for no limit.
    public let maxLeafNodes: Int?
    /// The deepest a leaf may be (`max_depth`); nil for no limit.
    public let maxDepth: Int?
    /// Each side of a split keeps at least this many samples (`min_samples_leaf`, at least 1).
    public let minSamplesLeaf: Int
    /// λ, the L2 penalty on leaf values (`l2_regularization`, ≥ 0).
    public let l2Regularization: Double
    /// Bins per feature (`max_bins`, 2 to 255).
    public let maxBins: Int
    /// The share of rows used by each iteration (`subsample`, in (0, 1]).
    public let subsample: Double
    /// The share of features each tree may use (`colsample`, in (0, 1]).
    public let colsample: Double
    /// Whether to stop early on a validation set (`early_stopping`).
    public let earlyStopping: EarlyStopping
    /// The share of rows held out for early stopping (`validation_fraction`, in (0, 1)).
    public let validationFraction: Double
    /// Iterations without improvement before stopping (`n_iter_no_change`, at least 1).
    public let iterationsWithoutChange: Int
    /// The improvement of the validation loss that counts (`tol`, ≥ 0).
    public let tolerance: Double
    /// Seeds the random choices (`seed`).
    public let seed: UInt64

    /// The class labels seen in training, ascending (classification; empty for regression).
    public private(set) var classes: [Double] = []
    /// The kept trees, flattened for prediction.
    private var ensemble: TreeEnsemble?
    /// The constant raw prediction the trees start from, one per tree of an iteration.
    public private(set) var baseline: [Double] = []
    /// The trees kept, per iteration: one for regression and binary classification, one per class otherwise.
    public private(set) var trees: [[Tree]] = []
    /// Each feature's total split gain over all trees, normalised to sum to 1 (all 0 without splits).
    public private(set) var featureImportances: [Double] = []
    /// The training loss after each iteration run, and the validation loss when early stopping was on:
    /// the mean squared error (regression) or the mean log loss (classification).
    public private(set) var learningCurve = LearningCurve(roundName: "iteration", training: [], validation: [])

    /// The number of iterations kept (scikit-learn's `n_iter_`, except that early stopping keeps the
    /// iterations up to the best validation loss).
    public var iterationCount: Int { trees.count }

    /// An unfitted model; hyperparameters are checked by `fit`.
    /// - Parameters:
    ///   - task: regression or classification.
    ///   - learningRate: `learning_rate`, default 0.1.
    ///   - maxIterations: `max_iter`, default 100.
    ///   - maxLeafNodes: `max_leaf_nodes`, default 31; nil for no limit.
    ///   - maxDepth: `max_depth`; nil (default) for no limit.
    ///   - minSamplesLeaf: `min_samples_leaf`, default 20.
    ///   - l2Regularization: `l2_regularization`, default 0.
    ///   - maxBins: `max_bins`, default 255.
    ///   - subsample: `subsample`, default 1.
    ///   - colsample: `colsample`, default 1.
    ///   - earlyStopping: `early_stopping`, default auto.
    ///   - validationFraction: `validation_fraction`, default 0.1.
    ///   - iterationsWithoutChange: `n_iter_no_change`, default 10.
    ///   - tolerance: `tol`, default 1e-7.
    ///   - seed: `seed`, default 0.
    public init(task: Task, learningRate: Double = 0.1, maxIterations: Int = 100, maxLeafNodes: Int? = 31,
                maxDepth: Int? = nil, minSamplesLeaf: Int = 20, l2Regularization: Double = 0, maxBins: Int = 255,
                subsample: Double = 1, colsample: Double = 1, earlyStopping: EarlyStopping = .auto,
                validationFraction: Double = 0.1, iterationsWithoutChange: Int = 10, tolerance: Double = 1e-7,
                seed: UInt64 = 0) {
        self.task = task
        self.learningRate = learningRate
        self.maxIterations = maxIterations
        self.maxLeafNodes = maxLeafNodes
        self.maxDepth = maxDepth
        self.minSamplesLeaf = minSamplesLeaf
        self.l2Regularization = l2Regularization
        self.maxBins = maxBins
        self.subsample = subsample
        self.colsample = colsample
        self.earlyStopping = earlyStopping
        self.validationFraction = validationFraction
        self.iterationsWithoutChange = iterationsWithoutChange
        self.tolerance = tolerance
        self.seed = seed
    }

    /// An unfitted model from resolved `ModelSpec.gradientBoosting` parameters.
    public init(parameters: Parameters, task: Task) {
        let depth = parameters.integer("max_depth")
        self.init(
            task: task,
            learningRate: parameters.real("learning_rate"),
            maxIterations: parameters.integer("max_iter"),
            maxLeafNodes: parameters.integer("max_leaf_nodes"),
            maxDepth: depth == 0 ? nil : depth,
            minSamplesLeaf: parameters.integer("min_samples_leaf"),
            l2Regularization: parameters.real("l2_regularization"),
            maxBins: parameters.integer("max_bins"),
            subsample: parameters.real("subsample"),
            colsample: parameters.real("colsample"),
            earlyStopping: EarlyStopping(rawValue: parameters.choice("early_stopping")) ?? .auto,
            validationFraction: parameters.real("validation_fraction"),
            iterationsWithoutChange: parameters.integer("n_iter_no_change"),
            tolerance: parameters.real("tol"),
            seed: UInt64(parameters.integer("seed"))
        )
    }

    /// Boosts trees on `x` and `y`.
    /// - Throws: `MiniMLError.invalidParameter` for a bad hyperparameter or a validation split leaving
    ///   no rows on a side, and what `validateTrainingData` and (classification) `classLabels` throw.
    /// - Complexity: see the type.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try validateParameters()
        let targets = try TreeTargets(x, y, task: task)
        let loss = BoostingLoss(task: task, classCount: targets.classCount)
        let width = loss.treesPerIteration
        let root = SeededGenerator(seed: seed)

        let stopsEarly = earlyStopping == .on || (earlyStopping == .auto && x.rows > 10_000)
        var generator = root.split(0)
        let ((trainX, trainY), (validationX, validationY)) = stopsEarly
            ? try holdOut(x, targets.values, generator: &generator)
            : ((x, targets.values), (Matrix(rows: 0, columns: x.columns), []))

        // Bin the training rows.
        var binningGenerator = root.split(1)
        let binner = HistogramBinner(fitting: trainX, maxBins: maxBins, generator: &binningGenerator)
        let binned = BinnedData(columns: binner.binColumns(trainX), rows: trainX.rows, binCounts: binner.binCounts,
                                groupCount: ProcessInfo.processInfo.activeProcessorCount)
        let validationColumns = stopsEarly ? binner.binColumns(validationX) : []
        let grower = HistogramTreeGrower(data: binned, thresholds: binner.thresholds, settings: GrowerSettings(
            maxLeafNodes: maxLeafNodes ?? .max, maxDepth: maxDepth ?? .max, minSamplesLeaf: minSamplesLeaf,
            l2Regularization: l2Regularization, shrinkage: learningRate, constantHessian: loss.hasConstantHessian
        ))

        // Boost.
        let start = loss.baseline(trainY)
        var raw = (0..<trainX.rows).flatMap { _ in start }
        var validationRaw = (0..<validationX.rows).flatMap { _ in start }
        var gradients = [[Double]](repeating: [Double](repeating: 0, count: 2 * trainX.rows), count: width)
        var rowGenerator = root.split(2), featureGenerator = root.split(3)
        let rowCount = Int((subsample * Double(trainX.rows)).rounded(.up))
        let featureCount = Int((colsample * Double(x.columns)).rounded(.up))
        var grown: [[Tree]] = []
        var training: [Double] = [], validation: [Double] = []
        // Validation losses with the baseline's first, which early stopping compares against.
        var validationScores = stopsEarly ? [loss.meanLoss(targets: validationY, raw: validationRaw)] : []
        for _ in 0..<maxIterations {
            loss.computeGradients(targets: trainY, raw: raw, into: &gradients)
            let rows = rowCount < trainX.rows ? rowGenerator.distinctIndices(rowCount, below: trainX.rows).map(Int32.init) : nil
            var iteration: [Tree] = []
            for k in 0..<width {
                var active = [Bool](repeating: featureCount >= x.columns, count: x.columns)
                if featureCount < x.columns {
                    for feature in featureGenerator.distinctIndices(featureCount, below: x.columns) { active[feature] = true }
                }
                let tree = gradients[k].withUnsafeBufferPointer {
                    grower.grow(gradients: $0.baseAddress!, rows: rows, activeFeatures: active)
                }
                raw.withUnsafeMutableBufferPointer { raw in
                    if rows == nil {
                        grower.addLeafValues(to: raw.baseAddress! + k, stride: width)
                    } else {
                        grower.addLastTreeValues(binnedColumns: binned.columns, rows: trainX.rows, to: raw.baseAddress! + k, stride: width)
                    }
                }
                if stopsEarly {
                    validationRaw.withUnsafeMutableBufferPointer {
                        grower.addLastTreeValues(binnedColumns: validationColumns, rows: validationX.rows, to: $0.baseAddress! + k, stride: width)
                    }
                }
                iteration.append(tree)
            }
            grown.append(iteration)
            training.append(loss.meanLoss(targets: trainY, raw: raw))
            if stopsEarly {
                validationScores.append(loss.meanLoss(targets: validationY, raw: validationRaw))
                validation.append(validationScores.last!)
                if shouldStop(validationScores) { break }
            }
        }
        if stopsEarly {
            // Keep the iterations up to the first lowest validation loss (index 0 is the baseline).
            let best = validationScores.indices.min { validationScores[$0] < validationScores[$1] }!
            grown.removeLast(grown.count - best)
        }

        var importances = [Double](repeating: 0, count: x.columns)
        for tree in grown.joined() { tree.addGains(to: &importances) }
        classes = targets.classes
        baseline = start
        trees = grown
        ensemble = TreeEnsemble(Array(grown.joined()), offsets: grown.flatMap { Array($0.indices) })
        featureImportances = importances.normalisedToSumOne()
        learningCurve = LearningCurve(roundName: "iteration", training: training, validation: validation)
    }

    /// Splits off ⌈`validation_fraction` · n⌉ random rows for early stopping: (training, validation).
    private func holdOut(_ x: Matrix, _ y: [Double], generator: inout SeededGenerator) throws
        -> (training: (Matrix, [Double]), validation: (Matrix, [Double])) {
        let validationCount = Int((validationFraction * Double(x.rows)).rounded(.up))
        guard validationCount < x.rows else {
            throw MiniMLError.invalidParameter(name: "validation_fraction", reason: "leaves no training rows out of \(x.rows)")
        }
        let validationRows = generator.distinctIndices(validationCount, below: x.rows)
        var isValidation = [Bool](repeating: false, count: x.rows)
        for row in validationRows { isValidation[row] = true }
        let trainingRows = (0..<x.rows).filter { !isValidation[$0] }
        return ((x.selecting(rows: trainingRows), trainingRows.map { y[$0] }),
                (x.selecting(rows: validationRows), validationRows.map { y[$0] }))
    }

    /// Whether none of the last `n_iter_no_change` losses beat the one before them by more than `tol`.
    private func shouldStop(_ losses: [Double]) -> Bool {
        guard losses.count > iterationsWithoutChange else { return false }
        let reference = losses[losses.count - iterationsWithoutChange - 1] - tolerance
        return !losses.suffix(iterationsWithoutChange).contains { $0 < reference }
    }

    /// The predicted values (regression) or most probable classes (classification, the lowest class on
    /// a tie).
    /// - Complexity: O(trees · depth) per row.
    public func predict(_ x: Matrix) -> [Double] {
        task == .regression ? rawPredictions(x) : predictProbabilities(x).mostProbableClasses(classes)
    }

    /// Class probabilities, columns in `classes` order: the sigmoid of the log-odds for two classes, the
    /// softmax of the class scores for more. Classification only.
    /// - Complexity: O(trees · depth + classes) per row.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        precondition(task == .classification, "probabilities need a model fitted for classification")
        return BoostingLoss(task: task, classCount: classes.count).probabilities(rawPredictions(x), rows: x.rows)
    }

    /// The baseline plus every kept tree's output, `baseline.count` values per row.
    private func rawPredictions(_ x: Matrix) -> [Double] {
        guard let ensemble else { preconditionFailure("predict called before fit") }
        precondition(x.columns == featureImportances.count, "\(x.columns) features but the model was fitted on \(featureImportances.count)")
        var raw = (0..<x.rows).flatMap { _ in baseline }
        raw.withUnsafeMutableBufferPointer { ensemble.accumulate(x, scale: 1, into: $0.baseAddress!, stride: baseline.count) }
        return raw
    }

    /// Checks every hyperparameter against its domain.
    private func validateParameters() throws {
        func check(_ valid: Bool, _ name: String, _ rule: String, _ value: Any) throws {
            if !valid { throw MiniMLError.invalidParameter(name: name, reason: "must be \(rule), not \(value)") }
        }
        try check(learningRate > 0 && learningRate.isFinite, "learning_rate", "> 0", learningRate)
        try check(maxIterations >= 1, "max_iter", "at least 1", maxIterations)
        try check((maxLeafNodes ?? 2) >= 2, "max_leaf_nodes", "at least 2", maxLeafNodes ?? 0)
        try check((maxDepth ?? 1) >= 1, "max_depth", "at least 1", maxDepth ?? 0)
        try check(minSamplesLeaf >= 1, "min_samples_leaf", "at least 1", minSamplesLeaf)
        try check(l2Regularization >= 0 && l2Regularization.isFinite, "l2_regularization", "≥ 0", l2Regularization)
        try check((2...255).contains(maxBins), "max_bins", "from 2 to 255", maxBins)
        try check(subsample > 0 && subsample <= 1, "subsample", "in (0, 1]", subsample)
        try check(colsample > 0 && colsample <= 1, "colsample", "in (0, 1]", colsample)
        try check(validationFraction > 0 && validationFraction < 1, "validation_fraction", "in (0, 1)", validationFraction)
        try check(iterationsWithoutChange >= 1, "n_iter_no_change", "at least 1", iterationsWithoutChange)
        try check(tolerance >= 0 && tolerance.isFinite, "tol", "≥ 0", tolerance)
    }
}
