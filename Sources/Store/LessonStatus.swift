import GRDB

/// How far a learner has got with a lesson.
public enum LessonStatus: String, Codable, Sendable, DatabaseValueConvertible {
    /// Not opened yet.
    case new
    /// Opened, not finished.
    case inProgress = "in-progress"
    /// Finished.
    case done
}
