import Foundation
import Testing
@testable import Store

@Suite("Recording submissions and the daily limit")
struct RecordSubmissionTests {
    /// The window under test starts at `date(0)`.
    private let windowStart = date(0)

    @Test(arguments: StoreKind.allCases)
    func firstSubmissionCreatesTheUserAndIsStoredAsGiven(kind: StoreKind) throws {
        try withStore(kind) { store in
            let given = draft(at: date(90), score: 0.8125, message: "first try")
            let (submission, used) = try store.recordSubmission(given, dailyLimit: 5, windowStart: windowStart)

            #expect(used == 1)
            let id = try #require(submission.id)
            let ada = try store.user(login: "ada")
            #expect(ada.createdAt == date(90))
            #expect(submission == Submission(
                id: id, userID: try #require(ada.id), competition: "titanic", submittedAt: date(90),
                fileName: "predictions.csv", digest: String(repeating: "ab", count: 32), rows: 418,
                publicScore: 0.8125, privateScore: 0.8025, status: .scored, message: "first try"))
            #expect(try store.submissions(login: "ada", competition: "titanic") == [submission])
            #expect(try store.stringValue("SELECT submitted_at FROM submissions") == "2026-01-01 00:01:30.000")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func limitCountsOnlyThisUsersSubmissionsToThisCompetitionInTheWindow(kind: StoreKind) throws {
        try withStore(kind) { store in
            // None of these count toward ada's titanic window.
            let others = [
                draft("ada", "titanic", at: date(-hour)),               // before the window
                draft("ada", "titanic", at: date(-1)),                  // one second before the window
                draft("ada", "house-prices", at: date(20)),             // another competition
                draft("grace", "titanic", at: date(30)),                // another user
                draft("grace", "titanic", at: date(40)),
                draft("grace", "titanic", at: date(50)),
            ]
            for other in others {
                _ = try store.recordSubmission(other, dailyLimit: nil, windowStart: windowStart)
            }
            #expect(try store.rowCount("submissions") == 6)

            var used: [Int] = []
            for minute in 1...3 {
                let recorded = try store.recordSubmission(
                    draft(at: date(Double(minute) * 60)), dailyLimit: 3, windowStart: windowStart)
                used.append(recorded.usedInWindow)
            }
            #expect(used == [1, 2, 3])

            #expect(throws: StoreError.dailyLimitReached(used: 3, limit: 3)) {
                try store.recordSubmission(draft(at: date(240)), dailyLimit: 3, windowStart: windowStart)
            }
            #expect(try store.rowCount("submissions") == 9)
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: windowStart) == 3)

            // grace (3 in the window) is at her own limit of 3, but not at 4.
            #expect(throws: StoreError.dailyLimitReached(used: 3, limit: 3)) {
                try store.recordSubmission(draft("grace", at: date(300)), dailyLimit: 3, windowStart: windowStart)
            }
            let graceFourth = try store.recordSubmission(
                draft("grace", at: date(300)), dailyLimit: 4, windowStart: windowStart)
            #expect(graceFourth.usedInWindow == 4)

            // The next window starts from zero.
            let nextDay = try store.recordSubmission(
                draft(at: date(25 * hour)), dailyLimit: 3, windowStart: date(24 * hour))
            #expect(nextDay.usedInWindow == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func windowIncludesItsStartInstant(kind: StoreKind) throws {
        try withStore(kind) { store in
            _ = try store.recordSubmission(draft(at: windowStart), dailyLimit: nil, windowStart: windowStart)
            #expect(throws: StoreError.dailyLimitReached(used: 1, limit: 1)) {
                try store.recordSubmission(draft(at: date(1)), dailyLimit: 1, windowStart: windowStart)
            }
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: windowStart) == 1)
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: date(0.5)) == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func atTheLimitNothingIsWrittenNotEvenTheUser(kind: StoreKind) throws {
        try withStore(kind) { store in
            _ = try store.recordSubmission(draft("grace", at: date(1)), dailyLimit: nil, windowStart: windowStart)

            #expect(throws: StoreError.dailyLimitReached(used: 0, limit: 0)) {
                try store.recordSubmission(draft("ada", at: date(2)), dailyLimit: 0, windowStart: windowStart)
            }
            #expect(try store.rowCount("users") == 1)
            #expect(try store.rowCount("submissions") == 1)
            #expect(try store.intValue("SELECT COUNT(*) FROM users WHERE login = 'ada'") == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func lateSubmissionIsStoredAndUsesQuotaLikeAnyOther(kind: StoreKind) throws {
        try withStore(kind) { store in
            _ = try store.recordSubmission(draft(at: date(1)), dailyLimit: 3, windowStart: windowStart)
            let late = try store.recordSubmission(
                draft(at: date(2), status: .late), dailyLimit: 3, windowStart: windowStart)
            #expect(late.usedInWindow == 2)
            #expect(late.submission.status == .late)
            let third = try store.recordSubmission(draft(at: date(3), status: .late), dailyLimit: 3, windowStart: windowStart)
            #expect(third.usedInWindow == 3)
            #expect(throws: StoreError.dailyLimitReached(used: 3, limit: 3)) {
                try store.recordSubmission(draft(at: date(4), status: .late), dailyLimit: 3, windowStart: windowStart)
            }
            #expect(try store.stringValue("SELECT group_concat(status, ',') FROM submissions ORDER BY id")
                == "scored,late,late")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func noLimitMeansNoLimit(kind: StoreKind) throws {
        try withStore(kind) { store in
            var ids: [Int64] = []
            for second in 1...12 {
                let recorded = try store.recordSubmission(
                    draft(at: date(Double(second))), dailyLimit: nil, windowStart: windowStart)
                #expect(recorded.usedInWindow == second)
                ids.append(try #require(recorded.submission.id))
            }
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == 12)
        }
    }

    @Test func limitMessageIsShort() {
        #expect(StoreError.dailyLimitReached(used: 5, limit: 5).description
            == "daily submission limit reached (5 of 5 used)")
    }
}
