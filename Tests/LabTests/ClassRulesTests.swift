import AilabTestSupport
import Foundation
import Grader
import Lab
import Store
import Testing

/// Kaggle's rules as a class runs them: the course file's settings, late submissions, final selections.
@Suite("Class rules")
struct ClassRulesTests {
    /// Submits a "toy" file whose public RMSE is `publicError` and private RMSE `privateError` (see TemporaryCourse).
    @discardableResult
    private func submit(_ fixture: LabFixture, _ login: String, public publicError: Double, private privateError: Double, at now: Date) throws -> SubmitReceipt {
        let path = try fixture.course.file(
            named: "\(login)-\(UUID().uuidString).csv",
            containing: TemporaryCourse.submission(publicError: publicError, privateError: privateError))
        return try fixture.lab(login, at: now).submit(competitionID: "toy", filePath: path, message: nil)
    }

    @Test("the course file's settings for a competition replace its spec's")
    func courseFileRules() throws {
        let fixture = try LabFixture(dailyLimit: 5)
        defer { fixture.course.remove() }
        try fixture.course.writeCourseFile("""
            {"title": "Spring class", "instructors": ["prof"], "database": "/var/lib/ailab/ailab.sqlite",
             "competitions": {"toy": {"deadline": "2026-03-10T15:00:00Z", "dailyLimit": 2, "finalSelections": 1,
                                      "lateSubmissions": "score"}}}
            """)
        let lab = try fixture.lab("ada", at: noon)
        let spec = try lab.competition("toy").spec
        #expect(spec.deadline == noon.adding(hours: 0.5))  // noon is 14:30 UTC
        #expect(spec.dailyLimit == 2)
        #expect(spec.finalSelections == 1)
        #expect(spec.lateSubmissions == .score)
        #expect(lab.config.database == "/var/lib/ailab/ailab.sqlite")
        #expect(lab.config.title == "Spring class")
    }

