import Foundation

/// Bernoulli naive Bayes for word presence, like scikit-learn's `BernoulliNB` (two classes,
/// `binarize=0`: any value > 0 counts as present).
///
/// Each class c gives each feature j a probability θ_cj = (D_cj + α) / (D_c + 2α) of being present,
/// D_cj the training rows of the class where it is and D_c the class's rows. Unlike the multinomial
/// model, absent terms count too: a row x gets log P(c) + Σⱼ [xⱼ log θ_cj + (1 − xⱼ) log(1 − θ_cj)].
/// The decision score is the difference of the two classes' values, the log-odds of `classes[1]`.
///
/// Hyperparameters: `alpha` > 0 (default 1.0).
/// - Complexity: fit O(stored entries + p), predict O(stored entries + p) for p features.
public struct BernoulliNaiveBayes: TextClassifier {
    /// The additive smoothing α (scikit-learn's `alpha`).
    public let alpha: Double
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// log θ_cj, one row per class (scikit-learn's `feature_log_prob_`).
    public private(set) var featureLogProbabilities: [[Double]] = []
    /// log P(c) (scikit-learn's `class_log_prior_`).
    public private(set) var classLogPriors: [Double] = []
    /// The log-odds of `classes[1]` for a row with no feature present.
    private var emptyRowScore = 0.0

    /// An unfitted model with smoothing `alpha` > 0 (default 1.0).
    public init(alpha: Double = 1.0) {
        self.alpha = alpha
    }

    /// Counts, per class, the rows where each feature is present.
    /// - Throws: `MiniMLError` for α ≤ 0 or bad input (see `TextClassifier`).
    public mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws {
        guard alpha > 0, alpha.isFinite else {
            throw MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number > 0, not \(alpha)")
        }
        let (classes, positive) = try binaryTargets(x, y, model: "BernoulliNaiveBayes")
        let present = x.binarized()
        let rowsOf = [positive.indices.filter { !positive[$0] }, positive.indices.filter { positive[$0] }]
        featureLogProbabilities = rowsOf.map { rows in
            let logDenominator = log(Double(rows.count) + 2 * alpha)
            return present.columnSums(rows: rows).map { log($0 + alpha) - logDenominator }
        }
        classLogPriors = rowsOf.map { log(Double($0.count)) - log(Double(x.rows)) }
        let absentSums = featureLogProbabilities.map { row in row.reduce(0) { $0 + log(1 - exp($1)) } }
        emptyRowScore = classLogPriors[1] + absentSums[1] - classLogPriors[0] - absentSums[0]
        self.classes = classes
    }

    /// log P(`classes[1]` | x) − log P(`classes[0]` | x) per row.
    public func decisionFunction(_ x: SparseMatrix) -> [Double] {
        precondition(!classes.isEmpty, "BernoulliNaiveBayes.decisionFunction called before fit")
        precondition(x.columns == featureLogProbabilities[0].count, "the model was fitted on \(featureLogProbabilities[0].count) features, not \(x.columns)")
        return x.binarized().times(featureWeights).map { $0 + emptyRowScore }
    }

    /// The log-odds that the presence of term j adds:
    /// [log θ_1j − log(1 − θ_1j)] − [log θ_0j − log(1 − θ_0j)].
    public var featureWeights: [Double] {
        guard featureLogProbabilities.count == 2 else { return [] }
        let presence = featureLogProbabilities.map { row in row.map { $0 - log(1 - exp($0)) } }
        return zip(presence[1], presence[0]).map { $0 - $1 }
    }
}
