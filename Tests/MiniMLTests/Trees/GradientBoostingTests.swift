import Foundation
import MiniML
import Testing

@Suite("Trees: gradient boosting")
struct GradientBoostingTests {
    // x0 = 1…4, x1 = 10, 30, 20, 40, y = 1, 2, 6, 7. Squared error starts from the mean 4: gradients
    // raw − y = 3, 2, −2, −3, hessians 1. Four distinct values per feature: one bin each, thresholds
    // midway. Gains G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) with G = 0, λ = 0:
    //   x0 ≤ 1.5: 9/1 + 9/3 = 12;  x0 ≤ 2.5: 25/2 + 25/2 = 25;  x0 ≤ 3.5: 9/3 + 9/1 = 12;
    //   x1 ≤ 15: 12;  x1 ≤ 25 (gradients 3, −2 | 2, −3): 1/2 + 1/2 = 1;  x1 ≤ 35: 12.
    // Best x0 ≤ 2.5; leaves −G/H = −2.5 and +2.5, so with learning rate 1 the predictions are 1.5 and 6.5.
    let x = Matrix([[1, 10], [2, 30], [3, 20], [4, 40]])
    let y: [Double] = [1, 2, 6, 7]

    @Test func firstTreeFollowsTheGradientsByHand() throws {
        var model = GradientBoosting(task: .regression, learningRate: 1, maxIterations: 1, maxLeafNodes: 2, minSamplesLeaf: 1)
        try model.fit(x, y)
        #expect(model.baseline == [4])
        let tree = try #require(model.trees.first?.first)
        #expect(tree.node(0).feature == 0)
        #expect(tree.node(0).threshold == 2.5)
        #expect(abs(tree.node(0).gain - 25) < 1e-12)
        // Leaf values are −G/(H + λ + 1e-15), as scikit-learn, hence the tolerance.
        #expect(zip(model.predict(x), [1.5, 1.5, 6.5, 6.5]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(model.featureImportances == [1, 0])
        // Training MSE after the iteration: (0.25 + 0.25 + 0.25 + 0.25) / 4.
        #expect(abs(model.learningCurve.training[0] - 0.25) < 1e-12)
        #expect(model.learningCurve.validation.isEmpty)
    }

    @Test func l2RegularizationShrinksLeavesAndGains() throws {
        // λ = 2: leaves −(5)/(2 + 2) = −1.25 and +1.25 → 2.75 and 5.25; gain 25/4 + 25/4 − 0 = 12.5.
        var model = GradientBoosting(task: .regression, learningRate: 1, maxIterations: 1, maxLeafNodes: 2,
                                     minSamplesLeaf: 1, l2Regularization: 2)
        try model.fit(x, y)
        #expect(zip(model.predict(x), [2.75, 2.75, 5.25, 5.25]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs((model.trees.first?.first?.node(0).gain ?? 0) - 12.5) < 1e-12)
    }

    @Test func learningRateAndMinSamplesLeafApply() throws {
        // Learning rate 0.5 halves the leaves: 4 ∓ 1.25. min_samples_leaf 3 forbids any split of 4 rows.
        var halved = GradientBoosting(task: .regression, learningRate: 0.5, maxIterations: 1, maxLeafNodes: 2, minSamplesLeaf: 1)
        try halved.fit(x, y)
        #expect(zip(halved.predict(x), [2.75, 2.75, 5.25, 5.25]).allSatisfy { abs($0 - $1) < 1e-12 })
        var blocked = GradientBoosting(task: .regression, maxIterations: 3, minSamplesLeaf: 3)
        try blocked.fit(x, y)
        #expect(blocked.trees.allSatisfy { $0[0].nodeCount == 1 })
        #expect(blocked.predict(x) == [4, 4, 4, 4])
    }

    @Test func maxLeafNodesAndMaxDepthLimitTheTrees() throws {
        let (x, y) = TreeTestData.training
        var leafy = GradientBoosting(task: .regression, maxIterations: 3, maxLeafNodes: 5, earlyStopping: .off)
        try leafy.fit(x, y)
        #expect(leafy.trees.allSatisfy { $0[0].leafCount == 5 })
        var shallow = GradientBoosting(task: .regression, maxIterations: 3, maxDepth: 2, earlyStopping: .off)
        try shallow.fit(x, y)
        #expect(shallow.trees.allSatisfy { $0[0].depth == 2 && $0[0].leafCount <= 4 })
    }

