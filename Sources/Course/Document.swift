/// A parsed markdown document in our own model: what the lesson viewer draws, with no cmark types leaking out.
public struct Document: Equatable, Sendable {
    /// The top-level blocks, in reading order.
    public var blocks: [Block]
    /// Parallel to `blocks`: the 1-based line of the lesson file where each top-level block starts. A viewer
    /// tags what it draws with these lines, so a reading position survives a change of window width.
    public var sourceLines: [Int]

    /// A document made of `blocks` starting at `sourceLines` (one per block); without `sourceLines`, every
    /// block is said to start at line 1.
    ///
    /// Two documents are equal when their blocks and their source lines are.
    public init(blocks: [Block], sourceLines: [Int]? = nil) {
        let lines = sourceLines ?? Array(repeating: 1, count: blocks.count)
        precondition(lines.count == blocks.count, "\(lines.count) source lines for \(blocks.count) blocks")
        self.blocks = blocks
        self.sourceLines = lines
    }

    /// Every quiz in the document, in reading order, including quizzes nested in lists and quotes.
    public var quizzes: [Quiz] {
        blocks.flatMap(\.quizzes)
    }
}

/// A block-level element of a document.
public indirect enum Block: Equatable, Sendable {
    /// A heading of `level` 1 to 6.
    case heading(level: Int, [Inline])
    /// A paragraph. Raw HTML blocks also arrive as a paragraph holding their source as text.
    case paragraph([Inline])
    /// A fenced or indented code block; `language` is the first word of the fence info, if any.
    /// `code` has no trailing newline.
    case codeBlock(language: String?, code: String)
    /// A bullet (`ordered == false`) or numbered list; `start` is the first number (1 for bullet lists).
    case list(ordered: Bool, start: Int, items: [[Block]])
    /// A block quote.
    case blockQuote([Block])
    /// A GFM table: the header cells, then each row's cells, and each column's alignment (from the
    /// delimiter row: `:--` left, `:-:` center, `--:` right, `---` none), one per header cell.
    case table(header: [[Inline]], rows: [[[Inline]]], alignments: [TableAlignment])
    /// A thematic break (`---`, `***`).
    case rule
    /// A ```` ```quiz ```` fence, parsed.
    case quiz(Quiz)

    /// The quizzes in this block and the blocks inside it.
    var quizzes: [Quiz] {
        switch self {
        case .quiz(let quiz): return [quiz]
        case .list(_, _, let items): return items.flatMap { $0.flatMap(\.quizzes) }
        case .blockQuote(let blocks): return blocks.flatMap(\.quizzes)
        default: return []
        }
    }
}

/// How a table column's cells are aligned, as written in the table's delimiter row.
public enum TableAlignment: Equatable, Sendable {
    /// No colon (`---`): the viewer's default, left.
    case none
    /// `:--`.
    case left
    /// `:-:`.
    case center
    /// `--:`.
    case right
}

/// An inline element of a paragraph, heading, table cell or another inline.
public indirect enum Inline: Equatable, Sendable {
    /// Plain text. Raw inline HTML is kept as text too.
    case text(String)
    /// Emphasis (`*a*`, `_a_`).
    case emphasis([Inline])
    /// Strong emphasis (`**a**`).
    case strong([Inline])
    /// Inline code.
    case code(String)
    /// A link (including GFM autolinks, and images, whose alt text becomes the label).
    case link(url: String, [Inline])
    /// GFM strikethrough (`~~a~~`).
    case strikethrough([Inline])
    /// A hard line break (two trailing spaces or a backslash).
    case lineBreak
    /// A soft line break (a newline inside a paragraph).
    case softBreak
}

extension [Inline] {
    /// The text of the inlines without their formatting; line breaks become spaces.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text): return text
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, let inner): return inner.plainText
            case .lineBreak, .softBreak: return " "
            }
        }.joined()
    }
}
