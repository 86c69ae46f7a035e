import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (Python 3.11.7).
@Suite("Classification metrics")
struct ClassificationMetricsTests {
    @Test(arguments: [
        // scikit-learn 1.9.1: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
        ([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 0.75),
        // scikit-learn 1.9.1: roc_auc_score([0, 0, 1, 1, 1], [0.1, 0.4, 0.35, 0.8, 0.4]) = 0.75
        ([0, 0, 1, 1, 1], [0.1, 0.4, 0.35, 0.8, 0.4], 0.75),
        // Ties across classes at 0.3 and 0.7.
        // scikit-learn 1.9.1: roc_auc_score([0,1,0,1,1,0,1,0], [0.3,0.3,0.3,0.7,0.7,0.1,0.9,0.7]) = 0.8125
        ([0, 1, 0, 1, 1, 0, 1, 0], [0.3, 0.3, 0.3, 0.7, 0.7, 0.1, 0.9, 0.7], 0.8125),
        // Twenty labels drawn with Python's random.Random(7), scores rounded to one decimal (many ties).
        // scikit-learn 1.9.1: roc_auc_score(...) = 0.5654761904761905
        (
            [1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
            [0.6, 0.6, 0.1, 0.6, 0.0, 0.2, 0.6, 0.1, 0.4, 0.5, 0.6, 0.6, 0.7, 0.1, 0.6, 0.2, 0.1, 0.7, 0.6, 0.6],
            0.5654761904761905
        ),
    ] as [([Double], [Double], Double)])
    func rocAUCMatchesScikitLearn(labels: [Double], scores: [Double], expected: Double) throws {
        #expect(isClose(try rocAUC(labels: labels, scores: scores), expected))
    }

    @Test func rocAUCCountsTiesAsHalfByHand() throws {
        // Positives score 0.8 and 0.5, negatives 0.2 and 0.5. Of the 2 × 2 pairs, 0.8 beats
        // both negatives (2), 0.5 beats 0.2 (1) and ties 0.5 (½): 3.5 / 4 = 0.875.
        // scikit-learn 1.9.1: roc_auc_score([0, 1, 0, 1], [0.2, 0.8, 0.5, 0.5]) = 0.875
        #expect(try rocAUC(labels: [0, 1, 0, 1], scores: [0.2, 0.8, 0.5, 0.5]) == 0.875)
    }

    @Test func rocAUCBounds() throws {
        #expect(try rocAUC(labels: [0, 0, 1, 1], scores: [0.1, 0.2, 0.3, 0.4]) == 1)
        #expect(try rocAUC(labels: [1, 1, 0, 0], scores: [0.1, 0.2, 0.3, 0.4]) == 0)
        #expect(try rocAUC(labels: [1, 0, 1, 0, 0], scores: [0.5, 0.5, 0.5, 0.5, 0.5]) == 0.5)
    }

    @Test func rocAUCDependsOnlyOnTheOrderOfScores() throws {
        let labels: [Double] = [1, 0, 1, 0, 0, 1, 1, 0]
        let scores: [Double] = [0.9, 0.3, 0.3, 0.8, 0.1, 0.8, 0.5, 0.5]
        let auc = try rocAUC(labels: labels, scores: scores)
        // A permutation of the pairs gives the same value, to the bit.
        let permutation = [3, 7, 0, 5, 1, 6, 2, 4]
        #expect(try rocAUC(labels: permutation.map { labels[$0] }, scores: permutation.map { scores[$0] }) == auc)
        // So does any increasing transform of the scores.
        #expect(try rocAUC(labels: labels, scores: scores.map { 100 * $0 - 3 }) == auc)
    }

    @Test func rocAUCOfANaNScoreIsNaN() throws {
        #expect(try rocAUC(labels: [0, 1, 1], scores: [0.2, .nan, 0.4]).isNaN)
    }

    @Test func accuracyMatchesScikitLearn() throws {
        // Scores ≥ 0.5 predict 1: [0.2, 0.5, 0.49, 0.7, 0.9] → [0, 1, 0, 1, 1] against [0, 1, 1, 0, 1]:
        // right, right, wrong, wrong, right = 3 / 5.
        // scikit-learn 1.9.1: accuracy_score([0, 1, 1, 0, 1], [0, 1, 0, 1, 1]) = 0.6
        let labels: [Double] = [0, 1, 1, 0, 1]
        let scores = [0.2, 0.5, 0.49, 0.7, 0.9]
        #expect(try accuracy(labels: labels, scores: scores) == 0.6)
        // scikit-learn 1.9.1: accuracy_score([0, 1, 1, 0, 1], [0, 1, 1, 1, 1]) = 0.8 (threshold 0.45)
        #expect(try accuracy(labels: labels, scores: scores, threshold: 0.45) == 0.8)
        #expect(try accuracy(labels: labels, scores: labels) == 1)
    }

    @Test func accuracyPredictsZeroForANaNScore() throws {
        #expect(try accuracy(labels: [0, 1], scores: [.nan, .nan]) == 0.5)
    }
}
