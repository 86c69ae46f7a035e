import Foundation
import GRDB

/// One answer a learner gave to a lesson's quiz question. A row of `quiz_answers`; every attempt is kept.
public struct QuizAnswer: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// The row id; nil until the answer is inserted.
    public var id: Int64?
    /// The id of the learner.
    public var userID: Int64
    /// The lesson's identifier.
    public var lessonID: String
    /// The quiz question's identifier within the lesson.
    public var quizID: String
    /// The answer as given.
    public var answer: String
    /// Whether the answer was right.
    public var correct: Bool
    /// When the learner answered.
    public var answeredAt: Date

    /// The table of quiz answers.
    public static let databaseTableName = "quiz_answers"

    /// Creates an answer value; `id` stays nil until it is inserted.
    public init(
        id: Int64? = nil,
        userID: Int64,
        lessonID: String,
        quizID: String,
        answer: String,
        correct: Bool,
        answeredAt: Date
    ) {
        self.id = id
        self.userID = userID
        self.lessonID = lessonID
        self.quizID = quizID
        self.answer = answer
        self.correct = correct
        self.answeredAt = answeredAt
    }

    /// Records the id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case userID = "user_id"
        case lessonID = "lesson_id"
        case quizID = "quiz_id"
        case answer
        case correct
        case answeredAt = "answered_at"
    }

    /// The columns of `quiz_answers`, for queries.
    public enum Columns {
        /// The `id` column.
        public static let id = Column(CodingKeys.id)
        /// The `user_id` column.
        public static let userID = Column(CodingKeys.userID)
        /// The `lesson_id` column.
        public static let lessonID = Column(CodingKeys.lessonID)
        /// The `quiz_id` column.
        public static let quizID = Column(CodingKeys.quizID)
        /// The `answer` column.
        public static let answer = Column(CodingKeys.answer)
        /// The `correct` column.
        public static let correct = Column(CodingKeys.correct)
        /// The `answered_at` column.
        public static let answeredAt = Column(CodingKeys.answeredAt)
    }

    /// The learner.
    static let user = belongsTo(User.self)
}
