import GRDB

/// How a submission was counted: on time and scored, or after the competition's deadline.
public enum SubmissionStatus: String, Codable, Sendable, DatabaseValueConvertible {
    /// Submitted before the deadline; counts for the leaderboards. Uses daily quota.
    case scored
    /// Submitted after the deadline; scored for the learner's information only, never ranked. Uses daily quota.
    case late
}
