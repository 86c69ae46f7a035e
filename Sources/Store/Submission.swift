import Foundation
import GRDB

/// A recorded submission to a competition. A row of `submissions`.
public struct Submission: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// The row id; nil until the submission is inserted.
    public var id: Int64?
    /// The id of the submitting user.
    public var userID: Int64
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
    /// Whether the learner chose it as one of their final submissions (`ailab select`).
    public var selected: Bool

    /// The table of submissions.
    public static let databaseTableName = "submissions"

    /// Creates a submission value; `id` stays nil until it is inserted.
    public init(
        id: Int64? = nil,
        userID: Int64,
        competition: String,
        submittedAt: Date,
        fileName: String,
        digest: String,
        rows: Int,
        publicScore: Double,
        privateScore: Double,
        status: SubmissionStatus,
        message: String?,
        selected: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.competition = competition
        self.submittedAt = submittedAt
        self.fileName = fileName
        self.digest = digest
        self.rows = rows
        self.publicScore = publicScore
        self.privateScore = privateScore
        self.status = status
        self.message = message
        self.selected = selected
    }

    /// Creates the submission `draft` describes, by the user `userID`.
    init(_ draft: SubmissionDraft, userID: Int64) {
        self.init(
            userID: userID,
            competition: draft.competition,
            submittedAt: draft.submittedAt,
            fileName: draft.fileName,
            digest: draft.digest,
            rows: draft.rows,
            publicScore: draft.publicScore,
            privateScore: draft.privateScore,
            status: draft.status,
            message: draft.message)
    }

    /// Records the id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case userID = "user_id"
        case competition
        case submittedAt = "submitted_at"
        case fileName = "file_name"
        case digest
        case rows
        case publicScore = "public_score"
        case privateScore = "private_score"
        case status
        case message
        case selected
    }

    /// The columns of `submissions`, for queries.
    public enum Columns {
        /// The `id` column.
        public static let id = Column(CodingKeys.id)
        /// The `user_id` column.
        public static let userID = Column(CodingKeys.userID)
        /// The `competition` column.
        public static let competition = Column(CodingKeys.competition)
        /// The `submitted_at` column.
        public static let submittedAt = Column(CodingKeys.submittedAt)
        /// The `file_name` column.
        public static let fileName = Column(CodingKeys.fileName)
        /// The `digest` column.
        public static let digest = Column(CodingKeys.digest)
        /// The `rows` column.
        public static let rows = Column(CodingKeys.rows)
        /// The `public_score` column.
        public static let publicScore = Column(CodingKeys.publicScore)
        /// The `private_score` column.
        public static let privateScore = Column(CodingKeys.privateScore)
        /// The `status` column.
        public static let status = Column(CodingKeys.status)
        /// The `message` column.
        public static let message = Column(CodingKeys.message)
        /// The `selected` column.
        public static let selected = Column(CodingKeys.selected)
    }

    /// The author of the submission.
    static let user = belongsTo(User.self)
}
