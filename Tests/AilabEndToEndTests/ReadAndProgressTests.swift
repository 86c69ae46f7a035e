import AilabTestSupport
import Foundation
import Testing

@Suite("ailab read and ailab progress")
struct ReadAndProgressTests {
    func ailab(_ arguments: [String], course: TemporaryCourse) throws -> CommandResult {
        try run(ailabBinaryURL(), arguments, environment: [
            "AILAB_ROOT": course.url.path, "AILAB_DB": course.url.appending(path: "db.sqlite").path, "USER": "ada",
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
}
