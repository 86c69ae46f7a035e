import Foundation
import GRDB

/// A learner's progress in one lesson. A row of `lesson_progress`, keyed by (user, lesson).
public struct LessonProgress: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    /// The id of the learner.
    public var userID: Int64
    /// The lesson's identifier.
    public var lessonID: String
    /// How far the learner has got.
    public var status: LessonStatus
    /// The reading position: a line of the lesson.
    public var position: Int
    /// When the progress was last saved.
    public var updatedAt: Date

    /// The table of lesson progress.
    public static let databaseTableName = "lesson_progress"

    /// Creates a progress value.
    public init(userID: Int64, lessonID: String, status: LessonStatus, position: Int, updatedAt: Date) {
        self.userID = userID
        self.lessonID = lessonID
        self.status = status
        self.position = position
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case lessonID = "lesson_id"
        case status
        case position
        case updatedAt = "updated_at"
    }

    /// The columns of `lesson_progress`, for queries.
    public enum Columns {
        /// The `user_id` column.
        public static let userID = Column(CodingKeys.userID)
        /// The `lesson_id` column.
        public static let lessonID = Column(CodingKeys.lessonID)
        /// The `status` column.
        public static let status = Column(CodingKeys.status)
        /// The `position` column.
        public static let position = Column(CodingKeys.position)
        /// The `updated_at` column.
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }

    /// The learner.
    static let user = belongsTo(User.self)
}
