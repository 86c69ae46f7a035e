/// Least squares with an L2 penalty, like scikit-learn's `Ridge` (its Cholesky solver).
///
/// Minimises ||y − Xw − b||² + α·||w||²; the intercept b is not penalised: with `fitIntercept`,
/// X and y are centred, w is found on the centred data, and b = ȳ − x̄ᵀw.
///
/// The solve is exact. With at least as many samples as features it is the Cholesky factorisation
/// of XᵀX + αI (p × p); with more features than samples, the dual form w = Xᵀ(XXᵀ + αI)⁻¹y
/// (n × n), the cheaper of the two, as scikit-learn does. When the matrix is not safely positive
/// definite (α = 0 on rank-deficient data, or α negligible against ||X||²), it falls back to a
/// minimum-norm QR solve of the augmented least-squares problem [X; √α·I]·w ≈ [y; 0], which has
/// the same solution and never produces NaN.
///
/// Hyperparameters: `alpha` α ≥ 0 (default 1.0), `fitIntercept` (default true).
/// - Complexity: fit O(n·p·min(n, p) + min(n, p)³) time, O(n·p + min(n, p)²) memory for n samples
///   and p features; predict O(n·p).
public struct Ridge: Estimator, FeatureImportanceReporting {
    /// Always `.regression`.
    public let task: Task
    /// The penalty strength α (scikit-learn's `alpha`).
    public let alpha: Double
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The fitted coefficients, one per feature (empty before `fit`).
    public private(set) var coefficients: [Double] = []
    /// The fitted intercept (0 before `fit`, and when `fitIntercept` is false).
    public private(set) var intercept: Double = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.regression`; `fit` throws otherwise.
    ///   - alpha: the L2 penalty strength, ≥ 0 (default 1.0).
    ///   - fitIntercept: whether to fit an unpenalised intercept (default true).
    public init(task: Task = .regression, alpha: Double = 1.0, fitIntercept: Bool = true) {
        self.task = task
        self.alpha = alpha
        self.fitIntercept = fitIntercept
    }

    /// An unfitted model from resolved catalogue parameters (`alpha`, `fit_intercept`).
    public init(parameters: Parameters, task: Task) {
        self.init(task: task, alpha: parameters.real("alpha"), fitIntercept: parameters.boolean("fit_intercept"))
    }

    /// Fits by solving the penalised normal equations exactly.
    /// - Throws: `MiniMLError` for a classification task, a negative or non-finite `alpha`, empty
    ///   input, mismatched sizes or non-finite values.
    /// - Complexity: O(n·p·min(n, p) + min(n, p)³).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try MiniMLError.checkLinearModelTask(task, supported: .regression, model: "Ridge")
        guard alpha >= 0, alpha.isFinite else {
            throw MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number ≥ 0, not \(alpha)")
        }
        try validateTrainingData(x, y)
        let data = CentredColumns(x, y, centre: fitIntercept)
        coefficients = (alpha > 0 ? Self.choleskySolution(data, alpha: alpha) : nil)
            ?? Self.augmentedSolution(data, alpha: alpha)
        intercept = data.intercept(for: coefficients)
    }

    /// w·x + b for each row of `x`.
    /// - Complexity: O(n·p).
    public func predict(_ x: Matrix) -> [Double] {
        precondition(!coefficients.isEmpty, "Ridge.predict called before fit")
        return LinearAlgebra.predictions(x, coefficients: coefficients, intercept: intercept)
    }

    /// The absolute coefficients: comparable across features only when they share one scale.
    public var featureImportances: [Double] { coefficients.map(abs) }

    /// (XᵀX + αI)⁻¹Xᵀy, or Xᵀ(XXᵀ + αI)⁻¹y when there are more features than samples; nil when
    /// the Cholesky factorisation finds the matrix not safely positive definite.
    private static func choleskySolution(_ data: CentredColumns, alpha: Double) -> [Double]? {
        let n = data.rows, p = data.columns
        if p <= n {
            var system = LinearAlgebra.gram(data.values, count: p, length: n)
            for j in 0..<p { system[j &* p &+ j] += alpha }
            guard LinearAlgebra.choleskyFactor(&system, order: p) else { return nil }
            return LinearAlgebra.choleskySolve(system, order: p, data.transposeTimes(data.target))
        }
        // Column-major n × p data read as row-major p × n is Xᵀ; transposing it gives X's rows.
        let rowsOfX = Matrix(rows: p, columns: n, values: data.values).transposed.values
        var kernel = LinearAlgebra.gram(rowsOfX, count: n, length: p)
        for i in 0..<n { kernel[i &* n &+ i] += alpha }
        guard LinearAlgebra.choleskyFactor(&kernel, order: n) else { return nil }
        let dual = LinearAlgebra.choleskySolve(kernel, order: n, data.target)
        return data.transposeTimes(dual)
    }

    /// The minimum-norm least-squares solution of [X; √α·I]·w ≈ [y; 0] by pivoted QR.
    private static func augmentedSolution(_ data: CentredColumns, alpha: Double) -> [Double] {
        let n = data.rows, p = data.columns, m = n &+ p
        let root = alpha.squareRoot()
        var augmented = [Double](repeating: 0, count: m &* p)
        for j in 0..<p {
            for i in 0..<n { augmented[j &* m &+ i] = data.values[j &* n &+ i] }
            augmented[j &* m &+ n &+ j] = root
        }
        let target = data.target + [Double](repeating: 0, count: p)
        return LinearAlgebra.minimumNormLeastSquares(columnMajor: augmented, rows: m, columns: p, target: target)
    }
}
