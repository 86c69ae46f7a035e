import AilabTestSupport
import Foundation
import Store
import Testing

/// `ailab roster` in the built binary, on a temporary course and a fresh database.
@Suite("ailab roster, end to end")
struct RosterEndToEndTests {
    /// The login the binary runs as (the real user id's), which course.json must name to make it an instructor.
    let login = (try? run(URL(fileURLWithPath: "/usr/bin/id"), ["-un"], environment: [:]))?.stdout
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""

    func environment(_ course: TemporaryCourse) -> [String: String] {
        ["AILAB_DB": course.url.appending(path: "ailab.sqlite").path, "AILAB_ROOT": course.url.path]
    }

    /// A class of three: the current user submits toy with RMSE 1 through the binary; "ada" (done welcome) and
    /// "grace" (toy, public RMSE 0.25 so rank 1 ahead of the current user) are written to the database directly.
    func populated(_ course: TemporaryCourse) throws {
        try course.writeLessons()
        let file = try course.file(named: "mine.csv", containing: TemporaryCourse.submission(offset: 1))
        let submit = try run(ailabBinaryURL(), ["submit", "toy", file], environment: environment(course))
        #expect(submit.status == 0, "stderr: \(submit.stderr)")
        let store = try Store(path: course.url.appending(path: "ailab.sqlite").path)
        try store.saveProgress(login: "ada", lessonID: "welcome", status: .done, position: 40)
        let draft = SubmissionDraft(
            login: "grace", competition: "toy", submittedAt: Date(), fileName: "grace.csv", digest: "", rows: 10,
            publicScore: 0.25, privateScore: 0.5, status: .scored, message: nil)
        _ = try store.recordSubmission(draft, dailyLimit: nil, windowStart: Date())
    }

    @Test("an instructor gets CSV with a row per learner, ranks from the leaderboards")
    func instructorCSV() throws {
        let course = try TemporaryCourse(instructors: [login])
        defer { course.remove() }
        try populated(course)
        let result = try run(ailabBinaryURL(), ["roster", "--format", "csv"], environment: environment(course))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        #expect(header.first == "login" && header.last == "last_activity_utc")
        let rows = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { ($0[0], $0) })
        #expect(rows.keys.sorted() == ["ada", "grace", login].sorted())
        let lessonsDone = try #require(header.firstIndex(of: "lessons_done"))
        let publicRank = try #require(header.firstIndex(of: "public_rank_toy"))
        let submissions = try #require(header.firstIndex(of: "submissions_toy"))
        #expect(rows["ada"]?[lessonsDone] == "1")
        #expect(rows["ada"]?[publicRank] == "")
        #expect(rows["grace"]?[publicRank] == "1")
        #expect(rows[login]?[publicRank] == "2")
        #expect(rows[login]?[submissions] == "1")
    }

    @Test("anyone else is refused with one line on standard error and exit 2")
    func refusal() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        let result = try run(ailabBinaryURL(), ["roster"], environment: environment(course))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: ailab roster is for the course's instructors, and \(login) is not one of them "
            + "(course.json lists them).\n")
    }

    @Test("--output writes the file atomically and says how many rows; a missing folder is a usage error")
    func output() throws {
        let course = try TemporaryCourse(instructors: [login])
        defer { course.remove() }
        try populated(course)
        let file = course.url.appending(path: "roster.csv")
        let written = try run(ailabBinaryURL(), ["roster", "--format", "csv", "--output", file.path], environment: environment(course))
        #expect(written.status == 0, "stderr: \(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "Wrote 3 rows to \(file.path).\n")
        let printed = try run(ailabBinaryURL(), ["roster", "--format", "csv"], environment: environment(course))
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)

        let nowhere = course.url.appending(path: "missing/roster.csv").path
        let refused = try run(ailabBinaryURL(), ["roster", "--output", nowhere], environment: environment(course))
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("the folder"))
    }
}
