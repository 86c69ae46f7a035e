import Testing
import TerminalUI
@testable import App

/// Expected tokens worked out by hand from the highlighter's rules.
@Suite struct SyntaxHighlighterTests {
    typealias Token = SyntaxHighlighter.Token

    private func tokens(_ code: String, _ language: String?) -> [[Token]] {
        SyntaxHighlighter.tokens(code, language: language)
    }

    @Test func highlightDrawsEachTokenInTheStyleOfItsKind() {
        let spans = SyntaxHighlighter.highlight("return 1 # one", language: "python")
        #expect(spans == [[
            Span("return", style: Style(bold: true, foreground: .magenta)), Span(" "), Span("1", style: Style(foreground: .yellow)),
            Span(" "), Span("# one", style: Style(dim: true)),
        ]])
    }

    @Test func pythonHashInAStringIsNotAComment() {
        #expect(tokens("x = \"#\" + y  # note", "python") == [[
            Token("x = ", .plain), Token("\"#\"", .string), Token(" + y  ", .plain), Token("# note", .comment),
        ]])
    }

    @Test func pythonKeywordsAndNumbers() {
        #expect(tokens("def f(n):\n    return n * 2.5e-3 + x1", "py") == [
            [Token("def", .keyword), Token(" f(n):", .plain)],
            [Token("    ", .plain), Token("return", .keyword), Token(" n * ", .plain), Token("2.5e-3", .number), Token(" + x1", .plain)],
        ])
    }

    @Test func pythonTripleQuotedStringSpansLines() {
        #expect(tokens("\"\"\"doc\n# not a comment\n\"\"\"\nx = 1 # c", "python") == [
            [Token("\"\"\"doc", .string)],
            [Token("# not a comment", .string)],
            [Token("\"\"\"", .string)],
            [Token("x = ", .plain), Token("1", .number), Token(" ", .plain), Token("# c", .comment)],
        ])
    }

    @Test func pythonPrefixedAndEscapedStrings() {
        #expect(tokens("f\"{x}\" rb'y' \"a\\\"b\" # c", "python") == [[
            Token("f\"{x}\"", .string), Token(" ", .plain), Token("rb'y'", .string), Token(" ", .plain),
            Token("\"a\\\"b\"", .string), Token(" ", .plain), Token("# c", .comment),
        ]])
    }

    @Test func swiftLineCommentAfterAStringThatLooksLikeOne() {
        #expect(tokens("let s = \"// no\" // yes", "swift") == [[
            Token("let", .keyword), Token(" s = ", .plain), Token("\"// no\"", .string), Token(" ", .plain),
            Token("// yes", .comment),
        ]])
    }

    @Test func swiftNestedAndMultiLineBlockComments() {
        #expect(tokens("/* a /* b */ c */ var x\n/* one\ntwo */ 42", "swift") == [
            [Token("/* a /* b */ c */", .comment), Token(" ", .plain), Token("var", .keyword), Token(" x", .plain)],
            [Token("/* one", .comment)],
            [Token("two */", .comment), Token(" ", .plain), Token("42", .number)],
        ])
    }

    @Test func shellCommandsStringsAndComments() {
        #expect(tokens("ls -la | grep \"x\" # list", "sh") == [[
            Token("ls", .command), Token(" -la | ", .plain), Token("grep", .command), Token(" ", .plain),
            Token("\"x\"", .string), Token(" ", .plain), Token("# list", .comment),
        ]])
    }

    @Test func shellHashInsideAWordIsNotAComment() {
        #expect(tokens("echo a#b", "bash") == [[Token("echo", .command), Token(" a#b", .plain)]])
    }

    @Test func shellCommandsAfterOperatorsAndAssignments() {
        #expect(tokens("FOO=1 make && cd x 2>&1", "shell") == [[
            Token("FOO=1 ", .plain), Token("make", .command), Token(" && ", .plain), Token("cd", .command),
            Token(" x 2>&1", .plain),
        ]])
    }

    @Test func consolePromptsCommandsAndOutput() {
        #expect(tokens("$ ailab submit x.csv\nScore: 0.41", "console") == [
            [Token("$ ", .prompt), Token("ailab", .command), Token(" submit x.csv", .plain)],
            [Token("Score: 0.41", .plain)],
        ])
    }

    @Test func aShellBlockWithPromptsIsAConsoleSession() {
        #expect(tokens("$ ls \\\n  -l\nfile.txt", "sh") == [
            [Token("$ ", .prompt), Token("ls", .command), Token(" \\", .plain)],
            [Token("  -l", .plain)],
            [Token("file.txt", .plain)],
        ])
    }

    @Test func hereDocumentBodiesStayPlain() {
        #expect(tokens("cat > a.py <<'PY'\nimport os\nPY\npython3 a.py", "sh") == [
            [Token("cat", .command), Token(" > a.py <<'PY'", .plain)],
            [Token("import os", .plain)],
            [Token("PY", .plain)],
            [Token("python3", .command), Token(" a.py", .plain)],
        ])
    }

    @Test func otherLanguagesAreNotColoured() {
        #expect(tokens("def x # y", "text") == [[Token("def x # y", .plain)]])
        #expect(tokens("def x", nil) == [[Token("def x", .plain)]])
    }

    @Test func everyLineOfTheCodeGetsAnEntry() {
        #expect(tokens("a\n\nb", "python") == [[Token("a", .plain)], [], [Token("b", .plain)]])
    }
}
