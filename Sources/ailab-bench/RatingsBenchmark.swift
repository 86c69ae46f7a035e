import ArgumentParser
import Foundation
import Grader
import Lab
import MiniML

/// `ailab-bench ratings`: the recommenders of the catalogue on movie-ratings beside Surprise, on the
/// same five folds, in the same run.
struct RatingsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratings",
        abstract: "Train each recommender on movie-ratings beside Surprise: CV RMSE, fit and predict time, memory.",
        discussion: """
            The fold indices (k-fold over the rating rows, seed 0) are written to a temporary folder, and \
            both ailab and scripts/bench_ratings_reference.py (python3 with numpy and scikit-surprise) fit \
            every model with its default hyperparameters on exactly those rows. Reported per model: \
            cross-validated RMSE, the median of 3 fits on all training ratings in seconds, the seconds \
            to predict the test rows after that fit, and the peak resident memory of the process while \
            that model ran (VmHWM after a reset). Run from the repository root.
            """
    )

    @Option(help: "The competition (a ratings one).")
    var competition = "movie-ratings"

    @Option(help: "Cross-validation folds.")
    var folds = 5

    @Option(help: "Only these models (repeatable); default: every recommender.")
    var model: [String] = []

    func run() throws {
        let root = CourseRoot(url: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let competition = try root.competition(competition)
        let recipe = try RatingsRecipe.load(for: competition)
        let ratings = try recipe.loadTraining(competition)
        let test = try recipe.loadTest(competition)
        let folds = kFold(count: ratings.count, k: folds, seed: 0)
        let folder = FileManager.default.temporaryDirectory.appending(path: "ailab-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let foldJSON = folds.map { ["train": $0.train, "validation": $0.validation] }
        try JSONSerialization.data(withJSONObject: foldJSON).write(to: folder.appending(path: "folds.json"))
        print("\(competition.id): \(ratings.count) ratings, \(ratings.userCount) users, \(ratings.itemCount) items, "
            + "\(folds.count)-fold CV, default hyperparameters")

        let chosen = RecommenderCatalog.all.filter { model.isEmpty || model.contains($0.name) }
        var results: [RatingsMeasurement] = []
        for spec in chosen {
            let make = { spec.make(Parameters(spec.parameters)) }
            resetPeakMemory()
            var scores: [Double] = []
            for fold in folds {
                var predictor = make()
                try predictor.fit(ratings.selecting(rows: fold.train))
                let predicted = predictor.predict(
                    users: fold.validation.map { ratings.userIDs[ratings.users[$0]] },
                    items: fold.validation.map { ratings.itemIDs[ratings.items[$0]] })
                scores.append(try rootMeanSquaredError(fold.validation.map { ratings.values[$0] }, predicted))
            }
            var fitted = make()
            let fitMilliseconds = try medianMilliseconds(runs: 3) {
                fitted = make()
                try fitted.fit(ratings)
            }
            let predictMilliseconds = medianMilliseconds(runs: 1) { _ = fitted.predict(users: test.users, items: test.items) }
            results.append(RatingsMeasurement(
                model: spec.name, implementation: "ailab", crossValidation: CrossValidationResult(scores: scores),
                fitSeconds: fitMilliseconds / 1000, predictSeconds: predictMilliseconds / 1000, peakMB: peakMemoryMB()))
        }
        results += referenceMeasurements(competition: competition, folder: folder, models: chosen.map(\.name))
        print(table(results, models: chosen.map(\.name)))
    }

    /// Runs scripts/bench_ratings_reference.py on the same files and folds.
    private func referenceMeasurements(competition: Competition, folder: URL, models: [String]) -> [RatingsMeasurement] {
        let arguments = [competition.datasetDirectory.path, folder.path] + models
        guard let lines = runReferenceScript("scripts/bench_ratings_reference.py", arguments, needs: "numpy and scikit-surprise") else {
            return []
        }
        struct Line: Decodable {
            let model, implementation: String
            let cv_scores: [Double]
            let fit_seconds, predict_seconds, peak_mb: Double
        }
        return lines.compactMap { text in
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(text.utf8)) else {
                print("note: ignored a reference line that is not a measurement: \(text)")
                return nil
            }
            return RatingsMeasurement(
                model: line.model, implementation: line.implementation, crossValidation: CrossValidationResult(scores: line.cv_scores),
                fitSeconds: line.fit_seconds, predictSeconds: line.predict_seconds, peakMB: line.peak_mb)
        }
    }

    private func table(_ results: [RatingsMeasurement], models: [String]) -> String {
        let rows = models.flatMap { name in
            results.filter { $0.model == name }.map { result in
                [result.model, result.implementation,
                 String(format: "%.4f ± %.4f", result.crossValidation.mean, result.crossValidation.standardDeviation),
                 String(format: "%.3f", result.fitSeconds), String(format: "%.3f", result.predictSeconds),
                 String(format: "%.0f", result.peakMB)]
            }
        }
        return textTable(header: ["model", "implementation", "CV RMSE", "fit s", "predict s", "peak MB"], rows: rows)
    }
}

/// One recommender measured by one implementation.
private struct RatingsMeasurement {
    let model, implementation: String
    let crossValidation: CrossValidationResult
    let fitSeconds, predictSeconds, peakMB: Double
}