    @Test func regressionMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: HistGradientBoostingRegressor(early_stopping=False).fit(X, y) on
        // TreeTestData.training: r2_score on TreeTestData.test 0.9291341988269931, first three test
        // predictions 1.0069752517525477, -0.7270720665510008, 0.46900237369246156. scikit-learn keeps
        // gradients in float32, hence the 1e-6 tolerance.
        var model = GradientBoosting(task: .regression, earlyStopping: .off)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        #expect(model.iterationCount == 100)
        let predictions = model.predict(TreeTestData.test.x)
        #expect(abs(TreeTestData.r2(TreeTestData.test.y, predictions) - 0.9291341988269931) < 1e-6)
        for (value, expected) in zip(predictions, [1.0069752517525477, -0.7270720665510008, 0.46900237369246156]) {
            #expect(abs(value - expected) < 1e-6)
        }
    }

    @Test func binaryClassificationMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: HistGradientBoostingClassifier(early_stopping=False).fit(X, y > 1.5):
        // log_loss on the test labels 0.24564969656114102; predict_proba of the first test row
        // [0.38885386114981146, 0.6111461388501885].
        var model = GradientBoosting(task: .classification, earlyStopping: .off)
        try model.fit(TreeTestData.training.x, TreeTestData.binary(TreeTestData.training.y))
        let probabilities = model.predictProbabilities(TreeTestData.test.x)
        let loss = TreeTestData.logLoss(TreeTestData.binary(TreeTestData.test.y), probabilities)
        #expect(abs(loss - 0.24564969656114102) < 1e-6)
        #expect(abs(probabilities[0, 1] - 0.6111461388501885) < 1e-6)
        #expect(model.classes == [0, 1])
        #expect(model.predict(Matrix([TreeTestData.test.x.row(0).map { $0 }])) == [1])
    }

    @Test func multiclassClassificationMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: HistGradientBoostingClassifier(early_stopping=False) on three classes
        // (y < 0.8, < 2, else): test log_loss 0.7378621707213697. One tree per class and iteration; the
        // many near-tied splits of 3 × 100 small trees make float32 and float64 gradients drift apart a
        // little (0.73783 here), hence 2e-3.
        var model = GradientBoosting(task: .classification, earlyStopping: .off)
        try model.fit(TreeTestData.training.x, TreeTestData.threeClasses(TreeTestData.training.y))
        #expect(model.trees.count == 100 && model.trees.allSatisfy { $0.count == 3 })
        let probabilities = model.predictProbabilities(TreeTestData.test.x)
        let loss = TreeTestData.logLoss(TreeTestData.threeClasses(TreeTestData.test.y), probabilities)
        #expect(abs(loss - 0.7378621707213697) < 2e-3)
        for row in 0..<probabilities.rows {
            #expect(abs(probabilities[row, 0] + probabilities[row, 1] + probabilities[row, 2] - 1) < 1e-12)
        }
    }

    @Test func squaredErrorTrainingLossNeverRises() throws {
        var model = GradientBoosting(task: .regression, maxIterations: 60, earlyStopping: .off)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        let curve = model.learningCurve.training
        #expect(curve.count == 60)
        #expect(zip(curve, curve.dropFirst()).allSatisfy { $1 <= $0 })
        #expect(curve.last! < curve.first! / 5)
    }

    @Test func earlyStoppingStopsOnNoise() throws {
        // Targets are pure noise: the validation loss cannot keep improving, so boosting stops long
        // before 100 iterations and keeps only those up to the best validation loss.
        var generator = SeededGenerator(seed: 99)
        let x = Matrix(rows: 400, columns: 3, values: (0..<1200).map { _ in generator.nextUnit() })
        let y = (0..<400).map { _ in generator.nextGaussian() }
        var model = GradientBoosting(task: .regression, earlyStopping: .on)
        try model.fit(x, y)
        let curve = model.learningCurve
        #expect(curve.validation.count == curve.training.count)
        #expect(curve.validation.count < 100)
        #expect(model.iterationCount < curve.validation.count)
        if model.iterationCount > 0 {
            #expect(curve.validation[model.iterationCount - 1] == curve.validation.min())
        }
    }

    @Test func earlyStoppingAutoIsOffForSmallData() throws {
        var model = GradientBoosting(task: .regression, maxIterations: 5)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        #expect(model.learningCurve.validation.isEmpty)
        #expect(model.iterationCount == 5)
    }

    @Test func subsamplingIsSeededAndStillLearns() throws {
        let (x, y) = TreeTestData.training
        func fitted(seed: UInt64) throws -> GradientBoosting {
            var model = GradientBoosting(task: .regression, maxIterations: 30, subsample: 0.5, colsample: 0.67,
                                         earlyStopping: .off, seed: seed)
            try model.fit(x, y)
            return model
        }
        let first = try fitted(seed: 1), again = try fitted(seed: 1), other = try fitted(seed: 2)
        let test = TreeTestData.test.x
        #expect(first.predict(test) == again.predict(test))
        #expect(first.predict(test) != other.predict(test))
        #expect(TreeTestData.r2(TreeTestData.test.y, first.predict(test)) > 0.8)
        // Two of three features per tree: some tree lacks x1, the strongest feature.
        #expect(first.trees.contains { iteration in (0..<iteration[0].nodeCount).allSatisfy { iteration[0].node($0).feature != 1 } })
    }

    @Test func importancesSumToOneAndFindTheInformativeFeature() throws {
        let (x, y) = TreeTestData.oneInformativeFeature()
        var model = GradientBoosting(task: .regression, maxIterations: 20)
        try model.fit(x, y)
        #expect(abs(model.featureImportances.reduce(0, +) - 1) < 1e-12)
        #expect(model.featureImportances[1] > 0.9)
    }

    @Test func rejectsBadInputAndParameters() {
        var model = GradientBoosting(task: .classification)
        #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 2), []) }
        #expect(throws: MiniMLError.shapeMismatch("4 rows but 2 targets")) { try model.fit(x, [0, 1]) }
        #expect(throws: MiniMLError.invalidInput("only one class (1.0) in the targets")) { try model.fit(x, [1, 1, 1, 1]) }
        var tooManyBins = GradientBoosting(task: .regression, maxBins: 256)
        #expect(throws: MiniMLError.invalidParameter(name: "max_bins", reason: "must be from 2 to 255, not 256")) {
            try tooManyBins.fit(x, y)
        }
        var noSamples = GradientBoosting(task: .regression, subsample: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "subsample", reason: "must be in (0, 1], not 0.0")) {
            try noSamples.fit(x, y)
        }
    }
}
