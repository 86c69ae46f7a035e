/// Checked training targets of a tree model: the class list and class positions for classification,
/// the values themselves for regression.
struct TreeTargets {
    /// The classes, ascending (empty for regression).
    let classes: [Double]
    /// Regression targets, or each row's position in `classes` (as `Double`).
    let values: [Double]

    /// Validates `x` and `y` for `task` (see `validateTrainingData` and `classLabels`).
    /// - Throws: `MiniMLError` for empty or mismatched inputs, non-finite values, bad or single class labels.
    /// - Complexity: O(rows × columns + n log n).
    init(_ x: Matrix, _ y: [Double], task: Task) throws {
        try validateTrainingData(x, y)
        switch task {
        case .regression:
            classes = []
            values = y
        case .classification:
            let classes = try classLabels(y)
            let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, Double($0)) })
            self.classes = classes
            values = y.map { position[$0]! }
        }
    }

    /// The number of classes, 0 for regression.
    var classCount: Int { classes.count }
}
