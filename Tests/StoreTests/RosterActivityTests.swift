import Foundation
import Testing
@testable import Store

@Suite("Roster activity")
struct RosterActivityTests {
    @Test(arguments: StoreKind.allCases)
    func everyUserByLoginWithTheirRowsCountsAndLatestTime(kind: StoreKind) throws {
        try withStore(kind) { store in
            // grace is created first (id 1), ada second (id 2), zoe third (id 3): the result is still by login.
            try store.saveProgress(login: "grace", lessonID: "02-b", status: .done, position: 9, now: date(50))
            try store.saveProgress(login: "ada", lessonID: "02-b", status: .inProgress, position: 3, now: date(10))
            try store.saveProgress(login: "ada", lessonID: "01-a", status: .done, position: 7, now: date(20))
            _ = try store.user(login: "zoe", now: date(5))
            // ada answers q1 wrong at 40, then right at 30 (recorded later, answered earlier): oldest first is 30, 40.
            let wrong = try store.recordQuizAnswer(login: "ada", lessonID: "01-a", quizID: "q1", answer: "1", correct: false, now: date(40))
            let right = try store.recordQuizAnswer(login: "ada", lessonID: "01-a", quizID: "q1", answer: "2", correct: true, now: date(30))
            // ada: two titanic (one late) and one house; grace: one house. Every status counts.
            for submission in [
                draft("ada", "titanic", at: date(60)),
                draft("ada", "titanic", at: date(90), status: .late),
                draft("ada", "house", at: date(70)),
                draft("grace", "house", at: date(45)),
            ] {
                _ = try store.recordSubmission(submission, dailyLimit: nil, windowStart: date())
            }

            let roster = try store.rosterActivity()
            #expect(roster.map(\.user.login) == ["ada", "grace", "zoe"])
            let (ada, grace, zoe) = (roster[0], roster[1], roster[2])

            #expect(ada.progress.map(\.lessonID) == ["01-a", "02-b"])
            #expect(ada.progress.map(\.status) == [.done, .inProgress])
            #expect(ada.answers == [right, wrong])
            #expect(ada.submissions == ["titanic": 2, "house": 1])
            // Latest of progress 10, 20; answers 30, 40; submissions 60, 90, 70: the late submission at 90.
            #expect(ada.lastActivity == date(90))

            #expect(grace.progress.map(\.lessonID) == ["02-b"])
            #expect(grace.answers.isEmpty)
            #expect(grace.submissions == ["house": 1])
            // Progress at 50 is later than the submission at 45.
            #expect(grace.lastActivity == date(50))

            // zoe exists but has done nothing: no rows, no time (her creation is not activity).
            #expect(zoe.progress.isEmpty && zoe.answers.isEmpty && zoe.submissions.isEmpty)
            #expect(zoe.lastActivity == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anEmptyDatabaseHasNoLearners(kind: StoreKind) throws {
        try withStore(kind) { store in
            let roster = try store.rosterActivity()
            #expect(roster.isEmpty)
        }
    }

    @Test("the latest submission time comes from the database's maximum, to the millisecond")
    func latestSubmissionTimeKeepsMilliseconds() throws {
        let store = try Store.inMemory()
        // 0.5 s apart, inserted newest first: MAX must compare times, not pick the last row.
        _ = try store.recordSubmission(draft("ada", "titanic", at: date(100.5)), dailyLimit: nil, windowStart: date())
        _ = try store.recordSubmission(draft("ada", "titanic", at: date(100)), dailyLimit: nil, windowStart: date())
        #expect(try store.rosterActivity().first?.lastActivity == date(100.5))
    }
}
