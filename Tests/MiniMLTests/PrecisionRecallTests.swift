import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (Python 3.11.7), default `pos_label=1`,
/// `zero_division="warn"` (warnings silenced).
@Suite("Precision, recall and F1")
struct PrecisionRecallTests {
    @Test func matchScikitLearn() throws {
        // TP = 4 (indices 1, 4, 5, 8), FP = 2 (6, 9), FN = 1 (2): precision 4/6, recall 4/5,
        // F1 = 8 / (8 + 2 + 1) = 8/11.
        // scikit-learn 1.9.1: precision_score(y, p) = 0.6666666666666666, recall_score = 0.8,
        //   f1_score = 0.7272727272727273 with y = [0,1,1,0,1,1,0,0,1,0], p = [0,1,0,0,1,1,1,0,1,1]
        let labels: [Double] = [0, 1, 1, 0, 1, 1, 0, 0, 1, 0]
        let predicted: [Double] = [0, 1, 0, 0, 1, 1, 1, 0, 1, 1]
        #expect(try precision(labels: labels, predicted: predicted) == 4.0 / 6)
        #expect(try recall(labels: labels, predicted: predicted) == 0.8)
        #expect(try f1Score(labels: labels, predicted: predicted) == 8.0 / 11)
        #expect(isClose(try f1Score(labels: labels, predicted: predicted), 0.7272727272727273))
    }

    @Test func perfectPredictionsScoreOne() throws {
        // scikit-learn 1.9.1: precision, recall and f1 of [0, 1, 1] against itself are all 1.0.
        for metric in [precision, recall, f1Score] {
            #expect(try metric([0, 1, 1], [0, 1, 1]) == 1)
        }
    }

    @Test(arguments: [
        // scikit-learn 1.9.1, each giving 0.0 for precision, recall and f1:
        // no predicted positive (precision 0/0, recall 0/2, f1 0/2).
        ([1, 1, 0, 0], [0, 0, 0, 0]),
        // No actual positive (precision 0/1, recall 0/0, f1 0/1).
        ([0, 0, 0], [1, 0, 0]),
        // No positive at all (everything 0/0).
        ([0, 0], [0, 0]),
    ] as [([Double], [Double])])
    func zeroDivisionGivesZero(labels: [Double], predicted: [Double]) throws {
        #expect(try precision(labels: labels, predicted: predicted) == 0)
        #expect(try recall(labels: labels, predicted: predicted) == 0)
        #expect(try f1Score(labels: labels, predicted: predicted) == 0)
    }

    @Test func inputErrors() {
        for metric in [precision, recall, f1Score] {
            #expect(throws: MetricError.lengthMismatch(actual: 2, predicted: 1)) { try metric([0, 1], [1]) }
            #expect(throws: MetricError.empty) { try metric([], []) }
            #expect(throws: MetricError.notBinary(index: 1, value: 2)) { try metric([0, 2, 1], [0, 1, 0.5]) }
            // Labels are checked before predictions.
            #expect(throws: MetricError.notBinary(index: 2, value: 0.5)) { try metric([0, 1, 1], [0, 1, 0.5]) }
        }
    }
}
