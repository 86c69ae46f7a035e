// Small drawing helpers shared by screens: filled bars, boxes, meters.

extension Frame {
    /// Fills `row` with spaces in `style` (a title or status bar's background).
    public mutating func fill(row: Int, style: Style) {
        put(String(repeating: " ", count: columns), row: row, column: 0, style: style)
    }

    /// Writes `left` at the start of `row` and `right` against its end, on a bar filled with `style`.
    /// `right` wins when both do not fit: `left` is truncated with "…" to leave a space before it.
    public mutating func bar(row: Int, left: String, right: String = "", style: Style) {
        fill(row: row, style: style)
        let rightWidth = min(cellWidth(of: right), columns)
        let leftRoom = max(columns - rightWidth - (right.isEmpty ? 0 : 1) - 1, 0)
        put(truncate(left, width: leftRoom), row: row, column: 1, style: style)
        if !right.isEmpty { put(right, row: row, column: columns - rightWidth - 1, style: style, maxWidth: rightWidth) }
    }

    /// Draws a box of light lines with its top-left corner at `top`, `left`, blanking its inside; `title`
    /// goes into the top edge. Boxes smaller than 2×2 draw nothing.
    public mutating func box(top: Int, left: Int, height: Int, width: Int, title: String = "", style: Style = .plain) {
        guard height >= 2, width >= 2 else { return }
        let inside = String(repeating: " ", count: width - 2)
        put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: style)
        for row in (top + 1)..<(top + height - 1) {
            put("│", row: row, column: left, style: style)
            put(inside, row: row, column: left + 1)
            put("│", row: row, column: left + width - 1, style: style)
        }
        put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: style)
        if !title.isEmpty, width > 6 {
            put(" " + truncate(title, width: width - 6) + " ", row: top, column: left + 2, style: Style(bold: true))
        }
    }
}

/// A bar of `width` cells, `█` for the part done and `░` for the rest: 3 of 4 at width 8 is `██████░░`.
/// Rounded to the nearest cell; an empty whole is all `░`.
public func meter(_ part: Int, of whole: Int, width: Int) -> String {
    let width = max(width, 0)
    let filled = whole <= 0 ? 0 : min(max((2 * width * part + whole) / (2 * whole), 0), width)
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}
