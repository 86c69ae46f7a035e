import TerminalUI

/// Rendered lines as text for a terminal or a file (`ailab read`), one `"\n"`-terminated line each.
///
/// - `ansi == false`: the plain text, with the spaces at the end of each line trimmed.
/// - `ansi == true`: each span that has a style is wrapped in SGR escapes — `ESC[` then `1` bold, `2` dim,
///   `4` underline, `7` reverse and `30`–`37` for the colour, joined by `;`, then `m` — and followed by
///   `ESC[0m`; plain spans are written as they are. Trailing plain spaces are trimmed too.
public func textOutput(_ lines: [StyledLine], ansi: Bool) -> String {
    var output = ""
    for line in lines {
        var spans = line.spans
        // Trim trailing spaces of plain spans (and the whole line, without ANSI).
        while let last = spans.last, !ansi || last.style == .plain {
            let trimmed = String(last.text.reversed().drop(while: { $0 == " " }).reversed())
            if trimmed.isEmpty {
                spans.removeLast()
                continue
            }
            spans[spans.count - 1].text = trimmed
            break
        }
        for span in spans {
            let codes = ansi ? sgrCodes(span.style) : []
            output += codes.isEmpty ? span.text : "\u{1B}[" + codes.joined(separator: ";") + "m" + span.text + "\u{1B}[0m"
        }
        output += "\n"
    }
    return output
}

/// The SGR parameters of `style`, in the order bold, dim, underline, reverse, colour; empty for `.plain`.
private func sgrCodes(_ style: Style) -> [String] {
    var codes: [String] = []
    if style.bold { codes.append("1") }
    if style.dim { codes.append("2") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    if let color = style.foreground { codes.append(String(30 + colorNumber(color))) }
    return codes
}

/// The ANSI number of `color`, 0 (black) to 7 (white).
private func colorNumber(_ color: Color) -> Int {
    switch color {
    case .black: return 0
    case .red: return 1
    case .green: return 2
    case .yellow: return 3
    case .blue: return 4
    case .magenta: return 5
    case .cyan: return 6
    case .white: return 7
    }
}
