/// What an estimator learns to predict.
public enum Task: String, Sendable, CaseIterable, Codable {
    /// A real-valued target.
    case regression
    /// A class label; labels are stored as `Double` values 0, 1, 2, ….
    case classification
}

/// The one estimator interface of MiniML, after scikit-learn's: `fit` on training rows, then `predict`.
///
/// Estimators are values: `fit` mutates the receiver into a fitted model, so a copy taken before
/// fitting is a fresh, unfitted estimator with the same hyperparameters (what cross-validation uses).
/// Rows of `x` are samples, columns are features; `x` holds no missing values (impute first).
public protocol Estimator: Sendable {
    /// The task this instance was configured for.
    var task: Task { get }

    /// Learns from the rows of `x` and their targets `y` (`y.count == x.rows`).
    /// For classification, `y` holds class labels as whole numbers (0, 1, …).
    /// - Throws: `MiniMLError` for inputs the model cannot learn from (empty, mismatched, one class).
    mutating func fit(_ x: Matrix, _ y: [Double]) throws

    /// Predictions for the rows of `x`: values for regression, class labels for classification.
    /// Calling it before `fit` is a programming error.
    func predict(_ x: Matrix) -> [Double]
}

/// A classifier that also gives class probabilities.
public protocol ProbabilisticClassifier: Estimator {
    /// The class labels seen in training, ascending; probability columns follow this order.
    var classes: [Double] { get }

    /// One row per sample, one column per class of `classes`; each row sums to 1.
    func predictProbabilities(_ x: Matrix) -> Matrix
}

/// An estimator that can say how much each feature mattered.
public protocol FeatureImportanceReporting {
    /// One non-negative number per feature column; trees: total gain, normalised to sum to 1; linear
    /// models: absolute coefficients (meaningful when features are on one scale).
    var featureImportances: [Double] { get }
}

/// An estimator trained in rounds (boosting iterations, epochs) that records its progress.
public protocol LearningCurveReporting {
    /// The training loss after each round, and the validation loss where a validation set was used.
    var learningCurve: LearningCurve { get }
}

/// Losses recorded per training round.
public struct LearningCurve: Equatable, Sendable {
    /// What a round is: "iteration", "epoch".
    public var roundName: String
    /// Training loss after each round.
    public var training: [Double]
    /// Validation loss after each round (empty when no validation set was used).
    public var validation: [Double]

    /// Creates a curve.
    public init(roundName: String, training: [Double], validation: [Double]) {
        self.roundName = roundName
        self.training = training
        self.validation = validation
    }
}
