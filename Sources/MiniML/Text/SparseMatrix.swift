/// A sparse matrix in compressed sparse row (CSR) form, scikit-learn's `scipy.sparse.csr_matrix`:
/// the non-zero entries of row i are `values[rowStart[i]..<rowStart[i + 1]]`, in the columns
/// `columnIndices[rowStart[i]..<rowStart[i + 1]]`, ascending within a row.
///
/// Text features are almost all zero (a review uses a few hundred of tens of thousands of terms), so
/// the text models read only the stored entries.
public struct SparseMatrix: Equatable, Sendable {
    /// Number of rows (documents).
    public let rows: Int
    /// Number of columns (terms).
    public let columns: Int
    /// `rows + 1` offsets into `columnIndices` and `values`; `rowStart[0] == 0`.
    public let rowStart: [Int]
    /// The column of each stored entry, ascending within each row.
    public let columnIndices: [Int32]
    /// The value of each stored entry.
    public internal(set) var values: [Double]

    /// A matrix from its CSR arrays, checked.
    /// - Throws: `MiniMLError.shapeMismatch` or `.invalidInput` when the arrays do not describe a
    ///   `rows × columns` CSR matrix with ascending, in-range columns in each row and finite values.
    /// - Complexity: O(rows + stored entries).
    public init(rows: Int, columns: Int, rowStart: [Int], columnIndices: [Int32], values: [Double]) throws {
        guard rows >= 0, columns >= 0, columns <= Int(Int32.max) else {
            throw MiniMLError.invalidInput("a sparse matrix cannot be \(rows) × \(columns)")
        }
        guard rowStart.count == rows + 1, rowStart.first == 0, rowStart.last == columnIndices.count else {
            throw MiniMLError.shapeMismatch("rowStart must have \(rows + 1) offsets from 0 to \(columnIndices.count)")
        }
        guard values.count == columnIndices.count else {
            throw MiniMLError.shapeMismatch("\(columnIndices.count) column indices but \(values.count) values")
        }
        for i in 0..<rows {
            guard rowStart[i] <= rowStart[i + 1] else { throw MiniMLError.invalidInput("rowStart decreases at row \(i)") }
            var previous = -1
            for k in rowStart[i]..<rowStart[i + 1] {
                let column = Int(columnIndices[k])
                guard column > previous, column < columns else {
                    throw MiniMLError.invalidInput("row \(i) has column \(column) out of order or outside 0..<\(columns)")
                }
                guard values[k].isFinite else { throw MiniMLError.invalidInput("row \(i), column \(column) holds \(values[k])") }
                previous = column
            }
        }
        self.init(unchecked: rows, columns: columns, rowStart: rowStart, columnIndices: columnIndices, values: values)
    }

    /// A sparse copy of dense rows (zeros are not stored); every row must have `columns` entries.
    /// - Throws: as `init(rows:columns:rowStart:columnIndices:values:)`.
    public init(dense: [[Double]], columns: Int) throws {
        var rowStart = [0], indices: [Int32] = [], values: [Double] = []
        for (i, row) in dense.enumerated() {
            guard row.count == columns else { throw MiniMLError.shapeMismatch("row \(i) has \(row.count) entries, not \(columns)") }
            for (j, value) in row.enumerated() where value != 0 {
                indices.append(Int32(j))
                values.append(value)
            }
            rowStart.append(indices.count)
        }
        try self.init(rows: dense.count, columns: columns, rowStart: rowStart, columnIndices: indices, values: values)
    }

    /// Arrays already known to be valid (built by MiniML itself).
    init(unchecked rows: Int, columns: Int, rowStart: [Int], columnIndices: [Int32], values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.rowStart = rowStart
        self.columnIndices = columnIndices
        self.values = values
    }

    /// Number of stored entries.
    public var storedCount: Int { values.count }

    /// The entry at row `i`, column `j` (0 when not stored).
    /// - Complexity: O(log k) for k entries in the row.
    public subscript(i: Int, j: Int) -> Double {
        precondition(i >= 0 && i < rows && j >= 0 && j < columns, "(\(i), \(j)) is outside \(rows) × \(columns)")
        var low = rowStart[i], high = rowStart[i + 1]
        while low < high {
            let middle = (low + high) / 2
            let column = Int(columnIndices[middle])
            if column == j { return values[middle] }
            if column < j { low = middle + 1 } else { high = middle }
        }
        return 0
    }

    /// The matrix as dense rows (for tests and small inputs).
    /// - Complexity: O(rows × columns).
    public func denseRows() -> [[Double]] {
        (0..<rows).map { i in
            var row = [Double](repeating: 0, count: columns)
            for k in rowStart[i]..<rowStart[i + 1] { row[Int(columnIndices[k])] = values[k] }
            return row
        }
    }
}
