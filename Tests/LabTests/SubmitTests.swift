import AilabTestSupport
import Foundation
import Grader
import Lab
import Store
import Testing

@Suite("Submitting")
struct SubmitTests {
    @Test("a valid file is scored, stored and ranked; the receipt shows the public score only")
    func scoresAndStores() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        // Every prediction is off by 0.5, so RMSE = sqrt(mean(0.5^2)) = 0.5 on both parts.
        let receipt = try fixture.submit("ada", offset: 0.5, at: noon)
        #expect(receipt.publicScore == 0.5)
        #expect(receipt.rows == 10)
        #expect(receipt.rank == 1 && receipt.rankedCount == 1)
        #expect(receipt.usedToday == 1 && receipt.dailyLimit == 5)
        #expect(receipt.previousBest == nil && receipt.isNewBest)
        // 14:30 UTC: the window resets at 00:00 UTC the next day, 9 h 30 min later.
        #expect(receipt.resetsAt == noon.adding(hours: 9.5))
        #expect(receipt.text.contains("0.50000"))
        #expect(receipt.text.contains("4 of 5 submissions"))
        #expect(receipt.text.contains("2026-03-11 00:00 UTC (in 9 h 30 min)"))

        let stored = try #require(try fixture.store.submissions(login: "ada", competition: "toy").first)
        #expect(stored.publicScore == 0.5 && stored.privateScore == 0.5)
        #expect(stored.rows == 10 && stored.status == .scored)
        #expect(stored.digest.count == 64)
    }

    @Test("the private score is stored but never printed")
    func privateScoreStaysHidden() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        // Public rows off by 0.25, private rows off by 0.75: RMSE 0.25 and 0.75.
        let path = try fixture.course.file(named: "split.csv", containing: TemporaryCourse.submission(publicError: 0.25, privateError: 0.75))
        let receipt = try fixture.lab("ada", at: noon).submit(competitionID: "toy", filePath: path, message: "split")
        #expect(receipt.publicScore == 0.25)
        #expect(!receipt.text.contains("0.75"))
        let stored = try #require(try fixture.store.submissions(login: "ada", competition: "toy").first)
        #expect(stored.privateScore == 0.75)
        #expect(stored.message == "split")
    }

    @Test("best and rank follow later submissions of several learners")
    func bestAndRank() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try fixture.submit("ada", offset: 1.0, at: noon)
        let grace = try fixture.submit("grace", offset: 0.5, at: noon.adding(hours: 1))
        #expect(grace.rank == 1 && grace.rankedCount == 2)
        let worse = try fixture.submit("ada", offset: 2.0, at: noon.adding(hours: 2))
        #expect(worse.previousBest == 1.0 && !worse.isNewBest)
        #expect(worse.rank == 2)
        #expect(worse.text.contains("your best is still 1.00000"))
        let better = try fixture.submit("ada", offset: 0.25, at: noon.adding(hours: 3))
        #expect(better.isNewBest && better.rank == 1)
        #expect(better.text.contains("new best (was 1.00000)"))
    }

    @Test("the same file twice is scored and reported as identical")
    func sameFileTwice() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let path = try fixture.course.file(named: "same.csv", containing: TemporaryCourse.submission(offset: 1))
        let lab = try fixture.lab("ada", at: noon)
        let first = try lab.submit(competitionID: "toy", filePath: path, message: nil)
        let second = try lab.submit(competitionID: "toy", filePath: path, message: nil)
        #expect(first.sameFileAs == nil)
        #expect(second.sameFileAs == first.submissionID)
        #expect(second.text.contains("identical to your submission #\(first.submissionID)"))
    }

    @Test("an invalid file is rejected with reasons, uses no quota and leaves the store as it was")
    func invalidFileChangesNothing() throws {
        let fixture = try LabFixture(dailyLimit: 1)
        defer { fixture.course.remove() }
        let path = try fixture.course.file(named: "bad.csv", containing: "Id,value\n1,1\n1,2\n")
        #expect(throws: SubmissionRejection.self) {
            try fixture.lab("ada", at: noon).submit(competitionID: "toy", filePath: path, message: nil)
        }
        #expect(try fixture.rowCount() == 0)
        // The one allowed submission of the day is still there to use.
        #expect(try fixture.submit("ada", offset: 0, at: noon).usedToday == 1)
    }

    @Test("the daily limit refuses one more, counts per UTC day and leaves the store as it was")
    func dailyLimit() throws {
        let fixture = try LabFixture(dailyLimit: 2)
        defer { fixture.course.remove() }
        try fixture.submit("ada", offset: 1, at: noon)
        let second = try fixture.submit("ada", offset: 1, at: noon.adding(hours: 1))
        #expect(second.usedToday == 2)
        #expect(second.text.contains("0 of 2 submissions"))
        do {
            try fixture.submit("ada", offset: 1, at: noon.adding(hours: 2))
            Issue.record("a third submission on the same day was accepted")
        } catch let error as LabError {
            // 16:30 UTC: 7 h 30 min until midnight UTC.
            #expect(error == .dailyLimitReached(competition: "toy", limit: 2, resetsAt: noon.adding(hours: 9.5), waitText: "7 h 30 min"))
            #expect(error.description.contains("resets at 2026-03-11 00:00 UTC"))
        }
        #expect(try fixture.rowCount() == 2)
        // Another learner has a quota of their own.
        #expect(try fixture.submit("grace", offset: 1, at: noon.adding(hours: 2)).usedToday == 1)
        // After 00:00 UTC the count starts again.
        #expect(try fixture.submit("ada", offset: 1, at: noon.adding(hours: 9.5)).usedToday == 1)
    }

    @Test("after the deadline nothing is accepted")
    func deadline() throws {
        let fixture = try LabFixture(deadline: "2026-03-10T15:00:00Z")
        defer { fixture.course.remove() }
        try fixture.submit("ada", offset: 1, at: noon)
        #expect(throws: LabError.deadlinePassed(competition: "toy", deadline: noon.adding(hours: 0.5))) {
            try fixture.submit("ada", offset: 1, at: noon.adding(hours: 0.5))
        }
        #expect(try fixture.rowCount() == 1)
    }

    @Test("an unknown competition lists the known ones")
    func unknownCompetition() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        #expect(throws: CourseError.unknownCompetition(name: "toys", known: ["toy"])) {
            try fixture.lab("ada", at: noon).submit(competitionID: "toys", filePath: "x.csv", message: nil)
        }
    }
}
