extension ModelSpec {
    /// Ordinary least squares (``LinearRegression``), `--model linear`, for regression, with
    /// scikit-learn's parameter `fit_intercept` (true).
    public static let linearRegression = ModelSpec(
        name: "linear",
        summary: "least squares: the straight-line fit that minimises the squared errors",
        tasks: [.regression],
        parameters: [LinearSpecs.fitIntercept],
        make: { parameters, task in LinearRegression(parameters: parameters, task: task) }
    )

    /// Ridge regression (``Ridge``), `--model ridge`, for regression, with scikit-learn's
    /// parameters `alpha` (1.0) and `fit_intercept` (true).
    public static let ridge = ModelSpec(
        name: "ridge",
        summary: "least squares with an L2 penalty that shrinks every coefficient towards zero",
        tasks: [.regression],
        parameters: [
            ParameterSpec(
                "alpha", "penalty strength: larger shrinks the coefficients more; 0 is plain least squares",
                domain: .real(lower: 0, upper: .infinity), default: .real(1.0)
            ),
            LinearSpecs.fitIntercept,
        ],
        make: { parameters, task in Ridge(parameters: parameters, task: task) }
    )

    /// The lasso (``Lasso``), `--model lasso`, for regression, with scikit-learn's parameters
    /// `alpha` (1.0), `fit_intercept` (true), `max_iter` (1000) and `tol` (1e-4).
    public static let lasso = ModelSpec(
        name: "lasso",
        summary: "least squares with an L1 penalty that sets the coefficients of weak features to exactly zero",
        tasks: [.regression],
        parameters: [
            LinearSpecs.penaltyStrength,
            LinearSpecs.fitIntercept,
            LinearSpecs.maxIterations(1000, of: "coordinate-descent sweeps over the features"),
            LinearSpecs.dualityGapTolerance,
        ],
        make: { parameters, task in Lasso(parameters: parameters, task: task) }
    )

    /// The elastic net (``ElasticNet``), `--model elastic-net`, for regression, with scikit-learn's
    /// parameters `alpha` (1.0), `l1_ratio` (0.5), `fit_intercept` (true), `max_iter` (1000) and `tol` (1e-4).
    public static let elasticNet = ModelSpec(
        name: "elastic-net",
        summary: "least squares with a mix of L1 and L2 penalties: sparse like the lasso, stable like ridge",
        tasks: [.regression],
        parameters: [
            LinearSpecs.penaltyStrength,
            ParameterSpec(
                "l1_ratio", "share of the penalty that is L1: 1 is the lasso, 0 is ridge",
                domain: .real(lower: 0, upper: 1), default: .real(0.5)
            ),
            LinearSpecs.fitIntercept,
            LinearSpecs.maxIterations(1000, of: "coordinate-descent sweeps over the features"),
            LinearSpecs.dualityGapTolerance,
        ],
        make: { parameters, task in ElasticNet(parameters: parameters, task: task) }
    )

    /// Logistic regression (``LogisticRegression``), `--model logistic`, for classification, with
    /// scikit-learn's parameters `C` (1.0), `fit_intercept` (true), `max_iter` (100) and `tol` (1e-4).
    public static let logisticRegression = ModelSpec(
        name: "logistic",
        summary: "logistic regression: class probabilities from a linear score, L2-penalised (multinomial for 3+ classes)",
        tasks: [.classification],
        parameters: [
            LinearSpecs.inversePenalty,
            LinearSpecs.fitIntercept,
            LinearSpecs.maxIterations(100, of: "L-BFGS iterations"),
            ParameterSpec(
                "tol", "stop once the largest gradient entry of the objective is below this",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-4)
            ),
        ],
        make: { parameters, task in LogisticRegression(parameters: parameters, task: task) }
    )

    /// A linear support vector classifier (``LinearSVM``), `--model linear-svm`, for classification,
    /// with scikit-learn's `LinearSVC` parameters `C` (1.0), `fit_intercept` (true),
    /// `intercept_scaling` (1.0), `max_iter` (1000), `tol` (1e-4), and `seed` (0) for its shuffles.
    public static let linearSVM = ModelSpec(
        name: "linear-svm",
        summary: "linear support vector machine: the widest-margin separating line (squared hinge loss, one-vs-rest)",
        tasks: [.classification],
        parameters: [
            LinearSpecs.inversePenalty,
            LinearSpecs.fitIntercept,
            ParameterSpec(
                "intercept_scaling", "value of the constant feature that carries the (penalised) intercept; larger penalises it less",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1.0)
            ),
            LinearSpecs.maxIterations(1000, of: "dual coordinate-descent sweeps over the samples"),
            ParameterSpec(
                "tol", "stop once the projected gradient of the dual spans less than this",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-4)
            ),
            ParameterSpec(
                "seed", "seeds the shuffled order of the samples: same seed, same model",
                domain: .integer(0...Int.max), default: .integer(0)
            ),
        ],
        make: { parameters, task in LinearSVM(parameters: parameters, task: task) }
    )
}

/// Parameter specs several linear models share.
private enum LinearSpecs {
    static let fitIntercept = ParameterSpec(
        "fit_intercept", "fit an intercept (centring the data); false forces the fit through the origin",
        domain: .boolean, default: .boolean(true)
    )

    static let penaltyStrength = ParameterSpec(
        "alpha", "penalty strength: larger sets more coefficients to zero and shrinks the rest",
        domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1.0)
    )

    static let inversePenalty = ParameterSpec(
        "C", "inverse penalty strength: smaller regularises more",
        domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1.0)
    )

    static let dualityGapTolerance = ParameterSpec(
        "tol", "stop once the duality gap is below this fraction of the target's sum of squares",
        domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-4)
    )

    static func maxIterations(_ defaultValue: Int, of what: String) -> ParameterSpec {
        ParameterSpec("max_iter", "the most \(what)", domain: .integer(1...Int.max), default: .integer(defaultValue))
    }
}
