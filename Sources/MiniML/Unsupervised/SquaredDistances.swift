/// The squared Euclidean distance between row `row` of `x` and row `other` of `y` (same column count).
/// - Complexity: O(columns).
func squaredDistance(_ x: Matrix, _ row: Int, _ y: Matrix, _ other: Int) -> Double {
    let width = x.columns
    return x.values.withUnsafeBufferPointer { a in
        y.values.withUnsafeBufferPointer { b in
            var sum = 0.0
            let start = row &* width, otherStart = other &* width
            for j in 0..<width {
                let difference = a[start &+ j] - b[otherStart &+ j]
                sum += difference * difference
            }
            return sum
        }
    }
}

/// Checks that `x` is a non-empty matrix of finite values, as the unsupervised models need.
/// - Throws: `MiniMLError.emptyInput` or `.invalidInput` naming the first bad entry.
func validateUnsupervisedInput(_ x: Matrix) throws {
    guard x.rows > 0, x.columns > 0 else { throw MiniMLError.emptyInput }
    if let bad = x.values.firstIndex(where: { !$0.isFinite }) {
        throw MiniMLError.invalidInput(
            "matrix has \(x.values[bad]) at row \(bad / x.columns), column \(bad % x.columns); impute missing values first")
    }
}
