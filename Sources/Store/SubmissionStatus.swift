import GRDB

/// How a submission was counted: on time and scored, or after the competition's deadline.
public enum SubmissionStatus: String, Codable, Sendable, DatabaseValueConvertible {
    /// Submitted before the deadline; counts toward the daily limit and the leaderboard.
    case scored
    /// Submitted after the deadline; scored for the learner's information only.
    case late
}
