import AilabTestSupport
import Foundation
import Grader
@testable import Lab
import MiniML
import Store
import Testing

@Suite("Text training")
struct TextTrainingTests {
    @Test("the recipe's model cross-validates, writes a submission the grader accepts, and reports its words")
    func defaultModel() throws {
        let fixture = try TextCourseFixture()
        defer { fixture.course.remove() }
        let lab = try fixture.lab()
        let output = fixture.outputPath()
        let report = try lab.trainText(
            competition: lab.competition("reviews"), options: TrainingOptions(model: nil, folds: 4, outputPath: output), progress: { _ in })
        #expect(report.model.name == "svm")
        // The sentiment words separate the classes: every fold ranks its held-out reviews perfectly.
        #expect(report.crossValidation.scores == [1, 1, 1, 1])
        #expect(report.trainingRows == 40 && report.predictionCount == 10)
        // min_df = 2 by default: words and bigrams in at least two training reviews.
        #expect(report.featureCount > 10)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "id,sentiment" && lines.count == 11)
        let receipt = try lab.submit(competitionID: "reviews", filePath: output, message: nil)
        #expect(receipt.publicScore == 1)
        // Top features: positive words with positive weights first, then negative ones, most negative first.
        let positives = report.topFeatures.filter { $0.importance > 0 }, negatives = report.topFeatures.filter { $0.importance < 0 }
        #expect(report.topFeatures == positives + negatives)
        #expect(TextCourseFixture.positiveWords.contains(positives[0].name))
        #expect(TextCourseFixture.negativeWords.contains(negatives[0].name))
        #expect(positives == positives.sorted { $0.importance > $1.importance })
        #expect(negatives == negatives.sorted { $0.importance < $1.importance })
    }

    @Test("every text model trains on the competition; parameters are applied and reported")
    func everyModel() throws {
        let fixture = try TextCourseFixture()
        defer { fixture.course.remove() }
        let lab = try fixture.lab()
        for spec in TextModelCatalog.all {
            let report = try lab.trainText(
                competition: lab.competition("reviews"),
                options: TrainingOptions(model: spec.name, parameters: ["ngram_max=1"], folds: 2, outputPath: fixture.outputPath("\(spec.name).csv")),
                progress: { _ in })
            #expect(report.crossValidation.mean > 0.9, "\(spec.name)")
            #expect(report.parameters.integer("ngram_max") == 1)
            #expect(report.text.contains("ngram_max=1, the rest at defaults"), "\(spec.name)")
        }
    }

    @Test("progress reports every fold and the final fit")
    func progress() throws {
        let fixture = try TextCourseFixture()
        defer { fixture.course.remove() }
        let lab = try fixture.lab()
        let recorder = ProgressRecorder()
        _ = try lab.trainText(
            competition: lab.competition("reviews"), options: TrainingOptions(model: "nb", folds: 3, outputPath: fixture.outputPath()),
            progress: { recorder.record($0) })
        #expect(recorder.steps.map(\.completed) == [0, 1, 2, 3, 4])
        #expect(recorder.steps.map(\.stage) == ["fold 1 of 3", "fold 2 of 3", "fold 3 of 3", "final fit on all rows", "done"])
        #expect(recorder.steps.allSatisfy { $0.total == 4 })
    }

    @Test("recipe problems name the file and the key")
    func recipeErrors() throws {
        for (recipe, expected) in [
            (#"{"target": "sentiment"}"#, "key textColumn is missing"),
            (#"{"textColumn": "review", "model": "gbdt"}"#, "key model: 'gbdt' is not a text model; the text models are: nb, bernoulli-nb, logistic, svm, nbsvm"),
            (#"{"textColumn": 3}"#, "textColumn"),
            (#"{"textColumn": "body"}"#, "has no column body"),
        ] {
            let fixture = try TextCourseFixture(recipe: recipe)
            defer { fixture.course.remove() }
            let lab = try fixture.lab()
            do {
                _ = try lab.trainText(competition: lab.competition("reviews"), options: TrainingOptions(model: nil, outputPath: fixture.outputPath()), progress: { _ in })
                Issue.record("\(recipe) was accepted")
            } catch let error as CourseError {
                #expect(error.description.contains(expected), "\(error)")
                #expect(error.description.contains("reviews/"), "\(error)")
            }
            #expect(!FileManager.default.fileExists(atPath: fixture.outputPath()))
        }
    }

    @Test("bad labels, unknown models and non-text competitions are refused before writing anything")
    func otherErrors() throws {
        let badLabels = try TextCourseFixture(trainCSV: "id,sentiment,review\n1,1,good\n2,maybe,bad\n")
        defer { badLabels.course.remove() }
        let lab = try badLabels.lab()
        let options = TrainingOptions(model: nil, folds: 2, outputPath: badLabels.outputPath())
        #expect(throws: CourseError.invalidFile(
            path: badLabels.course.url.appending(path: "datasets/reviews/train.csv").path, line: 3, reason: "sentiment must be 0 or 1, not 'maybe'")) {
            try lab.trainText(competition: lab.competition("reviews"), options: options, progress: { _ in })
        }
        #expect(throws: UnknownModelError.self) {
            try lab.trainText(competition: lab.competition("reviews"), options: TrainingOptions(model: "gbdt", outputPath: badLabels.outputPath()), progress: { _ in })
        }
        do {
            _ = try lab.trainText(competition: lab.competition("toy"), options: options, progress: { _ in })
            Issue.record("the toy competition was trained as text")
        } catch let error as TrainingError {
            #expect(error.description == "toy has no text.json, so it is not a text competition")
        }
        #expect(!FileManager.default.fileExists(atPath: badLabels.outputPath()))
    }

    @Test("the real sentiment competition: the default model's submission scores above 0.85 ROC AUC on the public part")
    func realSentiment() throws {
        let store = try Store.inMemory()
        let lab = try Lab(root: CourseRoot(url: repositoryRoot(from: #filePath)), store: store, login: "ada", clock: { noon })
        let folder = FileManager.default.temporaryDirectory.appending(path: "ailab-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "sentiment.csv").path
        let report = try lab.trainText(
            competition: lab.competition("sentiment"), options: TrainingOptions(model: nil, folds: 2, outputPath: output), progress: { _ in })
        #expect(report.crossValidation.mean > 0.85)
        #expect(report.predictionCount == 10_000)
        let receipt = try lab.submit(competitionID: "sentiment", filePath: output, message: "text test")
        #expect(receipt.rows == 10_000)
        #expect(receipt.publicScore > 0.85)
    }
}

