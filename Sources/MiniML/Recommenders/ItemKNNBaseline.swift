/// Item-based k-nearest neighbours on top of the baseline, as Surprise's `KNNBaseline` with
/// `user_based: False` and the `pearson_baseline` similarity.
///
/// With z = r − (μ + b_u + b_i), the residual of a rating from the ``BaselinePredictor`` fit, the
/// similarity of items i and j over the n users who rated both is
///
///     sim(i, j) = Σ z_ui z_uj / √(Σ z_ui² · Σ z_uj²) · (n − 1) / (n − 1 + shrinkage)
///
/// (0 when they share no user, a sum of squares is 0, or n = 1 without shrinkage; 1 for an item with itself). The prediction
/// for (u, i) is μ + b_u + b_i + Σ sim(i, j) z_uj / Σ sim(i, j) over the `neighborCount` items j
/// rated by u that are most similar to i, keeping only positive similarities (ties go to the item
/// u rated first); with fewer than `minimumNeighbors` of them, or an unknown user or item, it is
/// the baseline alone.
///
/// Similarities are computed when predicting, one target item at a time against every item, so
/// no items × items matrix is stored: a batch of predictions costs Σ over its distinct items i of
/// Σ over the users v who rated i of v's number of ratings.
public struct ItemKNNBaseline: RatingPredictor {
    /// k: at most this many neighbours per prediction.
    public var neighborCount: Int
    /// With fewer neighbours of positive similarity than this, predict the baseline.
    public var minimumNeighbors: Int
    /// How strongly similarities from few common users are shrunk towards 0.
    public var shrinkage: Double
    /// The baseline's reg_u (see ``BaselinePredictor``).
    public var userRegularization: Double
    /// The baseline's reg_i.
    public var itemRegularization: Double
    /// The baseline's alternating passes.
    public var baselineEpochs: Int
    public private(set) var trainingData: RatingData?
    private var baselines: Baselines?
    /// z of each training row.
    private var residuals: [Double] = []
    private var byUser: RatingGroups?
    private var byItem: RatingGroups?

    /// An unfitted model; the defaults are Surprise's.
    public init(
        neighborCount: Int = 40, minimumNeighbors: Int = 1, shrinkage: Double = 100,
        userRegularization: Double = 15, itemRegularization: Double = 10, baselineEpochs: Int = 10
    ) {
        self.neighborCount = neighborCount
        self.minimumNeighbors = minimumNeighbors
        self.shrinkage = shrinkage
        self.userRegularization = userRegularization
        self.itemRegularization = itemRegularization
        self.baselineEpochs = baselineEpochs
    }

    /// Fits the baseline and indexes the residuals.
    /// - Throws: `MiniMLError.invalidParameter` for k < 1, min_k < 1, a negative shrinkage, or a bad
    ///   baseline parameter.
    /// - Complexity: O(baselineEpochs × ratings).
    public mutating func fit(_ ratings: RatingData) throws {
        guard neighborCount >= 1 else { throw MiniMLError.invalidParameter(name: "k", reason: "must be at least 1, not \(neighborCount)") }
        guard minimumNeighbors >= 1 else {
            throw MiniMLError.invalidParameter(name: "min_k", reason: "must be at least 1, not \(minimumNeighbors)")
        }
        guard shrinkage >= 0, shrinkage.isFinite else {
            throw MiniMLError.invalidParameter(name: "shrinkage", reason: "must be a finite number ≥ 0, not \(shrinkage)")
        }
        try checkBaselineParameters(userRegularization: userRegularization, itemRegularization: itemRegularization, epochs: baselineEpochs)
        let baselines = Baselines(ratings, userRegularization: userRegularization, itemRegularization: itemRegularization, epochs: baselineEpochs)
        residuals = ratings.values.indices.map { row in
            ratings.values[row] - baselines.estimate(user: ratings.users[row], item: ratings.items[row])
        }
        self.baselines = baselines
        byUser = ratings.rowsByUser
        byItem = ratings.rowsByItem
        trainingData = ratings
    }

