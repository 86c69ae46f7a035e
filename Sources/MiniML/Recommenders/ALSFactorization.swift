/// Biased matrix factorisation fitted by alternating least squares, with the weighted-λ
/// regularisation of Zhou et al. (2008, "ALS-WR").
///
/// r̂ = μ + b_u + b_i + p_u · q_i. With the items fixed, each user's (p_u, b_u) is the ridge solution
/// of r − μ − b_i ≈ p_u · q_i + b_u over the user's ratings, with penalty λ · n_u · (|p_u|² + b_u²)
/// for n_u ratings; then each item's (q_i, b_i) likewise with the users fixed. One epoch is one pass
/// over users then items. Item factors start as N(0, 0.1²) draws from `seed`; everything else at 0.
/// For an unknown user or item the dot product and that bias are left out.
public struct ALSFactorization: RatingPredictor, LearningCurveReporting {
    /// Latent factors per user and item.
    public var factorCount: Int
    /// λ, the penalty per rating.
    public var regularization: Double
    /// Passes over users and items.
    public var epochs: Int
    /// Decides the initial item factors.
    public var seed: UInt64
    public private(set) var trainingData: RatingData?
    /// The root mean squared training error after each epoch.
    public private(set) var learningCurve = LearningCurve(roundName: "epoch", training: [], validation: [])
    /// μ.
    public private(set) var globalMean = 0.0
    /// b_u by user index.
    public private(set) var userBiases: [Double] = []
    /// b_i by item index.
    public private(set) var itemBiases: [Double] = []
    /// p_u, user by user: the factors of user u are `userFactors[u * factorCount ..< (u + 1) * factorCount]`.
    public private(set) var userFactors: [Double] = []
    /// q_i, item by item, laid out like `userFactors`.
    public private(set) var itemFactors: [Double] = []

    /// An unfitted model. The defaults were the best of a small grid on one 80/20 split of
    /// movie-ratings (n_factors 5–20, reg 0.1–0.3).
    public init(factorCount: Int = 20, regularization: Double = 0.2, epochs: Int = 15, seed: UInt64 = 0) {
        self.factorCount = factorCount
        self.regularization = regularization
        self.epochs = epochs
        self.seed = seed
    }

    /// Fits biases and factors.
    /// - Throws: `MiniMLError.invalidParameter` for fewer than 1 factor or epoch or a regularisation
    ///   that is not positive; `MiniMLError.numerical` when a least-squares system cannot be solved.
    /// - Complexity: O(epochs × (ratings × factorCount² + (users + items) × factorCount³)).
    public mutating func fit(_ ratings: RatingData) throws {
        guard factorCount >= 1 else { throw MiniMLError.invalidParameter(name: "n_factors", reason: "must be at least 1, not \(factorCount)") }
        guard epochs >= 1 else { throw MiniMLError.invalidParameter(name: "n_epochs", reason: "must be at least 1, not \(epochs)") }
        guard regularization > 0, regularization.isFinite else {
            throw MiniMLError.invalidParameter(name: "reg", reason: "must be a finite number > 0, not \(regularization)")
        }
        var generator = SeededGenerator(seed: seed)
        let k = factorCount
        let mean = ratings.mean
        var sides = (
            user: FactorSide(count: ratings.userCount, factorCount: k, factors: [Double](repeating: 0, count: ratings.userCount * k)),
            item: FactorSide(count: ratings.itemCount, factorCount: k,
                             factors: (0..<(ratings.itemCount * k)).map { _ in 0.1 * generator.nextGaussian() }))
        let byUser = ratings.rowsByUser, byItem = ratings.rowsByItem
        var curve: [Double] = []
        for _ in 0..<epochs {
            try sides.user.solve(groups: byUser, others: ratings.items, given: sides.item, ratings: ratings, mean: mean, regularization: regularization)
            try sides.item.solve(groups: byItem, others: ratings.users, given: sides.user, ratings: ratings, mean: mean, regularization: regularization)
            var squaredError = CompensatedSum()
            for row in 0..<ratings.count {
                let error = ratings.values[row] - biasedDotProduct(
                    mean: mean, userBiases: sides.user.biases, itemBiases: sides.item.biases, userFactors: sides.user.factors,
                    itemFactors: sides.item.factors, factorCount: k, user: ratings.users[row], item: ratings.items[row])
                squaredError.add(error * error)
            }
            curve.append((squaredError.value / Double(ratings.count)).squareRoot())
        }
        globalMean = mean
        userBiases = sides.user.biases
        itemBiases = sides.item.biases
        userFactors = sides.user.factors
        itemFactors = sides.item.factors
        learningCurve = LearningCurve(roundName: "epoch", training: curve, validation: [])
        trainingData = ratings
    }

    public func estimate(user: Int?, item: Int?) -> Double {
        precondition(trainingData != nil, "fit the model before predicting")
        return biasedDotProduct(
            mean: globalMean, userBiases: userBiases, itemBiases: itemBiases, userFactors: userFactors, itemFactors: itemFactors,
            factorCount: factorCount, user: user, item: item)
    }
}

/// The factors and biases of one side (users or items) of an ALS model.
private struct FactorSide {
    let count: Int
    let factorCount: Int
    var factors: [Double]
    var biases: [Double]

    init(count: Int, factorCount: Int, factors: [Double]) {
        self.count = count
        self.factorCount = factorCount
        self.factors = factors
        self.biases = [Double](repeating: 0, count: count)
    }

    /// Sets each key's factors and bias to the ridge solution given the other side: for key a with
    /// rows R_a, minimises Σ (r − μ − b_o − w · [q_o, 1])² + λ |R_a| |w|² over w = [p_a, b_a].
    mutating func solve(
        groups: RatingGroups, others: [Int], given other: FactorSide, ratings: RatingData, mean: Double, regularization: Double
    ) throws {
        let k = factorCount, order = factorCount + 1
        var system = [Double](repeating: 0, count: order * order)
        var rightSide = [Double](repeating: 0, count: order)
        var x = [Double](repeating: 1, count: order)
        for key in 0..<count {
            for index in system.indices { system[index] = 0 }
            for index in rightSide.indices { rightSide[index] = 0 }
            system.withUnsafeMutableBufferPointer { system in
                rightSide.withUnsafeMutableBufferPointer { rightSide in
                    x.withUnsafeMutableBufferPointer { x in
                        for row in groups.rows(of: key) {
                            let o = others[row]
                            for f in 0..<k { x[f] = other.factors[o &* k &+ f] }
                            let target = ratings.values[row] - mean - other.biases[o]
                            for a in 0..<order {
                                let xa = x[a]
                                rightSide[a] += target * xa
                                let systemRow = system.baseAddress! + a &* order
                                for b in 0...a { systemRow[b] += xa * x[b] }
                            }
                        }
                    }
                }
            }
            let penalty = regularization * Double(groups.count(of: key))
            for a in 0..<order {
                system[a * order + a] += penalty
                for b in 0..<a { system[b * order + a] = system[a * order + b] }
            }
            guard LinearAlgebra.choleskyFactor(&system, order: order) else {
                throw MiniMLError.numerical("the ALS system of one user or item is singular; raise reg")
            }
            let solution = LinearAlgebra.choleskySolve(system, order: order, rightSide)
            for f in 0..<k { factors[key * k + f] = solution[f] }
            biases[key] = solution[k]
        }
    }
}
