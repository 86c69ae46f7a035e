/// A linear support vector classifier on sparse features, like scikit-learn's `LinearSVC` with its
/// defaults (squared hinge loss, L2 penalty, two classes).
///
/// With yᵢ = +1 for `classes[1]` and −1 otherwise it minimises
///
///     ½·(||w||² + b²/s²) + C·Σᵢ max(0, 1 − yᵢ·(w·xᵢ + b))²
///
/// where, as in LIBLINEAR, the intercept comes from an extra feature of constant value
/// s = `interceptScaling`, so it is penalised too (less for larger s). The solver is LIBLINEAR's dual
/// coordinate descent (Hsieh et al. 2008, as the dense `LinearSVM`): one dual variable at a time in
/// an order shuffled each sweep by a generator seeded with `seed`, shrinking variables stuck at 0,
/// until the projected gradient spans at most `tolerance` or after `maxIterations` sweeps.
///
/// Hyperparameters: `C` > 0 (default 1.0), `fitIntercept` (default true), `interceptScaling` > 0
/// (default 1.0), `maxIterations` (default 1000), `tolerance` (default 1e-4), `seed` (default 0).
/// - Complexity: O(stored entries) per sweep, O(n + p) memory beyond the data.
public struct SparseLinearSVM: TextClassifier {
    /// The inverse penalty strength (scikit-learn's `C`).
    public let C: Double
    /// Whether an intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The value s of the constant feature carrying the intercept (scikit-learn's `intercept_scaling`).
    public let interceptScaling: Double
    /// The most sweeps over the samples (scikit-learn's `max_iter`).
    public let maxIterations: Int
    /// The projected-gradient tolerance (scikit-learn's `tol`).
    public let tolerance: Double
    /// Seeds the shuffles of the coordinate order.
    public let seed: UInt64
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// The fitted weights w (scikit-learn's `coef_[0]`).
    public private(set) var coefficients: [Double] = []
    /// The fitted intercept b (scikit-learn's `intercept_[0]`).
    public private(set) var intercept = 0.0
    /// The sweeps the last fit ran.
    public private(set) var iterations = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - C: the inverse L2 penalty strength, > 0 (default 1.0).
    ///   - fitIntercept: whether to fit an intercept (default true).
    ///   - interceptScaling: the value of the constant intercept feature, > 0 (default 1.0).
    ///   - maxIterations: the most sweeps, ≥ 1 (default 1000).
    ///   - tolerance: the projected-gradient tolerance, > 0 (default 1e-4).
    ///   - seed: seeds the shuffles (default 0): same seed and data, same model.
    public init(
        C: Double = 1.0, fitIntercept: Bool = true, interceptScaling: Double = 1.0,
        maxIterations: Int = 1000, tolerance: Double = 1e-4, seed: UInt64 = 0
    ) {
        self.C = C
        self.fitIntercept = fitIntercept
        self.interceptScaling = interceptScaling
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Fits by dual coordinate descent.
    /// - Throws: `MiniMLError` for hyperparameters outside their domain or bad input (see `TextClassifier`).
    public mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws {
        try checkLinearParameters(C: C, maxIterations: maxIterations, tolerance: tolerance)
        guard interceptScaling > 0, interceptScaling.isFinite else {
            throw MiniMLError.invalidParameter(name: "intercept_scaling", reason: "must be a finite number > 0, not \(interceptScaling)")
        }
        let (classes, positive) = try binaryTargets(x, y, model: "SparseLinearSVM")
        let bias = fitIntercept ? interceptScaling : 0
        var generator = SeededGenerator(seed: seed)
        let (weights, sweeps) = dualCoordinateDescent(x, signs: positive.map { $0 ? 1 : -1 }, bias: bias, generator: &generator)
        self.classes = classes
        coefficients = Array(weights[0..<x.columns])
        intercept = bias * weights[x.columns]
        iterations = sweeps
    }

    /// w·x + b per row (scikit-learn's `decision_function`): positive means `classes[1]`.
    public func decisionFunction(_ x: SparseMatrix) -> [Double] {
        precondition(!classes.isEmpty, "SparseLinearSVM.decisionFunction called before fit")
        precondition(x.columns == coefficients.count, "the model was fitted on \(coefficients.count) features, not \(x.columns)")
        return x.times(coefficients).map { $0 + intercept }
    }

    /// The coefficients w.
    public var featureWeights: [Double] { coefficients }

    /// LIBLINEAR's solver for the L2-loss SVM dual (`solve_l2r_l1l2_svc`, L2 loss): the weights with
    /// the intercept's weight last, and the sweeps run.
    private func dualCoordinateDescent(
        _ x: SparseMatrix, signs: [Double], bias: Double, generator: inout SeededGenerator
    ) -> ([Double], Int) {
        let n = x.rows, p = x.columns
        let diagonal = 0.5 / C
        let squaredNorms = x.rowSquaredNorms().map { $0 + bias * bias + diagonal }
        var w = [Double](repeating: 0, count: p + 1)
        var alpha = [Double](repeating: 0, count: n)
        var order = Array(0..<n)
        var activeCount = n
        var largestOld = Double.infinity
        var sweeps = 0
        x.values.withUnsafeBufferPointer { values in
            x.columnIndices.withUnsafeBufferPointer { columns in
                w.withUnsafeMutableBufferPointer { weights in
                    while sweeps < maxIterations {
                        var largest = -Double.infinity, smallest = Double.infinity
                        for s in 0..<activeCount {
                            order.swapAt(s, s + generator.drawIndex(below: activeCount - s))
                        }
                        var s = 0
                        while s < activeCount {
                            let i = order[s]
                            let entries = x.rowStart[i]..<x.rowStart[i + 1]
                            var margin = weights[p] * bias
                            for k in entries { margin += values[k] * weights[Int(columns[k])] }
                            let yi = signs[i]
                            let gradient = yi * margin - 1 + alpha[i] * diagonal
                            var projected = gradient
                            if alpha[i] == 0 {
                                if gradient > largestOld {
                                    activeCount -= 1
                                    order.swapAt(s, activeCount)
                                    continue
                                }
                                projected = min(gradient, 0)
                            }
                            largest = max(largest, projected)
                            smallest = min(smallest, projected)
                            if abs(projected) > 1e-12 {
                                let old = alpha[i]
                                alpha[i] = max(old - gradient / squaredNorms[i], 0)
                                let step = (alpha[i] - old) * yi
                                for k in entries { weights[Int(columns[k])] += step * values[k] }
                                weights[p] += step * bias
                            }
                            s += 1
                        }
                        sweeps += 1
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
        }
        return (w, sweeps)
    }
}
