import Foundation

/// Dense kernels and factorisations shared by the linear models.
///
/// Matrices here are plain `[Double]` buffers with their layout stated at each use; the loops run
/// over unsafe pointers with wrapping index arithmetic so the optimiser can vectorise them.
enum LinearAlgebra {
    /// Σ a[i]·b[i] for i < `count`, in two 4-wide vector accumulators (floating-point sums are not
    /// reassociated by the optimiser, so a plain loop would run one addition at a time).
    /// - Complexity: O(count).
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        let width = MemoryLayout<Double>.stride
        var first = SIMD4<Double>(), second = SIMD4<Double>()
        var i = 0
        while i &+ 8 <= count {
            let offset = i &* width
            first += ra.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            second += ra.loadUnaligned(fromByteOffset: offset &+ 4 &* width, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: offset &+ 4 &* width, as: SIMD4<Double>.self)
            i &+= 8
        }
        var sum = (first + second).sum()
        while i < count {
            sum += a[i] * b[i]
            i &+= 1
        }
        return sum
    }

    /// y[i] += scale · x[i] for i < `count`.
    /// - Complexity: O(count).
    @inline(__always)
    static func axpy(_ scale: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i < count {
            y[i] += scale * x[i]
            i &+= 1
        }
    }

    /// Predictions w·x + b for every row of `x`.
    /// - Complexity: O(rows × columns).
    static func predictions(_ x: Matrix, coefficients: [Double], intercept: Double) -> [Double] {
        precondition(x.columns == coefficients.count, "the model was fitted on \(coefficients.count) features, not \(x.columns)")
        let p = x.columns
        return x.values.withUnsafeBufferPointer { values in
            coefficients.withUnsafeBufferPointer { w in
                guard let base = values.baseAddress, let wp = w.baseAddress else {
                    return [Double](repeating: intercept, count: x.rows)
                }
                return (0..<x.rows).map { i in intercept + dot(base + i &* p, wp, count: p) }
            }
        }
    }

    /// The Gram matrix of `count` vectors of length `length` stored one after another in `vectors`:
    /// entry (i, j) of the row-major `count` × `count` result is vᵢ·vⱼ.
    /// - Complexity: O(count² × length).
    static func gram(_ vectors: [Double], count: Int, length: Int) -> [Double] {
        var result = [Double](repeating: 0, count: count &* count)
        vectors.withUnsafeBufferPointer { v in
            result.withUnsafeMutableBufferPointer { g in
                guard let base = v.baseAddress, let out = g.baseAddress else { return }
                for i in 0..<count {
                    let vi = base + i &* length
                    for j in 0...i {
                        let value = dot(vi, base + j &* length, count: length)
                        out[i &* count &+ j] = value
                        out[j &* count &+ i] = value
                    }
                }
            }
        }
        return result
    }

    /// Factors the symmetric positive definite row-major `order` × `order` matrix `a` in place as
    /// L·Lᵀ, leaving L in the lower triangle. Returns false, with `a` partly overwritten, when a
    /// pivot is not safely positive (below `order` · ε · the largest diagonal entry): the matrix is
    /// then singular or too ill-conditioned for this solve to be trusted.
    /// - Complexity: O(order³ / 3).
    static func choleskyFactor(_ a: inout [Double], order n: Int) -> Bool {
        var largestDiagonal = 0.0
        for i in 0..<n { largestDiagonal = max(largestDiagonal, a[i &* n &+ i]) }
        let smallestPivot = Double(n) * Double.ulpOfOne * largestDiagonal
        return a.withUnsafeMutableBufferPointer { buffer in
            guard let l = buffer.baseAddress else { return true }
            for j in 0..<n {
                let rowJ = l + j &* n
                let pivot = rowJ[j] - dot(rowJ, rowJ, count: j)
                guard pivot > smallestPivot, pivot.isFinite else { return false }
                let diagonal = pivot.squareRoot()
                rowJ[j] = diagonal
                for i in (j &+ 1)..<n {
                    let rowI = l + i &* n
                    rowI[j] = (rowI[j] - dot(rowI, rowJ, count: j)) / diagonal
                }
            }
            return true
        }
    }

    /// Solves L·Lᵀ·x = b given the factor from `choleskyFactor` (lower triangle, row-major).
    /// - Complexity: O(order²).
    static func choleskySolve(_ factor: [Double], order n: Int, _ b: [Double]) -> [Double] {
        var x = b
        factor.withUnsafeBufferPointer { buffer in
            x.withUnsafeMutableBufferPointer { solution in
                guard let l = buffer.baseAddress, let s = solution.baseAddress else { return }
                for i in 0..<n {
                    let row = l + i &* n
                    s[i] = (s[i] - dot(row, s, count: i)) / row[i]
                }
                for i in stride(from: n &- 1, through: 0, by: -1) {
                    var sum = s[i]
                    for k in (i &+ 1)..<n { sum -= l[k &* n &+ i] * s[k] }
                    s[i] = sum / l[i &* n &+ i]
                }
            }
        }
        return x
    }

    /// The least-squares solution of A·x ≈ b of smallest norm, for a column-major `rows` × `columns`
    /// matrix A of any shape and rank.
    ///
    /// Householder QR with column pivoting reveals the rank r (columns whose remaining norm falls
    /// below ε · max(rows, columns) · |R₀₀| count as dependent). At full rank the answer is R⁻¹Qᵀb.
    /// Otherwise the r × `columns` system [R₁₁ R₁₂]·y = (Qᵀb)₁..ᵣ is underdetermined, and its
    /// minimum-norm solution comes from a second QR, of its transpose: [R₁₁ R₁₂]ᵀ = Q₂R₂ gives
    /// y = Q₂·R₂⁻ᵀ·(Qᵀb)₁..ᵣ — the answer of an SVD-based solver such as LAPACK's gelsd, whenever
    /// the two judge the rank alike (they can differ on columns dependent to within ~1e-13).
    /// - Complexity: O(rows × columns × min(rows, columns)).
    static func minimumNormLeastSquares(columnMajor a: [Double], rows m: Int, columns n: Int, target b: [Double]) -> [Double] {
        let qr = HouseholderQR(columnMajor: a, rows: m, columns: n, pivoting: true)
        var projected = b
        qr.applyTranspose(&projected)
        let r = qr.rank
        var y = [Double](repeating: 0, count: n)
        if r == n {
            for i in stride(from: n &- 1, through: 0, by: -1) {
                var sum = projected[i]
                for k in (i &+ 1)..<n { sum -= qr.factors[k &* m &+ i] * y[k] }
                y[i] = sum / qr.factors[i &* m &+ i]
            }
        } else if r > 0 {
            // Column i of [R₁₁ R₁₂]ᵀ (n × r, column-major) is row i of R: entries i..<n.
            var transposedRows = [Double](repeating: 0, count: n &* r)
            for i in 0..<r {
                for j in i..<n { transposedRows[i &* n &+ j] = qr.factors[j &* m &+ i] }
            }
            let second = HouseholderQR(columnMajor: transposedRows, rows: n, columns: r, pivoting: false)
            // Forward substitution R₂ᵀ·z = (Qᵀb)₁..ᵣ, R₂ upper triangular in `second.factors`.
            for i in 0..<r {
                var sum = projected[i]
                for k in 0..<i { sum -= second.factors[i &* n &+ k] * y[k] }
                y[i] = sum / second.factors[i &* n &+ i]
            }
            second.apply(&y)
        }
        var x = [Double](repeating: 0, count: n)
        for (position, column) in qr.permutation.enumerated() { x[column] = y[position] }
        return x
    }
}

