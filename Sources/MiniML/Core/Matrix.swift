/// A dense matrix of `Double`, stored row by row: the input of every estimator.
///
/// Row-major storage keeps one sample's features together, which is what tree building, distance
/// computations and per-row predictions read. Hot loops should go through `values` with
/// `withUnsafeBufferPointer` and wrapping index arithmetic (`&+`, `&*`), which lets the optimiser vectorise.
public struct Matrix: Equatable, Sendable {
    /// Number of rows (samples).
    public let rows: Int
    /// Number of columns (features).
    public let columns: Int
    /// The entries, row after row: entry (i, j) is `values[i * columns + j]`.
    public var values: [Double]

    /// A `rows` × `columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.values = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major `values`.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns, "\(values.count) values do not fill a \(rows)×\(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix from an array of equally long rows, e.g. `Matrix([[1, 2], [3, 4]])`.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "rows of different lengths")
        self.init(rows: rowArrays.count, columns: columns, values: rowArrays.flatMap { $0 })
    }

    /// A one-column matrix, handy for single-feature examples.
    public init(column: [Double]) {
        self.init(rows: column.count, columns: 1, values: column)
    }

    /// Entry (row, column).
    public subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// One row as a slice of `values`.
    public func row(_ index: Int) -> ArraySlice<Double> {
        values[(index * columns)..<((index + 1) * columns)]
    }

    /// One column, copied.
    /// - Complexity: O(rows).
    public func column(_ index: Int) -> [Double] {
        (0..<rows).map { values[$0 * columns + index] }
    }

    /// The rows at `indices`, in that order (repeats allowed, as bootstrap samples need).
    /// - Complexity: O(indices.count × columns).
    public func selecting(rows indices: [Int]) -> Matrix {
        var selected = [Double]()
        selected.reserveCapacity(indices.count * columns)
        for index in indices { selected.append(contentsOf: row(index)) }
        return Matrix(rows: indices.count, columns: columns, values: selected)
    }

    /// The columns at `indices`, in that order.
    public func selecting(columns indices: [Int]) -> Matrix {
        var selected = [Double]()
        selected.reserveCapacity(rows * indices.count)
        for r in 0..<rows {
            for c in indices { selected.append(values[r * columns + c]) }
        }
        return Matrix(rows: rows, columns: indices.count, values: selected)
    }

    /// The transpose.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns { result.values[c * rows + r] = values[r * columns + c] }
        }
        return result
    }

    /// Columns of `self` followed by columns of `other` (same number of rows).
    public func appendingColumns(of other: Matrix) -> Matrix {
        precondition(rows == other.rows, "cannot join a \(rows)-row matrix with a \(other.rows)-row one")
        var joined = [Double]()
        joined.reserveCapacity(rows * (columns + other.columns))
        for r in 0..<rows {
            joined.append(contentsOf: row(r))
            joined.append(contentsOf: other.row(r))
        }
        return Matrix(rows: rows, columns: columns + other.columns, values: joined)
    }
}
