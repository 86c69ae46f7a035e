/// A model that predicts how a user would rate an item, learnt from ``RatingData``.
///
/// Like ``Estimator``, predictors are values: `fit` turns the receiver into a fitted model, so a copy
/// taken before fitting is a fresh model with the same hyperparameters (what cross-validation uses).
/// Models implement ``estimate(user:item:)`` on indices; this protocol's extension turns raw ids into
/// indices, clips to the rating scale and ranks recommendations.
public protocol RatingPredictor: Sendable {
    /// Learns from `ratings`, replacing anything learnt before.
    /// - Throws: `MiniMLError` when the ratings or hyperparameters cannot be used.
    mutating func fit(_ ratings: RatingData) throws

    /// The ratings of the last fit; nil before the first.
    var trainingData: RatingData? { get }

    /// The model's rating, before clipping, for a user and an item given by their indices in
    /// ``trainingData``, or nil for one the training data does not have. With a nil index the model
    /// falls back to its baseline: the global mean plus whichever bias it knows.
    /// Calling it before `fit` is a programming error.
    func estimate(user: Int?, item: Int?) -> Double

    /// ``estimate(user:item:)`` for parallel columns of indices. The default calls it pair by pair;
    /// a model that shares work between pairs of the same item overrides it.
    func estimates(users: [Int?], items: [Int?]) -> [Double]
}

extension RatingPredictor {
    public func estimates(users: [Int?], items: [Int?]) -> [Double] {
        zip(users, items).map { estimate(user: $0, item: $1) }
    }

    /// The predicted rating of `item` by `user` (raw ids), clipped to the rating scale. Users and items
    /// absent from the training data get the model's baseline (``estimate(user:item:)``).
    /// - Precondition: the model is fitted.
    public func predict(user: String, item: String) -> Double {
        let data = fittedData
        return data.clipped(estimate(user: data.userIndex[user], item: data.itemIndex[item]))
    }

    /// ``predict(user:item:)`` for parallel columns of raw ids.
    /// - Precondition: the model is fitted and `users.count == items.count`.
    public func predict(users: [String], items: [String]) -> [Double] {
        precondition(users.count == items.count, "\(users.count) users but \(items.count) items")
        let data = fittedData
        return estimates(users: users.map { data.userIndex[$0] }, items: items.map { data.itemIndex[$0] }).map(data.clipped)
    }

    /// The `count` items `user` has not rated in the training data with the highest predicted ratings,
    /// best first (ties in item order); fewer when fewer are unrated.
    /// - Throws: `MiniMLError.invalidInput` when `user` is not in the training data.
    /// - Precondition: the model is fitted.
    /// - Complexity: one batch of ``estimates(users:items:)`` over the unrated items, then a sort.
    public func recommend(user: String, count: Int) throws(MiniMLError) -> [(item: String, rating: Double)] {
        let data = fittedData
        guard let userIndex = data.userIndex[user] else {
            throw .invalidInput("user \(user) has no ratings in the training data")
        }
        var seen = [Bool](repeating: false, count: data.itemCount)
        for row in data.users.indices where data.users[row] == userIndex { seen[data.items[row]] = true }
        let unseen = (0..<data.itemCount).filter { !seen[$0] }
        let estimated = estimates(users: Array(repeating: userIndex, count: unseen.count), items: unseen)
        let ranked = zip(unseen, estimated).map { (item: $0, rating: data.clipped($1)) }
            .sorted { $0.rating != $1.rating ? $0.rating > $1.rating : $0.item < $1.item }
        return ranked.prefix(max(count, 0)).map { (item: data.itemIDs[$0.item], rating: $0.rating) }
    }

    private var fittedData: RatingData {
        guard let data = trainingData else { preconditionFailure("fit the model before predicting") }
        return data
    }
}
