import Foundation

/// A submission about to be recorded: what the grader produced, plus the learner's login.
public struct SubmissionDraft: Sendable, Equatable {
    /// The operating-system login of the learner.
    public var login: String
    /// The competition's identifier.
    public var competition: String
    /// When the learner submitted.
    public var submittedAt: Date
    /// The submitted file's name, as given by the learner.
    public var fileName: String
    /// The SHA-256 digest of the file, in lowercase hex.
    public var digest: String
    /// The number of prediction rows in the file.
    public var rows: Int
    /// The score on the public part of the test set.
    public var publicScore: Double
    /// The score on the private part of the test set.
    public var privateScore: Double
    /// Whether the submission was on time.
    public var status: SubmissionStatus
    /// The learner's `-m` note, if any.
    public var message: String?

    /// Creates a draft.
    public init(
        login: String,
        competition: String,
        submittedAt: Date,
        fileName: String,
        digest: String,
        rows: Int,
        publicScore: Double,
        privateScore: Double,
        status: SubmissionStatus,
        message: String?
    ) {
        self.login = login
        self.competition = competition
        self.submittedAt = submittedAt
        self.fileName = fileName
        self.digest = digest
        self.rows = rows
        self.publicScore = publicScore
        self.privateScore = privateScore
        self.status = status
        self.message = message
    }
}
