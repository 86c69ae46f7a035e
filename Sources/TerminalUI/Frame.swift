/// A grid of terminal cells to draw into, without a terminal.
///
/// `rows × columns` cells, row-major. Each cell holds one grapheme cluster and a
/// ``Style``. A wide (2-cell) character occupies its own cell, the *lead*, plus the
/// cell to its right, a *continuation* cell whose grapheme is "" and whose style is
/// the lead's. The invariant: every lead of width `w` is followed by exactly `w - 1`
/// continuation cells, and every continuation cell follows one; so each of ``lines``
/// is exactly `columns` cells wide.
public struct Frame: Sendable, Equatable {
    /// One cell of a ``Frame``.
    public struct Cell: Sendable, Equatable {
        /// The grapheme cluster drawn here: " " when blank, "" in the continuation
        /// cell of a wide character.
        public var grapheme: String
        /// How the cell is drawn.
        public var style: Style

        /// A cell with the given grapheme and style.
        public init(grapheme: String, style: Style = .plain) {
            self.grapheme = grapheme
            self.style = style
        }

        /// A plain space.
        public static let blank = Cell(grapheme: " ")

        /// Whether this is the right-hand part of a wide character.
        public var isContinuation: Bool { grapheme.isEmpty }
    }

    /// The number of rows.
    public let rows: Int
    /// The number of columns (cells per row).
    public let columns: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A frame of blank cells; negative sizes are treated as 0.
    public init(rows: Int, columns: Int) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    /// The cell at `row`, `column` (both must be in range).
    public subscript(row: Int, column: Int) -> Cell {
        precondition(contains(row: row, column: column), "cell (\(row), \(column)) outside a \(rows)×\(columns) frame")
        return cells[row * columns + column]
    }

    /// Writes `text` on one row starting at `column`, one grapheme cluster after
    /// another, each taking ``cellWidth(of:)-(Character)`` cells.
    ///
    /// - Writing stops at the right edge and after `maxWidth` cells (when given):
    ///   a wide character that would straddle that limit is replaced by a space in
    ///   the cells that remain, so nothing is drawn beyond the limit.
    /// - A negative `column` clips on the left the same way; a row outside the
    ///   frame draws nothing.
    /// - Zero-width clusters (control characters, including "\n" and "\t", lone
    ///   combining marks, ZWSP) are skipped: wrap text into lines first.
    /// - Overwriting either half of a wide character already in the frame turns its
    ///   other half into a space (keeping that cell's style).
    ///
    /// - Returns: the column just after the last cell written (or `column` when
    ///   nothing was), to continue writing on the same row.
    @discardableResult
    public mutating func put(
        _ text: String,
        row: Int,
        column: Int,
        style: Style = .plain,
        maxWidth: Int? = nil
    ) -> Int {
        guard row >= 0 && row < rows else { return column }
        var limit = columns
        if let maxWidth, max(maxWidth, 0) < limit - column {
            limit = column + max(maxWidth, 0)
        }
        var x = column
        for character in text {
            let width = cellWidth(of: character)
            if width == 0 { continue }
            if x >= limit { break }
            if x + width <= 0 {
                x += width  // entirely left of the frame
                continue
            }
            if x < 0 || x + width > limit {
                // Straddles the left edge or the limit: draw spaces in its visible cells.
                for c in max(x, 0)..<min(x + width, limit) {
                    set(Cell(grapheme: " ", style: style), row: row, column: c)
                }
                x += width
                if x > limit { x = limit }
                continue
            }
            set(Cell(grapheme: String(character), style: style), row: row, column: x)
            for c in (x + 1)..<(x + width) {
                set(Cell(grapheme: "", style: style), row: row, column: c)
            }
            x += width
        }
        return max(min(x, limit), column)
    }

    /// Each row as a string of its graphemes (continuation cells contribute
    /// nothing), exactly `columns` cells wide; meant for tests.
    public var lines: [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                line += cells[row * columns + column].grapheme
            }
            return line
        }
    }

    /// The style of every cell of `row`, `columns` of them; a wide character's
    /// continuation cell has its lead's style.
    public func styles(row: Int) -> [Style] {
        precondition(row >= 0 && row < rows, "row \(row) outside a frame of \(rows) rows")
        return cells[(row * columns)..<((row + 1) * columns)].map(\.style)
    }

    /// Whether `row`, `column` is inside the frame.
    func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    /// Stores `cell`, first blanking the other half of any wide character it
    /// overwrites so the lead/continuation invariant holds.
    private mutating func set(_ cell: Cell, row: Int, column: Int) {
        let base = row * columns
        let old = cells[base + column]
        if old.isContinuation {
            // Blank the lead to the left (and any continuation between).
            var c = column - 1
            while c >= 0 && cells[base + c].isContinuation {
                cells[base + c].grapheme = " "
                c -= 1
            }
            if c >= 0 { cells[base + c].grapheme = " " }
        }
        // Blank the continuation cells of what was here (or of what was to its left).
        var c = column + 1
        while c < columns && cells[base + c].isContinuation {
            cells[base + c].grapheme = " "
            c += 1
        }
        cells[base + column] = cell
    }
}
