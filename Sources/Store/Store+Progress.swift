import Foundation
import GRDB

extension Store {
    /// Saves the learner's progress in a lesson, replacing any previous status and position (one row per lesson).
    ///
    /// Creates the user (with `createdAt: now`) on first use.
    public func saveProgress(
        login: String,
        lessonID: String,
        status: LessonStatus,
        position: Int,
        now: Date = Date()
    ) throws {
        try writer.write { db in
            let userID = try User.findOrCreateID(login: login, now: now, in: db)
            let progress = LessonProgress(
                userID: userID, lessonID: lessonID, status: status, position: position, updatedAt: now)
            try progress.upsert(db)
        }
    }

    /// The learner's progress in every lesson they have opened, ordered by lesson identifier
    /// (empty for an unknown login).
    public func progress(login: String) throws -> [LessonProgress] {
        try writer.read { db in
            try LessonProgress.all().filter(login: login).orderedByLesson().fetchAll(db)
        }
    }
}

/// What `Store.resetProgress` removed.
public struct ProgressReset: Equatable, Sendable {
    /// Lessons whose status and reading position were removed.
    public let lessons: Int
    /// Quiz answers removed.
    public let answers: Int
}

extension Store {
    /// Removes the learner's progress and quiz answers in lesson `lessonID`, or in every lesson when it is nil,
    /// in one transaction. Submissions are kept. An unknown login removes nothing.
    @discardableResult
    public func resetProgress(login: String, lessonID: String?) throws -> ProgressReset {
        try writer.write { db in
            guard let userID = try User.id(login: login, in: db) else { return ProgressReset(lessons: 0, answers: 0) }
            var progress = LessonProgress.filter(LessonProgress.Columns.userID == userID)
            var answers = QuizAnswer.filter(QuizAnswer.Columns.userID == userID)
            if let lessonID {
                progress = progress.filter(LessonProgress.Columns.lessonID == lessonID)
                answers = answers.filter(lessonID: lessonID)
            }
            return ProgressReset(lessons: try progress.deleteAll(db), answers: try answers.deleteAll(db))
        }
    }
}
