import Lab

/// A benchmark table: the first column left-aligned, the numbers right-aligned (Lab's `alignedColumns`).
func textTable(header: [String], rows: [[String]]) -> String {
    alignedColumns(header: header, rows: rows, rightAligned: Set(1..<header.count)).joined(separator: "\n")
}