    @Test("a bad value in the course file names the file and the competition")
    func courseFileBadValue() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try fixture.course.writeCourseFile(#"{"competitions": {"toy": {"lateSubmissions": "maybe"}}}"#)
        #expect(throws: CourseError.invalidFile(
            path: fixture.course.url.appending(path: "course.json").path, line: nil,
            reason: "competitions.toy: lateSubmissions 'maybe' is not one of: refuse, score")) {
            try fixture.lab("ada", at: noon)
        }
    }

    @Test("after the deadline, late submissions are scored, shown with the private score, kept off the leaderboards, and use quota")
    func lateSubmissionsScored() throws {
        let fixture = try LabFixture(deadline: "2026-03-10T15:00:00Z")
        defer { fixture.course.remove() }
        try fixture.course.writeCourseFile(#"{"competitions": {"toy": {"lateSubmissions": "score", "dailyLimit": 2}}}"#)
        try submit(fixture, "ada", public: 1, private: 1, at: noon)

        let late = try submit(fixture, "ada", public: 0.5, private: 3, at: noon.adding(hours: 1))
        #expect(late.isLate)
        #expect(late.publicScore == 0.5)
        #expect(late.revealedPrivateScore == 3)
        #expect(late.text.contains("to toy scored late"))
        #expect(late.text.contains("private score  3.00000"))
        #expect(late.text.contains("none: the competition closed at 2026-03-10 15:00 UTC"))
        #expect(try fixture.store.submissions(login: "ada", competition: "toy").map(\.status) == [.scored, .late])

        // The better late score changes neither leaderboard: ada's on-time 1.0 stays.
        let lab = try fixture.lab("ada", at: noon.adding(hours: 1))
        for kind in LeaderboardKind.allCases {
            #expect(try lab.leaderboard(competitionID: "toy", kind: kind).rows.map(\.score) == [1])
        }
        // Two of two used today (14:30 and 15:30 UTC, the same day).
        #expect(throws: LabError.self) { try submit(fixture, "ada", public: 1, private: 1, at: noon.adding(hours: 2)) }
        #expect(try fixture.rowCount() == 2)
    }

    @Test("an on-time receipt keeps the private score hidden")
    func onTimeReceipt() throws {
        let fixture = try LabFixture(deadline: "2026-03-10T15:00:00Z")
        defer { fixture.course.remove() }
        let receipt = try submit(fixture, "ada", public: 1, private: 3, at: noon)
        #expect(!receipt.isLate)
        #expect(receipt.revealedPrivateScore == nil)
        #expect(!receipt.text.contains("3.00000"))
    }

    @Test("final selections: the best public scores count by default; a choice replaces them until the deadline")
    func finalSelections() throws {
        let fixture = try LabFixture(deadline: "2026-03-11T14:30:00Z", instructors: ["prof"])
        defer { fixture.course.remove() }
        // #1 public 1 / private 5, #2 public 2 / private 1, #3 public 3 / private 0.5.
        for (hours, publicError, privateError) in [(0.0, 1.0, 5.0), (1, 2, 1), (2, 3, 0.5)] {
            try submit(fixture, "ada", public: publicError, private: privateError, at: noon.adding(hours: hours))
        }
        let ada = try fixture.lab("ada", at: noon.adding(hours: 3))
        let privateScore = { try fixture.lab("prof", at: noon.adding(hours: 3)).leaderboard(competitionID: "toy", kind: .private).rows.first?.score }

        // Default: the two best public (#1, #2) count; the best private among them is #2's 1.
        var selection = try ada.finalSelection(competitionID: "toy")
        #expect(selection.counted == [1, 2])
        #expect(!selection.isChosen)
        #expect(try privateScore() == 1)

        selection = try ada.select(competitionID: "toy", submissionIDs: [3])
        #expect(selection.counted == [3])
        #expect(selection.isChosen)
        #expect(try privateScore() == 0.5)
        #expect(try fixture.store.submissions(login: "ada", competition: "toy").map(\.selected) == [false, false, true])

        #expect(throws: LabError.tooManySelections(competition: "toy", chosen: 3, limit: 2)) {
            try ada.select(competitionID: "toy", submissionIDs: [1, 2, 3])
        }
        try submit(fixture, "grace", public: 1, private: 1, at: noon.adding(hours: 3))
        #expect(throws: SelectionRejection(competition: "toy", ids: [4])) {
            try ada.select(competitionID: "toy", submissionIDs: [1, 4])
        }
        #expect(try ada.finalSelection(competitionID: "toy").counted == [3])  // unchanged by the refusals

        selection = try ada.select(competitionID: "toy", submissionIDs: [])
        #expect(selection.counted == [1, 2])
        #expect(!selection.isChosen)

        let afterDeadline = try fixture.lab("ada", at: noon.adding(hours: 24))
        #expect(throws: LabError.selectionClosed(competition: "toy", deadline: noon.adding(hours: 24))) {
            try afterDeadline.select(competitionID: "toy", submissionIDs: [3])
        }
        let final = try afterDeadline.finalSelection(competitionID: "toy")
        #expect(final.isClosed)
        #expect(final.text.contains("Closed at 2026-03-11 14:30 UTC: this selection is final."))
        #expect(final.text.contains("private score"))
    }

    @Test("the selection text lists the submissions, marks what counts and says how to change it")
    func selectionText() throws {
        let fixture = try LabFixture(deadline: "2026-03-11T14:30:00Z")
        defer { fixture.course.remove() }
        let lab = try fixture.lab("ada", at: noon)
        #expect(try lab.finalSelection(competitionID: "toy").text
            == "You have no on-time submissions to toy yet, so there is nothing to select. Submit first: ailab submit toy <file.csv>\n")
        try submit(fixture, "ada", public: 2, private: 5, at: noon)
        try submit(fixture, "ada", public: 1, private: 5, at: noon.adding(hours: 1))
        try submit(fixture, "ada", public: 3, private: 5, at: noon.adding(hours: 2))
        let lines = try lab.finalSelection(competitionID: "toy").text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "toy: 2 submissions count for the private ranking; you have not chosen, so your best public scores count: #1, #2.")
        #expect(lines[1] == "You can change it until 2026-03-11 14:30 UTC.")
        #expect(lines[3].hasPrefix("#  submitted             public score  counts  file"))
        #expect(lines[5].hasPrefix("1  2026-03-10 14:30 UTC       2.00000  yes"))
        #expect(lines[7].hasPrefix("3  2026-03-10 16:30 UTC       3.00000          "))
        #expect(lines.last == "")
        #expect(lines[lines.count - 2] == "Choose: ailab select toy <id>…   Back to the best public scores: ailab select toy --clear")
    }
}
