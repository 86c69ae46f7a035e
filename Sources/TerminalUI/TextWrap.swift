// Cell-aware line wrapping, truncation and padding (widths from CellWidth.swift).

/// Characters that must not begin a line (Japanese *kinsoku shori*, also the Chinese
/// convention): closing punctuation and brackets. When one would start a line, the
/// character before it moves down with it.
let noLineStart: Set<Character> = ["，", "。", "、", "！", "？", "：", "；", "）", "」", "』", "】", "〉", "》", "・", "ー"]

/// Characters that must not end a line (the other half of kinsoku): opening CJK
/// brackets. The character after one moves up with it.
let noLineEnd: Set<Character> = ["（", "「", "『", "【", "〈", "《"]

/// Wraps `text` into lines of at most `width` terminal cells.
///
/// - Explicit line breaks ("\n", "\r\n", "\r" and other `Character.isNewline`
///   characters) always end a line; an empty paragraph gives an empty line, so
///   `wrap("", width: 5) == [""]` and `wrap("a\n\nb", width: 5) == ["a", "", "b"]`.
/// - Latin text breaks at spaces (U+0020). The spaces at a break, and trailing
///   spaces at the end of a paragraph, are dropped; spaces between words on the
///   same line are kept as they are, as is a paragraph's leading indentation.
/// - A line may break between any two wide (2-cell) characters, and between a wide
///   character and a narrow one, so CJK text needs no spaces.
/// - Kinsoku: a character of ``noLineStart`` ('，' '。' '、' '！' '？' '：' '；' '）'
///   '」' …) never starts a line; the character before it moves down with it.
///   This needs room for both: below 4 cells a wide character and its '，' cannot
///   share a line and the hard break below lets '，' start one. Likewise an opening
///   bracket of ``noLineEnd`` ('（' '「' …) never ends a line.
/// - A word longer than `width` is broken between grapheme clusters (hard break),
///   still avoiding a kinsoku character at the start of a line when the piece has
///   another character to move down.
/// - Grapheme clusters are never split.
/// - No line is wider than `width`, with one unavoidable exception: a single
///   grapheme cluster wider than `width` (a 2-cell character when `width` is 1)
///   gets a line of its own.
/// - A `width` below 1 is treated as 1.
public func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        lines.append(contentsOf: wrapParagraph(Array(paragraph), width: width))
    }
    return lines
}

/// A piece of a paragraph that is not broken unless it is longer than a line:
/// a run of spaces, a word, or a wide character with the kinsoku characters glued to it.
private struct Segment {
    var characters: [Character] = []
    var width = 0
    var isSpace = false
}

/// Splits a paragraph (no newlines) into segments at its break opportunities.
private func segments(of paragraph: [Character]) -> [Segment] {
    var result: [Segment] = []
    var current = Segment()
    // Whether a break is allowed after the current segment's last character
    // (true after a wide character).
    var breakAfter = false

    func flush() {
        if !current.characters.isEmpty { result.append(current) }
        current = Segment()
        breakAfter = false
    }

    var index = 0
    // Leading indentation is glued to the first word.
    while index < paragraph.count, paragraph[index] == " " {
        current.characters.append(" ")
        current.width += 1
        index += 1
    }
    while index < paragraph.count {
        let character = paragraph[index]
        index += 1
        let width = cellWidth(of: character)
        if character == " " {
            if current.isSpace {
                current.characters.append(character)
                current.width += 1
            } else {
                flush()
                current = Segment(characters: [character], width: 1, isSpace: true)
            }
            continue
        }
        if current.isSpace { flush() }
        if noLineStart.contains(character) {
            // Glued to whatever precedes it; a break may follow it.
            current.characters.append(character)
            current.width += width
            breakAfter = breakAfter || width >= 2
            continue
        }
        if let last = current.characters.last, noLineEnd.contains(last) {
            // Glued to the opening bracket before it.
            current.characters.append(character)
            current.width += width
            breakAfter = width >= 2
            continue
        }
        if width >= 2 || breakAfter { flush() }
        current.characters.append(character)
        current.width += width
        breakAfter = width >= 2
    }
    flush()
    return result
}

