import AilabTestSupport
import Foundation
import Store
import Testing

@Suite("ailab read and ailab progress")
struct ReadAndProgressTests {
    func ailab(_ arguments: [String], course: TemporaryCourse) throws -> CommandResult {
        try run(ailabBinaryURL(), arguments, environment: [
            "AILAB_ROOT": course.url.path, "AILAB_DB": course.url.appending(path: "db.sqlite").path,
        ])
    }

    @Test("read prints the lesson as plain text when piped, wrapped at --width, with the quiz but not its answer")
    func read() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        let result = try ailab(["read", "welcome", "--width", "40"], course: course)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == " Welcome")
        #expect(lines.contains("Paragraph 30 of the welcome."))
        #expect(lines.contains("│ Which option is right?"))
        #expect(!result.stdout.contains("The second option is marked right."))
        #expect(result.stdout.contains("Answer it in the navigator"))
        #expect(lines.allSatisfy { $0.count <= 40 })
    }

    @Test("an unknown lesson id is rejected with status 1 and ids that look like it")
    func unknown() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        let result = try ailab(["read", "next"], course: course)
        #expect(result.status == 1)
        #expect(result.stderr == "error: no lesson has the id 'next'; did you mean next-steps? (`ailab lessons` lists them all)\n")
        #expect(try ailab(["read", "welcome", "--width", "5"], course: course).status == 64)
    }

    @Test("progress starts at nothing done; a malformed lesson names its file and line (status 3)")
    func progress() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        let result = try ailab(["progress"], course: course)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Getting started  [░░░░░░░░░░]  0/2 done

            Lessons: 0 of 2 done (0%).
            Quizzes: none of 1 answered yet.

            """)
        try Data("---\nid: broken\ntitle: T\n".utf8).write(to: course.url.appending(path: "lessons/00-start/03-broken.md"))
        let broken = try ailab(["progress"], course: course)
        #expect(broken.status == 3)
        #expect(broken.stderr.hasPrefix("error: 00-start/03-broken.md:"))
    }

    @Test("--reset forgets one lesson, --reset-all needs --yes, and an unknown lesson is rejected")
    func reset() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        _ = try ailab(["progress"], course: course)  // creates the database
        let database = try Store(path: course.url.appending(path: "db.sqlite").path)
        // ailab acts as the login of the real user id.
        let login = try run(URL(fileURLWithPath: "/usr/bin/id"), ["-un"], environment: [:]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try database.saveProgress(login: login, lessonID: "welcome", status: .done, position: 40)
        try database.saveProgress(login: login, lessonID: "next-steps", status: .inProgress, position: 8)
        _ = try database.recordQuizAnswer(login: login, lessonID: "welcome", quizID: "first", answer: "2", correct: true)

        let one = try ailab(["progress", "--reset", "welcome"], course: course)
        #expect(one.status == 0)
        #expect(one.stdout == "Reset lesson welcome: 1 lesson mark and 1 quiz answer removed; submissions are kept.\n")
        #expect(try database.progress(login: login).map(\.lessonID) == ["next-steps"])

        let unconfirmed = try ailab(["progress", "--reset-all"], course: course)
        #expect(unconfirmed.status == 64)
        #expect(unconfirmed.stderr.contains("add --yes to confirm"))
        #expect(try database.progress(login: login).count == 1)

        #expect(try ailab(["progress", "--reset", "nope"], course: course).status == 1)
        let all = try ailab(["progress", "--reset-all", "--yes"], course: course)
        #expect(all.stdout == "Reset every lesson: 1 lesson mark and 0 quiz answers removed; submissions are kept.\n")
        #expect(try database.progress(login: login).isEmpty)
    }
}
