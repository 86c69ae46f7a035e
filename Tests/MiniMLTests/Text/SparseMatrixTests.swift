import MiniML
import Testing

@Suite("Text: SparseMatrix")
struct SparseMatrixTests {
    // [[1, 0, 2],
    //  [0, 0, 0],
    //  [0, 3, 4]]
    let x = try! SparseMatrix(rows: 3, columns: 3, rowStart: [0, 2, 2, 4], columnIndices: [0, 2, 1, 2], values: [1, 2, 3, 4])

    @Test("CSR arrays, dense view and element access")
    func layout() throws {
        #expect(x.denseRows() == [[1, 0, 2], [0, 0, 0], [0, 3, 4]])
        #expect(x[2, 1] == 3 && x[1, 1] == 0 && x[0, 2] == 2)
        #expect(try SparseMatrix(dense: [[1, 0, 2], [0, 0, 0], [0, 3, 4]], columns: 3) == x)
        #expect(x.storedCount == 4)
    }

    @Test("products: X·w, Xᵀ·v and one row with a dense vector")
    func products() {
        #expect(x.times([1, 10, 100]) == [201, 0, 430])
        #expect(x.transposedTimes([1, 5, 2]) == [1, 6, 10])
        #expect([1.0, 10, 100].withUnsafeBufferPointer { x.dot(row: 2, $0) } == 430)
        #expect(x.columnSums() == [1, 3, 6])
        #expect(x.columnSums(rows: [0, 1]) == [1, 0, 2])
    }

    @Test("L2 row normalisation leaves empty rows alone")
    func normalisation() {
        let normalized = x.normalizedRows()
        #expect(normalized.values == [1 / 5.0.squareRoot(), 2 / 5.0.squareRoot(), 0.6, 0.8])
        #expect(x.rowSquaredNorms() == [5, 0, 25])
    }

    @Test("row selection (for folds), binarising and column scaling")
    func reshaping() {
        let selected = x.selecting(rows: [2, 0, 2])
        #expect(selected.denseRows() == [[0, 3, 4], [1, 0, 2], [0, 3, 4]])
        #expect(x.binarized().values == [1, 1, 1, 1])
        #expect(x.scalingColumns(by: [2, 0, -1]).denseRows() == [[2, 0, -2], [0, 0, 0], [0, 0, -4]])
    }

    @Test("malformed CSR arrays are rejected with the reason")
    func validation() {
        #expect(throws: MiniMLError.shapeMismatch("rowStart must have 3 offsets from 0 to 1")) {
            try SparseMatrix(rows: 2, columns: 2, rowStart: [0, 1], columnIndices: [0], values: [1])
        }
        #expect(throws: MiniMLError.invalidInput("row 0 has column 2 out of order or outside 0..<2")) {
            try SparseMatrix(rows: 1, columns: 2, rowStart: [0, 1], columnIndices: [2], values: [1])
        }
        #expect(throws: MiniMLError.invalidInput("row 0 has column 0 out of order or outside 0..<2")) {
            try SparseMatrix(rows: 1, columns: 2, rowStart: [0, 2], columnIndices: [1, 0], values: [1, 1])
        }
        #expect(throws: MiniMLError.self) { try SparseMatrix(rows: 1, columns: 1, rowStart: [0, 1], columnIndices: [0], values: [.nan]) }
        #expect(throws: MiniMLError.shapeMismatch("row 0 has 1 entries, not 2")) { try SparseMatrix(dense: [[1]], columns: 2) }
    }
}
