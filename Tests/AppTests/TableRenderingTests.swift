import Course
import Testing
import TerminalUI
@testable import App

/// Tables, rendered through `LessonRenderer`; expected lines worked out by hand (columns as wide as their
/// widest cell, ` │ ` between them, CJK characters 2 cells).
@Suite struct TableRenderingTests {
    private func lines(_ markdown: String, width: Int) throws -> [String] {
        LessonRenderer(width: width).render(try MarkdownParser.parse(markdown)).lines.map(\.text)
    }

    @Test func columnsFollowTheirAlignment() throws {
        let rendered = LessonRenderer(width: 40).render(try MarkdownParser.parse("| a | b | c | d |\n|---|:--|:-:|--:|\n| 1 | 22 | 333 | 4444 |\n"))
        #expect(rendered.lines.map(\.text) == [
            "a │ b  │  c  │    d",
            "──┼────┼─────┼─────",
            "1 │ 22 │ 333 │ 4444",
        ])
        let header = rendered.lines[0].spans
        #expect(header.first == Span("a", style: Style(bold: true)))
        #expect(header[1] == Span(" │ ", style: Style(dim: true)))
    }

    @Test func chineseCellsAreTwoCellsPerCharacter() throws {
        #expect(try lines("| 名字 | x |\n|---|---|\n| 数组 | yes |\n", width: 40) == [
            "名字 │ x",
            "─────┼────",
            "数组 │ yes",
        ])
    }

    @Test func aWideTableShrinksItsLongColumnAndWrapsInside() throws {
        // Natural widths 3 + 23 do not fit in 20 − 3; "key" keeps its 3, "description" gets the other 14.
        let text = try lines("| key | description |\n|---|---|\n| a | one two three four five |\n", width: 20)
        #expect(text == [
            "key │ description",
            "────┼───────────────",
            "a   │ one two three",
            "    │ four five",
        ])
    }

    @Test func aWideChineseTableWrapsBetweenCharacters() throws {
        // "主题" (4 cells) is short enough to keep; the other column gets 20 − 3 − 4 = 13 cells: six characters.
        let text = try lines("| 主题 | 说明 |\n|---|---|\n| 训练 | 深度学习模型的训练很慢 |\n", width: 20)
        #expect(text == [
            "主题 │ 说明",
            "─────┼──────────────",
            "训练 │ 深度学习模型",
            "     │ 的训练很慢",
        ])
    }

    @Test func tallRowsAreSeparatedByRules() throws {
        let text = try lines("| k | v |\n|---|---|\n| a | one two |\n| b | three |\n", width: 9)
        // Column widths 1 and 5: "one two" wraps, so body rows get a rule between them.
        #expect(text == [
            "k │ v",
            "──┼──────",
            "a │ one",
            "  │ two",
            "──┼──────",
            "b │ three",
        ])
    }

    @Test func columnWidthsInProportionToWhatEachWants() {
        // Minimums 5 (short enough to keep), 8 (longest word), 10 (kept); the 12 cells left all go to the
        // only column that wants more.
        #expect(columnWidths(natural: [5, 40, 10], longestWord: [5, 8, 6], widestCharacter: [1, 1, 1], available: 35) == [5, 20, 10])
    }

    @Test func columnWidthsBreakWordsOfTheWidestColumnsLast() {
        // Longest words 10 + 5 + 10 do not fit in 21: the widest columns lose a cell in turn.
        #expect(columnWidths(natural: [30, 5, 10], longestWord: [10, 5, 10], widestCharacter: [1, 1, 1], available: 21) == [8, 5, 8])
    }

    @Test func columnWidthsFitWhenTheyCan() {
        #expect(columnWidths(natural: [3, 0, 7], longestWord: [3, 0, 7], widestCharacter: [1, 0, 1], available: 20) == [3, 1, 7])
    }

    @Test func longestWordOfEnglishAndChinese() {
        #expect(longestWordWidth(of: "one three 二") == 5)
        #expect(longestWordWidth(of: "深度学习") == 2)
    }

    @Test func tablesNeverExceedTheWidth() throws {
        let markdown = "| a | b | c |\n|---|---|---|\n| \(String(repeating: "word ", count: 20)) | 中文中文中文中文 | x |\n"
        for width in [5, 10, 20, 30] {
            for line in try lines(markdown, width: width) {
                #expect(cellWidth(of: line) <= width, "width \(width): \(line)")
            }
        }
    }
}
