import Course
import Foundation
import Testing
import TerminalUI
@testable import App

/// Properties of the renderer over every lesson of the course in `lessons/`.
@Suite struct RealLessonsRenderingTests {
    /// The course's lessons, loaded from the repository.
    static let lessons: [Lesson] = {
        let folder = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "lessons", directoryHint: .isDirectory)
        return (try? Catalog.load(from: folder).lessons) ?? []
    }()

    @Test func theCourseHasLessons() {
        #expect(Self.lessons.count >= 5)
    }

    @Test(arguments: [40, 80, 120])
    func noLineIsWiderThanTheWidth(width: Int) {
        for lesson in Self.lessons {
            let rendered = LessonRenderer(width: width).render(lesson)
            for (index, line) in rendered.lines.enumerated() {
                #expect(cellWidth(of: line.text) <= width, "\(lesson.id) line \(index) at width \(width): \(line.text)")
            }
        }
    }

    @Test(arguments: [40, 80, 120])
    func quizLinesPointAtEveryQuizFrame(width: Int) {
        for lesson in Self.lessons {
            let rendered = LessonRenderer(width: width).render(lesson)
            #expect(rendered.quizLines.count == lesson.quizzes.count, "\(lesson.id)")
            for (number, index) in rendered.quizLines.enumerated() {
                #expect(rendered.lines[index].text.hasPrefix("┌─ Quiz \(number + 1) "), "\(lesson.id)")
            }
        }
    }

    @Test func sourceLinesFollowTheBlocksInOrder() {
        for lesson in Self.lessons {
            let rendered = LessonRenderer(width: 80).render(lesson)
            let documentLines = rendered.lines.map(\.sourceLine).filter { $0 != 0 }
            #expect(documentLines == documentLines.sorted(), "\(lesson.id)")
            // Every block shows except a first heading that repeats the title (the header shows the title).
            let titleHeading = lesson.document.blocks.first == .heading(level: 1, [.text(lesson.title)]) ? [lesson.document.sourceLines[0]] : []
            #expect(Set(documentLines) == Set(lesson.document.sourceLines).subtracting(titleHeading), "\(lesson.id)")
        }
    }

    @Test func noAnswerLeaksBeforeAnswering() {
        for lesson in Self.lessons {
            let rendered = LessonRenderer(width: 80).render(lesson)
            // Each quiz's frame, from its first line to its closing "└" line, never shows the explanation
            // (the lesson's own text may well say the same thing: that is what the quiz checks).
            for (quiz, start) in zip(lesson.quizzes, rendered.quizLines) {
                let end = rendered.lines[start...].firstIndex { $0.text.trimmingCharacters(in: .whitespaces).hasPrefix("└") } ?? rendered.lines.count
                let frame = rendered.lines[start..<end].map(\.text).joined(separator: " ")
                #expect(!frame.contains(quiz.explanation.prefix(30)), "\(lesson.id) \(quiz.id)")
            }
            #expect(!textOutput(rendered.lines, ansi: false).contains("✓ Answered"), "\(lesson.id)")
        }
    }

    @Test func everyLinkIsListed() {
        for lesson in Self.lessons {
            // Wide enough for every URL to fit on its line.
            let rendered = LessonRenderer(width: 200).render(lesson)
            let text = rendered.lines.map(\.text).joined(separator: "\n")
            for (index, url) in rendered.links.enumerated() {
                #expect(text.contains("[\(index + 1)] \(url)"), "\(lesson.id) \(url)")
            }
        }
    }
}
