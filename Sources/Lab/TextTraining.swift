import Foundation
import Grader
import MiniML

/// How `ailab train` reads a competition whose rows are documents: `datasets/<id>/text.json`.
///
/// Its presence makes a competition a text competition. Keys: `textColumn` (required: the column
/// holding the documents, in both train.csv and test.csv), `target` (optional, default the
/// competition's target column: 0/1 labels in train.csv), `model` (optional, default
/// `TextModelCatalog.defaultModel`: the text model used when training names none).
public struct TextRecipe: Equatable, Sendable {
    /// The column holding each row's document.
    public var textColumn: String
    /// The column holding the labels in train.csv.
    public var targetColumn: String
    /// The text model trained by default.
    public var model: String

    /// The file name inside `datasets/<id>/`.
    public static let fileName = "text.json"

    /// Reads `text.json` from the competition's dataset folder; nil when there is none.
    /// - Throws: `CourseError.invalidFile` naming the file and the key when it is not valid JSON,
    ///   lacks `textColumn`, or names a model that is not in `TextModelCatalog`.
    public static func load(for competition: Competition) throws -> TextRecipe? {
        let url = competition.datasetDirectory.appending(path: fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        func invalid(_ reason: String) -> CourseError { .invalidFile(path: url.path, line: nil, reason: reason) }
        struct File: Decodable {
            var textColumn: String?, target: String?, model: String?
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)) } catch {
            throw invalid(describeDecodingError(error))
        }
        guard let textColumn = file.textColumn, !textColumn.isEmpty else {
            throw invalid("key textColumn is missing: name the column that holds the documents")
        }
        let model = file.model ?? TextModelCatalog.defaultModel
        guard TextModelCatalog.all.contains(where: { $0.name == model }) else {
            throw invalid("key model: '\(model)' is not a text model; the text models are: \(TextModelCatalog.all.map(\.name).joined(separator: ", "))")
        }
        return TextRecipe(textColumn: textColumn, targetColumn: file.target ?? competition.spec.targetColumn, model: model)
    }
}

/// A text competition's documents and labels, read with its recipe.
struct TextData {
    let trainDocuments: [String]
    let labels: [Double]
    let testDocuments: [String]
    let testIDs: [String]

    /// Reads train.csv (text and target columns) and test.csv (id and text columns).
    /// - Throws: `CourseError.invalidFile` naming the file, line and column of the first problem.
    static func load(_ competition: Competition, recipe: TextRecipe) throws -> TextData {
        let trainURL = competition.datasetDirectory.appending(path: "train.csv")
        let testURL = competition.datasetDirectory.appending(path: "test.csv")
        let train = try readDatasetCSV(trainURL)
        let textIndex = try column(recipe.textColumn, of: train, at: trainURL)
        let targetIndex = try column(recipe.targetColumn, of: train, at: trainURL)
        var labels: [Double] = []
        labels.reserveCapacity(train.records.count)
        for record in train.records {
            guard let label = Double(record[targetIndex].trimmingCharacters(in: .whitespaces)), label == 0 || label == 1 else {
                throw CourseError.invalidFile(
                    path: trainURL.path, line: record.line, reason: "\(recipe.targetColumn) must be 0 or 1, not '\(record[targetIndex])'")
            }
            labels.append(label)
        }
        let test = try readDatasetCSV(testURL)
        let idIndex = try column(competition.spec.idColumn, of: test, at: testURL)
        let testTextIndex = try column(recipe.textColumn, of: test, at: testURL)
        return TextData(
            trainDocuments: train.records.map { $0[textIndex] }, labels: labels,
            testDocuments: test.records.map { $0[testTextIndex] }, testIDs: test.records.map { $0[idIndex] })
    }

    private static func column(_ name: String, of table: CSVTable, at url: URL) throws -> Int {
        guard let index = table.columnIndex(name) else {
            throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(name) (columns: \(table.header.joined(separator: ", ")))")
        }
        return index
    }

}

