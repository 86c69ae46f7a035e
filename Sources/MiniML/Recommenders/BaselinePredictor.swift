/// Predicts the global mean plus regularised user and item biases, r̂ = μ + b_u + b_i (Koren 2010),
/// fitted by alternating least squares as Surprise's `BaselineOnly` with `method: als`.
///
/// A user who rates everything half a star above average gets b_u ≈ 0.5; the regularisation pulls the
/// biases of users and items with few ratings towards 0 (reg_u = 15 acts like 15 extra ratings at the
/// mean). Unknown users or items get no bias.
public struct BaselinePredictor: RatingPredictor {
    /// reg_u: how strongly user biases are shrunk towards 0.
    public var userRegularization: Double
    /// reg_i: how strongly item biases are shrunk towards 0.
    public var itemRegularization: Double
    /// Alternating passes over items then users.
    public var epochs: Int
    public private(set) var trainingData: RatingData?
    private var baselines: Baselines?

    /// An unfitted model; the defaults are Surprise's.
    public init(userRegularization: Double = 15, itemRegularization: Double = 10, epochs: Int = 10) {
        self.userRegularization = userRegularization
        self.itemRegularization = itemRegularization
        self.epochs = epochs
    }

    /// μ, the mean training rating (0 before fitting).
    public var globalMean: Double { baselines?.mean ?? 0 }
    /// b_u by user index (empty before fitting).
    public var userBiases: [Double] { baselines?.userBiases ?? [] }
    /// b_i by item index (empty before fitting).
    public var itemBiases: [Double] { baselines?.itemBiases ?? [] }

    /// Fits the biases.
    /// - Throws: `MiniMLError.invalidParameter` for a negative regularisation or fewer than 1 epoch.
    /// - Complexity: O(epochs × ratings).
    public mutating func fit(_ ratings: RatingData) throws {
        try checkBaselineParameters(userRegularization: userRegularization, itemRegularization: itemRegularization, epochs: epochs)
        baselines = Baselines(ratings, userRegularization: userRegularization, itemRegularization: itemRegularization, epochs: epochs)
        trainingData = ratings
    }

    public func estimate(user: Int?, item: Int?) -> Double {
        guard let baselines else { preconditionFailure("fit the model before predicting") }
        return baselines.estimate(user: user, item: item)
    }
}

/// Checks the baseline hyperparameters shared by ``BaselinePredictor`` and ``ItemKNNBaseline``.
func checkBaselineParameters(userRegularization: Double, itemRegularization: Double, epochs: Int) throws(MiniMLError) {
    guard userRegularization >= 0, userRegularization.isFinite else {
        throw .invalidParameter(name: "reg_u", reason: "must be a finite number ≥ 0, not \(userRegularization)")
    }
    guard itemRegularization >= 0, itemRegularization.isFinite else {
        throw .invalidParameter(name: "reg_i", reason: "must be a finite number ≥ 0, not \(itemRegularization)")
    }
    guard epochs >= 1 else { throw .invalidParameter(name: "n_epochs", reason: "must be at least 1, not \(epochs)") }
}
