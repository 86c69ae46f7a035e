import AilabTestSupport
import Foundation
import Grader
import Lab
import Testing

@Suite("Leaderboards")
struct LeaderboardReportTests {
    /// ada scores 1.0 at 14:30 and 0.5 at 16:30; grace 0.5 at 15:30; alan 2.0 at 17:30 (RMSE = |offset|).
    /// grace and ada tie on 0.5 and grace's came first, so the order is grace, ada, alan.
    func populated(_ fixture: LabFixture) throws {
        try fixture.submit("ada", offset: 1.0, at: noon)
        try fixture.submit("grace", offset: 0.5, at: noon.adding(hours: 1))
        try fixture.submit("ada", offset: 0.5, at: noon.adding(hours: 2))
        try fixture.submit("alan", offset: 2.0, at: noon.adding(hours: 3))
    }

    @Test("public ranking: best score per learner, ties to the earlier submission")
    func publicRanking() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try populated(fixture)
        let report = try fixture.lab("ada", at: noon.adding(hours: 4)).leaderboard(competitionID: "toy", kind: .public)
        #expect(report.rows.map(\.login) == ["grace", "ada", "alan"])
        #expect(report.rows.map(\.score) == [0.5, 0.5, 2.0])
        #expect(report.rows.map(\.entries) == [1, 2, 1])
        #expect(report.rows[1].lastSubmittedAt == noon.adding(hours: 2))
    }

    @Test("private scores: refused to learners before the deadline, open to instructors and after it")
    func privatePermission() throws {
        let fixture = try LabFixture(deadline: "2026-03-11T00:00:00Z", instructors: ["prof"])
        defer { fixture.course.remove() }
        try populated(fixture)
        let before = noon.adding(hours: 4), after = noon.adding(hours: 10)
        #expect(throws: LabError.self) { try fixture.lab("ada", at: before).leaderboard(competitionID: "toy", kind: .private) }
        #expect(try fixture.lab("prof", at: before).leaderboard(competitionID: "toy", kind: .private).rows.count == 3)
        #expect(try fixture.lab("ada", at: after).leaderboard(competitionID: "toy", kind: .private).rows.count == 3)
    }

    @Test("private scores are refused without a deadline to learners, with a reason")
    func privateWithoutDeadline() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        do {
            _ = try fixture.lab("ada", at: noon).leaderboard(competitionID: "toy", kind: .private)
            Issue.record("private leaderboard shown to a learner")
        } catch let error as LabError {
            #expect(error.description.contains("only instructors"))
        }
    }

    @Test("CSV export parses back to the same rows")
    func csvRoundTrip() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try populated(fixture)
        let report = try fixture.lab("ada", at: noon.adding(hours: 4)).leaderboard(competitionID: "toy", kind: .public)
        let lines = report.rendered(as: .csv).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["rank", "login", "score", "entries", "last_submission_utc", "submission_id"])
        #expect(lines.dropFirst().map { $0[1] } == ["grace", "ada", "alan"])
        #expect(lines.dropFirst().map { Double($0[2]) } == [0.5, 0.5, 2.0])
        #expect(lines[2][4] == "2026-03-10T16:30:00.000Z")
    }

    @Test("JSON export decodes to the same rows")
    func jsonRoundTrip() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try populated(fixture)
        let report = try fixture.lab("ada", at: noon.adding(hours: 4)).leaderboard(competitionID: "toy", kind: .public)
        struct Document: Decodable {
            struct Row: Decodable { let rank: Int; let login: String; let score: Double; let entries: Int; let last_submission: String }
            let competition: String; let leaderboard: String; let metric: String; let direction: String; let rows: [Row]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(report.rendered(as: .json).utf8))
        #expect(document.competition == "toy" && document.leaderboard == "public")
        #expect(document.metric == "rmse" && document.direction == "lower")
        #expect(document.rows.map(\.login) == ["grace", "ada", "alan"])
        #expect(document.rows.map(\.rank) == [1, 2, 3])
        #expect(document.rows.map(\.entries) == [1, 2, 1])
    }

    @Test("table and markdown: aligned, the viewer's row marked in words")
    func tableAndMarkdown() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try populated(fixture)
        let report = try fixture.lab("ada", at: noon.adding(hours: 4)).leaderboard(competitionID: "toy", kind: .public)
        let table = report.rendered(as: .table).split(separator: "\n").map(String.init)
        #expect(table[0] == "Toy — public leaderboard (RMSE, lower is better)")
        // The learner column is as wide as "ada (you)" (9); the score column as "0.50000" (7), right-aligned.
        #expect(table[1] == "rank  learner      score  entries  last submission")
        #expect(table[3] == "   1  grace      0.50000        1  2026-03-10 15:30 UTC")
        #expect(table[4] == "   2  ada (you)  0.50000        2  2026-03-10 16:30 UTC")
        let markdown = report.rendered(as: .markdown).split(separator: "\n").map(String.init)
        #expect(markdown[0] == "| Rank | Learner | public RMSE | Entries | Last submission |")
        #expect(markdown[2] == "| 1 | grace | 0.50000 | 1 | 2026-03-10 15:30 UTC |")
        #expect(markdown.count == 5)
    }

    @Test("an empty leaderboard says so")
    func empty() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let report = try fixture.lab("ada", at: noon).leaderboard(competitionID: "toy", kind: .public)
        #expect(report.rendered(as: .table).contains("No scored submissions yet."))
        #expect(report.rendered(as: .csv) == "rank,login,score,entries,last_submission_utc,submission_id\n")
    }
}
