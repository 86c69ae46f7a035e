import Course
import TerminalUI

/// Lays out a GFM table in at most `width` cells:
///
/// ```
/// Type    │ Ordered │ Typical use
/// ────────┼─────────┼──────────────
/// `list`  │ yes     │ the prices
/// ```
///
/// Columns are as wide as their widest cell (in terminal cells, so CJK text counts double), separated by a dim
/// ` │ `, with a dim `─┼─` line under the bold header. Cells follow their column's alignment (unaligned
/// columns are left-aligned). When the table is wider than `width`, columns are narrowed as
/// ``columnWidths(natural:longestWord:widestCharacter:available:)`` says and cell text wraps inside its
/// column, so rows grow taller; then body rows are separated by `─┼─` lines too, to show where each row ends.
/// Trailing spaces are dropped.
///
/// A column is never narrower than its widest character (2 cells for CJK) or 1 cell; a table with more columns
/// than that allows is wider than `width`, and the caller clips it.
func layOutTable(header: [[Span]], rows: [[[Span]]], alignments: [TableAlignment], width: Int) -> [[Span]] {
    let columnCount = max(header.count, alignments.count, rows.map(\.count).max() ?? 0)
    guard columnCount > 0 else { return [] }
    let header = header.map { $0.map { Span($0.text, style: $0.style.adding(Style(bold: true))) } }
    let allRows = [header] + rows
    func cell(_ row: [[Span]], _ column: Int) -> [Span] {
        column < row.count ? row[column] : []
    }

    let texts = (0..<columnCount).map { column in allRows.map { cell($0, column).map(\.text).joined() } }
    let widths = columnWidths(
        natural: texts.map { $0.map(naturalWidth(of:)).max() ?? 0 },
        longestWord: texts.map { $0.map(longestWordWidth(of:)).max() ?? 0 },
        widestCharacter: texts.map { $0.map(widestCharacterWidth(of:)).max() ?? 0 },
        available: width - 3 * (columnCount - 1)
    )

    let fieldAlignments = (0..<columnCount).map { column -> Alignment in
        switch column < alignments.count ? alignments[column] : .none {
        case .none, .left: return .left
        case .center: return .center
        case .right: return .right
        }
    }
    let separator = Span(" │ ", style: Theme.secondary)
    let rule = [Span(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), style: Theme.secondary)]

    func lines(of row: [[Span]]) -> [[Span]] {
        let cellLines = (0..<columnCount).map { wrapStyled(cell(row, $0), width: widths[$0]) }
        let height = cellLines.map(\.count).max() ?? 1
        return (0..<height).map { index in
            var line: [Span] = []
            for column in 0..<columnCount {
                if column > 0 { line.append(separator) }
                let text = index < cellLines[column].count ? cellLines[column][index] : []
                line += aligned(text, width: widths[column], alignment: fieldAlignments[column])
            }
            return trimmingTrailingSpaces(line)
        }
    }

    let bodies = rows.map(lines(of:))
    let separateRows = bodies.contains { $0.count > 1 }
    var result = lines(of: header) + [rule]
    for (index, body) in bodies.enumerated() {
        if separateRows && index > 0 { result.append(rule) }
        result += body
    }
    return result
}

/// The width of each column, in three steps, as in the automatic table layout of web browsers:
///
/// 1. When every column fits at its `natural` width (its widest cell on one line), that is its width.
/// 2. Otherwise each column has a minimum: its natural width when that is no more than an equal share of
///    `available` (short columns are never narrowed), else its `longestWord` (so no word has to break; for CJK
///    text, which breaks between characters, that is one character). When the minimums fit, each column gets
///    its minimum plus a share of the remaining room in proportion to how much wider it would like to be
///    (`natural - minimum`): long prose columns grow the most.
/// 3. Otherwise words must break: starting from the minimums, the widest column is narrowed one cell at a
///    time until the columns fit in `available`, never below its `widestCharacter` (or 1).
///
/// - Complexity: O(columns × cells narrowed) in step 3.
func columnWidths(natural: [Int], longestWord: [Int], widestCharacter: [Int], available: Int) -> [Int] {
    let natural = natural.map { max($0, 1) }
    if natural.reduce(0, +) <= available { return natural }
    let minimum = zip(longestWord, natural).map { word, wanted in
        wanted * natural.count <= available ? wanted : max(min(word, wanted), 1)
    }
    let minimumTotal = minimum.reduce(0, +)
    if minimumTotal <= available {
        let wishes = zip(natural, minimum).map { $0 - $1 }
        let wished = wishes.reduce(0, +)
        var widths = zip(minimum, wishes).map { $0 + (available - minimumTotal) * $1 / wished }
        // Hand the cells lost to rounding down to the columns that still want the most.
        var left = available - widths.reduce(0, +)
        while left > 0, let column = widths.indices.filter({ widths[$0] < natural[$0] })
            .max(by: { natural[$0] - widths[$0] < natural[$1] - widths[$1] }) {
            widths[column] += 1
            left -= 1
        }
        return widths
    }
    var widths = minimum
    let floors = zip(widestCharacter, minimum).map { max(min($0, $1), 1) }
    while widths.reduce(0, +) > available {
        let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
        guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
        widths[widest] -= 1
    }
    return widths
}

/// The width of a cell's text on one line (its widest line when it has hard breaks).
private func naturalWidth(of text: String) -> Int {
    text.split(separator: "\n").map { cellWidth(of: $0) }.max() ?? 0
}

/// The width of the longest piece of a cell's text that wrapping cannot break without cutting a word: a run
/// of narrow characters between spaces, or a single wide character (CJK text breaks between characters).
func longestWordWidth(of text: String) -> Int {
    var longest = 0
    var run = 0
    for character in text {
        let width = cellWidth(of: character)
        if character == " " || character.isNewline || width >= 2 {
            run = 0
            longest = max(longest, width >= 2 ? width : 0)
        } else {
            run += width
            longest = max(longest, run)
        }
    }
    return longest
}

/// The width of the widest character of a cell's text.
private func widestCharacterWidth(of text: String) -> Int {
    text.map { cellWidth(of: $0) }.max() ?? 0
}

/// The line without the spaces at its end.
private func trimmingTrailingSpaces(_ spans: [Span]) -> [Span] {
    var spans = spans
    while let last = spans.last {
        let trimmed = String(last.text.reversed().drop(while: { $0 == " " }).reversed())
        if trimmed.isEmpty {
            spans.removeLast()
        } else {
            spans[spans.count - 1].text = trimmed
            break
        }
    }
    return spans
}
