import App
import Testing

@Suite struct StyledLineTests {
    @Test func textJoinsTheSpansInOrder() {
        let line = StyledLine([Span("x = "), Span("42", style: .init(bold: true)), Span("  # answer")], sourceLine: 7)
        #expect(line.text == "x = 42  # answer")
        #expect(line.sourceLine == 7)
    }
}
