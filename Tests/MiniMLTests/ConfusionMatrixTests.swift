import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (Python 3.11.7).
@Suite("Confusion matrix")
struct ConfusionMatrixTests {
    @Test func binaryMatchesScikitLearn() throws {
        // Rows are true classes, columns predicted: [[TN, FP], [FN, TP]].
        // scikit-learn 1.9.1: confusion_matrix([0,1,1,0,1,1,0,0,1,0], [0,1,0,0,1,1,1,0,1,1]) = [[3, 2], [1, 4]]
        let labels: [Double] = [0, 1, 1, 0, 1, 1, 0, 0, 1, 0]
        let predicted: [Double] = [0, 1, 0, 0, 1, 1, 1, 0, 1, 1]
        #expect(try confusionMatrix(labels: labels, predicted: predicted) == [[3, 2], [1, 4]])
    }

    @Test func multiclassMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: confusion_matrix([2,0,2,2,0,1], [0,0,2,2,0,2]) = [[2,0,0],[0,0,1],[1,0,2]]
        #expect(try confusionMatrix(labels: [2, 0, 2, 2, 0, 1], predicted: [0, 0, 2, 2, 0, 2]) == [[2, 0, 0], [0, 0, 1], [1, 0, 2]])
        // Classes come from both arrays, sorted: 3 appears only as a prediction.
        // scikit-learn 1.9.1: confusion_matrix([0,0,1], [0,3,1]) = [[1,0,1],[0,1,0],[0,0,0]]
        #expect(try confusionMatrix(labels: [0, 0, 1], predicted: [0, 3, 1]) == [[1, 0, 1], [0, 1, 0], [0, 0, 0]])
        // scikit-learn 1.9.1: confusion_matrix([1, 1], [1, 1]) = [[2]]
        #expect(try confusionMatrix(labels: [1, 1], predicted: [1, 1]) == [[2]])
    }

    @Test func inputErrors() {
        #expect(throws: MetricError.lengthMismatch(actual: 2, predicted: 3)) { try confusionMatrix(labels: [0, 1], predicted: [0, 1, 1]) }
        #expect(throws: MetricError.empty) { try confusionMatrix(labels: [], predicted: []) }
        #expect(throws: MetricError.invalidLabel(index: 1, value: 0.5)) { try confusionMatrix(labels: [0, 0.5], predicted: [0, 1]) }
        #expect(throws: MetricError.invalidLabel(index: 0, value: -1)) { try confusionMatrix(labels: [-1, 1], predicted: [0, 1]) }
        #expect(throws: MetricError.invalidLabel(index: 2, value: .infinity)) {
            try confusionMatrix(labels: [0, 1, 1], predicted: [0, 1, .infinity])
        }
        #expect(throws: MetricError.self) { try confusionMatrix(labels: [0, 1], predicted: [.nan, 1]) }
    }
}