/// Greedy wrapping of one paragraph.
private func wrapParagraph(_ paragraph: [Character], width: Int) -> [String] {
    var lines: [String] = []
    var line: [Character] = []
    var lineWidth = 0
    var pending: Segment?  // spaces waiting for the next word

    func emit() {
        lines.append(String(line))
        line = []
        lineWidth = 0
    }

    for segment in segments(of: paragraph) {
        if segment.isSpace {
            pending = segment
            continue
        }
        let spaces = line.isEmpty ? nil : pending
        let spaceWidth = spaces?.width ?? 0
        pending = nil
        if lineWidth + spaceWidth + segment.width <= width {
            if let spaces { line += spaces.characters }
            line += segment.characters
            lineWidth += spaceWidth + segment.width
        } else if segment.width <= width {
            if !line.isEmpty { emit() }
            line = segment.characters
            lineWidth = segment.width
        } else {
            // Hard break: the word starts on a fresh line and is cut into pieces.
            if !line.isEmpty { emit() }
            let pieces = hardBreak(segment.characters, width: width)
            for piece in pieces.dropLast() {
                line = piece
                emit()
            }
            line = pieces.last ?? []
            lineWidth = cellWidth(of: String(line))
        }
    }
    if !line.isEmpty || lines.isEmpty { emit() }
    return lines
}

/// Cuts `characters` into pieces of at most `width` cells (a lone cluster wider
/// than `width` makes a piece of its own), moving a character down when the next
/// piece would otherwise start with a ``noLineStart`` character or this one end
/// with a ``noLineEnd`` character.
private func hardBreak(_ characters: [Character], width: Int) -> [[Character]] {
    var pieces: [[Character]] = []
    var piece: [Character] = []
    var pieceWidth = 0
    for character in characters {
        let characterWidth = cellWidth(of: character)
        if !piece.isEmpty && pieceWidth + characterWidth > width {
            var next: [Character] = []
            if noLineStart.contains(character) || noLineEnd.contains(piece[piece.count - 1]),
               piece.count > 1 {
                next = [piece.removeLast()]
            }
            pieces.append(piece)
            piece = next
            pieceWidth = cellWidth(of: String(next))
        }
        piece.append(character)
        pieceWidth += characterWidth
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
}

/// Shortens `text` to at most `width` cells, ending it with `ellipsis` when
/// anything was cut.
///
/// Text that fits is returned unchanged. Otherwise whole grapheme clusters are kept
/// while they fit in `width` minus the ellipsis's width, then the ellipsis is added;
/// the result may be one cell narrower than `width` when a wide character did not
/// fit (use ``pad(_:width:)`` for an exact width). When the ellipsis alone is wider
/// than `width`, the text is cut without it. A `width` of 0 or less gives "".
/// Newlines are not treated specially (control characters are 0 cells): pass one line.
public func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if cellWidth(of: text) <= width { return text }
    let ellipsisWidth = cellWidth(of: ellipsis)
    let useEllipsis = ellipsisWidth <= width
    let available = useEllipsis ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    for character in text {
        let characterWidth = cellWidth(of: character)
        if used + characterWidth > available { break }
        result.append(character)
        used += characterWidth
    }
    return useEllipsis ? result + ellipsis : result
}

/// Appends spaces to `text` until it is `width` cells wide.
///
/// Text already `width` cells or wider is returned unchanged (combine with
/// ``truncate(_:width:ellipsis:)`` to get exactly `width` cells).
public func pad(_ text: String, width: Int) -> String {
    let missing = width - cellWidth(of: text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
}

/// `text` with spaces added on the left up to `width` cells (unchanged when already as wide): for numbers
/// in right-aligned columns.
public func leftPad(_ text: String, width: Int) -> String {
    String(repeating: " ", count: max(width - cellWidth(of: text), 0)) + text
}
