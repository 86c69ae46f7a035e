import AilabTestSupport
import Foundation
import Testing

/// `ailab course check` through the built binary: exit statuses 0, 1 and 3 and what it prints.
@Suite("ailab course check, end to end")
struct CourseCheckEndToEndTests {
    let repository = repositoryRoot(from: #filePath)

    @Test("our own course, named by AILAB_ROOT or by the folder argument: exit 0 and one summary line",
          arguments: [true, false])
    func ownCourse(byEnvironment: Bool) throws {
        let result = try run(
            ailabBinaryURL(), ["course", "check"] + (byEnvironment ? [] : [repository.path]),
            environment: byEnvironment ? ["AILAB_ROOT": repository.path] : [:])
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Course OK: 3 competitions, "))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr.isEmpty)
    }

    @Test("with no folder and no AILAB_ROOT, the course ailab runs is checked")
    func locatedCourse() throws {
        let result = try run(ailabBinaryURL(), ["course", "check"], environment: [:])
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Course OK: "))
    }

    @Test("a broken course: exit 1, each problem as path:line: message, then the count")
    func brokenCourse() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        // Line 3 of course.json holds the misspelt key; the key's line 12 repeats id 4 (first on line 5).
        try course.setFile("course.json", to: "{\n  \"title\": \"Test course\",\n  \"instructor\": [\"ada\"]\n}\n")
        let rows = TemporaryCourse.ids.map { "\($0),\($0),\(TemporaryCourse.publicIDs.contains($0) ? "Public" : "Private")\n" }
        try course.setFile("grader/toy/solution.csv", to: "Id,value,Usage\n" + rows.joined() + "4,4,Private\n")
        let result = try run(ailabBinaryURL(), ["course", "check", course.url.path], environment: [:])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n") == [
            "course.json:3: unknown key 'instructor', which ailab ignores (the keys are: title, instructors, competitions, database)",
            "grader/toy/solution.csv:12: 1 duplicate id: line 12: 4 (first on line 5)",
            "2 problems in 2 files.",
        ])
        #expect(result.stderr.isEmpty)
    }

    @Test("a folder that is not a course: exit 3 and a message on standard error", arguments: [false, true])
    func notACourse(byEnvironment: Bool) throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(
            ailabBinaryURL(), ["course", "check"] + (byEnvironment ? [] : [folder.path]),
            environment: byEnvironment ? ["AILAB_ROOT": folder.path] : [:])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("is not a course folder"))
    }

    @Test("--help describes the checks and the exit statuses; ailab course lists check")
    func help() throws {
        let check = try run(ailabBinaryURL(), ["course", "check", "--help"], environment: [:])
        #expect(check.status == 0)
        #expect(check.stdout.contains("USAGE: ailab course check [<folder>]"))
        #expect(check.stdout.contains("Exit status: 0 all is well; 1 problems were found; 3 the folder is not a"))
        let group = try run(ailabBinaryURL(), ["course", "--help"], environment: [:])
        #expect(group.status == 0)
        #expect(group.stdout.contains("SUBCOMMANDS"))
        #expect(group.stdout.contains("Check a course folder end to end"))
    }
}