extension Lab {
    /// Trains a text model on a competition that has a `text.json` recipe: cross-validates it on
    /// stratified folds (the vectoriser is fitted inside each fold, on its training documents only),
    /// fits it on all training documents, predicts P(positive) for test.csv and writes the submission
    /// atomically.
    ///
    /// `options.model` names a `TextModelCatalog` model; nil means the recipe's model. The
    /// report's `topFeatures` are the 10 terms of largest positive weight, largest first, followed by
    /// the 10 of most negative weight, most negative first (importance = the model's weight, so the
    /// negative ones have negative importance).
    /// - Throws: `CourseError` for a missing or malformed recipe or data file, `UnknownModelError`,
    ///   `ParameterError`, `TrainingError` when the competition is not scored by ROC AUC or has too
    ///   few rows for the folds, and `MiniMLError` from the model.
    func trainText(
        competition: Competition, options: TrainingOptions, progress: @escaping @Sendable (TrainingProgress) throws -> Void
    ) throws -> TrainingReport {
        guard let recipe = try TextRecipe.load(for: competition) else {
            throw TrainingError(message: "\(competition.id) has no \(TextRecipe.fileName), so it is not a text competition")
        }
        let metric = competition.spec.metric
        guard metric == .rocAUC else {
            throw TrainingError(message: "text models predict probabilities, but \(competition.id) is scored by \(metric.displayName)")
        }
        let spec = try TextModelCatalog.model(named: options.model ?? recipe.model)
        let parameters = try spec.resolve(options.parameters)
        let unfitted = try spec.make(parameters)
        let data = try TextData.load(competition, recipe: recipe)
        let positives = data.labels.filter { $0 == 1 }.count
        guard min(positives, data.labels.count - positives) >= options.folds, options.folds >= 2 else {
            throw TrainingError(message: "\(options.folds)-fold cross-validation needs at least \(max(options.folds, 2)) training rows of each class; \(competition.id) has \(positives) positive and \(data.labels.count - positives) negative")
        }

        let total = options.folds + 1
        let folds = stratifiedKFold(labels: data.labels, k: options.folds, seed: 0)
        var scores: [Double] = []
        let cvStart = Date()
        for (index, fold) in folds.enumerated() {
            try progress(TrainingProgress(completed: index, total: total, stage: "fold \(index + 1) of \(folds.count)"))
            var pipeline = unfitted
            try pipeline.fit(fold.train.map { data.trainDocuments[$0] }, fold.train.map { data.labels[$0] })
            let predicted = pipeline.positiveProbabilities(fold.validation.map { data.trainDocuments[$0] })
            scores.append(try metric.score(actual: fold.validation.map { data.labels[$0] }, predicted: predicted))
        }
        let crossValidationSeconds = Date().timeIntervalSince(cvStart)

        try progress(TrainingProgress(completed: folds.count, total: total, stage: "final fit on all rows"))
        let fitStart = Date()
        var pipeline = unfitted
        try pipeline.fit(data.trainDocuments, data.labels)
        let fitSeconds = Date().timeIntervalSince(fitStart)
        try progress(TrainingProgress(completed: total, total: total, stage: "done"))

        let predictions = pipeline.positiveProbabilities(data.testDocuments)
        try writeSubmission(
            ids: data.testIDs, predictions: predictions, rule: metric.valueRule,
            header: "\(competition.spec.idColumn),\(competition.spec.targetColumn)", to: options.outputPath)
        let top = pipeline.topTerms(count: 10)
        return TrainingReport(
            competition: competition, model: spec, parameters: parameters, crossValidation: CrossValidationResult(scores: scores),
            crossValidationSeconds: crossValidationSeconds, fitSeconds: fitSeconds, trainingRows: data.labels.count,
            featureCount: pipeline.featureCount,
            topFeatures: (top.positive + top.negative).map { FeatureWeight(name: $0.term, importance: $0.weight) },
            learningCurve: nil, outputPath: options.outputPath, predictionCount: predictions.count)
    }
}