/// A Householder QR factorisation A·P = Q·R of a column-major `rows` × `columns` matrix, optionally
/// with column pivoting (LAPACK's dgeqp3 strategy, with its safeguarded column-norm downdates).
///
/// `factors` holds R on and above the diagonal and the essential parts of the reflectors below it;
/// Q = H₀·H₁·…, Hₖ = I − τₖ·vₖ·vₖᵀ with vₖ = (0…0, 1, factors below (k, k)).
struct HouseholderQR {
    /// Rows of the factored matrix.
    let rows: Int
    /// R and the reflectors, column-major, with the columns in pivoted order.
    private(set) var factors: [Double]
    /// The reflector coefficients τₖ, one per computed reflector.
    private(set) var tau: [Double]
    /// Column k of the pivoted matrix is column `permutation[k]` of A.
    private(set) var permutation: [Int]
    /// The number of reflectors computed: the numerical rank when pivoting, else min(rows, columns).
    private(set) var rank: Int

    /// Factors the column-major `rows` × `columns` matrix `a`.
    /// - Complexity: O(rows × columns × min(rows, columns)).
    init(columnMajor a: [Double], rows m: Int, columns n: Int, pivoting: Bool) {
        rows = m
        factors = a
        permutation = Array(0..<n)
        let steps = min(m, n)
        var tau = [Double](repeating: 0, count: steps)
        var rank = steps
        var permutation = self.permutation
        factors.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var norms = (0..<n).map { j in LinearAlgebra.dot(base + j &* m, base + j &* m, count: m).squareRoot() }
            var originalNorms = norms
            var largest = 0.0
            let rankThreshold = Double.ulpOfOne * Double(max(m, n))
            let downdateLimit = Double.ulpOfOne.squareRoot()
            for k in 0..<steps {
                if pivoting {
                    var pivot = k
                    for j in (k &+ 1)..<n where norms[j] > norms[pivot] { pivot = j }
                    if pivot != k {
                        let columnK = base + k &* m, columnP = base + pivot &* m
                        for i in 0..<m { (columnK[i], columnP[i]) = (columnP[i], columnK[i]) }
                        permutation.swapAt(k, pivot)
                        norms.swapAt(k, pivot)
                        originalNorms.swapAt(k, pivot)
                    }
                    if k == 0 { largest = norms[0] }
                    if !(norms[k] > rankThreshold * largest) {
                        rank = k
                        break
                    }
                }
                let column = base + k &* m
                let tail = m &- k &- 1
                let alpha = column[k]
                let tailNorm = tail > 0 ? LinearAlgebra.dot(column + (k &+ 1), column + (k &+ 1), count: tail).squareRoot() : 0
                if tailNorm != 0 {
                    let beta = -copysign(hypot(alpha, tailNorm), alpha)
                    tau[k] = (beta - alpha) / beta
                    let scale = 1 / (alpha - beta)
                    for i in (k &+ 1)..<m { column[i] *= scale }
                    column[k] = beta
                }
                for j in (k &+ 1)..<n {
                    let other = base + j &* m
                    if tau[k] != 0 {
                        let w = tau[k] * (other[k] + LinearAlgebra.dot(column + (k &+ 1), other + (k &+ 1), count: tail))
                        other[k] -= w
                        LinearAlgebra.axpy(-w, column + (k &+ 1), other + (k &+ 1), count: tail)
                    }
                    if pivoting, norms[j] != 0 {
                        let ratio = abs(other[k]) / norms[j]
                        let remaining = max(0, (1 + ratio) * (1 - ratio))
                        let relative = norms[j] / originalNorms[j]
                        if remaining * relative * relative <= downdateLimit {
                            norms[j] = tail > 0 ? LinearAlgebra.dot(other + (k &+ 1), other + (k &+ 1), count: tail).squareRoot() : 0
                            originalNorms[j] = norms[j]
                        } else {
                            norms[j] *= remaining.squareRoot()
                        }
                    }
                }
            }
        }
        self.tau = tau
        self.rank = rank
        self.permutation = permutation
    }

    /// b ← Qᵀ·b for a vector of length `rows`.
    /// - Complexity: O(rows × rank).
    func applyTranspose(_ b: inout [Double]) {
        for k in 0..<rank { reflect(&b, by: k) }
    }

    /// b ← Q·b for a vector of length `rows`.
    /// - Complexity: O(rows × rank).
    func apply(_ b: inout [Double]) {
        for k in stride(from: rank &- 1, through: 0, by: -1) { reflect(&b, by: k) }
    }

    /// b ← Hₖ·b.
    private func reflect(_ b: inout [Double], by k: Int) {
        let t = tau[k]
        guard t != 0 else { return }
        let m = rows
        factors.withUnsafeBufferPointer { buffer in
            b.withUnsafeMutableBufferPointer { vector in
                guard let base = buffer.baseAddress, let v = vector.baseAddress else { return }
                let column = base + k &* m
                let tail = m &- k &- 1
                let w = t * (v[k] + LinearAlgebra.dot(column + (k &+ 1), v + (k &+ 1), count: tail))
                v[k] -= w
                LinearAlgebra.axpy(-w, column + (k &+ 1), v + (k &+ 1), count: tail)
            }
        }
    }
}

