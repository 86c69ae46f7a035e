import Course
import TerminalUI

/// The learner's result on one quiz, as far as the lesson view needs it.
public enum QuizOutcome: Equatable, Sendable {
    /// Not answered yet.
    case unanswered
    /// Answered, and the last answer was correct.
    case correct
    /// Answered, and the last answer was wrong.
    case wrong
}

/// A lesson rendered for one width: the lines to show and what the viewer needs to act on them.
public struct RenderedLesson: Equatable, Sendable {
    /// The lines, top to bottom, none wider than the width rendered for.
    public var lines: [StyledLine]
    /// The link URLs, numbered in order of first appearance: `links[0]` is shown as `[1]`.
    public var links: [String]
    /// For each quiz of the document, in reading order, the index in `lines` of its first line.
    public var quizLines: [Int]

    /// A rendering made of its parts.
    public init(lines: [StyledLine], links: [String], quizLines: [Int]) {
        self.lines = lines
        self.links = links
        self.quizLines = quizLines
    }
}

/// Renders lessons into styled lines for a terminal of a given width, as glow does for markdown.
///
/// A pure function of its inputs: no I/O, and the same lesson, width and outcomes always give the same
/// lines. Every line is at most `width` cells wide (CJK characters count 2); paragraphs wrap at spaces, and
/// between CJK characters with kinsoku rules, keeping their inline styles. Each line carries the file line of
/// the top-level block it comes from (0 for the lesson header), so a reading position survives a new width.
///
/// The look, element by element: headings bold (level 1 with a `═` line under it, the others after dim `##`);
/// emphasis underlined, strong bold, inline code in colour between dim backticks, strikethrough as dim
/// `~text~`; links as their label and a number, `docs [1]`, listed at the end under "Links"; code indented by
/// 2, coloured by ``SyntaxHighlighter`` and cut with `…`; lists with `•` `◦` `▪` or numbers; quotes behind
/// a dim `│`; tables with `│` `─` `┼`, shrunk and wrapped inside their cells to fit; rules as `─` lines;
/// quizzes framed, with their status but never their answer.
///
/// Widths too narrow for the indentation of nested blocks (a few cells) cut the lines at the width.
public struct LessonRenderer {
    /// The width to render for, in terminal cells.
    public let width: Int
    /// The learner's result on each quiz, by quiz id; a quiz not listed is unanswered.
    public let quizOutcomes: [String: QuizOutcome]
    /// Whether the rendering is shown in the navigator (quiz hints name its keys) or printed (`ailab read`).
    public let interactive: Bool

    /// A renderer for `width` cells (at least 1) with the learner's `quizOutcomes`; `interactive` is false
    /// for printed output.
    public init(width: Int, quizOutcomes: [String: QuizOutcome] = [:], interactive: Bool = true) {
        self.width = max(width, 1)
        self.quizOutcomes = quizOutcomes
        self.interactive = interactive
    }

    /// The lesson's header (its title as a bar, the minutes and lab, the summary and the objectives), then
    /// its document and the Links section. A first level-1 heading that repeats the title is not drawn again.
    public func render(_ lesson: Lesson) -> RenderedLesson {
        var renderer = BlockRenderer(quizOutcomes: quizOutcomes, interactive: interactive)
        var lines = header(of: lesson, renderer: &renderer)
        var document = lesson.document
        if case .heading(1, let inlines)? = document.blocks.first, inlines.plainText == lesson.title {
            document = Document(blocks: Array(document.blocks.dropFirst()), sourceLines: Array(document.sourceLines.dropFirst()))
        }
        return body(document, after: &lines, renderer: &renderer)
    }

    /// The document, then a Links section listing the URLs of its links by number (when it has links).
    public func render(_ document: Document) -> RenderedLesson {
        var renderer = BlockRenderer(quizOutcomes: quizOutcomes, interactive: interactive)
        var lines: [StyledLine] = []
        return body(document, after: &lines, renderer: &renderer)
    }

    /// The header lines, all at source line 0: the title bar, `35 min · lab: house-prices`, the summary and
    /// the objectives as a bullet list.
    private func header(of lesson: Lesson, renderer: inout BlockRenderer) -> [StyledLine] {
        var rows: [[Span]] = wrap(lesson.title, width: width - 2).map { line in
            [Span(pad(" " + line + " ", width: width), style: Theme.title)]
        }
        let facts = ["\(lesson.minutes) min"] + (lesson.lab.map { ["lab: \($0)"] } ?? [])
        rows += wrapStyled([Span(facts.joined(separator: " · "), style: Theme.secondary)], width: width)
        rows.append([])
        rows += wrapStyled([Span(lesson.summary)], width: width)
        if !lesson.objectives.isEmpty {
            rows.append([])
            rows.append([Span("Objectives", style: Theme.minorHeading)])
            let items: [[Block]] = lesson.objectives.map { [.paragraph([.text($0)])] }
            rows += renderer.render(.list(ordered: false, start: 1, items: items), width: width, listDepth: 0).lines
        }
        return rows.map { StyledLine(clipped($0, width: width), sourceLine: 0) }
    }

    /// `lines` followed by the document's blocks, a blank line before each, and the Links section, which
    /// carries the source line of the last block (so a position saved there restores to the end).
    private func body(_ document: Document, after lines: inout [StyledLine], renderer: inout BlockRenderer) -> RenderedLesson {
        var quizLines: [Int] = []
        for (block, sourceLine) in zip(document.blocks, document.sourceLines) {
            if !lines.isEmpty { lines.append(StyledLine([], sourceLine: sourceLine)) }
            let rendered = renderer.render(block, width: width, listDepth: 0)
            quizLines += rendered.quizStarts.map { $0 + lines.count }
            lines += rendered.lines.map { StyledLine(clipped($0, width: width), sourceLine: sourceLine) }
        }
        let urls = renderer.links.urls
        if !urls.isEmpty {
            let sourceLine = document.sourceLines.last ?? 0
            let title = [Span("## ", style: Theme.secondary), Span("Links", style: Theme.heading)]
            let section = [[], title] + linkList(urls)
            lines += section.map { StyledLine(clipped($0, width: width), sourceLine: sourceLine) }
        }
        return RenderedLesson(lines: lines, links: urls, quizLines: quizLines)
    }

    /// `[1] url` lines, numbers right-aligned and dim; a URL too long for a line breaks anywhere and continues
    /// under its start.
    private func linkList(_ urls: [String]) -> [[Span]] {
        let markerWidth = "[\(urls.count)]".count + 1
        var rows: [[Span]] = []
        for (index, url) in urls.enumerated() {
            let marker = "[\(index + 1)]"
            let label = String(repeating: " ", count: markerWidth - 1 - marker.count) + marker + " "
            for (lineIndex, line) in wrap(url, width: width - markerWidth).enumerated() {
                let prefix = lineIndex == 0 ? Span(label, style: Theme.secondary) : Span(String(repeating: " ", count: markerWidth))
                rows.append([prefix, Span(line)])
            }
        }
        return rows
    }
}
