import MiniML
import Testing

@Suite("Trees: decision tree")
struct DecisionTreeTests {
    // Hand-made regression data: x0 = 1…4, x1 = 10, 30, 20, 40, y = 1, 2, 6, 7.
    // Root: mean 4, SSE 9 + 4 + 4 + 9 = 26. Children SSE of each candidate:
    //   x0 ≤ 1.5: 0 + (1 + 9 + 4) = 14;  x0 ≤ 2.5: 0.5 + 0.5 = 1;  x0 ≤ 3.5: 14 + 0 = 14.
    //   x1 sorted 10, 20, 30, 40 carries y 1, 6, 2, 7: ≤ 15: 14;  ≤ 25: 12.5 + 12.5 = 25;  ≤ 35: 14.
    // Best: x0 ≤ 2.5, weighted impurity decrease 26 − 1 = 25, leaves 1.5 and 6.5.
    let x = Matrix([[1, 10], [2, 30], [3, 20], [4, 40]])
    let y: [Double] = [1, 2, 6, 7]

    @Test func stumpTakesTheBestFeatureAndMidpointThreshold() throws {
        var model = DecisionTree(task: .regression, maxDepth: 1)
        try model.fit(x, y)
        let tree = try #require(model.tree)
        let root = tree.node(0)
        #expect(root.feature == 0)
        #expect(root.threshold == 2.5)
        #expect(root.gain == 25)
        #expect(root.samples == 4)
        let left = try #require(root.left)
        #expect(tree.node(left).value == [1.5])
        #expect(tree.node(left + 1).value == [6.5])
        #expect(tree.nodeCount == 3 && tree.leafCount == 2 && tree.depth == 1)
        #expect(model.predict(Matrix([[2.5, 0], [2.6, 0]])) == [1.5, 6.5])
        #expect(tree.leaf(for: [2.6, 0]) == left + 1)
        #expect(model.featureImportances == [1, 0])
    }

    @Test func withoutDepthLimitGrowsUntilLeavesArePure() throws {
        // Below the root, 1 | 2 and 6 | 7 split once more (x0 ≤ 1.5 and x0 ≤ 3.5): four pure leaves.
        var model = DecisionTree(task: .regression)
        try model.fit(x, y)
        let tree = try #require(model.tree)
        #expect(tree.depth == 2)
        #expect(tree.leafCount == 4)
        #expect(model.predict(x) == y)
        // Importances: root 25, children 0.5 each, all on x0.
        #expect(model.featureImportances == [1, 0])
    }

    @Test func minSamplesLeafMovesTheThreshold() throws {
        // x = 1…5, y = 0, 10, 10, 10, 10. Unrestricted, x ≤ 1.5 leaves SSE 0 + 0.
        // With min_samples_leaf 2 only x ≤ 2.5 (SSE 50 + 0) and x ≤ 3.5 (66.7 + 0) remain: 2.5 wins.
        let x = Matrix(column: [1, 2, 3, 4, 5])
        let y: [Double] = [0, 10, 10, 10, 10]
        var free = DecisionTree(task: .regression, maxDepth: 1)
        try free.fit(x, y)
        #expect(free.tree?.node(0).threshold == 1.5)
        var restricted = DecisionTree(task: .regression, maxDepth: 1, minSamplesLeaf: 2)
        try restricted.fit(x, y)
        let tree = try #require(restricted.tree)
        #expect(tree.node(0).threshold == 2.5)
        #expect(tree.node(1).samples == 2 && tree.node(2).samples == 3)
        #expect(restricted.predict(Matrix(column: [1, 5])) == [5, 10])
    }

    @Test func minSamplesSplitKeepsSmallNodesWhole() throws {
        // 5 rows < min_samples_split 6: the root stays a leaf predicting the mean 40 / 5 = 8.
        var model = DecisionTree(task: .regression, minSamplesSplit: 6)
        try model.fit(Matrix(column: [1, 2, 3, 4, 5]), [0, 10, 10, 10, 10])
        #expect(model.tree?.nodeCount == 1)
        #expect(model.predict(Matrix(column: [1])) == [8])
        #expect(model.featureImportances == [0])
    }

    @Test func giniAndEntropyChooseDifferentFeatures() throws {
        // Classes of the 8 rows: 0, 1, 0, 1, 0, 1, 1, 1.
        // On x0: {x0 = 0} = (0 zeros, 2 ones), {x0 = 1} = (3, 3).
        //   Gini n·G: 0 + 6 · 0.5 = 3.0.          Entropy n·H: 0 + 6 · 1 = 6.0 bits.
        // On x1: {x1 = 0} = (2, 1), {x1 = 1} = (1, 4).
        //   Gini: 3 · 4/9 + 5 · 8/25 = 2.933.      Entropy: 3 · 0.918 + 5 · 0.722 = 6.365 bits.
        // Gini prefers x1 (2.933 < 3.0), entropy prefers x0 (6.0 < 6.365).
        let x = Matrix([[1, 0], [0, 1], [1, 0], [0, 0], [1, 1], [1, 1], [1, 1], [1, 1]])
        let y: [Double] = [0, 1, 0, 1, 0, 1, 1, 1]
        var gini = DecisionTree(task: .classification, criterion: .gini, maxDepth: 1)
        try gini.fit(x, y)
        #expect(gini.tree?.node(0).feature == 1)
        var entropy = DecisionTree(task: .classification, criterion: .entropy, maxDepth: 1)
        try entropy.fit(x, y)
        #expect(entropy.tree?.node(0).feature == 0)
    }

