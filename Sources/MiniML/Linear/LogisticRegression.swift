import Foundation

/// L2-penalised logistic regression, like scikit-learn's `LogisticRegression` (solver `lbfgs`).
///
/// With two classes it fits one weight vector w and intercept b, P(classes[1] | x) = σ(w·x + b);
/// with K ≥ 3 classes it is multinomial: one (w_k, b_k) per class and P(k | x) = softmax(W·x + b)_k.
/// It minimises
///
///     ½·Σ_k ||w_k||² + C·Σ_i −log P(y_i | x_i)
///
/// (the intercepts are not penalised), in scikit-learn's scaling: divided by C·n, so that the
/// stopping tolerance applies to the gradient of mean log-loss + ||W||²/(2·C·n).
/// The solver is L-BFGS with a strong-Wolfe line search, from zero, stopping when the largest
/// gradient entry is at most `tolerance` or after `maxIterations` iterations. Starting from zero
/// keeps the multinomial intercepts summing to zero, which makes the solution unique.
///
/// Hyperparameters: `C` > 0 (default 1.0), `fitIntercept` (default true), `maxIterations`
/// (default 100), `tolerance` (default 1e-4).
/// - Complexity: fit O(n·p·K) time per objective evaluation (usually one or two per iteration)
///   plus O(10·p·K) per iteration, O(n·p + p·K) memory, for n samples, p features and K classes
///   (K = 1 when binary); predict O(n·p·K).
public struct LogisticRegression: ProbabilisticClassifier, FeatureImportanceReporting {
    /// Always `.classification`.
    public let task: Task
    /// The inverse penalty strength (scikit-learn's `C`): larger C, weaker penalty.
    public let C: Double
    /// Whether intercepts are fitted (scikit-learn's `fit_intercept`).
    public let fitIntercept: Bool
    /// The most L-BFGS iterations (scikit-learn's `max_iter`).
    public let maxIterations: Int
    /// Stop once the largest gradient entry of the scaled objective is at most this (scikit-learn's `tol`).
    public let tolerance: Double
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// The fitted weights, as scikit-learn's `coef_`: one row for two classes (the weights of
    /// `classes[1]`), one row per class otherwise; one column per feature.
    public private(set) var coefficients = Matrix(rows: 0, columns: 0)
    /// The fitted intercepts, as scikit-learn's `intercept_`: one per row of `coefficients`.
    public private(set) var intercept: [Double] = []
    /// The L-BFGS iterations the last fit ran (scikit-learn's `n_iter_`).
    public private(set) var iterations = 0

    /// An unfitted model.
    /// - Parameters:
    ///   - task: must be `.classification`; `fit` throws otherwise.
    ///   - C: the inverse L2 penalty strength, > 0 (default 1.0).
    ///   - fitIntercept: whether to fit unpenalised intercepts (default true).
    ///   - maxIterations: the most L-BFGS iterations, ≥ 1 (default 100).
    ///   - tolerance: the gradient tolerance, > 0 (default 1e-4).
    public init(
        task: Task = .classification, C: Double = 1.0, fitIntercept: Bool = true,
        maxIterations: Int = 100, tolerance: Double = 1e-4
    ) {
        self.task = task
        self.C = C
        self.fitIntercept = fitIntercept
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// An unfitted model from resolved catalogue parameters (`C`, `fit_intercept`, `max_iter`, `tol`).
    public init(parameters: Parameters, task: Task) {
        self.init(
            task: task, C: parameters.real("C"), fitIntercept: parameters.boolean("fit_intercept"),
            maxIterations: parameters.integer("max_iter"), tolerance: parameters.real("tol"))
    }

    /// Fits by L-BFGS on the penalised log-loss.
    /// - Throws: `MiniMLError` for a regression task, a hyperparameter outside its domain, empty
    ///   input, mismatched sizes, non-finite values, labels that are not whole numbers, or one class.
    /// - Complexity: O(n·p·K) per objective evaluation.
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        try MiniMLError.checkLinearModelTask(task, supported: .classification, model: "LogisticRegression")
        guard C > 0, C.isFinite else {
            throw MiniMLError.invalidParameter(name: "C", reason: "must be a finite number > 0, not \(C)")
        }
        guard maxIterations >= 1 else {
            throw MiniMLError.invalidParameter(name: "max_iter", reason: "must be at least 1, not \(maxIterations)")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw MiniMLError.invalidParameter(name: "tol", reason: "must be a finite number > 0, not \(tolerance)")
        }
        try validateTrainingData(x, y)
        let classes = try classLabels(y)
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let labels = y.map { index[$0]! }
        let problem = LogisticLoss(
            x: x, labels: labels, outputs: classes.count == 2 ? 1 : classes.count,
            fitIntercept: fitIntercept, penalty: 1 / (C * Double(x.rows)))
        let solver = LBFGS(maxIterations: maxIterations, gradientTolerance: tolerance)
        let result = solver.minimize(from: [Double](repeating: 0, count: problem.parameterCount)) {
            problem.value($0, gradient: &$1)
        }
        self.classes = classes
        (coefficients, intercept) = problem.split(result.x)
        iterations = result.iterations
    }

