/// Ordinary least squares, like scikit-learn's `LinearRegression`.
///
/// Minimises ||y − Xw − b||² over the coefficients w and the intercept b. With `fitIntercept`, X
/// and y are centred on their means, the centred problem is solved for w, and b = ȳ − x̄ᵀw;
/// without it, b = 0.
///
/// The solve is a Householder QR with column pivoting — stable, unlike the normal equations, which
/// square the condition number. When X (after centring) is rank-deficient — a duplicated or
/// constant column, more features than samples — the model returns the minimum-norm solution among
/// all least-squares solutions, which is what scikit-learn's SVD-based solver returns; predictions
/// are then finite and unique even though the coefficients are not determined by the data.
///
/// Hyperparameters: `fitIntercept` (default true).
/// - Complexity: fit O(n·p·min(n, p)) time and O(n·p) memory for n samples and p features;
///   predict O(n·p).
public struct LinearRegression: Estimator, FeatureImportanceReporting {
    /// Always `.regression`.
    public let task: Task
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The fitted coefficients, one per feature (empty before `fit`).
    public private(set) var coefficients: [Double] = []
    /// The fitted intercept (0 before `fit`, and when `fitIntercept` is false).
    public private(set) var intercept: Double = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.regression`; `fit` throws otherwise.
    ///   - fitIntercept: whether to fit an intercept (default true).
    public init(task: Task = .regression, fitIntercept: Bool = true) {
        self.task = task
        self.fitIntercept = fitIntercept
    }

    /// An unfitted model from resolved catalogue parameters (`fit_intercept`).
    public init(parameters: Parameters, task: Task) {
        self.init(task: task, fitIntercept: parameters.boolean("fit_intercept"))
    }

    /// Fits by least squares.
    /// - Throws: `MiniMLError` for a classification task, empty input, mismatched sizes or
    ///   non-finite values.
    /// - Complexity: O(n·p·min(n, p)).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try MiniMLError.checkLinearModelTask(task, supported: .regression, model: "LinearRegression")
        try validateTrainingData(x, y)
        let data = CentredColumns(x, y, centre: fitIntercept)
        coefficients = LinearAlgebra.minimumNormLeastSquares(
            columnMajor: data.values, rows: data.rows, columns: data.columns, target: data.target)
        intercept = data.intercept(for: coefficients)
    }

    /// w·x + b for each row of `x`.
    /// - Complexity: O(n·p).
    public func predict(_ x: Matrix) -> [Double] {
        precondition(!coefficients.isEmpty, "LinearRegression.predict called before fit")
        return LinearAlgebra.predictions(x, coefficients: coefficients, intercept: intercept)
    }

    /// The absolute coefficients: comparable across features only when they share one scale.
    public var featureImportances: [Double] { coefficients.map(abs) }
}
