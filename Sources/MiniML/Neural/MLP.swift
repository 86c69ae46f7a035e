/// A multi-layer perceptron for regression or classification, after scikit-learn's `MLPRegressor` and
/// `MLPClassifier`.
///
/// A ``DenseNetwork`` of `hidden_layer_sizes` hidden layers with one `activation`, and an identity
/// output (regression, half squared error), a logistic one (two classes, log loss) or a softmax
/// (three or more classes, log loss), trained by mini-batch gradient descent with L2 penalty `alpha`.
/// Every epoch shuffles the training rows, takes steps on batches of `batch_size` rows with the
/// `sgd` (momentum, Nesterov by default) or `adam` update, and records the training loss: the mean of the
/// batch losses, penalty included, weighted by batch size (scikit-learn's `loss_curve_`).
///
/// Stopping, as scikit-learn: after `max_iter` epochs, or once `n_iter_no_change` epochs in a row fail
/// to beat the best loss so far by `tol`. Without early stopping that loss is the training loss. With
/// `early_stopping`, a random `validation_fraction` of the rows is held out and the loss watched is the
/// validation loss (without penalty; scikit-learn watches R² or accuracy instead), and the network keeps
/// the weights of its best validation epoch.
///
/// Hyperparameters (scikit-learn's names and defaults): `hidden_layer_sizes` (100), `activation` (relu),
/// `solver` (adam), `alpha` (1e-4), `batch_size` (min(200, rows)), `learning_rate_init` (1e-3),
/// `max_iter` (200), `tol` (1e-4), `momentum` (0.9), `nesterovs_momentum` (true), `early_stopping`
/// (false), `validation_fraction` (0.1), `n_iter_no_change` (10), `beta_1` (0.9), `beta_2` (0.999),
/// `epsilon` (1e-8), and a `seed` for the initial weights, the shuffles and the validation split.
/// Features should be on similar scales (standardise them first). One departure from scikit-learn: a
/// regression target is standardised inside the model (predictions are turned back), so that a target
/// like a log-price near 12 does not take hundreds of epochs to reach from weights near 0; the loss curve
/// is in those standardised units.
/// - Complexity: O(epochs · n · Σ n_l·n_{l+1}) time for n rows, O(batch · Σ n_l + parameters) memory.
public struct MLP: ProbabilisticClassifier, LearningCurveReporting {
    /// The update rule (`solver`).
    public enum Solver: String, Sendable, CaseIterable {
        /// Stochastic gradient descent with momentum.
        case sgd
        /// Adam (Kingma & Ba 2015).
        case adam
    }

    /// Regression or classification.
    public let task: Task
    /// The width of each hidden layer (`hidden_layer_sizes`; may be empty for a linear model).
    public let hiddenLayerSizes: [Int]
    /// The hidden layers' activation (`activation`): identity, logistic, tanh or relu.
    public let activation: Activation
    /// The update rule (`solver`).
    public let solver: Solver
    /// The L2 penalty strength (`alpha`, ≥ 0).
    public let alpha: Double
    /// Rows per mini-batch (`batch_size`); nil for min(200, rows).
    public let batchSize: Int?
    /// The step size (`learning_rate_init`, > 0).
    public let learningRateInit: Double
    /// The most epochs (`max_iter`, at least 1).
    public let maxIterations: Int
    /// The improvement of the watched loss that counts (`tol`, ≥ 0).
    public let tolerance: Double
    /// sgd's momentum (`momentum`, in [0, 1]).
    public let momentum: Double
    /// Whether sgd uses Nesterov's momentum (`nesterovs_momentum`).
    public let nesterovsMomentum: Bool
    /// Whether to hold out rows and stop on their loss (`early_stopping`).
    public let earlyStopping: Bool
    /// The share of rows held out when stopping early (`validation_fraction`, in (0, 1)).
    public let validationFraction: Double
    /// Epochs without improvement before stopping (`n_iter_no_change`, at least 1).
    public let iterationsWithoutChange: Int
    /// Adam's decay of the first moment (`beta_1`, in [0, 1)).
    public let beta1: Double
    /// Adam's decay of the second moment (`beta_2`, in [0, 1)).
    public let beta2: Double
    /// Adam's guard against division by zero (`epsilon`, > 0).
    public let epsilon: Double
    /// Seeds the initial weights, shuffles and validation split (`seed`).
    public let seed: UInt64

