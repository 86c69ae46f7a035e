/// One split of the rows of a data set: the rows a model is fitted on and the rows it is scored on.
public struct Fold: Sendable, Equatable {
    /// The row indices to fit on, ascending.
    public let train: [Int]
    /// The row indices to score on, ascending; disjoint from `train`.
    public let validation: [Int]

    /// A fold of the given rows.
    public init(train: [Int], validation: [Int]) {
        self.train = train
        self.validation = validation
    }

    /// The fold whose validation rows are `validation` and whose training rows are every other row of
    /// `0..<count`, both ascending.
    /// - Complexity: O(count + validation.count log validation.count).
    init(holdingOut validation: [Int], of count: Int) {
        var held = [Bool](repeating: false, count: count)
        for row in validation { held[row] = true }
        self.init(train: (0..<count).filter { !held[$0] }, validation: validation.sorted())
    }
}
