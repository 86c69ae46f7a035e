import Foundation
import GRDB

extension DerivableRequest<Submission> {
    /// Submissions by the user `userID`.
    func filter(userID: Int64) -> Self {
        filter(Submission.Columns.userID == userID)
    }

    /// Submissions by the user with this login.
    func filter(login: String) -> Self {
        joining(required: Submission.user.filter(login: login))
    }

    /// Submissions to this competition.
    func filter(competition: String) -> Self {
        filter(Submission.Columns.competition == competition)
    }

    /// Submissions made at or after `date`.
    func submitted(since date: Date) -> Self {
        filter(Submission.Columns.submittedAt >= date)
    }

    /// Oldest first; ties broken by id, i.e. insertion order.
    func orderedBySubmissionTime() -> Self {
        order(Submission.Columns.submittedAt, Submission.Columns.id)
    }
}

extension SubmissionWithLogin {
    /// A submission row decoded together with its `user` association.
    private struct Fetched: Decodable, FetchableRecord {
        var submission: Submission
        var user: User
    }

    /// Every submission to `competition` with its author's login, oldest first (ties by id).
    static func fetchAll(_ db: Database, competition: String) throws -> [SubmissionWithLogin] {
        try Submission
            .all()
            .filter(competition: competition)
            .including(required: Submission.user)
            .orderedBySubmissionTime()
            .asRequest(of: Fetched.self)
            .fetchAll(db)
            .map { SubmissionWithLogin(login: $0.user.login, submission: $0.submission) }
    }
}