    /// The class labels seen in training, ascending (classification; empty for regression).
    public private(set) var classes: [Double] = []
    /// The mean and standard deviation the regression target was standardised with (0 and 1 otherwise).
    public private(set) var targetScaling: (mean: Double, scale: Double) = (0, 1)
    /// The fitted network; nil before `fit`.
    public private(set) var network: DenseNetwork?
    /// The training loss after each epoch, and the validation loss when stopping early.
    public private(set) var learningCurve = LearningCurve(roundName: "epoch", training: [], validation: [])

    /// The epochs run (scikit-learn's `n_iter_`).
    public var epochs: Int { learningCurve.training.count }

    /// An unfitted model; hyperparameters are checked by `fit`. Defaults are scikit-learn's (see the type).
    public init(task: Task, hiddenLayerSizes: [Int] = [100], activation: Activation = .relu, solver: Solver = .adam,
                alpha: Double = 1e-4, batchSize: Int? = nil, learningRateInit: Double = 1e-3, maxIterations: Int = 200,
                tolerance: Double = 1e-4, momentum: Double = 0.9, nesterovsMomentum: Bool = true,
                earlyStopping: Bool = false, validationFraction: Double = 0.1, iterationsWithoutChange: Int = 10,
                beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, seed: UInt64 = 0) {
        self.task = task
        self.hiddenLayerSizes = hiddenLayerSizes
        self.activation = activation
        self.solver = solver
        self.alpha = alpha
        self.batchSize = batchSize
        self.learningRateInit = learningRateInit
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.momentum = momentum
        self.nesterovsMomentum = nesterovsMomentum
        self.earlyStopping = earlyStopping
        self.validationFraction = validationFraction
        self.iterationsWithoutChange = iterationsWithoutChange
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.seed = seed
    }

    /// Learns the network's weights from `x` and `y`.
    /// - Throws: `MiniMLError.invalidParameter` for a hyperparameter outside its domain, and what
    ///   `validateTrainingData` and (classification) `classLabels` throw; `.invalidInput` when early
    ///   stopping has fewer than 2 rows to split.
    /// - Complexity: see the type.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try validateParameters()
        try validateTrainingData(x, y)
        let targets: Matrix
        let output: Activation
        switch task {
        case .regression:
            classes = []
            let mean = y.reduce(0, +) / Double(y.count)
            let deviation = (y.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(y.count)).squareRoot()
            targetScaling = (mean, deviation > 0 ? deviation : 1)
            targets = Matrix(column: y.map { ($0 - targetScaling.mean) / targetScaling.scale })
            output = .identity
        case .classification:
            classes = try classLabels(y)
            if classes.count == 2 {
                targets = Matrix(column: y.map { $0 == classes[1] ? 1 : 0 })
                output = .logistic
            } else {
                var oneHot = Matrix(rows: y.count, columns: classes.count)
                let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
                for (row, label) in y.enumerated() { oneHot[row, position[label]!] = 1 }
                targets = oneHot
                output = .softmax
            }
        }

        var generator = SeededGenerator(seed: seed)
        var net = DenseNetwork(
            layerSizes: [x.columns] + hiddenLayerSizes + [targets.columns], hiddenActivation: activation,
            outputActivation: output, generator: &generator)
        var trainRows = Array(0..<x.rows)
        var validation: (x: Matrix, targets: Matrix)?
        if earlyStopping {
            guard x.rows >= 2 else { throw MiniMLError.invalidInput("early stopping needs at least 2 rows to hold some out, not \(x.rows)") }
            let split = trainValidationSplit(count: x.rows, validationFraction: validationFraction, seed: seed)
            trainRows = split.train
            validation = (x.selecting(rows: split.validation), targets.selecting(rows: split.validation))
        }

