/// The baseline estimate of Koren (2010): r̂ = μ + b_u + b_i, the global mean plus a user bias and an
/// item bias, fitted by alternating least squares as Surprise's `BaselineOnly` with `method: als`.
///
/// Each epoch first sets every item bias to Σ(r − μ − b_u) / (reg_i + n_i) over the item's ratings,
/// then every user bias to Σ(r − μ − b_i) / (reg_u + n_u) over the user's: each is the regularised
/// least-squares value given the others. Biases start at 0.
struct Baselines: Sendable {
    /// μ, the mean of all training ratings.
    let mean: Double
    /// b_u, by user index.
    let userBiases: [Double]
    /// b_i, by item index.
    let itemBiases: [Double]

    /// Fits the biases.
    /// - Complexity: O(epochs × ratings).
    init(_ data: RatingData, userRegularization: Double, itemRegularization: Double, epochs: Int) {
        let mean = data.mean
        var userBiases = [Double](repeating: 0, count: data.userCount)
        var itemBiases = [Double](repeating: 0, count: data.itemCount)
        let byUser = data.rowsByUser, byItem = data.rowsByItem
        for _ in 0..<epochs {
            for item in 0..<data.itemCount {
                var deviation = 0.0
                for row in byItem.rows(of: item) { deviation += data.values[row] - mean - userBiases[data.users[row]] }
                itemBiases[item] = deviation / (itemRegularization + Double(byItem.count(of: item)))
            }
            for user in 0..<data.userCount {
                var deviation = 0.0
                for row in byUser.rows(of: user) { deviation += data.values[row] - mean - itemBiases[data.items[row]] }
                userBiases[user] = deviation / (userRegularization + Double(byUser.count(of: user)))
            }
        }
        self.mean = mean
        self.userBiases = userBiases
        self.itemBiases = itemBiases
    }

    /// μ + b_u + b_i, leaving out the bias of an unknown (nil) user or item.
    func estimate(user: Int?, item: Int?) -> Double {
        mean + (user.map { userBiases[$0] } ?? 0) + (item.map { itemBiases[$0] } ?? 0)
    }
}
