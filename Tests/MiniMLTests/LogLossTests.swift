import Foundation
import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (NumPy 2.4.6, Python 3.11.7).
@Suite("Log loss")
struct LogLossTests {
    @Test func binaryMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: log_loss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.35]) = 0.21616187468057912
        #expect(isClose(try logLoss(labels: [0, 1, 1, 0], probabilities: [0.1, 0.9, 0.8, 0.35]), 0.21616187468057912))
        // scikit-learn 1.9.1: log_loss([1, 0, 0, 1, 1], [0.7, 0.2, 0.6, 0.99, 0.4]) = 0.4844900589709507
        #expect(isClose(try logLoss(labels: [1, 0, 0, 1, 1], probabilities: [0.7, 0.2, 0.6, 0.99, 0.4]), 0.4844900589709507))
        // One class only is fine (scikit-learn would ask for labels=[0, 1]): −ln 0.5.
        #expect(isClose(try logLoss(labels: [1, 1], probabilities: [0.5, 0.5]), log(2)))
    }

    @Test func probabilitiesAreClippedAtOneInAQuadrillion() throws {
        // By hand: a certain wrong answer costs −ln(1e-15) = 34.538776394910684 (Python math.log),
        // not infinity. (scikit-learn 1.9.1 clips at 2.2e-16 instead: log_loss([1, 0], [0.0, 1.0]) = 36.04365338911715.)
        #expect(try logLoss(labels: [1, 0], probabilities: [0, 1]) == 34.538776394910684)
        // A certain right answer costs −ln(1 − 1e-15) = 9.992007221626415e-16 (Python math.log), not 0.
        #expect(isClose(try logLoss(labels: [1, 0], probabilities: [1, 0]), 9.992007221626415e-16))
        // One of each: (−ln 0.9 + 34.538776394910684) / 2 = 17.322068455284256 (Python).
        #expect(isClose(try logLoss(labels: [1, 1], probabilities: [0.9, 0]), 17.322068455284256))
    }

    @Test func multiclassMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: log_loss([0, 2, 1, 2], [[0.7,0.2,0.1],[0.1,0.3,0.6],[0.25,0.5,0.25],[0.2,0.2,0.6]])
        //   = 0.5178683430076647 (= −(ln 0.7 + ln 0.6 + ln 0.5 + ln 0.6) / 4)
        let probabilities = Matrix([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25], [0.2, 0.2, 0.6]])
        #expect(isClose(try logLoss(labels: [0, 2, 1, 2], probabilities: probabilities), 0.5178683430076647))
        // Named classes: scikit-learn 1.9.1: log_loss([1, 3, 1], [[0.9,0.1],[0.4,0.6],[0.3,0.7]], labels=[1, 3])
        //   = 0.6067196479165844
        let twoColumns = Matrix([[0.9, 0.1], [0.4, 0.6], [0.3, 0.7]])
        #expect(isClose(try logLoss(labels: [1, 3, 1], probabilities: twoColumns, classes: [1, 3]), 0.6067196479165844))
        // Two columns of classes 0 and 1 give the binary loss.
        let binary = Matrix([[0.9, 0.1], [0.1, 0.9], [0.2, 0.8], [0.65, 0.35]])
        #expect(isClose(try logLoss(labels: [0, 1, 1, 0], probabilities: binary), 0.21616187468057912))
        // Clipped as well: −ln(1e-15).
        #expect(try logLoss(labels: [1], probabilities: Matrix([[1, 0]])) == 34.538776394910684)
    }

    @Test func binaryInputErrors() {
        #expect(throws: MetricError.lengthMismatch(actual: 2, predicted: 1)) { try logLoss(labels: [0, 1], probabilities: [0.5]) }
        #expect(throws: MetricError.empty) { try logLoss(labels: [], probabilities: []) }
        #expect(throws: MetricError.notBinary(index: 1, value: 2)) { try logLoss(labels: [0, 2], probabilities: [0.5, 1.5]) }
        #expect(throws: MetricError.notAProbability(index: 1, value: 1.5)) { try logLoss(labels: [0, 1], probabilities: [0.5, 1.5]) }
        #expect(throws: MetricError.notAProbability(index: 0, value: -0.1)) { try logLoss(labels: [0, 1], probabilities: [-0.1, 0.5]) }
        #expect(throws: MetricError.self) { try logLoss(labels: [0, 1], probabilities: [0.5, .nan]) }
    }

    @Test func multiclassInputErrors() {
        let probabilities = Matrix([[0.5, 0.5], [0.2, 0.8]])
        #expect(throws: MetricError.lengthMismatch(actual: 3, predicted: 2)) { try logLoss(labels: [0, 1, 1], probabilities: probabilities) }
        #expect(throws: MetricError.empty) { try logLoss(labels: [], probabilities: Matrix(rows: 0, columns: 2)) }
        #expect(throws: MetricError.classCountMismatch(classes: 3, columns: 2)) {
            try logLoss(labels: [0, 1], probabilities: probabilities, classes: [0, 1, 2])
        }
        #expect(throws: MetricError.notAProbability(index: 1, value: -0.25)) {
            try logLoss(labels: [0, 1], probabilities: Matrix([[0.5, 0.5], [-0.25, 1.25]]))
        }
        #expect(throws: MetricError.invalidLabel(index: 1, value: 2)) { try logLoss(labels: [0, 2], probabilities: probabilities) }
        #expect(throws: MetricError.invalidLabel(index: 0, value: 0)) {
            try logLoss(labels: [0, 1], probabilities: probabilities, classes: [1, 3])
        }
    }
}
