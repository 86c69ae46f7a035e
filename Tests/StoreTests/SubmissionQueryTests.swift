import Foundation
import Testing
@testable import Store

@Suite("Reading submissions")
struct SubmissionQueryTests {
    /// Records, in this insertion order (deliberately not chronological):
    /// id 1 ada titanic t+300, id 2 grace titanic t+100, id 3 ada house t+200, id 4 ada titanic t+100 late,
    /// id 5 grace titanic t+100 (same instant as id 2), id 6 ada titanic t-100.
    private func seed(_ store: Store) throws -> [Submission] {
        let drafts = [
            draft("ada", "titanic", at: date(300), score: 0.1, message: "m1"),
            draft("grace", "titanic", at: date(100), score: 0.2),
            draft("ada", "house", at: date(200), score: 0.3),
            draft("ada", "titanic", at: date(100), status: .late, score: 0.4),
            draft("grace", "titanic", at: date(100), score: 0.5),
            draft("ada", "titanic", at: date(-100), score: 0.6),
        ]
        return try drafts.map { try store.recordSubmission($0, dailyLimit: nil, windowStart: date()).submission }
    }

    @Test(arguments: StoreKind.allCases)
    func submissionsOfAUserAreOldestFirstAndFiltered(kind: StoreKind) throws {
        try withStore(kind) { store in
            let s = try seed(store)
            #expect(s.map(\.id) == [1, 2, 3, 4, 5, 6])

            #expect(try store.submissions(login: "ada", competition: "titanic") == [s[5], s[3], s[0]])
            #expect(try store.submissions(login: "ada", competition: nil) == [s[5], s[3], s[2], s[0]])
            #expect(try store.submissions(login: "grace", competition: nil) == [s[1], s[4]])
            #expect(try store.submissions(login: "grace", competition: "house") == [])
            #expect(try store.submissions(login: "nobody", competition: nil) == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func allSubmissionsCarryLoginsOldestFirstTiesByID(kind: StoreKind) throws {
        try withStore(kind) { store in
            let s = try seed(store)
            let titanic = try store.allSubmissions(competition: "titanic")
            #expect(titanic == [
                SubmissionWithLogin(login: "ada", submission: s[5]),   // t-100
                SubmissionWithLogin(login: "grace", submission: s[1]), // t+100, id 2
                SubmissionWithLogin(login: "ada", submission: s[3]),   // t+100, id 4
                SubmissionWithLogin(login: "grace", submission: s[4]), // t+100, id 5
                SubmissionWithLogin(login: "ada", submission: s[0]),   // t+300
            ])
            #expect(try store.allSubmissions(competition: "house").map(\.login) == ["ada"])
            #expect(try store.allSubmissions(competition: "unknown") == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func countSubmissionsCountsLateOnesAndExcludesOlderAndOthers(kind: StoreKind) throws {
        try withStore(kind) { store in
            _ = try seed(store)
            // ada's titanic submissions: t-100, t+100 (late), t+300.
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: date(-hour)) == 3)
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: date(0)) == 2)
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: date(300)) == 1)
            #expect(try store.countSubmissions(login: "ada", competition: "titanic", since: date(301)) == 0)
            #expect(try store.countSubmissions(login: "grace", competition: "titanic", since: date(0)) == 2)
            #expect(try store.countSubmissions(login: "ada", competition: "house", since: date(0)) == 1)
            #expect(try store.countSubmissions(login: "nobody", competition: "titanic", since: date(0)) == 0)
            // Reading never creates users.
            #expect(try store.rowCount("users") == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func nilMessageSurvivesTheRoundTrip(kind: StoreKind) throws {
        try withStore(kind) { store in
            let s = try seed(store)
            let stored = try store.submissions(login: "ada", competition: "titanic")
            #expect(stored.last?.message == "m1")
            #expect(stored.first?.message == nil)
            #expect(try store.intValue("SELECT COUNT(*) FROM submissions WHERE message IS NULL") == 5)
            #expect(s[0].message == "m1")
        }
    }
}
