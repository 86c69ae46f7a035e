import Foundation
import Testing
@testable import Grader

// Each fixture interleaves public and private rows, so a score computed on the wrong part, or on
// all rows, comes out different. Expected values are worked out by hand in the comments and were
// checked once with numpy 2.4.6 / scikit-learn 1.9.1 (root_mean_squared_error, roc_auc_score,
// accuracy_score on the rows of each part).

@Suite("Scoring")
struct ScoringTests {
    @Test("RMSE: public and private parts are scored separately")
    func rmse() throws {
        let key = AnswerKey(
            ids: ["1", "2", "3", "4", "5", "6"], targets: [3, 1, 4, 2, 5, 3],
            isPublic: [true, false, true, false, true, false])
        let card = try key.score([4, 1, 4, 4, 7, 3], metric: .rmse, keyPath: "solution.csv")
        // Public rows 1, 3, 5: errors 4-3, 4-4, 7-5 = 1, 0, 2 → sqrt((1 + 0 + 4) / 3) = sqrt(5/3) ≈ 1.2909944487358056.
        #expect(abs(card.publicScore - (5.0 / 3).squareRoot()) < 1e-12)
        #expect(abs(card.publicScore - 1.2909944487358056) < 1e-12)
        // Private rows 2, 4, 6: errors 0, 2, 0 → sqrt(4/3) ≈ 1.1547005383792515. (All six rows: sqrt(9/6) ≈ 1.2247.)
        #expect(abs(card.privateScore - 1.1547005383792515) < 1e-12)
        #expect(card.secondary.isEmpty)
    }

    @Test("RMSE of logs: public and private parts are scored separately")
    func rmseOfLogs() throws {
        let e = exp(1.0)
        let key = AnswerKey(
            ids: ["a", "b", "c", "d", "e"], targets: [100, 50, 200, 300, 80], isPublic: [true, false, true, true, false])
        let card = try key.score([100 * e, 50 * e * e, 200 / e, 300, 80 / (e * e)], metric: .rmseOfLogs, keyPath: "solution.csv")
        // Public a, c, d: ln(100e/100) = 1, ln((200/e)/200) = -1, ln(300/300) = 0 → sqrt((1 + 1 + 0) / 3) = sqrt(2/3) ≈ 0.8164965809.
        #expect(abs(card.publicScore - (2.0 / 3).squareRoot()) < 1e-12)
        // Private b, e: ln(e²) = 2, ln(e⁻²) = -2 → sqrt((4 + 4) / 2) = 2.
        #expect(abs(card.privateScore - 2) < 1e-12)
        #expect(card.secondary.isEmpty)
    }

    @Test("ROC AUC with tied scores, and accuracy at 0.5 on the public part only")
    func rocAUC() throws {
        let key = AnswerKey(
            ids: (1...10).map(String.init), targets: [1, 0, 0, 1, 1, 0, 0, 1, 0, 1],
            isPublic: [true, true, false, true, false, true, false, true, true, false])
        let scores = [0.9, 0.4, 0.1, 0.4, 0.3, 0.2, 0.3, 0.5, 0.5, 0.8]
        let card = try key.score(scores, metric: .rocAUC, keyPath: "solution.csv")
        // Public rows 1, 2, 4, 6, 8, 9: positives score 0.9, 0.4, 0.5; negatives 0.4, 0.2, 0.5.
        // Pairs won (ties ½): 0.9 beats all three = 3; 0.4 ties 0.4, beats 0.2, loses to 0.5 = 1.5;
        // 0.5 beats 0.4 and 0.2, ties 0.5 = 2.5. Total 7 of 9 pairs = 0.777….
        #expect(abs(card.publicScore - 7.0 / 9) < 1e-12)
        // Private rows 3, 5, 7, 10: positives 0.3, 0.8; negatives 0.1, 0.3.
        // 0.3 beats 0.1, ties 0.3 = 1.5; 0.8 beats both = 2. Total 3.5 of 4 = 0.875. (All ten rows: 0.82.)
        #expect(card.privateScore == 0.875)
        // Accuracy at 0.5 on the public rows: predicted 1, 0, 0, 0, 1, 1 (a score of exactly 0.5 is a 1)
        // against 1, 0, 1, 0, 1, 0 → 4 of 6 right. (Private rows alone: 3 of 4; all rows: 7 of 10.)
        #expect(card.secondary.count == 1)
        #expect(card.secondary.first?.name == "accuracy at 0.5")
        #expect(abs((card.secondary.first?.value ?? .nan) - 4.0 / 6) < 1e-12)
    }

