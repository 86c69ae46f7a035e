/// A submission together with its author's login: one input row of leaderboard ranking.
public struct SubmissionWithLogin: Equatable, Sendable {
    /// The author's operating-system login.
    public var login: String
    /// The submission.
    public var submission: Submission

    /// Pairs a submission with its author's login.
    public init(login: String, submission: Submission) {
        self.login = login
        self.submission = submission
    }
}
