import Foundation
import Lab
import MiniML
import Testing

@Suite("Dataset profiles: what the explorer and ailab explore show")
struct DatasetProfileTests {
    @Test("the toy training file: x's statistics, one value per histogram bin, r = 1 with the target")
    func toyTrain() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let profile = try fixture.lab("ada", at: noon).profile(competitionID: "toy", file: .train)
        #expect(profile.table.columnNames == ["Id", "x", "value"])
        #expect(profile.targetColumn == "value")
        let x = profile.columns[1]
        // x = 0, 0.5, …, 9.5: mean 4.75, median (4.5 + 5) / 2 = 4.75.
        #expect(x.summary.mean == 4.75)
        #expect(x.summary.median == 4.75)
        // 20 bins of width 9.5 / 20 = 0.475: value k/2 falls in bin ⌊k/2 / 0.475⌋ = k (the last in the last bin).
        #expect(x.histogram?.counts == Array(repeating: 1, count: 20))
        // value = 2x + 1 exactly.
        #expect(abs(try #require(x.correlationWithTarget) - 1) < 1e-12)
        #expect(profile.columns[2].correlationWithTarget == nil)  // the target itself
        #expect(profile.cellText(row: 1, column: 1) == "0.5")
        #expect(profile.cellText(row: 0, column: 0) == "101")
    }

    @Test("the test file has no target, so no correlation")
    func toyTest() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let profile = try fixture.lab("ada", at: noon).profile(competitionID: "toy", file: .test)
        #expect(profile.targetColumn == nil)
        #expect(profile.columns.allSatisfy { $0.correlationWithTarget == nil })
        #expect(profile.table.rowCount == 10)
    }

    @Test("a text column gets words per value and its frequent words, without the very common ones")
    func text() throws {
        let fixture = try TextCourseFixture()
        defer { fixture.course.remove() }
        let profile = try fixture.lab().profile(competitionID: "reviews", file: .train)
        let review = try #require(profile.columnIndex("review").map { profile.columns[$0] })
        // "The <neutral> was <word>.<br /><br /><Word> <neutral>, <word> <neutral>!" is 8 words; tags are not words.
        #expect(review.wordCounts == WordCounts(minimum: 8, median: 8, mean: 8, maximum: 8))
        let words = review.topWords.map(\.value)
        #expect(!words.contains("the") && !words.contains("was") && !words.contains("br"))
        #expect(review.topWords.count == Lab.topWordCount)
        // Each review has 3 neutral words: 40 reviews × 3 = 120 neutral words spread over 7, so the top word has at least 120 / 7 > 17.
        #expect(review.topWords[0].count >= 18)
    }

    @Test("models(for:) lists the models of the competition's kind, the default first")
    func models() throws {
        let fixture = try TextCourseFixture()
        defer { fixture.course.remove() }
        let lab = try fixture.lab()
        #expect(try lab.models(for: "reviews").map(\.name) == ["svm"] + TextModelCatalog.all.map(\.name).filter { $0 != "svm" })
        let table = try lab.models(for: "toy")
        #expect(table.first?.name == "gbdt")
        #expect(Set(table.map(\.name)) == Set(ModelCatalog.all.filter { $0.tasks.contains(.regression) }.map(\.name)))
    }

    @Test("training stops when the progress callback throws, and writes nothing")
    func cancel() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let output = fixture.course.url.appending(path: "cancelled.csv").path
        let seen = Counter()
        #expect(throws: CancellationError.self) {
            try fixture.lab("ada", at: noon).train(
                competitionID: "toy", options: TrainingOptions(model: "linear", folds: 5, outputPath: output),
                progress: { progress in
                    seen.add()
                    if progress.completed >= 2 { throw CancellationError() }
                })
        }
        #expect(seen.value == 3)  // before fold 1, after fold 1, after fold 2 (which throws)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

/// A thread-safe count, for callbacks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
