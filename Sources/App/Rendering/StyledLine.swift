import TerminalUI

/// A run of text drawn in one style.
public struct Span: Equatable, Sendable {
    /// The text: one line, no newlines.
    public var text: String
    /// How it is drawn.
    public var style: Style

    /// A span of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One rendered line of a lesson, ready to put in a frame: spans no wider together than the width it
/// was rendered for.
public struct StyledLine: Equatable, Sendable {
    /// The spans, left to right.
    public var spans: [Span]
    /// The lesson-file line of the top-level block this line belongs to (0 for lines before the
    /// document, such as the title). Reading positions are saved as these lines, so they survive a
    /// change of window width.
    public var sourceLine: Int

    /// A line of `spans` belonging to the block at `sourceLine`.
    public init(_ spans: [Span], sourceLine: Int = 0) {
        self.spans = spans
        self.sourceLine = sourceLine
    }

    /// The line's text without styles.
    public var text: String {
        spans.map(\.text).joined()
    }
}
