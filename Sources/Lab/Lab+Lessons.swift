import Course
import Foundation
import Store

/// One stage of the course with the learner's status of each lesson.
public struct StageOverview: Equatable, Sendable {
    /// The stage's title, e.g. "Python".
    public let title: String
    /// Its lessons in course order, each with the learner's status.
    public let lessons: [LessonOverview]

    /// How many lessons of the stage are done.
    public var doneCount: Int { lessons.filter { $0.status == .done }.count }
}

/// A lesson as one learner sees it in the catalogue.
public struct LessonOverview: Equatable, Sendable {
    public let id: String
    public let title: String
    public let minutes: Int
    /// New when the learner never opened it.
    public let status: LessonStatus
}

extension Lab {
    /// The lessons of the course (`lessons/` in the course root) by stage, with this learner's progress.
    /// - Throws: `CatalogError` naming the lesson file and line when a lesson does not parse.
    public func lessonOverview() throws -> [StageOverview] {
        let catalog = try catalog()
        let progress = Dictionary(try store.progress(login: login).map { ($0.lessonID, $0.status) }) { first, _ in first }
        return catalog.stages.map { stage in
            StageOverview(title: stage.title, lessons: stage.lessons.map { lesson in
                LessonOverview(id: lesson.id, title: lesson.title, minutes: lesson.minutes, status: progress[lesson.id] ?? .new)
            })
        }
    }
}

extension [StageOverview] {
    /// What `ailab lessons` prints: each stage with done/total, each lesson marked [x] done,
    /// [~] in progress or [ ] new (marks in words, not colour).
    public var text: String {
        guard !isEmpty else { return "No lessons yet: the course's lessons/ folder has no stages.\n" }
        let idWidth = flatMap(\.lessons).map(\.id.count).max() ?? 0
        return map { stage in
            let header = "\(stage.title) (\(stage.doneCount)/\(stage.lessons.count) done)"
            let lines = stage.lessons.map { lesson in
                let mark = switch lesson.status {
                case .done: "[x]"
                case .inProgress: "[~]"
                case .new: "[ ]"
                }
                return "  \(mark) \(lesson.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(lesson.title) (\(lesson.minutes) min)"
            }
            return ([header] + lines).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}
