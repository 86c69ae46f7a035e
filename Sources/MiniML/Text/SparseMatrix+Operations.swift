import Foundation

extension SparseMatrix {
    /// Row i · `dense` (`dense.count == columns`).
    /// - Complexity: O(entries in row i).
    public func dot(row i: Int, _ dense: UnsafeBufferPointer<Double>) -> Double {
        var sum = 0.0
        for k in rowStart[i]..<rowStart[i &+ 1] { sum += values[k] * dense[Int(columnIndices[k])] }
        return sum
    }

    /// X·w: one dot product per row.
    /// - Precondition: `w.count == columns`.
    /// - Complexity: O(stored entries).
    public func times(_ w: [Double]) -> [Double] {
        precondition(w.count == columns, "a vector of \(w.count) entries cannot multiply \(columns) columns")
        return w.withUnsafeBufferPointer { weights in (0..<rows).map { dot(row: $0, weights) } }
    }

    /// Xᵀ·v: the rows weighted by `v` and summed.
    /// - Precondition: `v.count == rows`.
    /// - Complexity: O(stored entries + columns).
    public func transposedTimes(_ v: [Double]) -> [Double] {
        precondition(v.count == rows, "a vector of \(v.count) entries cannot multiply the \(rows) rows")
        var result = [Double](repeating: 0, count: columns)
        result.withUnsafeMutableBufferPointer { out in
            for i in 0..<rows where v[i] != 0 {
                let weight = v[i]
                for k in rowStart[i]..<rowStart[i &+ 1] { out[Int(columnIndices[k])] += weight * values[k] }
            }
        }
        return result
    }

    /// The sum of each column over the given rows (all rows when nil).
    /// - Complexity: O(entries in those rows + columns).
    public func columnSums(rows selected: [Int]? = nil) -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        for i in selected ?? Array(0..<rows) {
            for k in rowStart[i]..<rowStart[i + 1] { sums[Int(columnIndices[k])] += values[k] }
        }
        return sums
    }

    /// Σⱼ x_ij² of each row.
    /// - Complexity: O(stored entries).
    public func rowSquaredNorms() -> [Double] {
        (0..<rows).map { i in (rowStart[i]..<rowStart[i + 1]).reduce(0) { $0 + values[$1] * values[$1] } }
    }

    /// Each row divided by its Euclidean length (rows of zeros stay zero), as scikit-learn's
    /// `normalize(X, norm="l2")`.
    /// - Complexity: O(stored entries).
    public func normalizedRows() -> SparseMatrix {
        var copy = self
        let norms = rowSquaredNorms()
        for i in 0..<rows where norms[i] > 0 {
            let norm = norms[i].squareRoot()
            for k in rowStart[i]..<rowStart[i + 1] { copy.values[k] /= norm }
        }
        return copy
    }

    /// Presence instead of counts: 1 where a stored value is > 0, else 0 (scikit-learn's
    /// `binarize(X, threshold=0)`).
    /// - Complexity: O(stored entries).
    public func binarized() -> SparseMatrix {
        var copy = self
        for k in copy.values.indices { copy.values[k] = copy.values[k] > 0 ? 1 : 0 }
        return copy
    }

    /// The matrix with column j multiplied by `scales[j]` (X·diag(scales)).
    /// - Precondition: `scales.count == columns`.
    /// - Complexity: O(stored entries).
    public func scalingColumns(by scales: [Double]) -> SparseMatrix {
        precondition(scales.count == columns, "\(scales.count) scales for \(columns) columns")
        var copy = self
        for k in copy.values.indices { copy.values[k] *= scales[Int(columnIndices[k])] }
        return copy
    }

    /// The given rows, in the given order (repeats allowed), e.g. one cross-validation fold.
    /// - Precondition: every index is in `0..<rows`.
    /// - Complexity: O(selected rows + their entries).
    public func selecting(rows selected: [Int]) -> SparseMatrix {
        var rowStart = [Int](), indices = [Int32](), values = [Double]()
        rowStart.reserveCapacity(selected.count + 1)
        rowStart.append(0)
        for i in selected {
            precondition(i >= 0 && i < rows, "row \(i) is outside 0..<\(rows)")
            indices.append(contentsOf: columnIndices[self.rowStart[i]..<self.rowStart[i + 1]])
            values.append(contentsOf: self.values[self.rowStart[i]..<self.rowStart[i + 1]])
            rowStart.append(indices.count)
        }
        return SparseMatrix(unchecked: selected.count, columns: columns, rowStart: rowStart, columnIndices: indices, values: values)
    }
}
