import Foundation
import GRDB

extension Store {
    /// Records a submission, enforcing the learner's daily limit, atomically (one IMMEDIATE transaction).
    ///
    /// Finds or creates the user (created with `createdAt: draft.submittedAt`), counts that user's submissions to
    /// `draft.competition` whose `submittedAt >= windowStart`, scored or late (late ones use quota too, as on
    /// Kaggle); if `dailyLimit` is non-nil and that count is at or above it, throws and writes nothing, not even
    /// the user row. Otherwise inserts the submission. Pass nil to skip the limit.
    ///
    /// - Returns: The stored submission (with its id), and the number of submissions in the window counting the
    ///   new one (so unchanged when the new one is older than `windowStart`).
    /// - Throws: ``StoreError/dailyLimitReached(used:limit:)`` when the limit is reached.
    public func recordSubmission(
        _ draft: SubmissionDraft,
        dailyLimit: Int?,
        windowStart: Date
    ) throws -> (submission: Submission, usedInWindow: Int) {
        try writer.write { db in
            func usedInWindow(userID: Int64) throws -> Int {
                try Submission
                    .all()
                    .filter(userID: userID)
                    .filter(competition: draft.competition)
                    .submitted(since: windowStart)
                    .fetchCount(db)
            }

            let existingUserID = try User.id(login: draft.login, in: db)
            if let dailyLimit {
                let used = try existingUserID.map(usedInWindow(userID:)) ?? 0
                if used >= dailyLimit {
                    throw StoreError.dailyLimitReached(used: used, limit: dailyLimit)
                }
            }
            let userID = try existingUserID
                ?? User.createID(login: draft.login, now: draft.submittedAt, in: db)
            let submission = try Submission(draft, userID: userID).inserted(db)
            return (submission, try usedInWindow(userID: userID))
        }
    }

    /// Number of submissions, scored or late, of `login` to `competition` at or after `since`: the quota used
    /// (0 for an unknown login).
    public func countSubmissions(login: String, competition: String, since: Date) throws -> Int {
        try writer.read { db in
            try Submission
                .all()
                .filter(login: login)
                .filter(competition: competition)
                .submitted(since: since)
                .fetchCount(db)
        }
    }

    /// The user's submissions, oldest first (ties by id); all competitions when `competition` is nil.
    public func submissions(login: String, competition: String?) throws -> [Submission] {
        try writer.read { db in
            var request = Submission.all().filter(login: login)
            if let competition {
                request = request.filter(competition: competition)
            }
            return try request.orderedBySubmissionTime().fetchAll(db)
        }
    }

    /// Every submission to a competition with its author's login, oldest first (ties by id);
    /// input to leaderboard ranking.
    public func allSubmissions(competition: String) throws -> [SubmissionWithLogin] {
        try writer.read { db in
            try SubmissionWithLogin.fetchAll(db, competition: competition)
        }
    }
}
