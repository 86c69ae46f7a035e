import AilabTestSupport
import Course
import Foundation
import Lab
import Testing

@Suite("Lesson catalogue")
struct LessonOverviewTests {
    /// Writes `lessons/<folder>/README.md` and one lesson file per id.
    func writeStage(_ folder: String, title: String, lessons: [(file: String, id: String, title: String)], in course: TemporaryCourse) throws {
        let stage = course.url.appending(path: "lessons/\(folder)")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try Data("# \(title)\n".utf8).write(to: stage.appending(path: "README.md"))
        for lesson in lessons {
            let text = """
                ---
                id: \(lesson.id)
                title: \(lesson.title)
                summary: A lesson.
                minutes: 10
                objectives:
                  - Learn it
                ---
                # \(lesson.title)

                Text.
                """
            try Data(text.utf8).write(to: stage.appending(path: lesson.file))
        }
    }

    @Test("stages in folder order, each lesson with the learner's status, done counts per stage")
    func overview() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try writeStage("02-python", title: "Python", lessons: [("01-types.md", "types", "Types"), ("02-functions.md", "functions", "Functions")], in: fixture.course)
        try writeStage("00-orientation", title: "Orientation", lessons: [("01-start.md", "start", "Start")], in: fixture.course)
        try fixture.store.saveProgress(login: "ada", lessonID: "start", status: .done, position: 40, now: noon)
        try fixture.store.saveProgress(login: "ada", lessonID: "types", status: .inProgress, position: 3, now: noon)
        // Another learner's progress does not show.
        try fixture.store.saveProgress(login: "grace", lessonID: "functions", status: .done, position: 9, now: noon)

        let stages = try fixture.lab("ada", at: noon).lessonOverview()
        #expect(stages.map(\.title) == ["Orientation", "Python"])
        #expect(stages.map(\.doneCount) == [1, 0])
        #expect(stages[1].lessons.map(\.status) == [.inProgress, .new])
        #expect(stages.text == """
            Orientation (1/1 done)
              [x] start      Start (10 min)

            Python (0/2 done)
              [~] types      Types (10 min)
              [ ] functions  Functions (10 min)

            """)
    }

    @Test("an empty lessons folder says so")
    func empty() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        #expect(try fixture.lab("ada", at: noon).lessonOverview().text.hasPrefix("No lessons yet"))
    }

    @Test("every lesson of the repository's course parses, with unique ids and at least one quiz each")
    func repositoryLessons() throws {
        let catalog = try Catalog.load(from: repositoryRoot(from: #filePath).appending(path: "lessons"))
        for lesson in catalog.lessons {
            #expect(!lesson.quizzes.isEmpty, "\(lesson.id) has no quiz")
            #expect(!lesson.objectives.isEmpty, "\(lesson.id) has no objectives")
        }
        #expect(Set(catalog.lessons.map(\.id)).count == catalog.lessons.count)
    }
}
