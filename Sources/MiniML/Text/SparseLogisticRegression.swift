import Foundation

/// L2-penalised logistic regression on sparse features, like scikit-learn's `LogisticRegression`
/// (solver `lbfgs`, two classes).
///
/// P(`classes[1]` | x) = σ(w·x + b), fitted by minimising ½·||w||² + C·Σᵢ −log P(yᵢ | xᵢ) (the
/// intercept b is not penalised) in scikit-learn's scaling, divided by C·n, so the stopping
/// tolerance applies to the gradient of mean log-loss + ||w||²/(2·C·n). The solver is MiniML's
/// L-BFGS (`LBFGS`, as the dense `LogisticRegression`), from zero, stopping when the largest
/// gradient entry is at most `tolerance` or after `maxIterations` iterations.
///
/// Hyperparameters: `C` > 0 (default 1.0), `fitIntercept` (default true), `maxIterations` (default
/// 100), `tolerance` (default 1e-4).
/// - Complexity: O(stored entries + p) per objective evaluation (one or two per iteration), plus
///   O(10·p) per iteration; O(n + 20·p) memory beyond the data.
public struct SparseLogisticRegression: TextClassifier {
    /// The inverse penalty strength (scikit-learn's `C`): larger C, weaker penalty.
    public let C: Double
    /// Whether the intercept is fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The most L-BFGS iterations (scikit-learn's `max_iter`).
    public let maxIterations: Int
    /// The gradient tolerance (scikit-learn's `tol`).
    public let tolerance: Double
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// The fitted weights w (scikit-learn's `coef_[0]`).
    public private(set) var coefficients: [Double] = []
    /// The fitted intercept b (scikit-learn's `intercept_[0]`).
    public private(set) var intercept = 0.0
    /// The L-BFGS iterations the last fit ran (scikit-learn's `n_iter_`).
    public private(set) var iterations = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - C: the inverse L2 penalty strength, > 0 (default 1.0).
    ///   - fitIntercept: whether to fit an unpenalised intercept (default true).
    ///   - maxIterations: the most L-BFGS iterations, ≥ 1 (default 100).
    ///   - tolerance: the gradient tolerance, > 0 (default 1e-4).
    public init(C: Double = 1.0, fitIntercept: Bool = true, maxIterations: Int = 100, tolerance: Double = 1e-4) {
        self.C = C
        self.fitIntercept = fitIntercept
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// Fits by L-BFGS on the penalised log-loss.
    /// - Throws: `MiniMLError` for hyperparameters outside their domain or bad input (see `TextClassifier`).
    public mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws {
        try checkLinearParameters(C: C, maxIterations: maxIterations, tolerance: tolerance)
        let (classes, positive) = try binaryTargets(x, y, model: "SparseLogisticRegression")
        let targets = positive.map { $0 ? 1.0 : 0.0 }
        let n = Double(x.rows), p = x.columns, penalty = 1 / (C * n)
        var residuals = [Double](repeating: 0, count: x.rows)
        let solver = LBFGS(maxIterations: maxIterations, gradientTolerance: tolerance)
        let result = solver.minimize(from: [Double](repeating: 0, count: p + (fitIntercept ? 1 : 0))) { theta, gradient in
            let b = fitIntercept ? theta[p] : 0
            var loss = 0.0
            theta.withUnsafeBufferPointer { weights in
                for i in 0..<x.rows {
                    let z = x.dot(row: i, weights) + b
                    loss += (z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))) - targets[i] * z
                    residuals[i] = (logistic(z) - targets[i]) / n
                }
            }
            let data = x.transposedTimes(residuals)
            var squaredNorm = 0.0
            for j in 0..<p {
                gradient[j] = data[j] + penalty * theta[j]
                squaredNorm += theta[j] * theta[j]
            }
            if fitIntercept { gradient[p] = residuals.reduce(0, +) }
            return loss / n + 0.5 * penalty * squaredNorm
        }
        self.classes = classes
        coefficients = Array(result.x[0..<p])
        intercept = fitIntercept ? result.x[p] : 0
        iterations = result.iterations
    }

    /// w·x + b per row: the log-odds of `classes[1]`.
    public func decisionFunction(_ x: SparseMatrix) -> [Double] {
        precondition(!classes.isEmpty, "SparseLogisticRegression.decisionFunction called before fit")
        precondition(x.columns == coefficients.count, "the model was fitted on \(coefficients.count) features, not \(x.columns)")
        return x.times(coefficients).map { $0 + intercept }
    }

    /// The coefficients w.
    public var featureWeights: [Double] { coefficients }
}

/// Checks the hyperparameters the sparse linear models share.
func checkLinearParameters(C: Double, maxIterations: Int, tolerance: Double) throws {
    guard C > 0, C.isFinite else {
        throw MiniMLError.invalidParameter(name: "C", reason: "must be a finite number > 0, not \(C)")
    }
    guard maxIterations >= 1 else {
        throw MiniMLError.invalidParameter(name: "max_iter", reason: "must be at least 1, not \(maxIterations)")
    }
    guard tolerance > 0, tolerance.isFinite else {
        throw MiniMLError.invalidParameter(name: "tol", reason: "must be a finite number > 0, not \(tolerance)")
    }
}
