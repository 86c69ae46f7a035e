import ArgumentParser
import Foundation
import Grader
import Lab
import MiniML

/// `ailab-bench text`: every text model of the catalogue on sentiment, beside scikit-learn's
/// TF-IDF + logistic regression and multinomial naive Bayes, on the same folds, in the same run.
struct TextBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Train each text model on sentiment beside scikit-learn: CV ROC AUC, fit time, peak memory.",
        discussion: """
            The stratified folds of `ailab train` (seed 0) are written to a temporary folder; ailab fits every \
            text model with its default hyperparameters, and scripts/bench_text_reference.py (python3 with \
            scikit-learn) fits TfidfVectorizer + LogisticRegression and CountVectorizer + MultinomialNB, both \
            with the settings of ailab's `logistic` and `nb` defaults and a tokenizer like ailab's, plus \
            TfidfVectorizer() + LogisticRegression() at scikit-learn's own defaults. Each pipeline is \
            vectoriser and model together, fitted inside each fold. Reported per model: cross-validated ROC AUC, \
            the median of `--runs` full fits on all training rows in seconds (vectorising included), and the \
            peak resident memory of the process while that model ran (VmHWM after a reset). Run from the \
            repository root, on a release build.
            """
    )

    @Option(help: "The competition (one with a text.json recipe).")
    var competition = "sentiment"

    @Option(help: "Cross-validation folds.")
    var folds = 5

    @Option(help: "Full fits timed per model (the median is reported).")
    var runs = 3

    @Option(help: "Only these models (repeatable); default: every text model.")
    var model: [String] = []

    @Option(name: .customLong("param"), help: "A hyperparameter name=value for every chosen model (repeatable).")
    var parameters: [String] = []

    func run() throws {
        let root = CourseRoot(url: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let competition = try root.competition(competition)
        guard let recipe = try TextRecipe.load(for: competition) else {
            throw ValidationError("\(competition.id) has no \(TextRecipe.fileName)")
        }
        let train = try CSVTable(contentsOf: competition.datasetDirectory.appending(path: "train.csv").path)
        guard let textIndex = train.columnIndex(recipe.textColumn), let targetIndex = train.columnIndex(recipe.targetColumn) else {
            throw ValidationError("train.csv lacks \(recipe.textColumn) or \(recipe.targetColumn)")
        }
        let documents = train.records.map { $0[textIndex] }
        let labels = train.records.map { Double($0[targetIndex]) ?? .nan }
        let folds = stratifiedKFold(labels: labels, k: folds, seed: 0)
        print("\(competition.id): \(documents.count) documents, \(folds.count)-fold stratified CV, default hyperparameters")

        var results: [Measurement] = []
        for spec in TextModelCatalog.all where model.isEmpty || model.contains(spec.name) {
            let unfitted = try spec.make(spec.resolve(parameters))
            resetPeakMemory()
            var scores: [Double] = []
            for fold in folds {
                var pipeline = unfitted
                try pipeline.fit(fold.train.map { documents[$0] }, fold.train.map { labels[$0] })
                let predicted = pipeline.positiveProbabilities(fold.validation.map { documents[$0] })
                scores.append(try rocAUC(labels: fold.validation.map { labels[$0] }, scores: predicted))
            }
            var fitted = unfitted
            let milliseconds = try medianMilliseconds(runs: runs) {
                fitted = unfitted
                try fitted.fit(documents, labels)
            }
            results.append(Measurement(
                model: spec.name, implementation: "ailab", crossValidation: CrossValidationResult(scores: scores),
                fitSeconds: milliseconds / 1000, peakMB: peakMemoryMB(), features: fitted.featureCount))
        }
        results += try referenceMeasurements(competition: competition, recipe: recipe, folds: folds)
        print(table(results))
    }

    /// Runs scripts/bench_text_reference.py on the same training file and folds.
    private func referenceMeasurements(competition: Competition, recipe: TextRecipe, folds: [Fold]) throws -> [Measurement] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ailab-bench-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let foldsURL = folder.appending(path: "folds.json")
        try JSONSerialization.data(withJSONObject: folds.map { ["train": $0.train, "validation": $0.validation] }).write(to: foldsURL)
        let arguments = [
            competition.datasetDirectory.appending(path: "train.csv").path, recipe.textColumn, recipe.targetColumn,
            foldsURL.path, String(runs),
        ]
        guard let lines = runReferenceScript("scripts/bench_text_reference.py", arguments, needs: "scikit-learn") else { return [] }
        struct Line: Decodable { let model, implementation: String; let cv_scores: [Double]; let fit_seconds, peak_mb: Double; let features: Int }
        return try lines.map { text in
            let line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
            return Measurement(
                model: line.model, implementation: line.implementation, crossValidation: CrossValidationResult(scores: line.cv_scores),
                fitSeconds: line.fit_seconds, peakMB: line.peak_mb, features: line.features)
        }
    }

    private func table(_ results: [Measurement]) -> String {
        let rows = results.map { result in
            [result.model, result.implementation,
             String(format: "%.4f ± %.4f", result.crossValidation.mean, result.crossValidation.standardDeviation),
             String(format: "%.2f", result.fitSeconds), String(format: "%.0f", result.peakMB), String(result.features)]
        }
        return textTable(header: ["model", "implementation", "CV ROC AUC", "fit s", "peak MB", "features"], rows: rows)
    }
}

/// One text pipeline measured by one implementation.
private struct Measurement {
    let model, implementation: String
    let crossValidation: CrossValidationResult
    let fitSeconds, peakMB: Double
    let features: Int
}
