import Foundation
import MiniML
import Synchronization
import Testing

@Suite("Cross-validation")
struct CrossValidationTests {
    private typealias Doubles = PipelineTestDoubles

    @Test func meanEstimatorScoresByHand() throws {
        // y = 1…6, folds validating on rows [0, 1], [2, 3], [4, 5] (no shuffle).
        // Fold 0 trains on 3 4 5 6, mean 4.5: MSE ((1 − 4.5)² + (2 − 4.5)²) / 2 = (12.25 + 6.25) / 2 = 9.25.
        // Fold 1 trains on 1 2 5 6, mean 3.5: ((3 − 3.5)² + (4 − 3.5)²) / 2 = 0.25.
        // Fold 2 trains on 1 2 3 4, mean 2.5: ((5 − 2.5)² + (6 − 2.5)²) / 2 = 9.25.
        // Mean 18.75 / 3 = 6.25; population deviation √((3² + 6² + 3²) / 3) = √18.
        let table = try DataTable(columns: [("x", .numeric([0, 0, 0, 0, 0, 0]))])
        let model = ModelPipeline(features: FeaturePipeline([]), estimator: Doubles.MeanEstimator())
        let result = try crossValidate(
            model, table: table, target: [1, 2, 3, 4, 5, 6], folds: kFold(count: 6, k: 3, shuffle: false),
            metric: meanSquaredError)
        #expect(result.scores == [9.25, 0.25, 9.25])
        #expect(result.mean == 6.25)
        #expect(result.standardDeviation == 18.0.squareRoot())
    }

    @Test func featuresAndEstimatorSeeOnlyEachFoldsTrainingRows() throws {
        // A spy step logs the row numbers it is fitted on; the estimator logs its targets and the scaled
        // x it is given, which must be standardised with the training rows' statistics alone.
        let count = 10
        let x = (0..<count).map { Double($0 * $0) }
        let target = (0..<count).map { Double(100 + $0) }
        let table = try DataTable(columns: [("row", .numeric((0..<count).map(Double.init))), ("x", .numeric(x))])
        let stepLog = Doubles.Log()
        let targetLog = Doubles.Log()
        let featureLog = Doubles.Log()
        let model = ModelPipeline(
            features: FeaturePipeline([
                Doubles.SpyStep(log: stepLog), StandardScaler(columns: ["x"]), ColumnDropper(columns: ["row"]),
            ]),
            estimator: Doubles.MeanEstimator(targetLog: targetLog, featureLog: featureLog))
        let folds = kFold(count: count, k: 5, seed: 3)
        _ = try crossValidate(model, table: table, target: target, folds: folds, metric: meanSquaredError)

        #expect(stepLog.all == folds.map { $0.train.map(Double.init) })
        #expect(targetLog.all == folds.map { $0.train.map { target[$0] } })
        for (fold, scaled) in zip(folds, featureLog.all) {
            let training = fold.train.map { x[$0] }
            let mean = training.reduce(0, +) / Double(training.count)
            let deviation = (training.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(training.count)).squareRoot()
            #expect(zip(scaled, training).allSatisfy { abs($0 - ($1 - mean) / deviation) < 1e-12 })
        }
    }

    @Test func theTargetTransformIsFittedPerFoldAndUndone() throws {
        // Folds validate on [0, 1] and [2, 3]. Fold 0 trains on 16 and 64: the mean of their logs gives
        // exp((log 16 + log 64) / 2) = √1024 = 32. Fold 1 trains on 1 and 4: √4 = 2.
        let table = try DataTable(columns: [("x", .numeric([0, 0, 0, 0]))])
        let model = ModelPipeline(features: FeaturePipeline([]), estimator: Doubles.MeanEstimator(), targetTransform: .log)
        let result = try crossValidate(
            model, table: table, target: [1, 4, 16, 64], folds: kFold(count: 4, k: 2, shuffle: false),
            metric: { _, predicted in predicted.reduce(0, +) / Double(predicted.count) })
        #expect(abs(result.scores[0] - 32) < 1e-12 && abs(result.scores[1] - 2) < 1e-12)
        // The given pipeline stays unfitted: each fold fitted a copy.
        #expect(model.featureNames.isEmpty)
    }

    @Test func probabilitiesAreScoredWhenAsked() throws {
        // Labels 0 1 1 0 1 1. Fold 0 trains on 1 0 1 1 → P(1) = 0.75; fold 1 on 0 1 1 1 → 0.75; fold 2 on 0 1 1 0 → 0.5.
        let table = try DataTable(columns: [("x", .numeric([0, 0, 0, 0, 0, 0]))])
        let model = ModelPipeline(features: FeaturePipeline([]), estimator: Doubles.PriorClassifier())
        let calls = Mutex<[[Int]]>([])
        let result = try crossValidate(
            model, table: table, target: [0, 1, 1, 0, 1, 1], folds: kFold(count: 6, k: 3, shuffle: false),
            probabilities: true, metric: { _, predicted in predicted[0] },
            progress: { done, total in calls.withLock { $0.append([done, total]) } })
        #expect(result.scores == [0.75, 0.75, 0.5])
        #expect(calls.withLock { $0 } == [[1, 3], [2, 3], [3, 3]])
    }

    @Test func badFoldsThrow() throws {
        let table = try DataTable(columns: [("x", .numeric([0, 0, 0]))])
        let model = ModelPipeline(features: FeaturePipeline([]), estimator: Doubles.MeanEstimator())
        let cases: [([Fold], String)] = [
            ([], "cross-validation needs at least one fold"),
            ([Fold(train: [0, 1], validation: [1, 2])], "fold 0 both trains and validates on row 1"),
            ([Fold(train: [0, 3], validation: [1])], "fold 0 has row 3, outside 0..<3"),
            ([Fold(train: [0], validation: [])], "fold 0 has no training or no validation row"),
        ]
        for (folds, message) in cases {
            #expect(throws: MiniMLError.invalidInput(message)) {
                try crossValidate(model, table: table, target: [1, 2, 3], folds: folds, metric: meanSquaredError)
            }
        }
        #expect(throws: MiniMLError.shapeMismatch("3 rows but 2 targets")) {
            try crossValidate(model, table: table, target: [1, 2], folds: kFold(count: 3, k: 3), metric: meanSquaredError)
        }
    }

    @Test func resultStatisticsByHand() {
        // Scores 1 and 3: mean 2, population deviation √((1 + 1) / 2) = 1 (the sample one would be √2).
        let result = CrossValidationResult(scores: [1, 3])
        #expect(result.mean == 2 && result.standardDeviation == 1)
    }
}