    @Test func classificationLeavesHoldClassProportions() throws {
        // x = 1…7 with classes 3, 3, 7, 3, 7, 7, 7. Gini n·G of each threshold:
        //   ≤1.5: 0 + 6·(1 − 4/36 − 16/36) = 2.67   ≤2.5: 0 + 5·8/25 = 1.6   ≤3.5: 3·4/9 + 4·6/16 = 2.83
        //   ≤4.5: 4·6/16 + 0 = 1.5                  ≤5.5: 5·12/25 + 0 = 2.4  ≤6.5: 6·0.5 + 0 = 3.0
        // Best x ≤ 4.5: left (3, 3, 7, 3) → P = (0.75, 0.25), right (7, 7, 7) → (0, 1).
        var model = DecisionTree(task: .classification, maxDepth: 1)
        try model.fit(Matrix(column: [1, 2, 3, 4, 5, 6, 7]), [3, 3, 7, 3, 7, 7, 7])
        #expect(model.classes == [3, 7])
        #expect(model.tree?.node(0).threshold == 4.5)
        let probabilities = model.predictProbabilities(Matrix(column: [0, 4.5, 9]))
        #expect(probabilities.values == [0.75, 0.25, 0.75, 0.25, 0, 1])
        #expect(model.predict(Matrix(column: [0, 4.5, 9])) == [3, 3, 7])
    }

    @Test func matchesScikitLearnAtDepthThree() throws {
        // scikit-learn 1.9.1: DecisionTreeRegressor(max_depth=3).fit(X, y) on TreeTestData.training;
        // tree_.feature / threshold / value / n_node_samples in node order (depth first, left first).
        // scikit-learn stores X as float32, so its thresholds are midpoints of float32 values.
        let reference: [(feature: Int?, threshold: Double, value: Double, samples: Int)] = [
            (1, -1.5911799669265747, 1.3991596066745153, 300),
            (0, 0.05584428086876869, 3.419828764215351, 33),
            (0, -0.0972690787166357, 2.72055906369964, 15),
            (nil, 0, 2.621030599818648, 12),
            (nil, 0, 3.118672919223607, 3),
            (1, -1.7487440705299377, 4.002553514645111, 18),
            (nil, 0, 4.24042112010812, 13),
            (nil, 0, 3.3840977404412866, 5),
            (1, 1.1969817280769348, 1.149413980461603, 267),
            (0, 0.1577678918838501, 0.6315732601844489, 198),
            (nil, 0, 0.0672771420624349, 99),
            (nil, 0, 1.1958693783064622, 99),
            (0, 0.297411248087883, 2.6353916995177844, 69),
            (nil, 0, 2.0596159565059424, 34),
            (nil, 0, 3.1947167070150013, 35),
        ]
        var model = DecisionTree(task: .regression, maxDepth: 3)
        try model.fit(TreeTestData.training.x, TreeTestData.training.y)
        let tree = try #require(model.tree)
        var preorder: [Int] = []
        var pending = [0]
        while let node = pending.popLast() {
            preorder.append(node)
            if let left = tree.node(node).left { pending += [left + 1, left] }
        }
        try #require(preorder.count == reference.count)
        for (node, expected) in zip(preorder.map(tree.node), reference) {
            #expect(node.feature == expected.feature)
            #expect(abs(node.threshold - expected.threshold) < 1e-6)
            #expect(abs(node.value[0] - expected.value) < 1e-12)
            #expect(node.samples == expected.samples)
        }
        // r2_score(y_test, model.predict(X_test)) on TreeTestData.test = 0.673505185748703.
        let r2 = TreeTestData.r2(TreeTestData.test.y, model.predict(TreeTestData.test.x))
        #expect(abs(r2 - 0.673505185748703) < 1e-9)
    }

    @Test func sameSeedGivesTheSameTreeWhenFeaturesAreDrawn() throws {
        let (x, y) = TreeTestData.training
        var first = DecisionTree(task: .regression, maxFeatures: .fraction(0.5), seed: 11)
        var second = first
        try first.fit(x, y)
        try second.fit(x, y)
        #expect(first.tree == second.tree)
        #expect(first.predict(TreeTestData.test.x) == second.predict(TreeTestData.test.x))
    }

    @Test func importancesSumToOneAndFindTheInformativeFeature() throws {
        let (x, y) = TreeTestData.oneInformativeFeature()
        var model = DecisionTree(task: .regression, maxDepth: 4)
        try model.fit(x, y)
        #expect(abs(model.featureImportances.reduce(0, +) - 1) < 1e-12)
        #expect(model.featureImportances.indices.max { model.featureImportances[$0] < model.featureImportances[$1] } == 1)
        #expect(model.featureImportances[1] > 0.9)
    }

    @Test func rejectsBadInputAndParameters() {
        var model = DecisionTree(task: .regression)
        #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 2), []) }
        #expect(throws: MiniMLError.shapeMismatch("4 rows but 3 targets")) { try model.fit(x, [1, 2, 3]) }
        var classifier = DecisionTree(task: .classification)
        #expect(throws: MiniMLError.invalidInput("only one class (1.0) in the targets")) { try classifier.fit(x, [1, 1, 1, 1]) }
        var wrongCriterion = DecisionTree(task: .regression, criterion: .gini)
        #expect(throws: MiniMLError.invalidParameter(name: "criterion", reason: "gini is for classification, not regression")) {
            try wrongCriterion.fit(x, y)
        }
        var noLeaf = DecisionTree(task: .regression, minSamplesLeaf: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "min_samples_leaf", reason: "must be at least 1, not 0")) { try noLeaf.fit(x, y) }
        var badFraction = DecisionTree(task: .regression, maxFeatures: .fraction(1.5))
        #expect(throws: MiniMLError.invalidParameter(name: "max_features", reason: "a fraction must be in (0, 1], not 1.5")) {
            try badFraction.fit(x, y)
        }
    }
}
