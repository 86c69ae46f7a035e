/// A running sum of `Double`s with Neumaier's compensation (improved Kahan summation):
/// its error bound barely grows with the number of terms (unlike a plain loop), and the result
/// depends only on the terms and their order.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    /// Adds `term` to the sum.
    /// - Complexity: O(1).
    mutating func add(_ term: Double) {
        let total = sum + term
        if abs(sum) >= abs(term) {
            compensation += (sum - total) + term
        } else {
            compensation += (term - total) + sum
        }
        sum = total
    }

    /// The sum of the terms added so far.
    var value: Double {
        sum + compensation
    }
}
