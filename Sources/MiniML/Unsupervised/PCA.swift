/// Principal component analysis, after scikit-learn's `PCA` (full solver, no whitening).
///
/// Centres the columns on their means and finds the orthogonal directions of largest variance: the
/// eigenvectors of the sample covariance matrix XᵀX / (n − 1) of the centred data, computed with the
/// cyclic Jacobi method (`SymmetricEigen`). This equals scikit-learn's SVD of the centred data, since
/// the right singular vectors of X are the eigenvectors of XᵀX and the squared singular values over
/// n − 1 its eigenvalues; for the sizes MiniML handles (a few hundred columns at most) forming the
/// covariance matrix is cheap, and Jacobi is accurate to rounding. Each component's sign is fixed as
/// scikit-learn's `svd_flip(u_based_decision=False)`: its entry of largest magnitude is positive.
///
/// Hyperparameter: `n_components` (nil keeps min(n, d) components).
/// - Complexity: O(n · d²) for the covariance plus O(sweeps · d³) for the eigenvectors.
public struct PCA: Sendable {
    /// The number of components to keep (`n_components`); nil for min(rows, columns).
    public let componentCount: Int?

    /// The column means of the training data (`mean_`).
    public private(set) var mean: [Double] = []
    /// The principal directions, one unit-length row per component, largest variance first (`components_`).
    public private(set) var components = Matrix(rows: 0, columns: 0)
    /// The variance along each component, with divisor n − 1 (`explained_variance_`).
    public private(set) var explainedVariance: [Double] = []
    /// Each component's share of the total variance of all columns (`explained_variance_ratio_`).
    public private(set) var explainedVarianceRatio: [Double] = []

    /// An unfitted model keeping `componentCount` components (nil: as many as the data allows).
    public init(componentCount: Int? = nil) {
        self.componentCount = componentCount
    }

    /// Finds the principal components of the rows of `x`.
    /// - Throws: `MiniMLError.invalidParameter` when `n_components` is not in 1...min(rows, columns);
    ///   `.invalidInput` for fewer than 2 rows or a non-finite value; `.emptyInput` for an empty `x`;
    ///   `.numerical` if the eigenvalue iteration fails.
    /// - Complexity: see the type.
    public mutating func fit(_ x: Matrix) throws {
        try validateUnsupervisedInput(x)
        guard x.rows >= 2 else { throw MiniMLError.invalidInput("PCA needs at least 2 rows to measure variance, not \(x.rows)") }
        let limit = min(x.rows, x.columns)
        let count = componentCount ?? limit
        guard (1...limit).contains(count) else {
            throw MiniMLError.invalidParameter(name: "n_components", reason: "must be from 1 to min(rows, columns) = \(limit), not \(count)")
        }
        let n = x.rows, d = x.columns
        var mean = [Double](repeating: 0, count: d)
        for row in 0..<n {
            for j in 0..<d { mean[j] += x[row, j] }
        }
        mean = mean.map { $0 / Double(n) }
        var covariance = Matrix(rows: d, columns: d)
        var centred = [Double](repeating: 0, count: d)
        for row in 0..<n {
            for j in 0..<d { centred[j] = x[row, j] - mean[j] }
            for i in 0..<d {
                for j in i..<d { covariance[i, j] += centred[i] * centred[j] }
            }
        }
        for i in 0..<d {
            for j in i..<d {
                covariance[i, j] /= Double(n - 1)
                covariance[j, i] = covariance[i, j]
            }
        }
        let eigen = try SymmetricEigen(covariance)
        let total = (0..<d).reduce(0) { $0 + covariance[$1, $1] }
        var components = Matrix(rows: count, columns: d)
        for c in 0..<count {
            let row = Array(eigen.vectors.row(c))
            let largest = row.indices.max { abs(row[$0]) < abs(row[$1]) } ?? 0
            let sign: Double = row[largest] < 0 ? -1 : 1
            for j in 0..<d { components[c, j] = sign * row[j] }
        }
        // Rounding can leave an eigenvalue of a rank-deficient matrix slightly below zero.
        let variances = eigen.values.prefix(count).map { max($0, 0) }
        self.mean = mean
        self.components = components
        explainedVariance = variances
        explainedVarianceRatio = variances.map { total > 0 ? $0 / total : 0 }
    }

    /// The coordinates of the rows of `x` along the components: (x − mean) · componentsᵀ.
    /// - Precondition: the model is fitted and `x` has its number of columns.
    /// - Complexity: O(n · d · components).
    public func transform(_ x: Matrix) -> Matrix {
        precondition(!mean.isEmpty, "PCA.transform before fit")
        precondition(x.columns == mean.count, "\(x.columns) columns, the model was fitted on \(mean.count)")
        var result = Matrix(rows: x.rows, columns: components.rows)
        for row in 0..<x.rows {
            for c in 0..<components.rows {
                var sum = 0.0
                for j in 0..<x.columns { sum += (x[row, j] - mean[j]) * components[c, j] }
                result[row, c] = sum
            }
        }
        return result
    }
}
