/// A linear support vector classifier, like scikit-learn's `LinearSVC` with its defaults
/// (squared hinge loss, L2 penalty, one-vs-rest for more than two classes).
///
/// For two classes, with labels yᵢ = +1 for `classes[1]` and −1 otherwise, it minimises
///
///     ½·(||w||² + b²) + C·Σ_i max(0, 1 − yᵢ·(w·xᵢ + b))²
///
/// where, as in LIBLINEAR, the intercept comes from an extra feature of constant value
/// s = `interceptScaling`, so b = s·w_{p+1} and the intercept *is* penalised (less so for larger s).
/// With K ≥ 3 classes it fits K such problems, class k against the rest, and predicts the class of
/// largest decision value.
///
/// The solver is LIBLINEAR's dual coordinate descent (Hsieh et al. 2008): on the dual
/// min ½αᵀ(Q + I/(2C))α − Σα, α ≥ 0, it updates one αᵢ at a time in an order shuffled each sweep
/// with a generator seeded by `seed`, shrinks variables stuck at 0, and stops when the projected
/// gradient spans at most `tolerance`, or after `maxIterations` sweeps.
///
/// Hyperparameters: `C` > 0 (default 1.0), `fitIntercept` (default true), `interceptScaling` > 0
/// (default 1.0), `maxIterations` (default 1000), `tolerance` (default 1e-4), `seed` (default 0).
/// - Complexity: fit O(n·p) time per sweep and class, O(n·p) memory, for n samples and p features;
///   predict O(n·p·K).
public struct LinearSVM: Estimator, FeatureImportanceReporting {
    /// Always `.classification`.
    public let task: Task
    /// The inverse penalty strength (scikit-learn's `C`): larger C, weaker penalty.
    public let C: Double
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The value s of the constant feature that carries the intercept (scikit-learn's `intercept_scaling`).
    public let interceptScaling: Double
    /// The most sweeps over the samples, per class (scikit-learn's `max_iter`).
    public let maxIterations: Int
    /// Stop once the projected dual gradient spans at most this (scikit-learn's `tol`).
    public let tolerance: Double
    /// Seeds the shuffles of the coordinate order (scikit-learn's `random_state`).
    public let seed: UInt64
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// The fitted weights, as scikit-learn's `coef_`: one row for two classes (the weights of
    /// `classes[1]`), one row per class otherwise; one column per feature.
    public private(set) var coefficients = Matrix(rows: 0, columns: 0)
    /// The fitted intercepts, as scikit-learn's `intercept_`: one per row of `coefficients`.
    public private(set) var intercept: [Double] = []
    /// The most sweeps any class's problem ran in the last fit (scikit-learn's `n_iter_`).
    public private(set) var iterations = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.classification`; `fit` throws otherwise.
    ///   - C: the inverse L2 penalty strength, > 0 (default 1.0).
    ///   - fitIntercept: whether to fit an intercept (default true).
    ///   - interceptScaling: the value of the constant intercept feature, > 0 (default 1.0).
    ///   - maxIterations: the most sweeps over the samples, ≥ 1 (default 1000).
    ///   - tolerance: the projected-gradient tolerance, > 0 (default 1e-4).
    ///   - seed: seeds the shuffles (default 0): same seed and data, same model.
    public init(
        task: Task = .classification, C: Double = 1.0, fitIntercept: Bool = true, interceptScaling: Double = 1.0,
        maxIterations: Int = 1000, tolerance: Double = 1e-4, seed: UInt64 = 0
    ) {
        self.task = task
        self.C = C
        self.fitIntercept = fitIntercept
        self.interceptScaling = interceptScaling
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// An unfitted model from resolved catalogue parameters
    /// (`C`, `fit_intercept`, `intercept_scaling`, `max_iter`, `tol`, `seed`).
    public init(parameters: Parameters, task: Task) {
        self.init(
            task: task, C: parameters.real("C"), fitIntercept: parameters.boolean("fit_intercept"),
            interceptScaling: parameters.real("intercept_scaling"), maxIterations: parameters.integer("max_iter"),
            tolerance: parameters.real("tol"), seed: UInt64(parameters.integer("seed")))
    }

    /// Fits by dual coordinate descent, one binary problem per row of `coefficients`.
    /// - Throws: `MiniMLError` for a regression task, a hyperparameter outside its domain, empty
    ///   input, mismatched sizes, non-finite values, labels that are not whole numbers, or one class.
    /// - Complexity: O(n·p) per sweep and class.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try MiniMLError.checkLinearModelTask(task, supported: .classification, model: "LinearSVM")
        guard C > 0, C.isFinite else {
            throw MiniMLError.invalidParameter(name: "C", reason: "must be a finite number > 0, not \(C)")
        }
        guard interceptScaling > 0, interceptScaling.isFinite else {
            throw MiniMLError.invalidParameter(name: "intercept_scaling", reason: "must be a finite number > 0, not \(interceptScaling)")
        }
        guard maxIterations >= 1 else {
            throw MiniMLError.invalidParameter(name: "max_iter", reason: "must be at least 1, not \(maxIterations)")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw MiniMLError.invalidParameter(name: "tol", reason: "must be a finite number > 0, not \(tolerance)")
        }
        try validateTrainingData(x, y)
        let classes = try classLabels(y)
        let bias = fitIntercept ? interceptScaling : 0
        let positives = classes.count == 2 ? [classes[1]] : classes
        let p = x.columns
        var coefficients = Matrix(rows: positives.count, columns: p)
        var intercept = [Double](repeating: 0, count: positives.count)
        var iterations = 0
        let squaredNorms = (0..<x.rows).map { i in
            x.values.withUnsafeBufferPointer { v in
                LinearAlgebra.dot(v.baseAddress! + i &* p, v.baseAddress! + i &* p, count: p)
            } + bias * bias
        }
        for (k, positive) in positives.enumerated() {
            var generator = SeededGenerator(seed: seed).split(k)
            let (weights, sweeps) = Self.dualCoordinateDescent(
                x, signs: y.map { $0 == positive ? 1 : -1 }, squaredNorms: squaredNorms, bias: bias,
                C: C, maxIterations: maxIterations, tolerance: tolerance, generator: &generator)
            for j in 0..<p { coefficients[k, j] = weights[j] }
            intercept[k] = bias * weights[p]
            iterations = max(iterations, sweeps)
        }
        self.classes = classes
        self.coefficients = coefficients
        self.intercept = intercept
        self.iterations = iterations
    }

    /// The predicted class of each row: for two classes `classes[1]` where the decision value is
    /// positive, else `classes[0]`; otherwise the class of largest decision value (the first on a tie).
    /// - Complexity: O(n·p·K).
    public func predict(_ x: Matrix) -> [Double] {
        let scores = decisionValues(x)
        let k = scores.columns
        return (0..<x.rows).map { i in
            if k == 1 { return scores.values[i] > 0 ? classes[1] : classes[0] }
            var best = 0
            for c in 1..<k where scores.values[i &* k &+ c] > scores.values[i &* k &+ best] { best = c }
            return classes[best]
        }
    }

    /// The signed distance-like score w·x + b of each row, for a two-class model (scikit-learn's
    /// `decision_function`): positive means `classes[1]`.
    /// - Complexity: O(n·p).
    public func decisionFunction(_ x: Matrix) -> [Double] {
        precondition(coefficients.rows == 1, "decisionFunction is for two-class models; use decisionValues")
        return decisionValues(x).values
    }

    /// w_k·x + b_k for each row and each row k of `coefficients`: n × 1 for two classes, n × K
    /// for K ≥ 3 (one-vs-rest scores).
    /// - Complexity: O(n·p·K).
    public func decisionValues(_ x: Matrix) -> Matrix {
        precondition(!classes.isEmpty, "LinearSVM used before fit")
        precondition(x.columns == coefficients.columns, "the model was fitted on \(coefficients.columns) features, not \(x.columns)")
        let p = x.columns, k = coefficients.rows
        var result = Matrix(rows: x.rows, columns: k)
        x.values.withUnsafeBufferPointer { xBuffer in
            coefficients.values.withUnsafeBufferPointer { wBuffer in
                for i in 0..<x.rows {
                    for c in 0..<k {
                        result.values[i &* k &+ c] = intercept[c]
                            + LinearAlgebra.dot(xBuffer.baseAddress! + i &* p, wBuffer.baseAddress! + c &* p, count: p)
                    }
                }
            }
        }
        return result
    }

    /// |w_j|, averaged over the rows of `coefficients` (over classes for one-vs-rest).
    public var featureImportances: [Double] {
        (0..<coefficients.columns).map { j in
            (0..<coefficients.rows).reduce(0) { $0 + abs(coefficients[$1, j]) } / Double(coefficients.rows)
        }
    }

    /// LIBLINEAR's `solve_l2r_l1l2_svc` for the squared hinge loss: returns the p + 1 primal
    /// weights (the last one multiplies the constant feature `bias`) and the sweeps run.
    private static func dualCoordinateDescent(
        _ x: Matrix, signs: [Double], squaredNorms: [Double], bias: Double, C: Double,
        maxIterations: Int, tolerance: Double, generator: inout SeededGenerator
    ) -> ([Double], Int) {
        let n = x.rows, p = x.columns
        let diagonal = 0.5 / C
        var w = [Double](repeating: 0, count: p &+ 1)
        var alpha = [Double](repeating: 0, count: n)
        var order = Array(0..<n)
        var activeCount = n
        var largestOld = Double.infinity
        var sweeps = 0
        x.values.withUnsafeBufferPointer { xBuffer in
            w.withUnsafeMutableBufferPointer { wBuffer in
                let xs = xBuffer.baseAddress!, weights = wBuffer.baseAddress!
                while sweeps < maxIterations {
                    var largest = -Double.infinity, smallest = Double.infinity
                    for s in 0..<activeCount {
                        let bound = UInt64(activeCount &- s)
                        let pick = s &+ Int(truncatingIfNeeded: bound.multipliedFullWidth(by: generator.next()).high)
                        order.swapAt(s, pick)
                    }
                    var s = 0
                    while s < activeCount {
                        let i = order[s]
                        let row = xs + i &* p
                        let yi = signs[i]
                        let gradient = yi * (LinearAlgebra.dot(row, weights, count: p) + weights[p] * bias)
                            - 1 + alpha[i] * diagonal
                        var projected = gradient
                        if alpha[i] == 0 {
                            if gradient > largestOld {
                                activeCount &-= 1
                                order.swapAt(s, activeCount)
                                continue
                            }
                            projected = min(gradient, 0)
                        }
                        largest = max(largest, projected)
                        smallest = min(smallest, projected)
                        if abs(projected) > 1e-12 {
                            let old = alpha[i]
                            alpha[i] = max(old - gradient / (squaredNorms[i] + diagonal), 0)
                            let step = (alpha[i] - old) * yi
                            LinearAlgebra.axpy(step, row, weights, count: p)
                            weights[p] += step * bias
                        }
                        s &+= 1
                    }
                    sweeps &+= 1
                    if largest - smallest <= tolerance {
                        if activeCount == n { break }
                        activeCount = n
                        largestOld = .infinity
                        continue
                    }
                    largestOld = largest <= 0 ? .infinity : largest
                }
            }
        }
        return (w, sweeps)
    }
}
