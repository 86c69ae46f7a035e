/// Least squares with an L1 penalty, like scikit-learn's `Lasso`: an `ElasticNet` with ρ = 1.
///
/// Minimises 1/(2n)·||y − Xw − b||² + α·||w||₁ over w and an unpenalised intercept b, by
/// scikit-learn's cyclic coordinate descent with its duality-gap stopping rule (see `ElasticNet`).
/// The penalty sets the coefficients of weak features exactly to zero: a larger α keeps fewer.
///
/// Hyperparameters: `alpha` α > 0 (default 1.0), `fitIntercept` (default true), `maxIterations`
/// (default 1000), `tolerance` (default 1e-4).
/// - Complexity: fit O(n·p) memory and O(n·p) time per sweep, at most `maxIterations` sweeps;
///   predict O(n·p).
public struct Lasso: Estimator, FeatureImportanceReporting {
    private var model: ElasticNet

    /// Always `.regression`.
    public var task: Task { model.task }
    /// The penalty strength α (scikit-learn's `alpha`).
    public var alpha: Double { model.alpha }
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public var fitIntercept: Bool { model.fitIntercept }
    /// The most coordinate-descent sweeps (scikit-learn's `max_iter`).
    public var maxIterations: Int { model.maxIterations }
    /// The stopping tolerance on the duality gap, relative to ||y||² (scikit-learn's `tol`).
    public var tolerance: Double { model.tolerance }
    /// The fitted coefficients, one per feature, some exactly zero (empty before `fit`).
    public var coefficients: [Double] { model.coefficients }
    /// The fitted intercept (0 before `fit`, and when `fitIntercept` is false).
    public var intercept: Double { model.intercept }
    /// The sweeps the last fit ran (scikit-learn's `n_iter_`).
    public var iterations: Int { model.iterations }
    /// The duality gap of the objective above at the end of the last fit: an upper bound on how far
    /// its value is from the minimum (scikit-learn's `dual_gap_`).
    public var dualGap: Double { model.dualGap }

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.regression`; `fit` throws otherwise.
    ///   - alpha: the L1 penalty strength, > 0 (default 1.0).
    ///   - fitIntercept: whether to fit an unpenalised intercept (default true).
    ///   - maxIterations: the most sweeps over the features, ≥ 1 (default 1000).
    ///   - tolerance: the duality-gap tolerance relative to ||y||², > 0 (default 1e-4).
    public init(
        task: Task = .regression, alpha: Double = 1.0, fitIntercept: Bool = true,
        maxIterations: Int = 1000, tolerance: Double = 1e-4
    ) {
        model = ElasticNet(
            task: task, alpha: alpha, l1Ratio: 1, fitIntercept: fitIntercept,
            maxIterations: maxIterations, tolerance: tolerance)
    }

    /// An unfitted model from resolved catalogue parameters (`alpha`, `fit_intercept`, `max_iter`, `tol`).
    public init(parameters: Parameters, task: Task) {
        self.init(
            task: task, alpha: parameters.real("alpha"), fitIntercept: parameters.boolean("fit_intercept"),
            maxIterations: parameters.integer("max_iter"), tolerance: parameters.real("tol"))
    }

    /// Fits by coordinate descent.
    /// - Throws: `MiniMLError` for a classification task, a hyperparameter outside its domain,
    ///   empty input, mismatched sizes or non-finite values.
    /// - Complexity: O(n·p) per sweep.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try model.fit(x, y, model: "Lasso")
    }

    /// w·x + b for each row of `x`.
    /// - Complexity: O(n·p).
    public func predict(_ x: Matrix) -> [Double] {
        precondition(!coefficients.isEmpty, "Lasso.predict called before fit")
        return model.predict(x)
    }

    /// The absolute coefficients: comparable across features only when they share one scale.
    public var featureImportances: [Double] { model.featureImportances }
}
