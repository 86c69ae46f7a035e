import MiniML
import Synchronization

/// Hand-computable estimators and a spy step for the pipeline and cross-validation tests.
enum PipelineTestDoubles {
    /// What the spies saw, shared by every copy of a spy (pipelines are copied per fold).
    final class Log: Sendable {
        private let entries = Mutex<[[Double]]>([])

        /// Appends one observation.
        func record(_ values: [Double]) {
            entries.withLock { $0.append(values) }
        }

        /// Every observation, in order.
        var all: [[Double]] {
            entries.withLock { $0 }
        }
    }

    /// Predicts the mean of its training targets for every row; logs the targets and first feature column.
    struct MeanEstimator: Estimator {
        let task = MiniML.Task.regression
        var targetLog: Log?
        var featureLog: Log?
        private(set) var mean = Double.nan

        init(targetLog: Log? = nil, featureLog: Log? = nil) {
            self.targetLog = targetLog
            self.featureLog = featureLog
        }

        mutating func fit(_ x: Matrix, _ y: [Double]) throws {
            try validateTrainingData(x, y)
            targetLog?.record(y)
            featureLog?.record(x.column(0))
            mean = y.reduce(0, +) / Double(y.count)
        }

        func predict(_ x: Matrix) -> [Double] {
            [Double](repeating: mean, count: x.rows)
        }
    }

    /// Predicts each row's first feature: shows which column a model was given first.
    struct FirstFeatureEstimator: Estimator {
        let task = MiniML.Task.regression

        mutating func fit(_ x: Matrix, _ y: [Double]) throws {
            try validateTrainingData(x, y)
        }

        func predict(_ x: Matrix) -> [Double] {
            x.column(0)
        }
    }

    /// Gives every row the class frequencies of its training labels 0 and 1.
    struct PriorClassifier: ProbabilisticClassifier {
        let task = MiniML.Task.classification
        private(set) var classes: [Double] = []
        private var positiveRate = Double.nan

        mutating func fit(_ x: Matrix, _ y: [Double]) throws {
            classes = try classLabels(y)
            positiveRate = Double(y.filter { $0 == 1 }.count) / Double(y.count)
        }

        func predict(_ x: Matrix) -> [Double] {
            [Double](repeating: positiveRate >= 0.5 ? 1 : 0, count: x.rows)
        }

        func predictProbabilities(_ x: Matrix) -> Matrix {
            Matrix((0..<x.rows).map { _ in [1 - positiveRate, positiveRate] })
        }
    }

    /// Logs the values of column `row` of every table it is fitted on, and passes tables through.
    struct SpyStep: TableStep {
        let log: Log

        mutating func fit(_ table: DataTable) throws {
            log.record(table.numericValues("row")!)
        }

        func transform(_ table: DataTable) throws -> DataTable {
            table
        }
    }
}
