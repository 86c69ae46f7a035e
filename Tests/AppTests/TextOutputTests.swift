import Testing
import TerminalUI
@testable import App

@Suite struct TextOutputTests {
    @Test func plainTextTrimsTrailingSpacesAndEndsEveryLine() {
        let lines = [
            StyledLine([Span("a "), Span("b", style: Style(bold: true)), Span("  ")]),
            StyledLine([]),
            StyledLine([Span(" title  ", style: Style(reverse: true))]),
        ]
        #expect(textOutput(lines, ansi: false) == "a b\n\n title\n")
    }

    @Test func ansiWrapsEachStyledSpanInSGRCodes() {
        let line = StyledLine([
            Span("x = "), Span("42", style: Style(bold: true, foreground: .yellow)),
            Span(" ok", style: Style(dim: true, underline: true, reverse: true)), Span("  "),
        ])
        #expect(textOutput([line], ansi: true) == "x = \u{1B}[1;33m42\u{1B}[0m\u{1B}[2;4;7m ok\u{1B}[0m\n")
    }

    @Test func ansiKeepsStyledTrailingSpaces() {
        // A title bar is reverse video up to the edge.
        let line = StyledLine([Span(" T  ", style: Style(reverse: true))])
        #expect(textOutput([line], ansi: true) == "\u{1B}[7m T  \u{1B}[0m\n")
    }

    @Test func everyColourHasItsCode() {
        let line = StyledLine(Color.allCases.map { Span("c", style: Style(foreground: $0)) })
        let expected = (30...37).map { "\u{1B}[\($0)mc\u{1B}[0m" }.joined() + "\n"
        #expect(textOutput([line], ansi: true) == expected)
    }
}
