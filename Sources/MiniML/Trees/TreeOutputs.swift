extension Array where Element == Double {
    /// The entries divided by their sum, or unchanged when the sum is 0 (feature importances).
    func normalisedToSumOne() -> [Double] {
        let total = reduce(0, +)
        return total > 0 ? map { $0 / total } : self
    }
}

extension Matrix {
    /// The class of `classes` with the highest probability in each row (the lowest class on a tie).
    func mostProbableClasses(_ classes: [Double]) -> [Double] {
        (0..<rows).map { row in
            var best = 0
            for k in 1..<columns where self[row, k] > self[row, best] { best = k }
            return classes[best]
        }
    }
}
