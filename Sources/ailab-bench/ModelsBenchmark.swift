import ArgumentParser
import Foundation
import Grader
import Lab
import MiniML

/// `ailab-bench models`: every regression model of the catalogue on house-prices, beside scikit-learn
/// (and LightGBM for boosting), on identical matrices and folds, in the same run.
struct ModelsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Train each model on house-prices beside scikit-learn and LightGBM: CV score, fit time, memory, public score.",
        discussion: """
            The competition's feature recipe is fitted once on all training rows; the resulting matrices, \
            the log target and the fold indices are written to a temporary folder, and both ailab and \
            scripts/bench_reference.py (python3 with numpy and scikit-learn; LightGBM when installed) \
            fit every model with its default hyperparameters on exactly those. Reported per model: \
            cross-validated RMSE on the log target (= RMSE of logs), the median of 3 full fits in \
            seconds, the peak resident memory of the process while that model ran (VmHWM after a reset), \
            and the public-part score of its test predictions. Run from the repository root.
            """
    )

    @Option(help: "The competition (a regression one).")
    var competition = "house-prices"

    @Option(help: "Cross-validation folds.")
    var folds = 5

    @Option(help: "Only these models (repeatable); default: every regression model.")
    var model: [String] = []

    func run() throws {
        let root = CourseRoot(url: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let competition = try root.competition(competition)
        let key = try competition.loadAnswerKey()
        let data = try TrainingData.load(competition)
        var features = data.recipe.makePipeline(for: data.trainFeatures)
        try features.fit(data.trainFeatures)
        let x = try features.matrix(data.trainFeatures).matrix
        let xTest = try features.matrix(data.testFeatures).matrix
        let y = try data.recipe.targetTransform.forward(data.target)
        let folds = kFold(count: y.count, k: folds, seed: 0)
        let folder = FileManager.default.temporaryDirectory.appending(path: "ailab-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeInputs(x: x, y: y, xTest: xTest, folds: folds, to: folder)
        print("\(competition.id): \(x.rows) rows × \(x.columns) features, \(folds.count)-fold CV, default hyperparameters")

        let chosen = ModelCatalog.all.filter { $0.tasks.contains(.regression) && (model.isEmpty || model.contains($0.name)) }
        let testIDs = data.testIDs.map(canonicalID)
        func publicScore(_ transformed: [Double]) throws -> Double {
            let predictions = data.recipe.targetTransform.inverse(transformed).map { max($0, 1e-6) }
            var aligned = [Double](repeating: 0, count: key.count)
            for (id, value) in zip(testIDs, predictions) { aligned[key.index[id]!] = value }
            return try key.score(aligned, metric: competition.spec.metric, keyPath: competition.answerKeyURL.path).publicScore
        }

        var results: [Measurement] = []
        for spec in chosen {
            let make = { spec.make(Parameters(spec.parameters), .regression) }
            resetPeakMemory()
            var scores: [Double] = []
            for fold in folds {
                var estimator = make()
                try estimator.fit(x.selecting(rows: fold.train), fold.train.map { y[$0] })
                scores.append(try rootMeanSquaredError(fold.validation.map { y[$0] }, estimator.predict(x.selecting(rows: fold.validation))))
            }
            var fitted = make()
            let milliseconds = try medianMilliseconds(runs: 3) {
                fitted = make()
                try fitted.fit(x, y)
            }
            results.append(Measurement(
                model: spec.name, implementation: "ailab", crossValidation: CrossValidationResult(scores: scores), fitSeconds: milliseconds / 1000,
                peakMB: peakMemoryMB(), publicScore: try publicScore(fitted.predict(xTest))))
        }
        results += try referenceMeasurements(folder: folder, models: chosen.map(\.name), publicScore: publicScore)
        print(table(results, models: chosen.map(\.name)))
    }

    /// Runs scripts/bench_reference.py and scores its predictions with the same answer key.
    private func referenceMeasurements(folder: URL, models: [String], publicScore: ([Double]) throws -> Double) throws -> [Measurement] {
        guard let lines = runReferenceScript("scripts/bench_reference.py", [folder.path] + models, needs: "numpy and scikit-learn") else {
            return []
        }
        struct Line: Decodable { let model, implementation: String; let cv_scores: [Double]; let fit_seconds, peak_mb: Double; let predictions: String }
        return try lines.map { text in
            let line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
            let predictions = try String(contentsOfFile: line.predictions, encoding: .utf8).split(separator: "\n").compactMap { Double($0) }
            return Measurement(
                model: line.model, implementation: line.implementation, crossValidation: CrossValidationResult(scores: line.cv_scores),
                fitSeconds: line.fit_seconds,
                peakMB: line.peak_mb, publicScore: try publicScore(predictions))
        }
    }

    private func writeInputs(x: Matrix, y: [Double], xTest: Matrix, folds: [Fold], to folder: URL) throws {
        func csv(_ matrix: Matrix) -> String {
            (0..<matrix.rows).map { r in matrix.row(r).map { "\($0)" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        try csv(x).write(to: folder.appending(path: "train.csv"), atomically: true, encoding: .utf8)
        try csv(xTest).write(to: folder.appending(path: "test.csv"), atomically: true, encoding: .utf8)
        try (y.map { "\($0)" }.joined(separator: "\n") + "\n").write(to: folder.appending(path: "target.csv"), atomically: true, encoding: .utf8)
        let foldJSON = folds.map { ["train": $0.train, "validation": $0.validation] }
        try JSONSerialization.data(withJSONObject: foldJSON).write(to: folder.appending(path: "folds.json"))
    }

    private func table(_ results: [Measurement], models: [String]) -> String {
        let rows = models.flatMap { name in
            results.filter { $0.model == name }.map { result in
                [result.model, result.implementation,
                 String(format: "%.4f ± %.4f", result.crossValidation.mean, result.crossValidation.standardDeviation),
                 String(format: "%.3f", result.fitSeconds), String(format: "%.0f", result.peakMB),
                 String(format: "%.5f", result.publicScore)]
            }
        }
        return textTable(header: ["model", "implementation", "CV RMSE (log)", "fit s", "peak MB", "public score"], rows: rows)
    }
}

/// One model measured by one implementation.
private struct Measurement {
    let model, implementation: String
    let crossValidation: CrossValidationResult
    let fitSeconds, peakMB, publicScore: Double
}
