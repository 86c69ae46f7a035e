import TerminalUI

// Measuring, cutting and padding lines of spans.

/// The cell width of a line of spans.
func cellWidth(of spans: [Span]) -> Int {
    spans.reduce(0) { $0 + cellWidth(of: $1.text) }
}

/// The line cut to at most `width` cells, ending in a dim `…` when anything was cut (without it when even the
/// `…` does not fit). A wide character that would straddle the limit is dropped.
func truncated(_ spans: [Span], width: Int) -> [Span] {
    guard cellWidth(of: spans) > width else { return spans }
    guard width >= 1 else { return [] }
    var result = clipped(spans, width: width - 1)
    result.append(Span("…", style: Theme.secondary))
    return result
}

/// The line cut to at most `width` cells, without a marker; a wide character that would straddle the limit
/// is dropped.
func clipped(_ spans: [Span], width: Int) -> [Span] {
    var result: [Span] = []
    var used = 0
    for span in spans {
        var text = ""
        for character in span.text {
            let characterWidth = cellWidth(of: character)
            if used + characterWidth > width { break }
            text.append(character)
            used += characterWidth
        }
        if !text.isEmpty { result.append(Span(text, style: span.style)) }
        if text.count < span.text.count { break }
    }
    return result
}

/// The line placed in a field of `width` cells: `alignment` decides where the spaces go (right for left and
/// unaligned columns). A line as wide as the field or wider is returned unchanged.
func aligned(_ spans: [Span], width: Int, alignment: Alignment) -> [Span] {
    let missing = width - cellWidth(of: spans)
    guard missing > 0 else { return spans }
    let before: Int
    switch alignment {
    case .left: before = 0
    case .center: before = missing / 2
    case .right: before = missing
    }
    let left = before > 0 ? [Span(String(repeating: " ", count: before))] : []
    let right = missing - before > 0 ? [Span(String(repeating: " ", count: missing - before))] : []
    return left + spans + right
}

/// Where a line goes in a wider field.
enum Alignment {
    case left, center, right
}

/// The line with its text's tabs expanded to the next multiple of 4 cells (a tab has no width of its own in
/// a terminal cell grid).
func expandingTabs(_ spans: [Span]) -> [Span] {
    guard spans.contains(where: { $0.text.contains("\t") }) else { return spans }
    var column = 0
    return spans.map { span in
        var text = ""
        for character in span.text {
            if character == "\t" {
                let spaces = 4 - column % 4
                text += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                text.append(character)
                column += cellWidth(of: character)
            }
        }
        return Span(text, style: span.style)
    }
}