    /// The most probable class of each row, read off the linear scores as scikit-learn does: for
    /// two classes `classes[1]` where w·x + b > 0, else `classes[0]`; otherwise the class of largest
    /// score (the first on a tie).
    /// - Complexity: O(n·p·K).
    public func predict(_ x: Matrix) -> [Double] {
        precondition(!classes.isEmpty, "LogisticRegression.predict called before fit")
        precondition(x.columns == coefficients.columns, "the model was fitted on \(coefficients.columns) features, not \(x.columns)")
        let scores = LogisticLoss.scores(x, coefficients: coefficients, intercept: intercept)
        let k = scores.columns
        return (0..<x.rows).map { i in
            if k == 1 { return scores.values[i] > 0 ? classes[1] : classes[0] }
            var best = 0
            for c in 1..<k where scores.values[i &* k &+ c] > scores.values[i &* k &+ best] { best = c }
            return classes[best]
        }
    }

    /// Class probabilities: one row per sample, one column per class of `classes`.
    /// - Complexity: O(n·p·K).
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        precondition(!classes.isEmpty, "LogisticRegression.predictProbabilities called before fit")
        precondition(x.columns == coefficients.columns, "the model was fitted on \(coefficients.columns) features, not \(x.columns)")
        let scores = LogisticLoss.scores(x, coefficients: coefficients, intercept: intercept)
        let k = classes.count
        var probabilities = Matrix(rows: x.rows, columns: k)
        for i in 0..<x.rows {
            if k == 2 {
                let positive = LogisticLoss.sigmoid(scores.values[i])
                probabilities.values[i &* 2] = 1 - positive
                probabilities.values[i &* 2 &+ 1] = positive
            } else {
                let row = scores.values[(i &* k)..<(i &* k &+ k)]
                let largest = row.max()!
                let exponentials = row.map { exp($0 - largest) }
                let total = exponentials.reduce(0, +)
                for c in 0..<k { probabilities.values[i &* k &+ c] = exponentials[c] / total }
            }
        }
        return probabilities
    }

    /// |w_j|, averaged over the rows of `coefficients` (over classes for a multinomial model).
    public var featureImportances: [Double] {
        (0..<coefficients.columns).map { j in
            (0..<coefficients.rows).reduce(0) { $0 + abs(coefficients[$1, j]) } / Double(coefficients.rows)
        }
    }
}

/// The scaled objective of `LogisticRegression`: mean log-loss + penalty·½·||W||², with its
/// gradient, over parameters laid out as `outputs` rows of (p weights, then the intercept when fitted).
private struct LogisticLoss {
    let x: Matrix
    /// Class index of each sample (0/1 when binary).
    let labels: [Int]
    /// 1 for binary (one logit), K for multinomial.
    let outputs: Int
    let fitIntercept: Bool
    /// 1 / (C·n).
    let penalty: Double

