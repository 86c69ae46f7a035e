import AilabTestSupport
import Course
import Foundation
import Lab
import Store
import Testing

@Suite("Learning: progress, quiz answers and the progress report")
struct LearningTests {
    /// A stage folder with a README and one lesson per entry; each quiz id gets a quiz whose option 2 is right.
    func writeStage(_ folder: String, title: String, lessons: [(id: String, quizzes: [String])], in course: TemporaryCourse) throws {
        let stage = course.url.appending(path: "lessons/\(folder)")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try Data("# \(title)\n".utf8).write(to: stage.appending(path: "README.md"))
        for (number, lesson) in lessons.enumerated() {
            let quizzes = lesson.quizzes.map { quiz in
                "```quiz\nid: \(quiz)\nquestion: Which?\n- [ ] one\n- [x] two\nexplanation: Two.\n```\n"
            }.joined(separator: "\n")
            let text = "---\nid: \(lesson.id)\ntitle: \(lesson.id)\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n---\n# \(lesson.id)\n\n\(quizzes)"
            try Data(text.utf8).write(to: stage.appending(path: "0\(number + 1)-\(lesson.id).md"))
        }
    }

    @Test("answers are stored as 1-based option numbers; right only when exactly the correct options are chosen")
    func answers() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try writeStage("01-a", title: "A", lessons: [("intro", ["q1"])], in: fixture.course)
        let lab = try fixture.lab("ada", at: noon)
        let quiz = try #require(try lab.catalog().lesson(id: "intro")?.quizzes.first)
        #expect(try lab.answerQuiz(lessonID: "intro", quiz: quiz, chosen: [0]) == false)
        #expect(try lab.answerQuiz(lessonID: "intro", quiz: quiz, chosen: [0, 1]) == false)
        #expect(try lab.answerQuiz(lessonID: "intro", quiz: quiz, chosen: [1]) == true)
        let answers = try fixture.store.quizAnswers(login: "ada", lessonID: "intro")
        #expect(answers.map(\.answer) == ["1", "1,2", "2"])
        #expect(answers.map(\.correct) == [false, false, true])
        #expect(try lab.learnerRecord().latestOutcomes(lessonID: "intro") == ["q1": true])
    }

    @Test("progress is saved per learner with the lab's clock")
    func progress() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try fixture.lab("ada", at: noon).saveProgress(lessonID: "intro", status: .inProgress, position: 12)
        try fixture.lab("ada", at: noon.adding(hours: 1)).saveProgress(lessonID: "intro", status: .done, position: 30)
        let record = try fixture.lab("ada", at: noon).learnerRecord()
        #expect(record.progress["intro"]?.status == .done)
        #expect(record.progress["intro"]?.position == 30)
        #expect(record.progress["intro"]?.updatedAt == noon.adding(hours: 1))
        #expect(try fixture.lab("grace", at: noon).learnerRecord().progress.isEmpty)
    }

    @Test("an unknown lesson id suggests ids that share a word")
    func unknownLesson() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try writeStage("01-a", title: "A", lessons: [("python-types", []), ("python-classes", []), ("roadmap", [])], in: fixture.course)
        let lab = try fixture.lab("ada", at: noon)
        let error = try #require(throws: UnknownLessonError.self) { try lab.lesson(id: "types", in: try lab.catalog()) }
        #expect(error.suggestions == ["python-types"])
        #expect(error.description == "no lesson has the id 'types'; did you mean python-types? (`ailab lessons` lists them all)")
    }

    @Test("the report counts lessons per stage and scores quizzes on the first answer")
    func report() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try writeStage("00-start", title: "Start", lessons: [("a", ["q1", "q2"]), ("b", ["q1"])], in: fixture.course)
        try writeStage("01-python", title: "Python", lessons: [("c", ["q1"]), ("d", []), ("e", [])], in: fixture.course)
        let lab = try fixture.lab("ada", at: noon)
        let catalog = try lab.catalog()
        let quizzes = Dictionary(uniqueKeysWithValues: catalog.lessons.map { ($0.id, $0.quizzes) })
        try lab.saveProgress(lessonID: "a", status: .done, position: 9)
        try lab.saveProgress(lessonID: "c", status: .inProgress, position: 3)
        // a/q1 wrong then right; a/q2 right; c/q1 wrong. b/q1 unanswered. An answer to a removed quiz is ignored.
        try lab.answerQuiz(lessonID: "a", quiz: quizzes["a"]![0], chosen: [0])
        try lab.answerQuiz(lessonID: "a", quiz: quizzes["a"]![0], chosen: [1])
        try lab.answerQuiz(lessonID: "a", quiz: quizzes["a"]![1], chosen: [1])
        try lab.answerQuiz(lessonID: "c", quiz: quizzes["c"]![0], chosen: [0])
        _ = try fixture.store.recordQuizAnswer(login: "ada", lessonID: "gone", quizID: "q9", answer: "1", correct: true, now: noon)

        let report = try lab.progressReport()
        #expect(report.quizCount == 4)
        #expect(report.quizzesAnswered == 3)
        #expect(report.rightFirstTime == 1)
        #expect(report.rightNow == 2)
        // Bars: 1 of 2 is 5 cells, 0 of 3 none; 1 right first time of 3 answered is 33%; 1 of 5 lessons is 20%.
        #expect(report.text == """
            Start   [█████░░░░░]  1/2 done
            Python  [░░░░░░░░░░]  0/3 done, 1 in progress

            Lessons: 1 of 5 done (20%).
            Quizzes: 3 of 4 answered; 1 right at the first try (33%), 2 right now.

            """)
    }

    @Test("a lesson whose lab is not a competition of the course is a course error naming both")
    func unknownLab() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let stage = fixture.course.url.appending(path: "lessons/01-a")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try Data("# A\n".utf8).write(to: stage.appending(path: "README.md"))
        let lesson = { (lab: String) in "---\nid: l\ntitle: L\nsummary: S.\nminutes: 5\nobjectives:\n  - O\nlab: \(lab)\n---\nText.\n" }
        try Data(lesson("toy").utf8).write(to: stage.appending(path: "01-l.md"))
        #expect(try fixture.lab("ada", at: noon).catalog().lessons.map(\.lab) == ["toy"])
        try Data(lesson("house-prize").utf8).write(to: stage.appending(path: "01-l.md"))
        let error = try #require(throws: UnknownLabError.self) { try fixture.lab("ada", at: noon).catalog() }
        #expect(error.description == "lesson 'l' names the lab 'house-prize', which is not a competition of this course (they are toy); fix 'lab:' in its front matter")
    }
}
