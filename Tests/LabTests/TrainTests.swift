import AilabTestSupport
import Foundation
import Grader
import Lab
import MiniML
import Testing

@Suite("Training")
struct TrainTests {
    @Test("a linear model learns value = 2x + 1 exactly; its submission scores 0 and is accepted")
    func linearOnToy() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let output = fixture.course.url.appending(path: "toy-linear.csv").path
        let lab = try fixture.lab("ada", at: noon)
        let report = try lab.train(competitionID: "toy", options: TrainingOptions(model: "linear", folds: 4, outputPath: output))
        // 20 training rows on an exact line: every fold's RMSE is 0 up to rounding.
        #expect(report.crossValidation.scores.count == 4)
        #expect(report.crossValidation.scores.allSatisfy { $0 < 1e-9 })
        #expect(report.trainingRows == 20 && report.featureCount == 1)
        #expect(report.predictionCount == 10)
        // Test row n has x = (n - 1) / 2, so the prediction is n: the file is the perfect submission.
        let receipt = try lab.submit(competitionID: "toy", filePath: output, message: nil)
        #expect(receipt.publicScore < 1e-9)
        #expect(report.text.contains("Wrote 10 predictions to \(output)"))
        #expect(report.text.contains("ailab submit toy \(output) -m \"linear\""))
    }

    @Test("non-default parameters are listed in the report and in the suggested message")
    func parametersInReport() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let output = fixture.course.url.appending(path: "toy-ridge.csv").path
        let report = try fixture.lab("ada", at: noon).train(
            competitionID: "toy", options: TrainingOptions(model: "ridge", parameters: ["alpha=10"], folds: 5, outputPath: output))
        #expect(report.text.contains("alpha=10.0, the rest at defaults"))
        #expect(report.text.contains("-m \"ridge alpha=10.0\""))
    }

    @Test("progress reports every fold and the final fit")
    func progress() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let recorder = ProgressRecorder()
        _ = try fixture.lab("ada", at: noon).train(
            competitionID: "toy", options: TrainingOptions(model: "linear", folds: 3, outputPath: fixture.course.url.appending(path: "p.csv").path),
            progress: { recorder.record($0) })
        #expect(recorder.steps.map(\.completed) == [0, 1, 2, 3, 4])
        #expect(recorder.steps.allSatisfy { $0.total == 4 })
        #expect(recorder.steps[3].stage == "final fit on all rows")
    }

    @Test("a classifier on a regression competition is refused with the models that fit")
    func wrongTask() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        do {
            _ = try fixture.lab("ada", at: noon).train(
                competitionID: "toy", options: TrainingOptions(model: "logistic", outputPath: fixture.course.url.appending(path: "x.csv").path))
            Issue.record("a classifier was trained on a regression competition")
        } catch let error as TrainingError {
            #expect(error.description.contains("logistic does not do regression"))
            #expect(error.description.contains("gbdt"))
        }
    }

    @Test("unknown models and bad parameters name what is allowed")
    func badRequests() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let lab = try fixture.lab("ada", at: noon)
        let path = fixture.course.url.appending(path: "x.csv").path
        #expect(throws: UnknownModelError.self) { try lab.train(competitionID: "toy", options: TrainingOptions(model: "xgboost", outputPath: path)) }
        do {
            _ = try lab.train(competitionID: "toy", options: TrainingOptions(model: "ridge", parameters: ["alpha=-1"], outputPath: path))
            Issue.record("a negative alpha was accepted")
        } catch let error as ParameterError {
            #expect(error.description.contains("ridge parameter alpha must be"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// Collects progress reports from the training callback.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [TrainingProgress] = []
    func record(_ step: TrainingProgress) { lock.withLock { recorded.append(step) } }
    var steps: [TrainingProgress] { lock.withLock { recorded } }
}
