import Foundation
import MiniML
import Testing

@Suite("ModelPipeline")
struct ModelPipelineTests {
    private typealias Doubles = PipelineTestDoubles

    private let table: DataTable

    init() throws {
        table = try DataTable(columns: [
            ("a", .numeric([1, 2, 3])),
            ("b", .numeric([10, 20, 30])),
            ("zone", .categorical(codes: [0, 1, 0], levels: ["RL", "RM"])),
        ])
    }

    @Test func aLogTargetIsFittedInLogsAndPredictedInOriginalUnits() throws {
        // The mean of log 1, log 4, log 16 is log(64) / 3 = log 4, so the prediction is exp(log 4) = 4
        // (the geometric mean), not the arithmetic mean 7.
        var model = ModelPipeline(
            features: FeaturePipeline([OneHotEncoder()]), estimator: Doubles.MeanEstimator(), targetTransform: .log)
        try model.fit(table, target: [1, 4, 16])
        #expect(model.featureNames == ["a", "b", "zone=RL", "zone=RM"])
        let fittedMean = try #require(model.estimator as? Doubles.MeanEstimator).mean
        #expect(abs(fittedMean - log(4)) < 1e-15)
        let predictions = try model.predict(table.selecting(rows: [0, 1]))
        #expect(predictions.count == 2)
        #expect(predictions.allSatisfy { abs($0 - 4) < 1e-12 })
    }

    @Test func predictionFindsTheTrainingFeaturesByName() throws {
        var model = ModelPipeline(
            features: FeaturePipeline([ColumnDropper(columns: ["zone"])]), estimator: Doubles.FirstFeatureEstimator())
        try model.fit(table, target: [1, 2, 3])
        // The columns come in another order, with an extra one: the model still reads "a" first.
        let reordered = try DataTable(columns: [
            ("extra", .text(["x"])), ("b", .numeric([50])), ("zone", .text([nil])), ("a", .numeric([5])),
        ])
        #expect(try model.predict(reordered) == [5])
        let lacking = try DataTable(columns: [("a", .numeric([5])), ("zone", .text([nil]))])
        #expect(throws: MiniMLError.invalidInput("after preprocessing, the table has no feature 'b' seen in training")) {
            try model.predict(lacking)
        }
    }

    @Test func positiveProbabilitiesComeFromABinaryClassifier() throws {
        var model = ModelPipeline(
            features: FeaturePipeline([ColumnDropper(columns: ["zone"])]), estimator: Doubles.PriorClassifier())
        try model.fit(table, target: [0, 1, 1])
        // Two of three training labels are 1.
        #expect(try model.predictPositiveProbability(table) == [2.0 / 3, 2.0 / 3, 2.0 / 3])
        try model.fit(table, target: [0, 2, 2])
        #expect(throws: MiniMLError.self) { try model.predictPositiveProbability(table) }
        var regression = ModelPipeline(
            features: FeaturePipeline([ColumnDropper(columns: ["zone"])]), estimator: Doubles.MeanEstimator())
        try regression.fit(table, target: [1, 2, 3])
        #expect(throws: MiniMLError.self) { try regression.predictPositiveProbability(table) }
    }

    @Test func misuseThrows() throws {
        let features = FeaturePipeline([ColumnDropper(columns: ["zone"])])
        var model = ModelPipeline(features: features, estimator: Doubles.MeanEstimator())
        #expect(throws: MiniMLError.invalidInput("ModelPipeline must be fitted before it predicts")) { try model.predict(table) }
        #expect(throws: MiniMLError.shapeMismatch("3 rows but 2 targets")) { try model.fit(table, target: [1, 2]) }
        var classifier = ModelPipeline(features: features, estimator: Doubles.PriorClassifier(), targetTransform: .log1p)
        #expect(throws: MiniMLError.self) { try classifier.fit(table, target: [0, 1, 1]) }
        // Categorical features must be encoded first.
        var unencoded = ModelPipeline(features: FeaturePipeline([]), estimator: Doubles.MeanEstimator())
        #expect(throws: MiniMLError.self) { try unencoded.fit(table, target: [1, 2, 3]) }
    }
}