    var stride: Int { x.columns &+ (fitIntercept ? 1 : 0) }
    var parameterCount: Int { outputs &* stride }

    func value(_ theta: [Double], gradient: inout [Double]) -> Double {
        let n = x.rows, p = x.columns, stride = self.stride, k = outputs
        var loss = 0.0
        var logits = [Double](repeating: 0, count: k)
        for i in gradient.indices { gradient[i] = 0 }
        x.values.withUnsafeBufferPointer { xBuffer in
            theta.withUnsafeBufferPointer { thetaBuffer in
                gradient.withUnsafeMutableBufferPointer { gradientBuffer in
                    logits.withUnsafeMutableBufferPointer { logitBuffer in
                        let xs = xBuffer.baseAddress!, t = thetaBuffer.baseAddress!
                        let g = gradientBuffer.baseAddress!, z = logitBuffer.baseAddress!
                        for i in 0..<n {
                            let row = xs + i &* p
                            let label = labels[i]
                            for c in 0..<k {
                                let weights = t + c &* stride
                                z[c] = LinearAlgebra.dot(row, weights, count: p) + (fitIntercept ? weights[p] : 0)
                            }
                            if k == 1 {
                                let target = Double(label)
                                loss += Self.softplus(z[0]) - target * z[0]
                                let residual = Self.sigmoid(z[0]) - target
                                LinearAlgebra.axpy(residual, row, g, count: p)
                                if fitIntercept { g[p] += residual }
                            } else {
                                var largest = z[0]
                                for c in 1..<k { largest = max(largest, z[c]) }
                                var total = 0.0
                                for c in 0..<k { total += exp(z[c] - largest) }
                                let logTotal = largest + log(total)
                                loss += logTotal - z[label]
                                for c in 0..<k {
                                    let residual = exp(z[c] - logTotal) - (c == label ? 1 : 0)
                                    let gc = g + c &* stride
                                    LinearAlgebra.axpy(residual, row, gc, count: p)
                                    if fitIntercept { gc[p] += residual }
                                }
                            }
                        }
                    }
                }
            }
        }
        let scale = 1 / Double(n)
        var squaredNorm = 0.0
        for c in 0..<k {
            for j in 0..<stride {
                let position = c &* stride &+ j
                gradient[position] *= scale
                if j < p {
                    squaredNorm += theta[position] * theta[position]
                    gradient[position] += penalty * theta[position]
                }
            }
        }
        return loss * scale + 0.5 * penalty * squaredNorm
    }

    /// Coefficients (outputs × p) and intercepts from a parameter vector.
    func split(_ theta: [Double]) -> (Matrix, [Double]) {
        let p = x.columns
        var coefficients = Matrix(rows: outputs, columns: p)
        var intercepts = [Double](repeating: 0, count: outputs)
        for c in 0..<outputs {
            for j in 0..<p { coefficients[c, j] = theta[c &* stride &+ j] }
            if fitIntercept { intercepts[c] = theta[c &* stride &+ p] }
        }
        return (coefficients, intercepts)
    }

    /// W·x + b for each row of `x`: an n × outputs matrix.
    static func scores(_ x: Matrix, coefficients: Matrix, intercept: [Double]) -> Matrix {
        let p = x.columns, k = coefficients.rows
        var result = Matrix(rows: x.rows, columns: k)
        x.values.withUnsafeBufferPointer { xBuffer in
            coefficients.values.withUnsafeBufferPointer { wBuffer in
                result.values.withUnsafeMutableBufferPointer { out in
                    for i in 0..<x.rows {
                        for c in 0..<k {
                            out[i &* k &+ c] = intercept[c]
                                + LinearAlgebra.dot(xBuffer.baseAddress! + i &* p, wBuffer.baseAddress! + c &* p, count: p)
                        }
                    }
                }
            }
        }
        return result
    }

    /// log(1 + eᶻ) without overflow.
    static func softplus(_ z: Double) -> Double { z > 0 ? z + log1p(exp(-z)) : log1p(exp(z)) }

    /// 1 / (1 + e⁻ᶻ) without overflow.
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
