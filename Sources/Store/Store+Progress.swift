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
