import Course
import TerminalUI

/// Lines rendered from some blocks, with where their quizzes start.
struct RenderedBlocks: Equatable {
    /// The lines, each a list of spans.
    var lines: [[Span]] = []
    /// The index in `lines` of the first line of each quiz, in reading order.
    var quizStarts: [Int] = []

    /// Appends `other` below these lines.
    mutating func append(_ other: RenderedBlocks) {
        quizStarts += other.quizStarts.map { $0 + lines.count }
        lines += other.lines
    }

    /// These lines with `first` in front of the first line and `rest` in front of the others; empty lines get
    /// `empty` instead, so no line ends in spaces.
    func prefixed(first: [Span], rest: [Span], empty: [Span]) -> RenderedBlocks {
        var result = self
        result.lines = lines.enumerated().map { index, line in
            if index == 0 { return first + line }
            return line.isEmpty ? empty : rest + line
        }
        return result
    }
}

/// Renders blocks, recursively, into lines of at most a given width; collects the link references and
/// numbers the quizzes on the way, so it is used once per rendering, in reading order.
struct BlockRenderer {
    /// The learner's result for each quiz id.
    let quizOutcomes: [String: QuizOutcome]
    /// Whether the rendering is shown in the navigator, where keys work.
    let interactive: Bool
    /// The links met so far.
    var links = LinkReferences()
    /// The number of quizzes rendered so far.
    var quizCount = 0

    init(quizOutcomes: [String: QuizOutcome], interactive: Bool) {
        self.quizOutcomes = quizOutcomes
        self.interactive = interactive
    }

    /// `blocks` one below the other. At the top level and in quotes a blank line separates blocks; inside a
    /// list item (`inListItem`) a nested list follows its text directly, as in a tight list.
    mutating func render(_ blocks: [Block], width: Int, listDepth: Int, inListItem: Bool = false) -> RenderedBlocks {
        var result = RenderedBlocks()
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                let joinsTight = inListItem && (isList(block) || isList(blocks[index - 1]))
                if !joinsTight { result.lines.append([]) }
            }
            result.append(render(block, width: width, listDepth: listDepth))
        }
        return result
    }

    /// One block; `listDepth` is the number of lists around it, which picks the bullet.
    mutating func render(_ block: Block, width: Int, listDepth: Int) -> RenderedBlocks {
        switch block {
        case .heading(let level, let inlines):
            return RenderedBlocks(lines: heading(level: level, inlines, width: width))
        case .paragraph(let inlines):
            return RenderedBlocks(lines: wrapStyled(flatten(inlines, links: &links), width: width))
        case .codeBlock(let language, let code):
            return RenderedBlocks(lines: codeBlock(code, language: language, width: width))
        case .list(let ordered, let start, let items):
            return list(ordered: ordered, start: start, items: items, width: width, depth: listDepth)
        case .blockQuote(let blocks):
            let quoted = render(blocks, width: width - 2, listDepth: listDepth)
            let bar = Span("│ ", style: Theme.secondary)
            return quoted.prefixed(first: [bar], rest: [bar], empty: [Span("│", style: Theme.secondary)])
        case .table(let header, let rows, let alignments):
            let headerSpans = header.map { flatten($0, links: &links) }
            let rowSpans = rows.map { $0.map { flatten($0, links: &links) } }
            return RenderedBlocks(lines: layOutTable(header: headerSpans, rows: rowSpans, alignments: alignments, width: width))
        case .rule:
            return RenderedBlocks(lines: [[Span(String(repeating: "─", count: max(width, 1)), style: Theme.secondary)]])
        case .quiz(let quiz):
            quizCount += 1
            return RenderedBlocks(lines: self.quiz(quiz, number: quizCount, width: width), quizStarts: [0])
        }
    }

    /// Bold, levels 1 and 2 also in colour. Level 1 has a `═` line as wide as its text under it; the others
    /// start with dim `##` marks of their level, as in the source and in glow, so they read in plain text too.
    private mutating func heading(level: Int, _ inlines: [Inline], width: Int) -> [[Span]] {
        let style = level <= 2 ? Theme.heading : Theme.minorHeading
        let marks = level == 1 ? [] : [Span(String(repeating: "#", count: level) + " ", style: Theme.secondary)]
        let lines = wrapStyled(marks + flatten(inlines, style: style, links: &links), width: width)
        guard level == 1 else { return lines }
        let underline = String(repeating: "═", count: lines.map { cellWidth(of: $0) }.max() ?? 0)
        return lines + [[Span(underline, style: Theme.heading)]]
    }

    /// Indented by 2 and coloured by ``SyntaxHighlighter``; lines too long are cut with a dim `…` rather than
    /// wrapped, as glow and bat do, so the code's own line structure stays visible.
    private func codeBlock(_ code: String, language: String?, width: Int) -> [[Span]] {
        SyntaxHighlighter.highlight(code, language: language).map { line in
            let body = truncated(expandingTabs(line), width: width - 2)
            return body.isEmpty ? [] : [Span("  ")] + body
        }
    }

    /// Items with `•` (`◦` one level down, `▪` further) or numbers from `start`, right-aligned so the texts
    /// line up; wrapped and nested lines stay under the item's text.
    private mutating func list(ordered: Bool, start: Int, items: [[Block]], width: Int, depth: Int) -> RenderedBlocks {
        let bullets = ["•", "◦", "▪"]
        let markers = items.indices.map { ordered ? "\(start + $0)." : bullets[min(depth, bullets.count - 1)] }
        let markerWidth = (markers.map { cellWidth(of: $0) }.max() ?? 0) + 1
        var result = RenderedBlocks()
        for (marker, item) in zip(markers, items) {
            var content = render(item, width: width - markerWidth, listDepth: depth + 1, inListItem: true)
            if content.lines.isEmpty { content.lines = [[]] }
            let label = String(repeating: " ", count: markerWidth - 1 - cellWidth(of: marker)) + marker + " "
            let indent = String(repeating: " ", count: markerWidth)
            result.append(content.prefixed(first: [Span(label)], rest: [Span(indent)], empty: []))
        }
        return result
    }

    private func isList(_ block: Block) -> Bool {
        if case .list = block { return true }
        return false
    }
}
