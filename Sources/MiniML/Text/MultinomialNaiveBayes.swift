import Foundation

/// Multinomial naive Bayes for word counts, like scikit-learn's `MultinomialNB` (two classes).
///
/// Each class c is a bag-of-words distribution θ_c with θ_cj = (N_cj + α) / (N_c + α·p), N_cj the
/// total of feature j over the class's training rows and N_c = Σⱼ N_cj (Laplace smoothing for α = 1,
/// Lidstone below). A row x gets log P(c) + Σⱼ xⱼ·log θ_cj, P(c) the class's share of training rows;
/// the decision score is the difference of the two classes' values, the log-odds of `classes[1]`.
///
/// Hyperparameters: `alpha` > 0 (default 1.0).
/// - Complexity: fit O(stored entries + p), predict O(stored entries) for p features.
public struct MultinomialNaiveBayes: TextClassifier {
    /// The additive smoothing α (scikit-learn's `alpha`).
    public let alpha: Double
    /// The class labels seen in training, ascending (empty before `fit`).
    public private(set) var classes: [Double] = []
    /// log θ_cj, one row per class (scikit-learn's `feature_log_prob_`).
    public private(set) var featureLogProbabilities: [[Double]] = []
    /// log P(c) (scikit-learn's `class_log_prior_`).
    public private(set) var classLogPriors: [Double] = []

    /// An unfitted model with smoothing `alpha` > 0 (default 1.0).
    public init(alpha: Double = 1.0) {
        self.alpha = alpha
    }

    /// Counts features per class.
    /// - Throws: `MiniMLError` for α ≤ 0, negative feature values, or bad input (see `TextClassifier`).
    public mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws {
        guard alpha > 0, alpha.isFinite else {
            throw MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number > 0, not \(alpha)")
        }
        let (classes, positive) = try binaryTargets(x, y, model: "MultinomialNaiveBayes")
        guard !x.values.contains(where: { $0 < 0 }) else {
            throw MiniMLError.invalidInput("multinomial naive Bayes needs counts or weights ≥ 0; the features hold negative values")
        }
        let rowsOf = [positive.indices.filter { !positive[$0] }, positive.indices.filter { positive[$0] }]
        featureLogProbabilities = rowsOf.map { rows in
            let smoothed = x.columnSums(rows: rows).map { $0 + alpha }
            let logTotal = log(smoothed.reduce(0, +))
            return smoothed.map { log($0) - logTotal }
        }
        classLogPriors = rowsOf.map { log(Double($0.count)) - log(Double(x.rows)) }
        self.classes = classes
    }

    /// log P(`classes[1]` | x) − log P(`classes[0]` | x) per row.
    public func decisionFunction(_ x: SparseMatrix) -> [Double] {
        precondition(!classes.isEmpty, "MultinomialNaiveBayes.decisionFunction called before fit")
        precondition(x.columns == featureWeights.count, "the model was fitted on \(featureWeights.count) features, not \(x.columns)")
        let offset = classLogPriors[1] - classLogPriors[0]
        return x.times(featureWeights).map { $0 + offset }
    }

    /// log θ_1j − log θ_0j: the log-odds one occurrence of term j adds.
    public var featureWeights: [Double] {
        guard featureLogProbabilities.count == 2 else { return [] }
        return zip(featureLogProbabilities[1], featureLogProbabilities[0]).map { $0 - $1 }
    }
}
