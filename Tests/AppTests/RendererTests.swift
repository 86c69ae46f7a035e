import Course
import Testing
import TerminalUI
@testable import App

/// Each element as `LessonRenderer` draws it; expected lines worked out by hand.
@Suite struct RendererTests {
    private let dim = Style(dim: true)
    private let heading = Style(bold: true, foreground: .cyan)

    private func render(_ markdown: String, width: Int = 40, outcomes: [String: QuizOutcome] = [:], interactive: Bool = true) throws -> RenderedLesson {
        LessonRenderer(width: width, quizOutcomes: outcomes, interactive: interactive).render(try MarkdownParser.parse(markdown))
    }

    private func text(_ markdown: String, width: Int = 40) throws -> [String] {
        try render(markdown, width: width).lines.map(\.text)
    }

    @Test func headingsWithABlankLineBetweenBlocks() throws {
        let rendered = try render("# Title\n\n## Sub *part*\n\ntext\n")
        #expect(rendered.lines.map(\.text) == ["Title", "═════", "", "## Sub part", "", "text"])
        #expect(rendered.lines.map(\.sourceLine) == [1, 1, 3, 3, 5, 5])
        #expect(rendered.lines[0].spans == [Span("Title", style: heading)])
        #expect(rendered.lines[3].spans == [
            Span("## ", style: dim), Span("Sub ", style: heading), Span("part", style: heading.adding(Style(underline: true))),
        ])
    }

    @Test func minorHeadingsAreBoldWithTheirMarks() throws {
        let rendered = try render("### Three")
        #expect(rendered.lines[0].spans == [Span("### ", style: dim), Span("Three", style: Style(bold: true))])
    }

    @Test func inlineStylesReadWithoutColour() throws {
        let rendered = try render("Plain *em* **strong** `code` ~~gone~~ [link](https://x.org) end", width: 80)
        #expect(rendered.lines.map(\.text) == [
            "Plain em strong `code` ~gone~ link [1] end", "", "## Links", "[1] https://x.org",
        ])
        #expect(rendered.lines[0].spans == [
            Span("Plain "), Span("em", style: Style(underline: true)), Span(" "), Span("strong", style: Style(bold: true)),
            Span(" "), Span("`", style: dim), Span("code", style: Style(foreground: .yellow)), Span("`", style: dim),
            Span(" "), Span("~gone~", style: dim), Span(" "), Span("link", style: Style(underline: true, foreground: .blue)),
            Span(" [1]", style: dim), Span(" end"),
        ])
        #expect(rendered.links == ["https://x.org"])
    }

    @Test func aURLKeepsItsNumberAndAutolinksShowTheirURLOnce() throws {
        let rendered = try render("[a](https://u.one) [b](https://u.two) [c](https://u.one) see https://u.two", width: 80)
        #expect(rendered.lines.first?.text == "a [1] b [2] c [1] see https://u.two [2]")
        #expect(rendered.links == ["https://u.one", "https://u.two"])
        #expect(Array(rendered.lines.suffix(2)).map(\.text) == ["[1] https://u.one", "[2] https://u.two"])
    }

    @Test func hardBreaksEndLinesAndSoftBreaksAreSpaces() throws {
        #expect(try text("one  \ntwo\nthree") == ["one", "two three"])
    }

    @Test func mixedEnglishAndChineseParagraphAtWidth20() throws {
        // "Broadcasting 让形状" is 19 cells; the second line is exactly 20 cells and ends with '，'.
        let rendered = try render("Broadcasting 让**形状不同**的数组一起运算，*very* handy.", width: 20)
        #expect(rendered.lines.map(\.text) == ["Broadcasting 让形状", "不同的数组一起运算，", "very handy."])
        #expect(rendered.lines[1].spans == [Span("不同", style: Style(bold: true)), Span("的数组一起运算，")])
    }

    @Test func codeIsIndentedColouredAndCutWithAnEllipsis() throws {
        let rendered = try render("```python\nx = 1  # one\nvery_long_name = 2\n```", width: 16)
        #expect(rendered.lines.map(\.text) == ["  x = 1  # one", "  very_long_nam…"])
        #expect(rendered.lines[0].spans == [
            Span("  "), Span("x = "), Span("1", style: Style(foreground: .yellow)), Span("  "), Span("# one", style: dim),
        ])
        #expect(rendered.lines[1].spans.last == Span("…", style: dim))
    }

    @Test func codeTabsAreExpanded() throws {
        #expect(try text("```\n\tx\n```") == ["      x"])
    }

    @Test func nestedListsChangeTheirBullet() throws {
        #expect(try text("- a\n  - b\n    - c\n- d") == ["• a", "  ◦ b", "    ▪ c", "• d"])
    }

    @Test func orderedListsStartAtTheirNumberAndAlignIt() throws {
        #expect(try text("9. nine\n10. ten") == [" 9. nine", "10. ten"])
    }

    @Test func wrappedItemsContinueUnderTheirText() throws {
        #expect(try text("- one two three four", width: 10) == ["• one two", "  three", "  four"])
    }

    @Test func itemsWithTwoParagraphsKeepABlankLine() throws {
        #expect(try text("1. first\n\n   more\n2. second") == ["1. first", "", "   more", "2. second"])
    }

    @Test func quotesHaveABarOnEveryLine() throws {
        let rendered = try render("> quoted\n>\n> > deeper")
        #expect(rendered.lines.map(\.text) == ["│ quoted", "│", "│ │ deeper"])
        #expect(rendered.lines[2].spans == [Span("│ ", style: dim), Span("│ ", style: dim), Span("deeper")])
    }

    @Test func rulesSpanTheWidth() throws {
        #expect(try text("a\n\n---\n", width: 10) == ["a", "", "──────────"])
    }

    private let quizMarkdown = "Intro.\n\n```quiz\nid: q1\nquestion: Two plus two?\n- [ ] 3\n- [x] 4\nexplanation: Arithmetic.\n```\n"

    @Test func anUnansweredQuizAsksForAnAnswerWithoutGivingItAway() throws {
        let rendered = try render(quizMarkdown, width: 30)
        #expect(rendered.lines.map(\.text) == [
            "Intro.",
            "",
            "┌─ Quiz 1 ────────────────────",
            "│ Two plus two?",
            "│",
            "│ 1. 3",
            "│ 2. 4",
            "│",
            "│ Press a to answer",
            "└─────────────────────────────",
        ])
        #expect(rendered.quizLines == [2])
        #expect(rendered.lines.map(\.sourceLine) == [1] + Array(repeating: 3, count: 9))
    }

    @Test func printedQuizzesSendTheLearnerToTheNavigator() throws {
        let rendered = try render(quizMarkdown, width: 80, interactive: false)
        #expect(rendered.lines[8].text == "│ Answer it in the navigator: run ailab and open this lesson")
    }

    @Test func aCorrectAnswerShowsTheExplanation() throws {
        let rendered = try render(quizMarkdown, width: 30, outcomes: ["q1": .correct])
        #expect(Array(rendered.lines[8...]).map(\.text) == ["│ ✓ Answered correctly", "│", "│ Arithmetic.", "└─────────────────────────────"])
        #expect(rendered.lines[8].spans.last == Span("✓ Answered correctly", style: Style(bold: true, foreground: .green)))
    }

    @Test func aWrongAnswerInvitesAnotherTryWithoutTheExplanation() throws {
        let rendered = try render(quizMarkdown, width: 60, outcomes: ["q1": .wrong])
        #expect(rendered.lines[8].text == "│ ✗ Answered, not correct yet — press a to try again")
        #expect(!rendered.lines.contains { $0.text.contains("Arithmetic") })
    }

    @Test func quizzesInsideListsAreNumberedAndFound() throws {
        let quiz = { (id: String) in "```quiz\nid: \(id)\nquestion: Q?\n- [x] a\n- [ ] b\nexplanation: E.\n```" }
        let markdown = quiz("one") + "\n\n- item\n\n  " + quiz("two").split(separator: "\n").joined(separator: "\n  ") + "\n"
        let rendered = try render(markdown)
        #expect(rendered.quizLines.count == 2)
        #expect(rendered.lines[rendered.quizLines[0]].text.hasPrefix("┌─ Quiz 1 "))
        #expect(rendered.lines[rendered.quizLines[1]].text.hasPrefix("  ┌─ Quiz 2 "))
    }

    @Test func theLessonHeaderComesFirstAtSourceLineZero() throws {
        let lesson = try Lesson.parse("""
            ---
            id: broadcasting
            title: Broadcasting
            summary: How NumPy lines up arrays of different shapes.
            minutes: 20
            objectives:
              - Predict the shape of a broadcast result
            lab: house-prices
            ---
            Text.
            """, file: "b.md")
        let rendered = LessonRenderer(width: 30).render(lesson)
        #expect(rendered.lines.map(\.text) == [
            " Broadcasting                 ",
            "20 min · lab: house-prices",
            "",
            "How NumPy lines up arrays of",
            "different shapes.",
            "",
            "Objectives",
            "• Predict the shape of a",
            "  broadcast result",
            "",
            "Text.",
        ])
        #expect(rendered.lines.map(\.sourceLine) == Array(repeating: 0, count: 9) + [10, 10])
        #expect(rendered.lines[0].spans == [Span(" Broadcasting                 ", style: Style(bold: true, reverse: true))])
    }

    @Test func aFirstHeadingRepeatingTheTitleIsNotDrawnTwice() throws {
        let text = { (heading: String) in
            "---\nid: a\ntitle: Arrays\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n---\n# \(heading)\n\nText.\n"
        }
        let same = LessonRenderer(width: 30).render(try Lesson.parse(text("Arrays"), file: "a.md")).lines.map(\.text)
        #expect(same.filter { $0.contains("Arrays") } == [" Arrays                       "])
        #expect(same.last == "Text.")
        // A different first heading stays, under its ═ rule.
        let other = LessonRenderer(width: 30).render(try Lesson.parse(text("Shapes"), file: "a.md")).lines.map(\.text)
        #expect(other.contains("Shapes") && other.contains("══════"))
    }

    @Test func tooNarrowForTheIndentationLinesAreCut() throws {
        let rendered = try render("> > - - deep text here", width: 4)
        #expect(rendered.lines.allSatisfy { cellWidth(of: $0.text) <= 4 })
        #expect(rendered.lines.first?.text == "│ │ ")
    }
}
