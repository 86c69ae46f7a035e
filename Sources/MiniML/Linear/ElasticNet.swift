import Foundation

/// Least squares with a mixed L1/L2 penalty, like scikit-learn's `ElasticNet`.
///
/// Minimises, over coefficients w and an unpenalised intercept b,
///
///     1/(2n)·||y − Xw − b||² + α·ρ·||w||₁ + ½·α·(1 − ρ)·||w||²
///
/// with α = `alpha` and ρ = `l1Ratio`; ρ = 1 is the lasso (see `Lasso`), ρ = 0 ridge regression
/// (with scikit-learn's 1/(2n) scaling). With `fitIntercept`, X and y are centred first and
/// b = ȳ − x̄ᵀw. The L1 part sets some coefficients exactly to zero.
///
/// The solver is scikit-learn's: cyclic coordinate descent (Friedman et al. 2010) on the
/// equivalent problem ½||y − Xw||² + n·αρ·||w||₁ + ½·n·α(1 − ρ)·||w||², keeping the residual
/// up to date and the squared column norms precomputed. After a sweep whose largest coefficient
/// change is at most `tolerance` times the largest coefficient, it computes the duality gap and
/// stops once the gap is at most `tolerance`·||y||² (y centred); at those checks, gap-safe
/// screening (Fercoq et al. 2015) drops features that provably have zero coefficients. It stops
/// after `maxIterations` sweeps otherwise; `dualGap` then tells how far from optimal it is.
///
/// Hyperparameters: `alpha` α > 0 (default 1.0), `l1Ratio` ρ in [0, 1] (default 0.5),
/// `fitIntercept` (default true), `maxIterations` (default 1000), `tolerance` (default 1e-4).
/// - Complexity: fit O(n·p) memory and O(n·p) time per sweep, at most `maxIterations` sweeps, for
///   n samples and p features; predict O(n·p).
public struct ElasticNet: Estimator, FeatureImportanceReporting {
    /// Always `.regression`.
    public let task: Task
    /// The overall penalty strength α (scikit-learn's `alpha`).
    public let alpha: Double
    /// The share ρ of the penalty that is L1 (scikit-learn's `l1_ratio`).
    public let l1Ratio: Double
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The most coordinate-descent sweeps (scikit-learn's `max_iter`).
    public let maxIterations: Int
    /// The stopping tolerance on the duality gap, relative to ||y||² (scikit-learn's `tol`).
    public let tolerance: Double
    /// The fitted coefficients, one per feature (empty before `fit`).
    public private(set) var coefficients: [Double] = []
    /// The fitted intercept (0 before `fit`, and when `fitIntercept` is false).
    public private(set) var intercept: Double = 0
    /// The sweeps the last fit ran (scikit-learn's `n_iter_`).
    public private(set) var iterations: Int = 0
    /// The duality gap of the objective above at the end of the last fit: an upper bound on how far
    /// its value is from the minimum (scikit-learn's `dual_gap_`).
    public private(set) var dualGap: Double = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.regression`; `fit` throws otherwise.
    ///   - alpha: the penalty strength, > 0 (default 1.0).
    ///   - l1Ratio: the L1 share of the penalty, in [0, 1] (default 0.5).
    ///   - fitIntercept: whether to fit an unpenalised intercept (default true).
    ///   - maxIterations: the most sweeps over the features, ≥ 1 (default 1000).
    ///   - tolerance: the duality-gap tolerance relative to ||y||², > 0 (default 1e-4).
    public init(
        task: Task = .regression, alpha: Double = 1.0, l1Ratio: Double = 0.5, fitIntercept: Bool = true,
        maxIterations: Int = 1000, tolerance: Double = 1e-4
    ) {
        self.task = task
        self.alpha = alpha
        self.l1Ratio = l1Ratio
        self.fitIntercept = fitIntercept
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// An unfitted model from resolved catalogue parameters
    /// (`alpha`, `l1_ratio`, `fit_intercept`, `max_iter`, `tol`).
    public init(parameters: Parameters, task: Task) {
        self.init(
            task: task, alpha: parameters.real("alpha"), l1Ratio: parameters.real("l1_ratio"),
            fitIntercept: parameters.boolean("fit_intercept"), maxIterations: parameters.integer("max_iter"),
            tolerance: parameters.real("tol"))
    }

    /// Fits by coordinate descent.
    /// - Throws: `MiniMLError` for a classification task, a hyperparameter outside its domain,
    ///   empty input, mismatched sizes or non-finite values.
    /// - Complexity: O(n·p) per sweep.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try fit(x, y, model: "ElasticNet")
    }

    /// Fits, naming `model` in errors (`Lasso` shares this code).
    mutating func fit(_ x: Matrix, _ y: [Double], model: String) throws {
        try MiniMLError.checkLinearModelTask(task, supported: .regression, model: model)
        guard alpha > 0, alpha.isFinite else {
            throw MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number > 0, not \(alpha); use LinearRegression for no penalty")
        }
        guard (0...1).contains(l1Ratio) else {
            throw MiniMLError.invalidParameter(name: "l1_ratio", reason: "must be between 0 and 1, not \(l1Ratio)")
        }
        guard maxIterations >= 1 else {
            throw MiniMLError.invalidParameter(name: "max_iter", reason: "must be at least 1, not \(maxIterations)")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw MiniMLError.invalidParameter(name: "tol", reason: "must be a finite number > 0, not \(tolerance)")
        }
        try validateTrainingData(x, y)
        let data = CentredColumns(x, y, centre: fitIntercept)
        let n = Double(data.rows)
        var solver = CoordinateDescent(data: data, l1: alpha * l1Ratio * n, l2: alpha * (1 - l1Ratio) * n)
        solver.run(maxIterations: maxIterations, tolerance: tolerance)
        coefficients = solver.w
        intercept = data.intercept(for: coefficients)
        iterations = solver.iterations
        dualGap = solver.gap / n
    }

    /// w·x + b for each row of `x`.
    /// - Complexity: O(n·p).
    public func predict(_ x: Matrix) -> [Double] {
        precondition(!coefficients.isEmpty, "ElasticNet.predict called before fit")
        return LinearAlgebra.predictions(x, coefficients: coefficients, intercept: intercept)
    }

    /// The absolute coefficients: comparable across features only when they share one scale.
    public var featureImportances: [Double] { coefficients.map(abs) }
}

/// scikit-learn's `enet_coordinate_descent` (dense, cyclic, with gap-safe screening) for
/// ½||y − Xw||² + l1·||w||₁ + ½·l2·||w||², X column-major.
private struct CoordinateDescent {
    let data: CentredColumns
    /// The L1 and L2 penalty strengths of the n-scaled problem.
    let l1: Double, l2: Double
    /// Coefficients, residual y − Xw, squared column norms, and Xᵀr − l2·w as of the last gap.
    var w: [Double], residual: [Double], squaredNorms: [Double], correlations: [Double]
    /// Features still in play (the first `activeCount` of `active`) and those screened out.
    var active: [Int], activeCount: Int, excluded: [Bool]
    /// The last duality gap and the sweeps run.
    var gap = Double.infinity, iterations = 0

    init(data: CentredColumns, l1: Double, l2: Double) {
        self.data = data
        self.l1 = l1
        self.l2 = l2
        let n = data.rows, p = data.columns
        w = [Double](repeating: 0, count: p)
        residual = data.target
        squaredNorms = data.values.withUnsafeBufferPointer { x in
            (0..<p).map { j in LinearAlgebra.dot(x.baseAddress! + j &* n, x.baseAddress! + j &* n, count: n) }
        }
        correlations = [Double](repeating: 0, count: p)
        active = Array(0..<p)
        activeCount = p
        excluded = [Bool](repeating: false, count: p)
    }

    mutating func run(maxIterations: Int, tolerance: Double) {
        let gapTolerance = tolerance * data.target.reduce(0) { $0 + $1 * $1 }
        let screening = l1 > 0
        let n = data.rows
        computeGap()
        if gap <= gapTolerance { return }
        if screening { screen() }
        for sweep in 0..<maxIterations {
            iterations = sweep &+ 1
            var largestCoefficient = 0.0, largestChange = 0.0
            data.values.withUnsafeBufferPointer { xBuffer in
                residual.withUnsafeMutableBufferPointer { rBuffer in
                    let x = xBuffer.baseAddress!, r = rBuffer.baseAddress!
                    for position in 0..<activeCount {
                        let j = active[position]
                        let norm = squaredNorms[j]
                        if norm == 0 { continue }
                        let column = x + j &* n
                        let old = w[j]
                        let correlation = LinearAlgebra.dot(column, r, count: n) + old * norm
                        let updated = correlation.sign == .minus
                            ? -max(-correlation - l1, 0) / (norm + l2)
                            : max(correlation - l1, 0) / (norm + l2)
                        w[j] = updated
                        if updated != old { LinearAlgebra.axpy(old - updated, column, r, count: n) }
                        largestChange = max(largestChange, abs(updated - old))
                        largestCoefficient = max(largestCoefficient, abs(updated))
                    }
                }
            }
            if largestCoefficient == 0 || largestChange / largestCoefficient <= tolerance || sweep == maxIterations &- 1 {
                computeGap()
                if gap <= gapTolerance { break }
                if screening { screen() }
            }
        }
    }

    /// The duality gap of the current w (formulation A of scikit-learn's `gap_enet`, or B when
    /// l1 = 0), also refreshing `correlations`.
    mutating func computeGap() {
        let n = data.rows, p = data.columns
        let residualNorm2 = residual.reduce(0) { $0 + $1 * $1 }
        let residualDotY = zip(residual, data.target).reduce(0) { $0 + $1.0 * $1.1 }
        let wNorm2 = l2 > 0 ? w.reduce(0) { $0 + $1 * $1 } : 0
        data.values.withUnsafeBufferPointer { xBuffer in
            residual.withUnsafeBufferPointer { rBuffer in
                for j in 0..<p {
                    correlations[j] = LinearAlgebra.dot(xBuffer.baseAddress! + j &* n, rBuffer.baseAddress!, count: n) - l2 * w[j]
                }
            }
        }
        if l1 == 0 {
            // Formulation B (l1 = 0 < l2): the dual needs no feasibility scaling.
            let correlationNorm2 = correlations.reduce(0) { $0 + $1 * $1 }
            gap = residualNorm2 + 0.5 * l2 * wNorm2 - residualDotY + correlationNorm2 / (2 * l2)
            return
        }
        let dualNorm = correlations.reduce(0) { max($0, abs($1)) }
        let l1Norm = w.reduce(0) { $0 + abs($1) }
        let primal = 0.5 * (residualNorm2 + l2 * wNorm2) + l1 * l1Norm
        let scale = dualNorm > l1 ? l1 / dualNorm : 1
        let dual = -0.5 * scale * scale * (residualNorm2 + l2 * wNorm2) + scale * residualDotY
        gap = primal - dual
    }

    /// Gap-safe screening: a feature whose dual constraint is far enough from active at the current
    /// gap has a zero coefficient at the optimum; set it to zero and skip it from now on.
    mutating func screen() {
        let n = data.rows, p = data.columns
        let dualNorm = correlations.reduce(0) { max($0, abs($1)) }
        let radius = (2 * gap).squareRoot() / l1
        activeCount = 0
        for j in 0..<p where !excluded[j] {
            let distance = squaredNorms[j] == 0
                ? Double.infinity
                : (1 - abs(correlations[j] / max(l1, dualNorm))) / (squaredNorms[j] + l2).squareRoot()
            if distance <= radius {
                active[activeCount] = j
                activeCount &+= 1
            } else {
                if w[j] != 0 {
                    let wj = w[j]
                    data.values.withUnsafeBufferPointer { xBuffer in
                        residual.withUnsafeMutableBufferPointer { rBuffer in
                            LinearAlgebra.axpy(wj, xBuffer.baseAddress! + j &* n, rBuffer.baseAddress!, count: n)
                        }
                    }
                    w[j] = 0
                }
                excluded[j] = true
            }
        }
    }
}
