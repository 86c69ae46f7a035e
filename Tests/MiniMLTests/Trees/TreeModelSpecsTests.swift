import MiniML
import Testing

@Suite("Trees: model specs")
struct TreeModelSpecsTests {
    @Test func namesAndParametersFollowScikitLearn() {
        #expect(ModelSpec.decisionTree.name == "tree")
        #expect(ModelSpec.randomForest.name == "forest")
        #expect(ModelSpec.gradientBoosting.name == "gbdt")
        for spec in [ModelSpec.decisionTree, .randomForest, .gradientBoosting] {
            #expect(spec.tasks == [.regression, .classification])
        }
        #expect(ModelSpec.decisionTree.parameters.map(\.name)
            == ["criterion", "max_depth", "min_samples_split", "min_samples_leaf", "max_features", "seed"])
        #expect(ModelSpec.randomForest.parameters.map(\.name)
            == ["n_estimators", "max_depth", "min_samples_leaf", "max_features", "bootstrap", "seed"])
        #expect(ModelSpec.gradientBoosting.parameters.map(\.name) == [
            "learning_rate", "max_iter", "max_leaf_nodes", "max_depth", "min_samples_leaf", "l2_regularization",
            "max_bins", "subsample", "colsample", "early_stopping", "validation_fraction", "n_iter_no_change", "tol", "seed",
        ])
    }

    @Test func defaultsBuildDefaultModels() throws {
        let tree = try #require(ModelSpec.decisionTree.make(try ModelSpec.decisionTree.resolve([]), .classification) as? DecisionTree)
        #expect(tree.criterion == nil && tree.maxDepth == nil && tree.minSamplesSplit == 2 && tree.minSamplesLeaf == 1)
        #expect(tree.maxFeatures == .all && tree.seed == 0)
        let forest = try #require(ModelSpec.randomForest.make(try ModelSpec.randomForest.resolve([]), .regression) as? RandomForest)
        #expect(forest.treeCount == 100 && forest.maxDepth == nil && forest.minSamplesLeaf == 1)
        #expect(forest.maxFeatures == nil && forest.bootstrap)
        let boosting = try #require(ModelSpec.gradientBoosting.make(try ModelSpec.gradientBoosting.resolve([]), .regression) as? GradientBoosting)
        #expect(boosting.learningRate == 0.1 && boosting.maxIterations == 100 && boosting.maxLeafNodes == 31)
        #expect(boosting.maxDepth == nil && boosting.minSamplesLeaf == 20 && boosting.l2Regularization == 0)
        #expect(boosting.maxBins == 255 && boosting.subsample == 1 && boosting.colsample == 1)
        #expect(boosting.earlyStopping == .auto && boosting.validationFraction == 0.1)
        #expect(boosting.iterationsWithoutChange == 10 && boosting.tolerance == 1e-7 && boosting.seed == 0)
    }

    @Test func givenValuesReachTheModels() throws {
        let treeParameters = try ModelSpec.decisionTree.resolve(["criterion=entropy", "max_depth=4", "max_features=sqrt", "seed=9"])
        let tree = try #require(ModelSpec.decisionTree.make(treeParameters, .classification) as? DecisionTree)
        #expect(tree.criterion == .entropy && tree.maxDepth == 4 && tree.maxFeatures == .sqrt && tree.seed == 9)
        let forestParameters = try ModelSpec.randomForest.resolve(["n_estimators=7", "max_features=0.5", "bootstrap=false"])
        let forest = try #require(ModelSpec.randomForest.make(forestParameters, .classification) as? RandomForest)
        #expect(forest.treeCount == 7 && forest.maxFeatures == .fraction(0.5) && !forest.bootstrap)
        let boostingParameters = try ModelSpec.gradientBoosting.resolve(["learning_rate=0.05", "max_depth=3", "early_stopping=on", "subsample=0.8"])
        let boosting = try #require(ModelSpec.gradientBoosting.make(boostingParameters, .classification) as? GradientBoosting)
        #expect(boosting.learningRate == 0.05 && boosting.maxDepth == 3 && boosting.earlyStopping == .on && boosting.subsample == 0.8)
    }

    @Test(arguments: [
        (ModelSpec.decisionTree, "criterion=mae", ParameterError.Reason.outOfRange),
        (.decisionTree, "min_samples_split=1", .outOfRange),
        (.decisionTree, "max_features=0.55", .outOfRange),
        (.randomForest, "n_estimators=0", .outOfRange),
        (.randomForest, "bootstrap=maybe", .notOfType),
        (.gradientBoosting, "learning_rate=0", .outOfRange),
        (.gradientBoosting, "max_bins=256", .outOfRange),
        (.gradientBoosting, "subsample=0", .outOfRange),
        (.gradientBoosting, "validation_fraction=1", .outOfRange),
        (.gradientBoosting, "max_leaf_nodes=1", .outOfRange),
        (.gradientBoosting, "n_estimators=10", .unknownName),
    ])
    func rejectsValuesOutsideTheDomains(spec: ModelSpec, assignment: String, reason: ParameterError.Reason) {
        let error = #expect(throws: ParameterError.self) { try spec.resolve([assignment]) }
        #expect(error?.reason == reason)
    }

    @Test func aResolvedModelTrains() throws {
        let spec = ModelSpec.gradientBoosting
        var model = spec.make(try spec.resolve(["max_iter=5", "min_samples_leaf=5"]), .regression)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        #expect(model.predict(TreeTestData.test.x).count == 300)
    }
}
