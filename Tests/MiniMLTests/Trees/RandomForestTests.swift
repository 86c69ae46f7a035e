import MiniML
import Testing

@Suite("Trees: random forest")
struct RandomForestTests {
    @Test func regressionScoresLikeScikitLearn() throws {
        // scikit-learn 1.9.1: RandomForestRegressor(n_estimators=100, random_state=0).fit(X, y) on
        // TreeTestData.training gives r2_score on TreeTestData.test of 0.9274052751769413. Bootstrap draws
        // differ between the libraries, so only the score is compared, within 0.01.
        var model = RandomForest(task: .regression)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        #expect(model.trees.count == 100)
        let r2 = TreeTestData.r2(TreeTestData.test.y, model.predict(TreeTestData.test.x))
        #expect(abs(r2 - 0.9274052751769413) < 0.01)
    }

    @Test func classificationScoresLikeScikitLearn() throws {
        // scikit-learn 1.9.1: RandomForestClassifier(n_estimators=100, random_state=0) on the binary
        // labels y > 1.5 gives test accuracy 0.9166666666666666; compared within 0.03.
        let labels = TreeTestData.binary(TreeTestData.training.y)
        var model = RandomForest(task: .classification)
        try model.fit(TreeTestData.training.x, labels)
        let testLabels = TreeTestData.binary(TreeTestData.test.y)
        let accuracy = TreeTestData.accuracy(testLabels, model.predict(TreeTestData.test.x))
        #expect(abs(accuracy - 0.9166666666666666) < 0.03)
        let probabilities = model.predictProbabilities(TreeTestData.test.x)
        for row in 0..<probabilities.rows {
            #expect(abs(probabilities[row, 0] + probabilities[row, 1] - 1) < 1e-12)
        }
    }

    @Test func sameSeedSameForestOtherSeedOtherForest() throws {
        let (x, y) = TreeTestData.training
        var first = RandomForest(task: .regression, treeCount: 12, seed: 5)
        var again = first
        var other = RandomForest(task: .regression, treeCount: 12, seed: 6)
        try first.fit(x, y)
        try again.fit(x, y)
        try other.fit(x, y)
        let test = TreeTestData.test.x
        #expect(first.trees == again.trees)
        #expect(first.predict(test) == again.predict(test))
        #expect(first.predict(test) != other.predict(test))
    }

    @Test func withoutRandomnessEveryTreeIsTheDecisionTree() throws {
        // No bootstrap and all features: each tree is grown on the same rows with the same candidates.
        let (x, y) = TreeTestData.training
        var forest = RandomForest(task: .regression, treeCount: 3, maxDepth: 5, maxFeatures: .all, bootstrap: false)
        try forest.fit(x, y)
        var tree = DecisionTree(task: .regression, maxDepth: 5)
        try tree.fit(x, y)
        #expect(forest.trees.allSatisfy { $0 == tree.tree })
        // The mean of three equal values may differ from them in the last bit.
        let gap = zip(forest.predict(TreeTestData.test.x), tree.predict(TreeTestData.test.x)).map { abs($0 - $1) }.max()!
        #expect(gap < 1e-12)
    }

    @Test func bootstrapRowsCountOnceInSamplesButWeighLeafValues() throws {
        // Every tree sees some rows twice or more: its root still counts distinct rows (≈ 63% of 300).
        var forest = RandomForest(task: .regression, treeCount: 4, maxDepth: 1)
        try forest.fit(TreeTestData.training.x, TreeTestData.training.y)
        for tree in forest.trees {
            let rows = tree.node(0).samples
            #expect(rows > 150 && rows < 230)
        }
    }

    @Test func importancesSumToOneAndFindTheInformativeFeature() throws {
        let (x, y) = TreeTestData.oneInformativeFeature()
        var model = RandomForest(task: .regression, treeCount: 20, maxFeatures: .all)
        try model.fit(x, y)
        #expect(abs(model.featureImportances.reduce(0, +) - 1) < 1e-12)
        #expect(model.featureImportances[1] > 0.9)
    }

    @Test func rejectsBadInputAndParameters() {
        var model = RandomForest(task: .classification, treeCount: 2)
        #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 1), []) }
        #expect(throws: MiniMLError.shapeMismatch("2 rows but 1 targets")) { try model.fit(Matrix(column: [1, 2]), [0]) }
        #expect(throws: MiniMLError.invalidInput("only one class (0.0) in the targets")) { try model.fit(Matrix(column: [1, 2]), [0, 0]) }
        var noTrees = RandomForest(task: .regression, treeCount: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "n_estimators", reason: "must be at least 1, not 0")) {
            try noTrees.fit(Matrix(column: [1, 2]), [0, 1])
        }
    }
}
