extension ModelSpec {
    /// A multi-layer perceptron (``MLP``), `--model mlp`, for regression and classification, with
    /// scikit-learn's `MLPRegressor`/`MLPClassifier` parameters and defaults (see ``MLP``).
    /// `hidden_layer_sizes` is one of a list of common shapes, since a parameter's values are a fixed domain.
    public static let mlp = ModelSpec(
        name: "mlp",
        summary: "a neural network (multi-layer perceptron): layers of units trained by mini-batch gradient descent",
        tasks: [.regression, .classification],
        parameters: [
            ParameterSpec(
                "hidden_layer_sizes", "units per hidden layer, from the input side",
                domain: .choice(MLPSpecs.layerShapes), default: .choice("100")
            ),
            ParameterSpec(
                "activation", "the hidden layers' function (logistic is the sigmoid)",
                domain: .choice(Activation.hidden.map(\.rawValue)), default: .choice("relu")
            ),
            ParameterSpec(
                "solver", "the update rule: adam, or sgd with momentum",
                domain: .choice(MLP.Solver.allCases.map(\.rawValue)), default: .choice("adam")
            ),
            ParameterSpec(
                "alpha", "L2 penalty on the weights: larger keeps them smaller",
                domain: .real(lower: 0, upper: .infinity), default: .real(1e-4)
            ),
            ParameterSpec(
                "batch_size", "rows per gradient step; 0 = auto, min(200, rows)",
                domain: .integer(0...Int.max), default: .integer(0)
            ),
            ParameterSpec(
                "learning_rate_init", "the step size",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-3)
            ),
            ParameterSpec(
                "max_iter", "the most epochs (passes over the training rows)",
                domain: .integer(1...Int.max), default: .integer(200)
            ),
            ParameterSpec(
                "tol", "smallest fall of the loss that counts as an improvement",
                domain: .real(lower: 0, upper: .infinity), default: .real(1e-4)
            ),
            ParameterSpec(
                "momentum", "sgd: share of the last step carried into the next",
                domain: .real(lower: 0, upper: 1), default: .real(0.9)
            ),
            ParameterSpec(
                "nesterovs_momentum", "sgd: look ahead along the momentum (Nesterov)",
                domain: .boolean, default: .boolean(true)
            ),
            ParameterSpec(
                "early_stopping", "hold out rows and stop when their loss stops falling",
                domain: .boolean, default: .boolean(false)
            ),
            ParameterSpec(
                "validation_fraction", "share of rows held out when early stopping",
                domain: .real(lower: 0, upper: 1, lowerOpen: true, upperOpen: true), default: .real(0.1)
            ),
            ParameterSpec(
                "n_iter_no_change", "epochs without improvement before stopping",
                domain: .integer(1...Int.max), default: .integer(10)
            ),
            ParameterSpec(
                "beta_1", "adam: decay of the running mean of the gradients",
                domain: .real(lower: 0, upper: 1, upperOpen: true), default: .real(0.9)
            ),
            ParameterSpec(
                "beta_2", "adam: decay of the running mean of the squared gradients",
                domain: .real(lower: 0, upper: 1, upperOpen: true), default: .real(0.999)
            ),
            ParameterSpec(
                "epsilon", "adam: added to the root of the squared-gradient mean",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-8)
            ),
            ParameterSpec(
                "seed", "seeds the initial weights, the shuffles and the validation split",
                domain: .integer(0...Int.max), default: .integer(0)
            ),
        ],
        make: { parameters, task in MLP(parameters: parameters, task: task) }
    )
}

extension MLP {
    /// An unfitted model from resolved `ModelSpec.mlp` parameters.
    public init(parameters: Parameters, task: Task) {
        let batch = parameters.integer("batch_size")
        self.init(
            task: task,
            hiddenLayerSizes: parameters.choice("hidden_layer_sizes").split(separator: ",").compactMap { Int($0) },
            activation: Activation(rawValue: parameters.choice("activation")) ?? .relu,
            solver: Solver(rawValue: parameters.choice("solver")) ?? .adam,
            alpha: parameters.real("alpha"),
            batchSize: batch == 0 ? nil : batch,
            learningRateInit: parameters.real("learning_rate_init"),
            maxIterations: parameters.integer("max_iter"),
            tolerance: parameters.real("tol"),
            momentum: parameters.real("momentum"),
            nesterovsMomentum: parameters.boolean("nesterovs_momentum"),
            earlyStopping: parameters.boolean("early_stopping"),
            validationFraction: parameters.real("validation_fraction"),
            iterationsWithoutChange: parameters.integer("n_iter_no_change"),
            beta1: parameters.real("beta_1"),
            beta2: parameters.real("beta_2"),
            epsilon: parameters.real("epsilon"),
            seed: UInt64(parameters.integer("seed")))
    }
}

/// Values of the MLP's parameters that need listing.
private enum MLPSpecs {
    /// The hidden-layer shapes `hidden_layer_sizes` may take.
    static let layerShapes = [
        "16", "32", "64", "100", "128", "256",
        "32,16", "64,32", "100,100", "128,64", "256,128",
        "64,64,64", "128,64,32",
    ]
}
