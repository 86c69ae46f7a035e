import TerminalUI

/// Wraps styled text into lines of at most `width` cells, with TerminalUI's ``wrap(_:width:)`` rules
/// (breaks at spaces, between CJK characters with kinsoku, hard breaks for over-long words, `"\n"` ends a
/// line), keeping each character's style.
///
/// The spans' texts are joined and wrapped as one string; then each character of the wrapped lines is
/// matched, in order, with the character it came from. Wrapping only ever drops spaces (at breaks and at the
/// end) and newlines, so a character that does not match is one of those and is skipped. Neighbouring
/// characters of equal style are merged into one span; empty lines have no spans.
func wrapStyled(_ spans: [Span], width: Int) -> [[Span]] {
    let text = spans.map(\.text).joined()
    let source = styledCharacters(of: text, spans: spans)
    var position = 0
    return wrap(text, width: width).map { line in
        var result: [Span] = []
        for character in line {
            while position < source.count - 1 && source[position].character != character {
                position += 1
            }
            let style = position < source.count ? source[position].style : .plain
            position += 1
            if let last = result.last, last.style == style {
                result[result.count - 1].text.append(character)
            } else {
                result.append(Span(String(character), style: style))
            }
        }
        return result
    }
}

/// Each character of `text` (the spans' texts joined) with the style of the span its first byte comes from.
/// Working on the joined text keeps grapheme clusters that straddle two spans whole.
private func styledCharacters(of text: String, spans: [Span]) -> [(character: Character, style: Style)] {
    var ends: [(end: Int, style: Style)] = []
    var offset = 0
    for span in spans {
        offset += span.text.utf8.count
        ends.append((offset, span.style))
    }
    var result: [(Character, Style)] = []
    var spanIndex = 0
    var byte = 0
    for character in text {
        while spanIndex < ends.count - 1 && byte >= ends[spanIndex].end { spanIndex += 1 }
        result.append((character, ends[spanIndex].style))
        byte += character.utf8.count
    }
    return result
}
