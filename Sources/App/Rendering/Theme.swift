import TerminalUI

/// The styles of the lesson renderer, by meaning. Every element that has a colour also has a cue that reads
/// without colour (an attribute, a marker or its layout), so lessons stay readable on a monochrome terminal and
/// in `ailab read`'s plain text.
enum Theme {
    /// Level 1 and 2 headings (level 1 also gets a `═` line under it, the others `##` marks).
    static let heading = Style(bold: true, foreground: .cyan)
    /// Headings of level 3 to 6.
    static let minorHeading = Style(bold: true)
    /// The lesson title at the top, drawn like a title bar.
    static let title = Style(bold: true, reverse: true)
    /// Secondary text: the minutes line, rules, link numbers, frame lines, prefixes.
    static let secondary = Style(dim: true)
    /// Inline code; its backticks are drawn in ``secondary``.
    static let inlineCode = Style(foreground: .yellow)
    /// A link's label (its number follows in ``secondary``).
    static let link = Style(underline: true, foreground: .blue)
    /// A correctly answered quiz.
    static let correct = Style(bold: true, foreground: .green)
    /// A quiz answered wrongly.
    static let wrong = Style(bold: true, foreground: .red)
}

extension Style {
    /// This style with the attributes of `other` added; `other`'s colour wins when it has one.
    func adding(_ other: Style) -> Style {
        Style(
            bold: bold || other.bold,
            dim: dim || other.dim,
            underline: underline || other.underline,
            reverse: reverse || other.reverse,
            foreground: other.foreground ?? foreground
        )
    }
}