    public func estimate(user: Int?, item: Int?) -> Double {
        estimates(users: [user], items: [item])[0]
    }

    /// Estimates grouped by item, so each item's similarities are computed once per batch.
    public func estimates(users: [Int?], items: [Int?]) -> [Double] {
        guard let data = trainingData, let baselines, let byUser, let byItem else { preconditionFailure("fit the model before predicting") }
        var results = zip(users, items).map { baselines.estimate(user: $0, item: $1) }
        var requests: [Int: [Int]] = [:]
        for (position, (user, item)) in zip(users, items).enumerated() {
            if user != nil, let item { requests[item, default: []].append(position) }
        }
        var similarities = ItemSimilarities(data: data, residuals: residuals, byUser: byUser, byItem: byItem, shrinkage: shrinkage)
        var neighbors: [(similarity: Double, residual: Double, position: Int)] = []
        for item in requests.keys.sorted() {
            similarities.load(item)
            for position in requests[item]! {
                let user = users[position]!
                neighbors.removeAll(keepingCapacity: true)
                for (order, row) in byUser.rows(of: user).enumerated() {
                    let similarity = similarities.similarity(to: data.items[row])
                    if similarity > 0 { neighbors.append((similarity, residuals[row], order)) }
                }
                neighbors.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.position < $1.position }
                let used = neighbors.prefix(neighborCount)
                guard used.count >= minimumNeighbors else { continue }
                var weighted = 0.0, total = 0.0
                for neighbor in used {
                    weighted += neighbor.similarity * neighbor.residual
                    total += neighbor.similarity
                }
                results[position] += weighted / total
            }
        }
        return results
    }
}

/// The pearson-baseline similarities of one item to every other, accumulated in dense scratch arrays
/// over the users who rated it.
private struct ItemSimilarities {
    let data: RatingData
    let residuals: [Double]
    let byUser: RatingGroups
    let byItem: RatingGroups
    let shrinkage: Double
    private var item = -1
    private var products: [Double]
    private var ownSquares: [Double]
    private var otherSquares: [Double]
    private var common: [Int]
    private var touched: [Int] = []

    init(data: RatingData, residuals: [Double], byUser: RatingGroups, byItem: RatingGroups, shrinkage: Double) {
        self.data = data
        self.residuals = residuals
        self.byUser = byUser
        self.byItem = byItem
        self.shrinkage = shrinkage
        products = [Double](repeating: 0, count: data.itemCount)
        ownSquares = products
        otherSquares = products
        common = [Int](repeating: 0, count: data.itemCount)
    }

    /// Accumulates the sums of `item` against every item that shares a user with it.
    /// - Complexity: O(Σ over the users v who rated `item` of v's ratings).
    mutating func load(_ item: Int) {
        for other in touched {
            products[other] = 0
            ownSquares[other] = 0
            otherSquares[other] = 0
            common[other] = 0
        }
        touched.removeAll(keepingCapacity: true)
        self.item = item
        for row in byItem.rows(of: item) {
            let own = residuals[row]
            for otherRow in byUser.rows(of: data.users[row]) {
                let other = data.items[otherRow], z = residuals[otherRow]
                if common[other] == 0 { touched.append(other) }
                common[other] += 1
                products[other] += own * z
                ownSquares[other] += own * own
                otherSquares[other] += z * z
            }
        }
    }

    /// sim(loaded item, `other`).
    func similarity(to other: Int) -> Double {
        if other == item { return 1 }
        let n = Double(common[other])
        let denominator = (ownSquares[other] * otherSquares[other]).squareRoot()
        guard n - 1 + shrinkage > 0, denominator > 0 else { return 0 }
        return products[other] / denominator * (n - 1) / (n - 1 + shrinkage)
    }
}
