import Foundation

/// NB-SVM: a linear SVM on word-presence features scaled by naive Bayes log-count ratios, from
/// Sida Wang and Christopher D. Manning, 2012, "Baselines and Bigrams: Simple, Good Sentiment and
/// Topic Classification", ACL 2012 (Short Papers), pages 90–94 (<https://aclanthology.org/P12-2018/>).
///
/// With x̂ the binarised features (1 where a value is > 0), p = α + Σ_{positive rows} x̂ and
/// q = α + Σ_{negative rows} x̂, the log-count ratio is r = log((p / ||p||₁) / (q / ||q||₁)). An
/// L2-regularised squared-hinge SVM (`SparseLinearSVM`) is trained on x̃ = r ∘ x̂, giving w and b;
/// the weights are then interpolated towards their mean magnitude w̄ = ||w||₁ / |V| (paper, §2.3):
/// w′ = (1 − β)·w̄ + β·w, which trusts naive Bayes more for small β. A row scores w′·(r ∘ x̂) + b.
///
/// Hyperparameters (paper's values as defaults): `alpha` > 0 (default 1), `beta` in [0, 1] (default
/// 0.25), `C` > 0 (default 1), and the SVM's `maxIterations`, `tolerance`, `seed`.
/// - Complexity: as `SparseLinearSVM`, plus O(stored entries + p).
public struct NBSVM: TextClassifier {
    /// The smoothing α of the count vectors p and q.
    public let alpha: Double
    /// The interpolation β between the mean weight (0) and the SVM's weights (1).
    public let beta: Double
    /// The SVM trained on the scaled features.
    public let svm: SparseLinearSVM
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// The log-count ratio r of each feature.
    public private(set) var logCountRatios: [Double] = []
    /// The interpolated weights w′ on the scaled features r ∘ x̂.
    public private(set) var interpolatedWeights: [Double] = []
    /// The SVM's intercept b.
    public private(set) var intercept = 0.0

    /// An unfitted model.
    /// - Parameters:
    ///   - alpha: smoothing of the count vectors, > 0 (default 1).
    ///   - beta: interpolation weight of the SVM, in [0, 1] (default 0.25).
    ///   - C: the SVM's inverse penalty strength, > 0 (default 1).
    ///   - maxIterations: the SVM's most sweeps (default 1000).
    ///   - tolerance: the SVM's tolerance (default 1e-4).
    ///   - seed: the SVM's shuffling seed (default 0).
    public init(alpha: Double = 1, beta: Double = 0.25, C: Double = 1, maxIterations: Int = 1000, tolerance: Double = 1e-4, seed: UInt64 = 0) {
        self.alpha = alpha
        self.beta = beta
        svm = SparseLinearSVM(C: C, maxIterations: maxIterations, tolerance: tolerance, seed: seed)
    }

    /// Computes r, trains the SVM on r ∘ x̂ and interpolates its weights.
    /// - Throws: `MiniMLError` for α ≤ 0, β outside [0, 1], the SVM's errors, or bad input.
    public mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws {
        guard alpha > 0, alpha.isFinite else {
            throw MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number > 0, not \(alpha)")
        }
        guard beta >= 0, beta <= 1 else {
            throw MiniMLError.invalidParameter(name: "beta", reason: "must be a number from 0 to 1, not \(beta)")
        }
        let (classes, positive) = try binaryTargets(x, y, model: "NBSVM")
        let present = x.binarized()
        let p = present.columnSums(rows: positive.indices.filter { positive[$0] }).map { $0 + alpha }
        let q = present.columnSums(rows: positive.indices.filter { !positive[$0] }).map { $0 + alpha }
        let logNormP = log(p.reduce(0, +)), logNormQ = log(q.reduce(0, +))
        let ratios = zip(p, q).map { (log($0) - logNormP) - (log($1) - logNormQ) }
        var svm = self.svm
        try svm.fit(present.scalingColumns(by: ratios), y)
        let meanMagnitude = svm.coefficients.reduce(0) { $0 + abs($1) } / Double(x.columns)
        interpolatedWeights = svm.coefficients.map { (1 - beta) * meanMagnitude + beta * $0 }
        intercept = svm.intercept
        logCountRatios = ratios
        self.classes = classes
    }

    /// w′·(r ∘ x̂) + b per row.
    public func decisionFunction(_ x: SparseMatrix) -> [Double] {
        precondition(!classes.isEmpty, "NBSVM.decisionFunction called before fit")
        precondition(x.columns == logCountRatios.count, "the model was fitted on \(logCountRatios.count) features, not \(x.columns)")
        return x.binarized().times(featureWeights).map { $0 + intercept }
    }

    /// rⱼ·w′ⱼ: the score the presence of term j adds.
    public var featureWeights: [Double] { zip(logCountRatios, interpolatedWeights).map { $0 * $1 } }
}