/// Training data laid out for the regression solvers: features column by column (column j occupies
/// `values[j * rows ..< (j + 1) * rows]`), and, when an intercept is fitted, features and target
/// centred on their means so that the intercept drops out of the problem.
struct CentredColumns {
    /// Number of samples.
    let rows: Int
    /// Number of features.
    let columns: Int
    /// The (centred) features, column-major.
    let values: [Double]
    /// The feature means subtracted (zeros when not centring).
    let featureMeans: [Double]
    /// The (centred) target.
    let target: [Double]
    /// The target mean subtracted (zero when not centring).
    let targetMean: Double

    /// Lays out `x` and `y`, centring both when `centre` is true.
    /// - Complexity: O(rows × columns).
    init(_ x: Matrix, _ y: [Double], centre: Bool) {
        let n = x.rows, p = x.columns
        rows = n
        columns = p
        var means = [Double](repeating: 0, count: p)
        var columnMajor = [Double](repeating: 0, count: n &* p)
        x.values.withUnsafeBufferPointer { source in
            columnMajor.withUnsafeMutableBufferPointer { destination in
                guard let s = source.baseAddress, let d = destination.baseAddress else { return }
                for i in 0..<n {
                    let row = s + i &* p
                    for j in 0..<p { d[j &* n &+ i] = row[j] }
                }
                if centre {
                    for j in 0..<p {
                        let column = d + j &* n
                        var sum = 0.0
                        for i in 0..<n { sum += column[i] }
                        let mean = sum / Double(n)
                        means[j] = mean
                        for i in 0..<n { column[i] -= mean }
                    }
                }
            }
        }
        values = columnMajor
        featureMeans = means
        let mean = centre ? y.reduce(0, +) / Double(n) : 0
        targetMean = mean
        target = centre ? y.map { $0 - mean } : y
    }

    /// Xᵀ·v for a vector `v` of length `rows`.
    /// - Complexity: O(rows × columns).
    func transposeTimes(_ v: [Double]) -> [Double] {
        let n = rows
        return values.withUnsafeBufferPointer { x in
            v.withUnsafeBufferPointer { vector in
                guard let base = x.baseAddress, let vp = vector.baseAddress else { return [Double](repeating: 0, count: columns) }
                return (0..<columns).map { j in LinearAlgebra.dot(base + j &* n, vp, count: n) }
            }
        }
    }

    /// The intercept that goes with `coefficients` fitted on the centred data: ȳ − x̄ᵀw.
    func intercept(for coefficients: [Double]) -> Double {
        var sum = targetMean
        for (mean, w) in zip(featureMeans, coefficients) { sum -= mean * w }
        return sum
    }
}


extension MiniMLError {
    /// Throws `invalidParameter(name: "task", …)` unless `task` is the one the linear model supports.
    static func checkLinearModelTask(_ task: Task, supported: Task, model: String) throws {
        guard task == supported else {
            throw MiniMLError.invalidParameter(name: "task", reason: "\(model) supports \(supported.rawValue) only")
        }
    }
}
