/// Biased matrix factorisation fitted by stochastic gradient descent: Funk's SVD as Surprise's `SVD`.
///
/// r̂ = μ + b_u + b_i + p_u · q_i, with `factorCount` latent factors per user (p_u) and item (q_i).
/// Each epoch visits every rating once, in an order shuffled by `seed`, and moves the four terms
/// along their regularised gradient:
///
///     e = r − r̂
///     b_u += lr (e − reg b_u);  b_i += lr (e − reg b_i)
///     p_u += lr (e q_i − reg p_u);  q_i += lr (e p_u − reg q_i)   (both from the old values)
///
/// Factors start as N(0, initialStandardDeviation²) draws (all of p, user by user, then all of q),
/// biases at 0; the next draw seeds the shuffles. For an unknown user or item the dot product and that bias are left out.
///
/// The shuffle makes the result depend on the seed and on nothing else (Surprise visits ratings
/// user by user in every epoch, so its numbers differ by the visiting order and the initial draws).
public struct MatrixFactorization: RatingPredictor, LearningCurveReporting {
    /// Latent factors per user and item.
    public var factorCount: Int
    /// Passes over the training ratings.
    public var epochs: Int
    /// The SGD step size, for biases and factors.
    public var learningRate: Double
    /// The L2 penalty, for biases and factors.
    public var regularization: Double
    /// The standard deviation of the initial factors.
    public var initialStandardDeviation: Double
    /// Decides the initial factors and the visiting order.
    public var seed: UInt64
    public private(set) var trainingData: RatingData?
    /// The root mean squared training error of each epoch, measured on each rating just before its
    /// update (so it costs nothing extra).
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

    /// An unfitted model; the defaults are Surprise's.
    public init(
        factorCount: Int = 100, epochs: Int = 20, learningRate: Double = 0.005, regularization: Double = 0.02,
        initialStandardDeviation: Double = 0.1, seed: UInt64 = 0
    ) {
        self.factorCount = factorCount
        self.epochs = epochs
        self.learningRate = learningRate
        self.regularization = regularization
        self.initialStandardDeviation = initialStandardDeviation
        self.seed = seed
    }

    /// Fits biases and factors.
    /// - Throws: `MiniMLError.invalidParameter` for fewer than 1 factor or epoch, a learning rate that is
    ///   not positive, or a negative regularisation or standard deviation; `MiniMLError.numerical` when
    ///   the training error overflows (a learning rate too large).
    /// - Complexity: O(epochs × ratings × factorCount).
    public mutating func fit(_ ratings: RatingData) throws {
        guard factorCount >= 1 else { throw MiniMLError.invalidParameter(name: "n_factors", reason: "must be at least 1, not \(factorCount)") }
        guard epochs >= 1 else { throw MiniMLError.invalidParameter(name: "n_epochs", reason: "must be at least 1, not \(epochs)") }
        guard learningRate > 0, learningRate.isFinite else {
            throw MiniMLError.invalidParameter(name: "lr_all", reason: "must be a finite number > 0, not \(learningRate)")
        }
        guard regularization >= 0, regularization.isFinite else {
            throw MiniMLError.invalidParameter(name: "reg_all", reason: "must be a finite number ≥ 0, not \(regularization)")
        }
        guard initialStandardDeviation >= 0, initialStandardDeviation.isFinite else {
            throw MiniMLError.invalidParameter(name: "init_std_dev", reason: "must be a finite number ≥ 0, not \(initialStandardDeviation)")
        }
        var generator = SeededGenerator(seed: seed)
        let k = factorCount
        var p = (0..<(ratings.userCount * k)).map { _ in generator.nextGaussian() * initialStandardDeviation }
        var q = (0..<(ratings.itemCount * k)).map { _ in generator.nextGaussian() * initialStandardDeviation }
        var bu = [Double](repeating: 0, count: ratings.userCount)
        var bi = [Double](repeating: 0, count: ratings.itemCount)
        let mean = ratings.mean
        let lr = learningRate, reg = regularization
        var shuffler = RowShuffler(seed: generator.next())
        var curve: [Double] = []
        for epoch in 0..<epochs {
            let order = shuffler.shuffled(Array(0..<ratings.count))
            let squaredError = p.withUnsafeMutableBufferPointer { p in
                q.withUnsafeMutableBufferPointer { q in
                    bu.withUnsafeMutableBufferPointer { bu in
                        bi.withUnsafeMutableBufferPointer { bi in
                            ratings.users.withUnsafeBufferPointer { users in
                                ratings.items.withUnsafeBufferPointer { items in
                                    ratings.values.withUnsafeBufferPointer { values in
                                        var total = 0.0
                                        for row in order {
                                            let u = users[row], i = items[row]
                                            let pu = p.baseAddress! + u &* k, qi = q.baseAddress! + i &* k
                                            let error = values[row] - (mean + bu[u] + bi[i] + LinearAlgebra.dot(pu, qi, count: k))
                                            total += error * error
                                            bu[u] += lr * (error - reg * bu[u])
                                            bi[i] += lr * (error - reg * bi[i])
                                            for f in 0..<k {
                                                let puf = pu[f], qif = qi[f]
                                                pu[f] += lr * (error * qif - reg * puf)
                                                qi[f] += lr * (error * puf - reg * qif)
                                            }
                                        }
                                        return total
                                    }
                                }
                            }
                        }
                    }
                }
            }
            guard squaredError.isFinite else {
                throw MiniMLError.numerical("SGD diverged in epoch \(epoch + 1); lower lr_all (now \(learningRate))")
            }
            curve.append((squaredError / Double(ratings.count)).squareRoot())
        }
        globalMean = mean
        userBiases = bu
        itemBiases = bi
        userFactors = p
        itemFactors = q
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

/// μ + b_u + b_i + p_u · q_i, leaving out what an unknown (nil) user or item does not have.
func biasedDotProduct(
    mean: Double, userBiases: [Double], itemBiases: [Double], userFactors: [Double], itemFactors: [Double],
    factorCount k: Int, user: Int?, item: Int?
) -> Double {
    var estimate = mean
    if let user { estimate += userBiases[user] }
    if let item { estimate += itemBiases[item] }
    if let user, let item {
        for f in 0..<k { estimate += userFactors[user * k + f] * itemFactors[item * k + f] }
    }
    return estimate
}