        let batch = min(batchSize ?? 200, trainRows.count)
        var optimizer = Optimizer(for: self, count: net.parameters.count)
        var shuffler = generator.split(1)
        var training: [Double] = [], validationLosses: [Double] = []
        var best = Double.infinity, bestParameters = net.parameters, stale = 0
        for _ in 0..<maxIterations {
            let order = shuffled(trainRows, with: &shuffler)
            var total = 0.0
            for start in stride(from: 0, to: order.count, by: batch) {
                let rows = Array(order[start..<min(start + batch, order.count)])
                let (loss, gradient) = net.lossAndGradient(x.selecting(rows: rows), targets.selecting(rows: rows), alpha: alpha)
                total += loss * Double(rows.count)
                optimizer.step(&net.parameters, gradient: gradient)
            }
            training.append(total / Double(order.count))
            let watched: Double
            if let validation {
                watched = net.loss(validation.x, validation.targets, alpha: 0)
                validationLosses.append(watched)
            } else {
                watched = training.last!
            }
            stale = watched > best - tolerance ? stale + 1 : 0
            if watched < best {
                best = watched
                bestParameters = net.parameters
            }
            if stale > iterationsWithoutChange { break }
        }
        if earlyStopping { net.parameters = bestParameters }
        network = net
        learningCurve = LearningCurve(roundName: "epoch", training: training, validation: validationLosses)
    }

    /// Predicted values (regression) or the most probable class of each row (classification).
    /// - Precondition: the model is fitted and `x` has its number of columns.
    /// - Complexity: O(rows · Σ n_l·n_{l+1}).
    public func predict(_ x: Matrix) -> [Double] {
        guard let network else { preconditionFailure("MLP.predict before fit") }
        guard task == .classification else {
            return network.predict(x).values.map { $0 * targetScaling.scale + targetScaling.mean }
        }
        let probabilities = predictProbabilities(x)
        return (0..<x.rows).map { row in
            let scores = probabilities.row(row)
            return classes[scores.indices.max { scores[$0] < scores[$1] }! - scores.startIndex]
        }
    }

    /// Class probabilities, one column per class of `classes`.
    /// - Precondition: a fitted classifier.
    /// - Complexity: as `predict`.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        guard let network, task == .classification else { preconditionFailure("MLP.predictProbabilities needs a fitted classifier") }
        let outputs = network.predict(x)
        guard classes.count == 2 else { return outputs }
        return Matrix(rows: x.rows, columns: 2, values: outputs.values.flatMap { [1 - $0, $0] })
    }

    /// `rows` in a random order (Fisher–Yates with the seeded generator).
    private func shuffled(_ rows: [Int], with generator: inout SeededGenerator) -> [Int] {
        var rows = rows
        for index in stride(from: rows.count - 1, to: 0, by: -1) {
            rows.swapAt(index, generator.drawIndex(below: index + 1))
        }
        return rows
    }

    private func validateParameters() throws {
        func check(_ ok: Bool, _ name: String, _ reason: String) throws {
            if !ok { throw MiniMLError.invalidParameter(name: name, reason: reason) }
        }
        try check(hiddenLayerSizes.allSatisfy { $0 >= 1 }, "hidden_layer_sizes", "every layer needs at least 1 unit, not \(hiddenLayerSizes)")
        try check(Activation.hidden.contains(activation), "activation", "must be one of \(Activation.hidden.map(\.rawValue)), not \(activation.rawValue)")
        try check(alpha >= 0 && alpha.isFinite, "alpha", "must be a finite number ≥ 0, not \(alpha)")
        try check((batchSize ?? 1) >= 1, "batch_size", "must be at least 1, not \(batchSize ?? 0)")
        try check(learningRateInit > 0 && learningRateInit.isFinite, "learning_rate_init", "must be a finite number > 0, not \(learningRateInit)")
        try check(maxIterations >= 1, "max_iter", "must be at least 1, not \(maxIterations)")
        try check(tolerance >= 0 && tolerance.isFinite, "tol", "must be a finite number ≥ 0, not \(tolerance)")
        try check((0...1).contains(momentum), "momentum", "must be in [0, 1], not \(momentum)")
        try check(validationFraction > 0 && validationFraction < 1, "validation_fraction", "must be in (0, 1), not \(validationFraction)")
        try check(iterationsWithoutChange >= 1, "n_iter_no_change", "must be at least 1, not \(iterationsWithoutChange)")
        try check(beta1 >= 0 && beta1 < 1, "beta_1", "must be in [0, 1), not \(beta1)")
        try check(beta2 >= 0 && beta2 < 1, "beta_2", "must be in [0, 1), not \(beta2)")
        try check(epsilon > 0 && epsilon.isFinite, "epsilon", "must be a finite number > 0, not \(epsilon)")
    }
}
