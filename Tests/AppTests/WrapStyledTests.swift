import Testing
import TerminalUI
@testable import App

/// `wrapStyled` keeps each character's style through TerminalUI's wrapping. Expected lines worked out by hand
/// from `wrap`'s rules (CJK characters are 2 cells and may break anywhere; '，' never starts a line).
@Suite struct WrapStyledTests {
    let bold = Style(bold: true)
    let underline = Style(underline: true)

    @Test func stylesCrossingALineBreakAreSplitWithTheLine() {
        let lines = wrapStyled([Span("one "), Span("two three", style: bold), Span(" four")], width: 9)
        #expect(lines == [
            [Span("one "), Span("two", style: bold)],
            [Span("three", style: bold)],
            [Span("four")],
        ])
    }

    @Test func mixedEnglishAndChineseAtWidth12() {
        // "Arrays 数组" is 11 cells; "can 广播成相" exactly 12; "同的形状，" 10 ('，' stays with '状').
        let lines = wrapStyled([Span("Arrays 数组 can "), Span("广播成相同的形状", style: bold), Span("，then add.")], width: 12)
        #expect(lines.map { $0.map(\.text).joined() } == ["Arrays 数组", "can 广播成相", "同的形状，", "then add."])
        #expect(lines[1] == [Span("can "), Span("广播成相", style: bold)])
        #expect(lines[2] == [Span("同的形状", style: bold), Span("，")])
        #expect(lines.allSatisfy { cellWidth(of: $0.map(\.text).joined()) <= 12 })
    }

    @Test func mixedEnglishAndChineseAtWidth20() {
        // "Broadcasting 让形状" is 19 cells and "不" would make 21; the second line is exactly 20 cells.
        let spans = [
            Span("Broadcasting 让"), Span("形状不同", style: bold), Span("的数组一起运算，"), Span("very", style: underline),
            Span(" handy."),
        ]
        let lines = wrapStyled(spans, width: 20)
        #expect(lines == [
            [Span("Broadcasting 让"), Span("形状", style: bold)],
            [Span("不同", style: bold), Span("的数组一起运算，")],
            [Span("very", style: underline), Span(" handy.")],
        ])
    }

    @Test func kinsokuMovesTheCharacterBeforeAComma() {
        let lines = wrapStyled([Span("一二三四"), Span("五", style: bold), Span("，六")], width: 10)
        #expect(lines == [[Span("一二三四")], [Span("五", style: bold), Span("，六")]])
    }

    @Test func newlinesEndLinesAndAreDropped() {
        #expect(wrapStyled([Span("a"), Span("\n"), Span("b", style: bold)], width: 5) == [[Span("a")], [Span("b", style: bold)]])
    }

    @Test func nothingGivesOneEmptyLine() {
        #expect(wrapStyled([], width: 5) == [[]])
    }

    @Test func aClusterStraddlingTwoSpansTakesTheStyleOfItsFirstScalar() {
        // "e" + U+0301 is one character, é.
        #expect(wrapStyled([Span("e"), Span("\u{301}x", style: bold)], width: 5) == [[Span("e\u{301}"), Span("x", style: bold)]])
    }
}