    @Test("an answer key with one class in a part cannot be scored by ROC AUC", arguments: [
        // Public part all 1.
        ([1.0, 0, 1, 0], [true, false, true, false]),
        // Private part all 0.
        ([1.0, 0, 0, 0], [true, false, true, false]),
    ])
    func singleClass(targets: [Double], isPublic: [Bool]) throws {
        let key = AnswerKey(ids: ["1", "2", "3", "4"], targets: targets, isPublic: isPublic)
        let error = try #require(throws: CourseError.self) {
            try key.score([0.9, 0.1, 0.8, 0.2], metric: .rocAUC, keyPath: "grader/tiny/solution.csv")
        }
        guard case .invalidFile(let path, let line, let reason) = error else {
            Issue.record("expected invalidFile, got \(error)")
            return
        }
        #expect(path == "grader/tiny/solution.csv")
        #expect(line == nil)
        #expect(reason.contains("roc-auc"))
        #expect(reason.contains("same class"))
    }

    @Test("a validated submission lines up with the key whatever the file's row order")
    func validateThenScore() throws {
        // Rows in reverse order; after validation the predictions are in key order 101…106.
        let bytes = Array("id,sentiment\n106,0.2\n105,0.6\n104,0.3\n103,0.7\n102,0.4\n101,0.8\n".utf8)
        let submission = try TinySentiment.validator().validate(bytes: bytes, fileName: "p.csv")
        let card = try TinySentiment.key.score(submission.predictions, metric: .rocAUC, keyPath: "solution.csv")
        // Public rows 101 (1, 0.8), 103 (1, 0.7), 106 (0, 0.2): both positives beat the negative → 1.
        // Private rows 102 (0, 0.4), 104 (0, 0.3), 105 (1, 0.6): the positive beats both → 1.
        #expect(card.publicScore == 1)
        #expect(card.privateScore == 1)
        // Public accuracy at 0.5: 0.8 → 1 ✓, 0.7 → 1 ✓, 0.2 → 0 ✓ = 1.
        #expect(card.secondary.first?.value == 1)
    }

    @Test("metrics: direction, value rule and names")
    func metricProperties() {
        #expect(CompetitionMetric.rmseOfLogs.direction == .lowerIsBetter)
        #expect(CompetitionMetric.rmse.direction == .lowerIsBetter)
        #expect(CompetitionMetric.rocAUC.direction == .higherIsBetter)
        #expect(CompetitionMetric.rmseOfLogs.valueRule == .positive)
        #expect(CompetitionMetric.rmse.valueRule == .finite)
        #expect(CompetitionMetric.rocAUC.valueRule == .closedRange(0, 1))
        #expect(ValueRule.closedRange(0, 1).requirement == "between 0 and 1")
        #expect(ValueRule.closedRange(0.5, 2.25).requirement == "between 0.5 and 2.25")
        #expect(ScoreDirection.lowerIsBetter.isBetter(1, than: 2))
        #expect(!ScoreDirection.lowerIsBetter.isBetter(2, than: 2))
        #expect(ScoreDirection.higherIsBetter.isBetter(2, than: 1))
        #expect(!ScoreDirection.higherIsBetter.isBetter(1, than: 1))
    }

    @Test("value rules at their boundaries", arguments: [
        (ValueRule.positive, 0.0, false), (.positive, 1e-300, true), (.positive, -1, false),
        (.finite, -1e300, true), (.finite, .infinity, false), (.finite, .nan, false),
        (.closedRange(0, 1), 0, true), (.closedRange(0, 1), 1, true), (.closedRange(0, 1), 1.0000001, false),
        (.closedRange(0, 1), -0.1, false), (.closedRange(0, 1), .nan, false),
    ])
    func valueRules(rule: ValueRule, value: Double, accepted: Bool) {
        #expect(rule.accepts(value) == accepted)
    }
}
