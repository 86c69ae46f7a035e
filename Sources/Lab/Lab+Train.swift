import Foundation
import Grader
import MiniML

/// What to train and where to write the predictions.
public struct TrainingOptions: Sendable {
    /// A catalogue name, e.g. "gbdt"; nil for the competition's default model.
    public var model: String?
    /// `name=value` hyperparameters; the rest keep their defaults.
    public var parameters: [String]
    /// Number of cross-validation folds.
    public var folds: Int
    /// The submission file to write.
    public var outputPath: String

    /// Creates options.
    public init(model: String?, parameters: [String] = [], folds: Int = 5, outputPath: String) {
        self.model = model
        self.parameters = parameters
        self.folds = folds
        self.outputPath = outputPath
    }
}

/// How far training has got: `completed` of `total` steps (each fold, then the final fit).
public struct TrainingProgress: Equatable, Sendable {
    public let completed: Int
    public let total: Int
    /// What is running now, e.g. "fold 3 of 5".
    public let stage: String

    /// Progress from its parts.
    public init(completed: Int, total: Int, stage: String) {
        self.completed = completed
        self.total = total
        self.stage = stage
    }
}

/// A feature and how much the fitted model relied on it.
public struct FeatureWeight: Equatable, Sendable {
    public let name: String
    public let importance: Double
}

/// The outcome of `ailab train`.
public struct TrainingReport: Sendable {
    /// The competition trained for.
    public let competition: Competition
    /// The model's catalogue entry and the hyperparameters used.
    public let model: any ModelDescribing
    public let parameters: Parameters
    /// Cross-validated scores in the competition's metric.
    public let crossValidation: CrossValidationResult
    /// Seconds for the whole cross-validation, and for the final fit on all training rows.
    public let crossValidationSeconds: Double
    public let fitSeconds: Double
    /// Training rows and the number of features after preprocessing.
    public let trainingRows: Int
    public let featureCount: Int
    /// The most important features, largest first (empty when the model does not report any).
    public let topFeatures: [FeatureWeight]
    /// Loss per round for models trained in rounds.
    public let learningCurve: LearningCurve?
    /// The submission written, and its number of rows.
    public let outputPath: String
    public let predictionCount: Int
}

/// Why training could not start: a model that does not fit the competition's task.
public struct TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Lab {
    /// Cross-validates a model on a competition's training data, fits it on all of it, predicts the
    /// test rows and writes a submission that `submit` accepts.
    ///
    /// The competition's recipe decides the kind of model: `text.json` makes it a text competition
    /// (`trainText`), `ratings.json` a ratings one (`trainRatings`); otherwise its feature table is read
    /// with `features.json` (or the standard recipe).
    ///
    /// `progress` is called before the first fold, after each fold and after the final fit; an error it
    /// throws stops training there and is rethrown (throw `CancellationError` to let a user cancel).
    public func train(
        competitionID: String, options: TrainingOptions, progress: @escaping @Sendable (TrainingProgress) throws -> Void = { _ in }
    ) throws -> TrainingReport {
        let competition = try competition(competitionID)
        if try TextRecipe.load(for: competition) != nil {
            return try trainText(competition: competition, options: options, progress: progress)
        }
        if RatingsRecipe.exists(for: competition) {
            return try trainRatings(competition: competition, options: options, progress: progress)
        }
        let spec = try ModelCatalog.model(named: options.model ?? ModelCatalog.defaultModel)
        let parameters = try spec.resolve(options.parameters)
        let data = try TrainingData.load(competition)
        let task = data.recipe.task
        guard spec.tasks.contains(task) else {
            let fitting = ModelCatalog.all.filter { $0.tasks.contains(task) }.map(\.name)
            throw TrainingError(message: "\(spec.name) does not do \(task.rawValue), which \(competition.id) needs; try one of: \(fitting.joined(separator: ", "))")
        }
        let metric = competition.spec.metric
        var pipeline = ModelPipeline(
            features: data.recipe.makePipeline(for: data.trainFeatures), estimator: spec.make(parameters, task),
            targetTransform: data.recipe.targetTransform)

        let total = options.folds + 1
        try progress(TrainingProgress(completed: 0, total: total, stage: "fold 1 of \(options.folds)"))
        let folds = task == .classification
            ? stratifiedKFold(labels: data.target, k: options.folds, seed: 0)
            : kFold(count: data.target.count, k: options.folds, seed: 0)
        let cvStart = Date()
        let crossValidation = try crossValidate(
            pipeline, table: data.trainFeatures, target: data.target, folds: folds, probabilities: metric == .rocAUC,
            metric: { try metric.score(actual: $0, predicted: $1) },
            progress: { done, folds in
                let stage = done < folds ? "fold \(done + 1) of \(folds)" : "final fit on all rows"
                try progress(TrainingProgress(completed: done, total: total, stage: stage))
            })
        let crossValidationSeconds = Date().timeIntervalSince(cvStart)

        let fitStart = Date()
        try pipeline.fit(data.trainFeatures, target: data.target)
        let fitSeconds = Date().timeIntervalSince(fitStart)
        try progress(TrainingProgress(completed: total, total: total, stage: "done"))

        let predictions = metric == .rocAUC
            ? try pipeline.predictPositiveProbability(data.testFeatures)
            : try pipeline.predict(data.testFeatures)
        try writeSubmission(
            ids: data.testIDs, predictions: predictions, rule: metric.valueRule,
            header: "\(competition.spec.idColumn),\(competition.spec.targetColumn)", to: options.outputPath)

        var topFeatures: [FeatureWeight] = []
        if let reporting = pipeline.estimator as? any FeatureImportanceReporting {
            topFeatures = zip(pipeline.featureNames, reporting.featureImportances)
                .map { FeatureWeight(name: $0, importance: $1) }
                .sorted { $0.importance > $1.importance }
                .prefix(10).map { $0 }
        }
        return TrainingReport(
            competition: competition, model: spec, parameters: parameters, crossValidation: crossValidation,
            crossValidationSeconds: crossValidationSeconds, fitSeconds: fitSeconds, trainingRows: data.target.count,
            featureCount: pipeline.featureNames.count, topFeatures: topFeatures,
            learningCurve: (pipeline.estimator as? any LearningCurveReporting)?.learningCurve,
            outputPath: options.outputPath, predictionCount: predictions.count)
    }

    /// The model `train` fits on `competitionID` when none is named: the text or ratings recipe's model,
    /// else `ModelCatalog.defaultModel`.
    public func defaultModel(for competitionID: String) throws -> String {
        let competition = try competition(competitionID)
        if let recipe = try TextRecipe.load(for: competition) { return recipe.model }
        if RatingsRecipe.exists(for: competition) { return try RatingsRecipe.load(for: competition).defaultModel }
        return ModelCatalog.defaultModel
    }
}
