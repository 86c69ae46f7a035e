import Foundation

/// A binary classifier on sparse document × term matrices: the one interface of the text models.
///
/// Like `Estimator`, models are values: `fit` mutates the receiver into a fitted model, so a copy
/// taken before fitting is a fresh model with the same hyperparameters (what cross-validation uses).
/// Text models here are binary: `fit` throws for any other number of classes.
public protocol TextClassifier: Sendable {
    /// The two class labels seen in training, ascending; `classes[1]` is the positive class.
    var classes: [Double] { get }

    /// Learns from the rows of `x` and their labels `y` (two distinct whole numbers, `y.count == x.rows`).
    /// - Throws: `MiniMLError` for empty or mismatched input, labels that are not two whole numbers,
    ///   values the model cannot use, or hyperparameters outside their domain.
    mutating func fit(_ x: SparseMatrix, _ y: [Double]) throws

    /// A score per row, larger meaning more likely `classes[1]`: the log-odds for the naive Bayes
    /// models and logistic regression, the signed margin w·x + b for the SVMs.
    /// Calling it before `fit`, or with a different column count, is a programming error.
    func decisionFunction(_ x: SparseMatrix) -> [Double]

    /// One weight per feature column: how much one unit of the feature moves the decision score
    /// towards `classes[1]` (negative: towards `classes[0]`). Empty before `fit`.
    var featureWeights: [Double] { get }
}

extension TextClassifier {
    /// P(`classes[1]`) per row: the logistic function of `decisionFunction`. Exact for the naive
    /// Bayes models and logistic regression; for the SVMs an uncalibrated squashing of the margin
    /// that keeps its order (what ROC AUC looks at).
    public func positiveProbabilities(_ x: SparseMatrix) -> [Double] {
        decisionFunction(x).map(logistic)
    }

    /// Class probabilities, one row per sample and one column per class of `classes` (as
    /// scikit-learn's `predict_proba`).
    public func predictProbabilities(_ x: SparseMatrix) -> Matrix {
        var result = Matrix(rows: x.rows, columns: 2)
        for (i, p) in positiveProbabilities(x).enumerated() {
            result[i, 0] = 1 - p
            result[i, 1] = p
        }
        return result
    }

    /// The predicted class of each row: `classes[1]` where the decision score is positive.
    public func predict(_ x: SparseMatrix) -> [Double] {
        decisionFunction(x).map { $0 > 0 ? classes[1] : classes[0] }
    }

    /// The `count` columns of largest weight (most positive first) and of smallest weight (most
    /// negative first); ties keep column order.
    public func topFeatures(count: Int) -> (positive: [(column: Int, weight: Double)], negative: [(column: Int, weight: Double)]) {
        let ranked = featureWeights.enumerated().map { (column: $0.offset, weight: $0.element) }
        let positive = ranked.filter { $0.weight > 0 }.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.column < $1.column) }
        let negative = ranked.filter { $0.weight < 0 }.sorted { $0.weight < $1.weight || ($0.weight == $1.weight && $0.column < $1.column) }
        return (Array(positive.prefix(count)), Array(negative.prefix(count)))
    }
}

/// 1 / (1 + e⁻ᶻ) without overflow.
func logistic(_ z: Double) -> Double {
    if z >= 0 { return 1 / (1 + exp(-z)) }
    let e = exp(z)
    return e / (1 + e)
}

/// Checks `fit`'s input for a binary text model and returns the two classes and whether each row is
/// of `classes[1]`.
func binaryTargets(_ x: SparseMatrix, _ y: [Double], model: String) throws -> (classes: [Double], positive: [Bool]) {
    guard x.rows > 0, x.columns > 0 else { throw MiniMLError.emptyInput }
    guard y.count == x.rows else { throw MiniMLError.shapeMismatch("\(x.rows) rows but \(y.count) targets") }
    if let bad = y.firstIndex(where: { !$0.isFinite }) { throw MiniMLError.invalidInput("target \(y[bad]) at row \(bad)") }
    let classes = try classLabels(y)
    guard classes.count == 2 else {
        throw MiniMLError.invalidInput("\(model) separates two classes, but the targets have \(classes.count)")
    }
    return (classes, y.map { $0 == classes[1] })
}
