import Course
import TerminalUI

/// Turns inlines into styled spans for one paragraph of text, before wrapping.
///
/// - Emphasis is underlined, strong is bold, and both combine with what they are nested in.
/// - Inline code is drawn in ``Theme/inlineCode`` between dim backticks, so it reads without colour.
/// - Strikethrough (which terminals cannot draw) is dim between `~` markers: `~gone~`.
/// - A link shows its label, then its reference number from `links` in dim brackets: `docs [1]`. Every link
///   gets a number, autolinks too (their label is the URL, shown once); the Links section lists the URLs.
/// - A soft break becomes a space and a hard break a `"\n"`, which ``wrapStyled(_:width:)`` honours.
func flatten(_ inlines: [Inline], style: Style = .plain, links: inout LinkReferences) -> [Span] {
    var spans: [Span] = []
    for inline in inlines {
        switch inline {
        case .text(let text):
            spans.append(Span(text, style: style))
        case .emphasis(let children):
            spans += flatten(children, style: style.adding(Style(underline: true)), links: &links)
        case .strong(let children):
            spans += flatten(children, style: style.adding(Style(bold: true)), links: &links)
        case .code(let code):
            let tick = Span("`", style: style.adding(Theme.secondary))
            spans += [tick, Span(code, style: style.adding(Theme.inlineCode)), tick]
        case .link(let url, let label):
            spans += flatten(label, style: style.adding(Theme.link), links: &links)
            let separator = label.isEmpty ? "" : " "
            spans.append(Span(separator + "[\(links.number(for: url))]", style: style.adding(Theme.secondary)))
        case .strikethrough(let children):
            let struck = style.adding(Theme.secondary)
            spans += [Span("~", style: struck)] + flatten(children, style: struck, links: &links) + [Span("~", style: struck)]
        case .lineBreak:
            spans.append(Span("\n", style: style))
        case .softBreak:
            spans.append(Span(" ", style: style))
        }
    }
    return spans
}
