import Testing
@testable import Course

@Suite("Markdown parser")
struct MarkdownParserTests {
    private func blocks(_ markdown: String) throws -> [Block] {
        try MarkdownParser.parse(markdown).blocks
    }

    @Test func headingsOfEachLevel() throws {
        #expect(try blocks("# One\n\n### Three *em*\n") == [
            .heading(level: 1, [.text("One")]),
            .heading(level: 3, [.text("Three "), .emphasis([.text("em")])]),
        ])
    }

    @Test func paragraphWithEveryInline() throws {
        let markdown = "Plain *em* **strong** `code` [link](https://x.org/a) ~~gone~~ end  \nnext\nsoft"
        #expect(try blocks(markdown) == [
            .paragraph([
                .text("Plain "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .text(" "),
                .code("code"), .text(" "), .link(url: "https://x.org/a", [.text("link")]), .text(" "),
                .strikethrough([.text("gone")]), .text(" end"), .lineBreak, .text("next"), .softBreak, .text("soft"),
            ]),
        ])
    }

    @Test func nestedInlines() throws {
        #expect(try blocks("**bold _and em_**") == [
            .paragraph([.strong([.text("bold "), .emphasis([.text("and em")])])]),
        ])
    }

    @Test func autolink() throws {
        #expect(try blocks("See https://github.com/github/cmark-gfm now") == [
            .paragraph([
                .text("See "),
                .link(url: "https://github.com/github/cmark-gfm", [.text("https://github.com/github/cmark-gfm")]),
                .text(" now"),
            ]),
        ])
    }

    @Test func englishAndChineseInOneParagraph() throws {
        #expect(try blocks("Broadcasting 广播 makes **形状** match.") == [
            .paragraph([.text("Broadcasting 广播 makes "), .strong([.text("形状")]), .text(" match.")]),
        ])
    }

    @Test func punctuationSplitTextIsJoined() throws {
        #expect(try blocks("a [b] c! \\* d") == [.paragraph([.text("a [b] c! * d")])])
    }

    @Test func fencedAndIndentedCode() throws {
        #expect(try blocks("```python title\nx = 1\ny = 2\n```\n\n    indented\n") == [
            .codeBlock(language: "python", code: "x = 1\ny = 2"),
            .codeBlock(language: nil, code: "indented"),
        ])
    }

    @Test func bulletAndOrderedLists() throws {
        #expect(try blocks("- a\n- b\n\n3. c\n4. d\n") == [
            .list(ordered: false, start: 1, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]),
            .list(ordered: true, start: 3, items: [[.paragraph([.text("c")])], [.paragraph([.text("d")])]]),
        ])
    }

    @Test func nestedList() throws {
        #expect(try blocks("- outer\n  1. inner\n  2. more\n- last\n") == [
            .list(ordered: false, start: 1, items: [
                [
                    .paragraph([.text("outer")]),
                    .list(ordered: true, start: 1, items: [[.paragraph([.text("inner")])], [.paragraph([.text("more")])]]),
                ],
                [.paragraph([.text("last")])],
            ]),
        ])
    }

    @Test func blockQuoteAndRule() throws {
        #expect(try blocks("> quoted\n> > deeper\n\n---\n") == [
            .blockQuote([.paragraph([.text("quoted")]), .blockQuote([.paragraph([.text("deeper")])])]),
            .rule,
        ])
    }

    @Test func table() throws {
        let markdown = """
        | Name | Shape |
        |:-----|------:|
        | `x` | (3, 1) |
        | *y* | |
        """
        #expect(try blocks(markdown) == [
            .table(
                header: [[.text("Name")], [.text("Shape")]],
                rows: [
                    [[.code("x")], [.text("(3, 1)")]],
                    [[.emphasis([.text("y")])], []],
                ],
                alignments: [.left, .right]
            ),
        ])
    }

    @Test func tableAlignmentOfEachKind() throws {
        let markdown = "| a | b | c | d |\n|---|:--|:-:|--:|\n| 1 | 2 | 3 | 4 |\n"
        #expect(try blocks(markdown) == [
            .table(
                header: [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
                rows: [[[.text("1")], [.text("2")], [.text("3")], [.text("4")]]],
                alignments: [.none, .left, .center, .right]
            ),
        ])
    }

    @Test func sourceLinesOfTopLevelBlocksAddTheOffset() throws {
        // Lines: 1 heading, 3–4 paragraph, 6–8 list (a nested item on 7), 10–12 fence, 14 rule.
        let markdown = "# T\n\npara\ngraph\n\n- a\n  - b\n- c\n\n```sh\nls\n```\n\n---\n"
        let document = try MarkdownParser.parse(markdown, lineOffset: 5)
        #expect(document.blocks.count == 5)
        #expect(document.sourceLines == [6, 8, 11, 15, 19])
    }

    @Test func documentWithoutSourceLinesStartsEveryBlockAtLineOne() {
        let document = Document(blocks: [.rule, .rule])
        #expect(document.sourceLines == [1, 1])
        #expect(document != Document(blocks: [.rule, .rule], sourceLines: [1, 2]))
    }

    @Test func rawHTMLIsKeptAsText() throws {
        #expect(try blocks("<div>\nhi\n</div>\n\na <b>b</b>\n") == [
            .paragraph([.text("<div>\nhi\n</div>")]),
            .paragraph([.text("a <b>b</b>")]),
        ])
    }

    @Test func windowsLineEndings() throws {
        #expect(try blocks("# T\r\n\r\nline one\r\nline two\r\n") == [
            .heading(level: 1, [.text("T")]),
            .paragraph([.text("line one"), .softBreak, .text("line two")]),
        ])
    }

    @Test func emptyText() throws {
        #expect(try blocks("") == [])
    }

    @Test func quizFenceBecomesAQuizBlock() throws {
        let markdown = """
        Intro.

        ```quiz
        id: q1
        question: Two plus two?
        - [ ] 3
        - [x] 4
        explanation: Arithmetic.
        ```
        """
        let document = try MarkdownParser.parse(markdown)
        let quiz = Quiz(id: "q1", question: "Two plus two?", options: ["3", "4"], correct: [1], explanation: "Arithmetic.")
        #expect(document.blocks == [.paragraph([.text("Intro.")]), .quiz(quiz)])
        #expect(document.quizzes == [quiz])
    }

    @Test func quizErrorLinesCountFromTheFileWithAnOffset() throws {
        let markdown = "Intro.\n\n```quiz\nid: q1\nquestion: Q?\n- [ ] a\n- [ ] b\nexplanation: E.\n```\n"
        let error = try #require(throws: SourceError.self) { try MarkdownParser.parse(markdown, lineOffset: 10) }
        #expect(error == SourceError(line: 18, message: "quiz 'q1' has no correct option (mark one with '- [x]')"))
    }

    @Test func duplicateQuizIdNamesBothLines() throws {
        let quiz = "```quiz\nid: same\nquestion: Q?\n- [x] a\n- [ ] b\nexplanation: E.\n```\n"
        let markdown = quiz + "\n- nested\n\n  " + quiz.replacingOccurrencesOfNewline(with: "\n  ")
        let error = try #require(throws: SourceError.self) { try MarkdownParser.parse(markdown) }
        #expect(error == SourceError(line: 11, message: "quiz id 'same' is already used by the quiz at line 1"))
    }
}

private extension String {
    func replacingOccurrencesOfNewline(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
