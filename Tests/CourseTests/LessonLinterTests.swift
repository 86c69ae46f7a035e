import Foundation
import Testing
@testable import Course

@Suite("Lesson linter")
struct LessonLinterTests {
    /// Writes `files` into a fresh lessons folder, lints it with the competitions `toy` and `house-prices`, and removes it.
    private func lint(_ files: [String: String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ailab-lint-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return LessonLinter.lint(lessonsFolder: folder, competitions: ["toy", "house-prices"]).map(\.description)
    }

    /// A lesson file: eight lines of front matter (nine with `extra`), then `body`.
    private func lesson(_ id: String, extra: String? = nil, body: String) -> String {
        "---\nid: \(id)\ntitle: T\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n" + (extra.map { $0 + "\n" } ?? "") + "---\n" + body
    }

    private func quizzes(_ count: Int) -> String {
        (0..<count).map { "```quiz\nid: q\($0)\nquestion: Q?\n- [x] a\n- [ ] b\nexplanation: E.\n```\n" }.joined(separator: "\n")
    }

    @Test func aCompleteLessonHasNoProblem() throws {
        let body = "Text with [a link](../01-b/02-c.md#part) and [the web](https://example.org).\n\n```python\nprint(1)\n```\n\n```python no-run\nimport torch\n```\n\n"
            + quizzes(3) + "\n## Try it\n\nDo it.\n"
        #expect(try lint([
            "00-start/README.md": "# Start\n", "00-start/01-a.md": lesson("a", body: quizzes(1) + "\n## Try it now\n"),
            "01-b/README.md": "# B\n", "01-b/01-b.md": lesson("b", extra: "lab: toy", body: body), "01-b/02-c.md": lesson("c", body: quizzes(3) + "## Try it\n"),
        ]) == [])
    }

    @Test func reportsEveryProblemWithItsLine() throws {
        // Line numbers: front matter is lines 1–9 (with the lab line), so the body starts at line 10.
        let body = """
            A TODO here and lorem ipsum there.
            See [the card](../../datasets/nope.md) and [an anchor](#top).

            ```
            no language
            ```

            ```python slow
            print(1)
            ```

            """ + quizzes(2)
        let problems = try lint(["01-b/README.md": "# B\n", "01-b/01-b.md": lesson("b", extra: "lab: house-prize", body: body)])
        #expect(problems == [
            "01-b/01-b.md:8: lab 'house-prize' is not a competition of the course (they are toy, house-prices)",
            "01-b/01-b.md: has 2 quizzes; a lesson of this stage needs at least 3",
            "01-b/01-b.md: has no \"Try it\" heading: end with steps the learner carries out",
            "01-b/01-b.md:10: placeholder 'TODO': finish the text or remove the marker",
            "01-b/01-b.md:10: placeholder text 'lorem ipsum'",
            "01-b/01-b.md:11: link to '../../datasets/nope.md', which does not exist (relative to the lesson's folder)",
            "01-b/01-b.md:13: code block without a language: name it (python, sh, text, …)",
            "01-b/01-b.md:17: unknown flag 'slow' on a python block; the only flag is no-run",
        ])
    }

    @Test func aLessonThatDoesNotParseIsOneProblemWithItsLine() throws {
        #expect(try lint(["01-b/README.md": "# B\n", "01-b/01-b.md": "---\nid: b\n"]).count == 1)
    }

    @Test func fencesKeepTheirInfoLinesAndNesting() {
        let text = "a\n````md\n```python\nx\n```\n````\n~~~python no-run\ny\n~~~\n```text\nunclosed"
        let blocks = FencedBlock.scan(text)
        #expect(blocks.map(\.info) == [["md"], ["python", "no-run"], ["text"]])
        #expect(blocks.map(\.line) == [2, 7, 10])
        #expect(blocks.map(\.endLine) == [6, 9, 11])
        #expect(blocks[0].code == "```python\nx\n```")
        #expect(blocks[1].code == "y")
    }

    @Test func theRepositoryLessonsHaveNoProblem() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let competitions = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "grader").path))?
            .filter { !$0.contains(".") } ?? []
        let problems = LessonLinter.lint(lessonsFolder: root.appending(path: "lessons"), competitions: competitions)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
