import Testing
@testable import Course

@Suite("Front matter")
struct FrontMatterTests {
    private func parse(_ text: String) throws -> (frontMatter: FrontMatter, lineCount: Int) {
        try FrontMatter.parse(lines: text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    private func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SourceError {
        try #require(throws: SourceError.self, sourceLocation: sourceLocation) { try parse(text) }
    }

    private let minimal = "id: a\ntitle: A\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n"

    @Test func everyKey() throws {
        let text = """
        ---
        # a comment
        id: broadcasting
        title: "Broadcasting: shapes"
        summary: How NumPy lines up arrays.
        minutes: 20
        objectives:
          - Predict a result's shape
        - 'Spot a bug'

        lab: house-prices
        prerequisites:
          - arrays
          - indexing
        ---
        # Body
        """
        let (frontMatter, lineCount) = try parse(text)
        #expect(frontMatter == FrontMatter(
            id: "broadcasting", title: "Broadcasting: shapes", summary: "How NumPy lines up arrays.", minutes: 20,
            objectives: ["Predict a result's shape", "Spot a bug"], lab: "house-prices", prerequisites: ["arrays", "indexing"]
        ))
        #expect(lineCount == 15)
    }

    @Test func optionalKeysMayBeLeftOutOrEmpty() throws {
        let (frontMatter, lineCount) = try parse("---\n" + minimal + "prerequisites: []\n---")
        #expect(frontMatter == FrontMatter(id: "a", title: "A", summary: "S.", minutes: 5, objectives: ["O"]))
        #expect(lineCount == 9)
    }

    @Test func mustStartWithDashes() throws {
        #expect(try failure("# Title") == SourceError(
            line: 1, message: "a lesson must start with front matter: a '---' line, 'key: value' lines, then '---'"))
    }

    @Test func mustBeClosed() throws {
        #expect(try failure("---\n" + minimal) == SourceError(line: 1, message: "front matter is not closed: add a '---' line after it"))
    }

    @Test func unknownKey() throws {
        #expect(try failure("---\nauthor: me\n---") == SourceError(
            line: 2, message: "unknown front matter key 'author'; the keys are id, lab, minutes, objectives, prerequisites, summary, title"))
    }

    @Test func duplicateKey() throws {
        #expect(try failure("---\n" + minimal + "id: b\n---") == SourceError(line: 8, message: "'id' is already set at line 2"))
    }

    @Test func missingKey() throws {
        #expect(try failure("---\nid: a\ntitle: A\nminutes: 5\n---") == SourceError(line: 5, message: "front matter has no 'summary'"))
        #expect(try failure("---\nid: a\ntitle: A\nsummary: S\nminutes: 5\n---") == SourceError(line: 6, message: "front matter has no 'objectives'"))
    }

    @Test func minutesMustBeAPositiveWholeNumber() throws {
        let text = "---\nid: a\ntitle: A\nsummary: S.\nminutes: ten\nobjectives:\n  - O\n---"
        #expect(try failure(text) == SourceError(line: 5, message: "'minutes' must be a whole number above 0, not 'ten'"))
    }

    @Test func badLines() throws {
        #expect(try failure("---\n- loose\n---") == SourceError(
            line: 2, message: "list item outside a list; only objectives and prerequisites are lists"))
        #expect(try failure("---\nid: a\njust words\n---") == SourceError(line: 3, message: "expected 'key: value', found 'just words'"))
        #expect(try failure("---\ntitle:\n---") == SourceError(line: 2, message: "'title' has no value"))
        #expect(try failure("---\nobjectives: one\n---") == SourceError(
            line: 2, message: "'objectives' is a list: put each item on its own '- item' line below it"))
        #expect(try failure("---\nobjectives:\nid: a\n---") == SourceError(line: 4, message: "front matter has no 'title'"))
    }

    @Test func emptyObjectives() throws {
        let text = "---\nid: a\ntitle: A\nsummary: S.\nminutes: 5\nobjectives: []\n---"
        #expect(try failure(text) == SourceError(line: 6, message: "'objectives' needs at least one '- item'"))
    }
}
