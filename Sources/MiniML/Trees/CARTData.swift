/// Training data in the layout CART's split search reads: each feature's values contiguous.
///
/// Built once per `fit` and shared read-only by every tree of a forest.
struct CARTData: Sendable {
    /// Number of training rows.
    let rows: Int
    /// Number of features.
    let columns: Int
    /// Feature f of row i at `f * rows + i`.
    let featureColumns: [Double]
    /// Regression targets, or class positions 0, 1, … (as `Double`) for classification.
    let targets: [Double]
    /// Number of classes; 0 for regression.
    let classCount: Int

    /// Transposes `x` and keeps `targets`.
    /// - Complexity: O(rows × columns).
    init(_ x: Matrix, targets: [Double], classCount: Int) {
        rows = x.rows
        columns = x.columns
        featureColumns = x.transposed.values
        self.targets = targets
        self.classCount = classCount
    }
}

/// The growth limits of a CART tree.
struct CARTSettings: Sendable {
    /// How impurity is measured.
    let criterion: SplitCriterion
    /// The deepest a leaf may be (`Int.max` for no limit).
    let maxDepth: Int
    /// A node with fewer samples is not split.
    let minSamplesSplit: Int
    /// Each child of a split keeps at least this many samples.
    let minSamplesLeaf: Int
    /// How many non-constant features are examined per split.
    let maxFeatures: Int
}

extension CARTSettings {
    /// Checked settings for a tree on `featureCount` features for `task`.
    /// - Throws: `MiniMLError.invalidParameter` for a criterion of the other task, a depth below 1,
    ///   `min_samples_split` below 2, `min_samples_leaf` below 1 or a fraction outside (0, 1].
    init(task: Task, criterion: SplitCriterion?, maxDepth: Int?, minSamplesSplit: Int, minSamplesLeaf: Int,
         maxFeatures: MaxFeatures, featureCount: Int) throws {
        let criterion = criterion ?? .defaultCriterion(for: task)
        guard criterion.task == task else {
            throw MiniMLError.invalidParameter(name: "criterion", reason: "\(criterion.rawValue) is for \(criterion.task.rawValue), not \(task.rawValue)")
        }
        if let maxDepth, maxDepth < 1 {
            throw MiniMLError.invalidParameter(name: "max_depth", reason: "must be at least 1 (or none), not \(maxDepth)")
        }
        guard minSamplesSplit >= 2 else {
            throw MiniMLError.invalidParameter(name: "min_samples_split", reason: "must be at least 2, not \(minSamplesSplit)")
        }
        guard minSamplesLeaf >= 1 else {
            throw MiniMLError.invalidParameter(name: "min_samples_leaf", reason: "must be at least 1, not \(minSamplesLeaf)")
        }
        try maxFeatures.validate()
        self.init(criterion: criterion, maxDepth: maxDepth ?? .max, minSamplesSplit: minSamplesSplit,
                  minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures.count(of: featureCount))
    }
}
