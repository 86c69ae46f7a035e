import Foundation
import Testing
@testable import Store

@Suite("Final selections")
struct FinalSelectionTests {
    /// ada: #1, #2 on titanic and #3 late on titanic, #4 on house; grace: #5 on titanic.
    private func seed(_ store: Store) throws {
        let drafts = [
            draft("ada", "titanic", at: date(10)),
            draft("ada", "titanic", at: date(20)),
            draft("ada", "titanic", at: date(30), status: .late),
            draft("ada", "house", at: date(40)),
            draft("grace", "titanic", at: date(50)),
        ]
        for draft in drafts { _ = try store.recordSubmission(draft, dailyLimit: nil, windowStart: date()) }
    }

    private func selectedIDs(_ store: Store) throws -> String? {
        try store.stringValue("SELECT group_concat(id, ',') FROM (SELECT id FROM submissions WHERE selected ORDER BY id)")
    }

    @Test(arguments: StoreKind.allCases)
    func aChoiceReplacesTheEarlierOneAndAnEmptyOneClearsIt(kind: StoreKind) throws {
        try withStore(kind) { store in
            try seed(store)
            #expect(try selectedIDs(store) == nil)
            try store.selectFinal(login: "ada", competition: "titanic", submissionIDs: [1, 2])
            #expect(try selectedIDs(store) == "1,2")
            #expect(try store.submissions(login: "ada", competition: "titanic").map(\.selected) == [true, true, false])
            try store.selectFinal(login: "ada", competition: "titanic", submissionIDs: [2])
            #expect(try selectedIDs(store) == "2")
            // grace's choice leaves ada's alone.
            try store.selectFinal(login: "grace", competition: "titanic", submissionIDs: [5])
            #expect(try selectedIDs(store) == "2,5")
            try store.selectFinal(login: "ada", competition: "titanic", submissionIDs: [])
            #expect(try selectedIDs(store) == "5")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func othersLateAndOtherCompetitionsAreRefusedAndNothingChanges(kind: StoreKind) throws {
        try withStore(kind) { store in
            try seed(store)
            try store.selectFinal(login: "ada", competition: "titanic", submissionIDs: [1])
            // #3 is late, #4 is another competition, #5 is grace's, #9 does not exist; #2 alone would be fine.
            #expect(throws: StoreError.notSelectable(ids: [3, 4, 5, 9])) {
                try store.selectFinal(login: "ada", competition: "titanic", submissionIDs: [2, 3, 4, 5, 9])
            }
            #expect(try selectedIDs(store) == "1")
            #expect(throws: StoreError.notSelectable(ids: [1])) {
                try store.selectFinal(login: "nobody", competition: "titanic", submissionIDs: [1])
            }
            #expect(try store.rowCount("users") == 2)
        }
    }

    @Test func upgradingAVersion1FileKeepsItsSubmissionsUnselected() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let version1 = try Store(path: path, busyTimeout: 10, migrations: Array(Migration.all.prefix(1)))
        try version1.recordSubmissionAtVersion1(draft(at: date(10)))
        #expect(try version1.schemaVersion == 1)

        let upgraded = try Store(path: path)
        #expect(try upgraded.schemaVersion == 2)
        let kept = try upgraded.submissions(login: "ada", competition: "titanic")
        #expect(kept.count == 1)
        #expect(kept.first?.selected == false)
        #expect(kept.first?.submittedAt == date(10))
    }
}

extension Store {
    /// Inserts a submission with version 1's columns (the record type now has `selected`, which that schema lacks).
    fileprivate func recordSubmissionAtVersion1(_ draft: SubmissionDraft) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO users (login, created_at) VALUES (?, ?)", arguments: [draft.login, draft.submittedAt])
            try db.execute(
                sql: """
                    INSERT INTO submissions (user_id, competition, submitted_at, file_name, digest, "rows",
                        public_score, private_score, status, message)
                    VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'scored', NULL)
                    """,
                arguments: [draft.competition, draft.submittedAt, draft.fileName, draft.digest, draft.rows,
                            draft.publicScore, draft.privateScore])
        }
    }
}
