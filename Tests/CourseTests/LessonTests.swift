import Testing
@testable import Course

@Suite("Lessons")
struct LessonTests {
    @Test func frontMatterBodyAndQuizzes() throws {
        let text = """
        ---
        id: broadcasting
        title: Broadcasting
        summary: Shapes.
        minutes: 15
        objectives:
          - Predict shapes
        ---
        # Broadcasting

        ```quiz
        id: shape
        question: Shape of (3, 1) + (4,)?
        - [x] (3, 4)
        - [ ] error
        explanation: Size-1 axes stretch.
        ```
        """
        let quiz = Quiz(id: "shape", question: "Shape of (3, 1) + (4,)?", options: ["(3, 4)", "error"], correct: [0],
                        explanation: "Size-1 axes stretch.")
        let lesson = try Lesson.parse(text, file: "01-numpy/02-broadcasting.md")
        #expect(lesson == Lesson(
            frontMatter: FrontMatter(id: "broadcasting", title: "Broadcasting", summary: "Shapes.", minutes: 15,
                                     objectives: ["Predict shapes"]),
            // The heading is file line 9, after eight lines of front matter; the quiz fence is line 11.
            document: Document(blocks: [.heading(level: 1, [.text("Broadcasting")]), .quiz(quiz)], sourceLines: [9, 11]),
            file: "01-numpy/02-broadcasting.md"
        ))
        #expect(lesson.quizzes == [quiz])
        #expect(lesson.lab == nil && lesson.prerequisites.isEmpty)
    }

    @Test func quizErrorsNameTheFileLine() throws {
        let text = "---\nid: a\ntitle: A\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n---\n\n```quiz\nid: q\n- [x] a\n- [ ] b\nexplanation: E.\n```\n"
        let error = try #require(throws: LessonError.self) { try Lesson.parse(text, file: "lessons/a.md") }
        #expect(error == LessonError(file: "lessons/a.md", line: 11, message: "quiz 'q' has no 'question:'"))
        #expect(error.description == "lessons/a.md:11: quiz 'q' has no 'question:'")
    }

    @Test func frontMatterErrorsNameTheFileLine() throws {
        let error = try #require(throws: LessonError.self) { try Lesson.parse("---\nid: a\nid: b\n---\n", file: "x.md") }
        #expect(error.description == "x.md:3: 'id' is already set at line 2")
    }

    @Test func windowsLineEndings() throws {
        let text = "---\r\nid: a\r\ntitle: A\r\nsummary: S.\r\nminutes: 5\r\nobjectives:\r\n  - O\r\n---\r\nHello\r\n"
        let lesson = try Lesson.parse(text, file: "a.md")
        #expect(lesson.id == "a")
        #expect(lesson.document == Document(blocks: [.paragraph([.text("Hello")])], sourceLines: [9]))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let text = "\u{FEFF}---\nid: a\ntitle: A\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n---\n"
        #expect(try Lesson.parse(text, file: "a.md").document == Document(blocks: []))
    }
}
