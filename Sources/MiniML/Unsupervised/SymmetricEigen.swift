import Foundation

/// The eigenvalues and eigenvectors of a symmetric matrix, by the cyclic Jacobi method.
///
/// Jacobi rotations zero the off-diagonal entries one pair at a time until they are negligible. It is
/// slower than Householder tridiagonalisation plus QR (about 5–10 sweeps of O(d³) each), but short,
/// unconditionally stable, and accurate to a few units in the last place for the small matrices MiniML
/// decomposes (covariance matrices of at most a few hundred columns); see Golub & Van Loan,
/// *Matrix Computations*, 4th ed., §8.5.
struct SymmetricEigen {
    /// Eigenvalues, descending.
    let values: [Double]
    /// Eigenvectors as the rows of a d × d matrix, in the order of `values`, each of unit length.
    let vectors: Matrix

    /// Decomposes the symmetric matrix `a`.
    /// - Throws: `MiniMLError.numerical` if the rotations have not converged after 100 sweeps.
    /// - Complexity: O(sweeps · d³).
    init(_ a: Matrix) throws {
        precondition(a.rows == a.columns, "a symmetric matrix is square")
        let d = a.rows
        var m = a
        var v = Matrix(rows: d, columns: d)
        for i in 0..<d { v[i, i] = 1 }
        var converged = false
        for _ in 0..<100 {
            var off = 0.0, scale = 0.0
            for i in 0..<d {
                scale += m[i, i] * m[i, i]
                for j in (i + 1)..<d { off += m[i, j] * m[i, j] }
            }
            if off <= 1e-30 * max(scale, .leastNormalMagnitude) { converged = true; break }
            for p in 0..<d {
                for q in (p + 1)..<d where m[p, q] != 0 {
                    // An entry below rounding level of its diagonal is dropped (a relative change of 1e-18).
                    if abs(m[p, q]) <= 1e-18 * (abs(m[p, p]) + abs(m[q, q])) {
                        m[p, q] = 0
                        m[q, p] = 0
                        continue
                    }
                    // The rotation that zeroes m[p, q] (Golub & Van Loan, Algorithm 8.5.1, sym.schur2).
                    let tau = (m[q, q] - m[p, p]) / (2 * m[p, q])
                    let t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for k in 0..<d {
                        let mkp = m[k, p], mkq = m[k, q]
                        m[k, p] = c * mkp - s * mkq
                        m[k, q] = s * mkp + c * mkq
                    }
                    for k in 0..<d {
                        let mpk = m[p, k], mqk = m[q, k]
                        m[p, k] = c * mpk - s * mqk
                        m[q, k] = s * mpk + c * mqk
                    }
                    for k in 0..<d {
                        let vkp = v[k, p], vkq = v[k, q]
                        v[k, p] = c * vkp - s * vkq
                        v[k, q] = s * vkp + c * vkq
                    }
                    m[p, q] = 0
                    m[q, p] = 0
                }
            }
        }
        guard converged else { throw MiniMLError.numerical("the Jacobi eigenvalue iteration did not converge") }
        let order = (0..<d).sorted { m[$0, $0] != m[$1, $1] ? m[$0, $0] > m[$1, $1] : $0 < $1 }
        values = order.map { m[$0, $0] }
        var vectors = Matrix(rows: d, columns: d)
        for (row, index) in order.enumerated() {
            for k in 0..<d { vectors[row, k] = v[k, index] }
        }
        self.vectors = vectors
    }
}
