/// Preprocessing, an estimator and a target transform, fitted and applied as one model: what
/// `ailab train` fits, cross-validates and predicts with.
///
/// A value, like its parts: a copy taken before `fit` is an unfitted model with the same settings
/// (what ``crossValidate(_:table:target:folds:probabilities:metric:progress:)`` fits on each fold).
public struct ModelPipeline: Sendable {
    /// The preprocessing steps, fitted by ``fit(_:target:)``.
    public var features: FeaturePipeline
    /// The model, fitted on the preprocessed training matrix.
    public var estimator: any Estimator
    /// The transform applied to the target before fitting and undone on predictions.
    public var targetTransform: TargetTransform
    /// Feature names after the last fit (the matrix columns the estimator saw); empty before.
    public private(set) var featureNames: [String] = []
    private var isFitted = false

    /// An unfitted pipeline.
    public init(features: FeaturePipeline, estimator: any Estimator, targetTransform: TargetTransform = .none) {
        self.features = features
        self.estimator = estimator
        self.targetTransform = targetTransform
    }

    /// Fits the features on `table`, transforms the target, fits the estimator.
    /// - Throws: `MiniMLError.shapeMismatch` when `target.count != table.rowCount`;
    ///   `MiniMLError.invalidParameter` for a target transform on a classifier; the error of a step,
    ///   of the target transform, or of the estimator.
    public mutating func fit(_ table: DataTable, target: [Double]) throws {
        isFitted = false
        guard target.count == table.rowCount else {
            throw MiniMLError.shapeMismatch("\(table.rowCount) rows but \(target.count) targets")
        }
        guard estimator.task == .regression || targetTransform == .none else {
            throw MiniMLError.invalidParameter(
                name: "targetTransform", reason: "\(targetTransform.rawValue) applies to regression targets, not class labels")
        }
        let (x, names) = try features.fitTransform(table).numericMatrix()
        try estimator.fit(x, targetTransform.forward(target))
        featureNames = names
        isFitted = true
    }

    /// Predictions in the target's original units (inverse-transformed): values for regression,
    /// class labels for classification.
    /// - Throws: `MiniMLError.invalidInput` before `fit`, or when the preprocessed table lacks a
    ///   training feature or has a missing or non-numeric one; the error of a step.
    public func predict(_ table: DataTable) throws -> [Double] {
        targetTransform.inverse(estimator.predict(try featureMatrix(table)))
    }

    /// For a binary ProbabilisticClassifier: P(class 1) per row; throws otherwise.
    /// - Throws: `MiniMLError.invalidInput` when the estimator gives no probabilities, or its
    ///   classes are not two classes one of which is 1; as ``predict(_:)`` otherwise.
    public func predictPositiveProbability(_ table: DataTable) throws -> [Double] {
        guard let classifier = estimator as? any ProbabilisticClassifier else {
            throw MiniMLError.invalidInput("\(type(of: estimator)) does not predict probabilities")
        }
        guard isFitted else { throw MiniMLError.invalidInput("ModelPipeline must be fitted before it predicts") }
        guard classifier.classes.count == 2, let positive = classifier.classes.firstIndex(of: 1) else {
            throw MiniMLError.invalidInput(
                "P(class 1) needs two classes, one of them 1; the classes are \(classifier.classes)")
        }
        let probabilities = classifier.predictProbabilities(try featureMatrix(table))
        return (0..<probabilities.rows).map { probabilities[$0, positive] }
    }

    /// `table` preprocessed into the matrix of the training features, in training order; columns the
    /// steps leave that training did not have are ignored.
    private func featureMatrix(_ table: DataTable) throws -> Matrix {
        guard isFitted else { throw MiniMLError.invalidInput("ModelPipeline must be fitted before it predicts") }
        let transformed = try features.transform(table)
        if let absent = featureNames.first(where: { transformed.column($0) == nil }) {
            throw MiniMLError.invalidInput("after preprocessing, the table has no feature '\(absent)' seen in training")
        }
        return try transformed.selecting(columns: featureNames).numericMatrix().matrix
    }
}
