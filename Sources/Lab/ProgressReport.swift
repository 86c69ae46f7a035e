import Course
import Store

/// The learner's progress through the course, for `ailab progress`: lessons done per stage and the quiz score.
public struct ProgressReport: Equatable, Sendable {
    /// One stage's lesson counts.
    public struct StageLine: Equatable, Sendable {
        /// The stage's title.
        public let title: String
        /// Lessons done.
        public let done: Int
        /// Lessons opened but not done.
        public let inProgress: Int
        /// Lessons in the stage.
        public let total: Int
    }

    /// Every stage, in course order.
    public let stages: [StageLine]
    /// Quizzes in the course.
    public let quizCount: Int
    /// Quizzes answered at least once.
    public let quizzesAnswered: Int
    /// Quizzes whose first answer was right: the quiz score.
    public let rightFirstTime: Int
    /// Quizzes whose latest answer is right.
    public let rightNow: Int

    /// Counts `record` against `catalog`. Answers to quizzes no longer in the course are ignored.
    public init(catalog: Catalog, record: LearnerRecord) {
        stages = catalog.stages.map { stage in
            let statuses = stage.lessons.map { record.progress[$0.id]?.status ?? .new }
            return StageLine(
                title: stage.title, done: statuses.filter { $0 == .done }.count,
                inProgress: statuses.filter { $0 == .inProgress }.count, total: statuses.count)
        }
        var first: [String: Bool] = [:], latest: [String: Bool] = [:]
        let known = Set(catalog.lessons.flatMap { lesson in lesson.quizzes.map { lesson.id + "/" + $0.id } })
        for answer in record.answers {
            let key = answer.lessonID + "/" + answer.quizID
            guard known.contains(key) else { continue }
            if first[key] == nil { first[key] = answer.correct }
            latest[key] = answer.correct
        }
        quizCount = known.count
        quizzesAnswered = first.count
        rightFirstTime = first.values.filter { $0 }.count
        rightNow = latest.values.filter { $0 }.count
    }

    /// The lines `ailab progress` prints: a bar per stage with done/total (numbers as well as the bar), the
    /// total, and the quiz score.
    public var text: String {
        guard !stages.isEmpty else { return "No lessons yet: the course's lessons/ folder has no stages.\n" }
        let titleWidth = stages.map(\.title.count).max() ?? 0
        var lines = stages.map { stage in
            let started = stage.inProgress > 0 ? ", \(stage.inProgress) in progress" : ""
            return "\(stage.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0))  "
                + "\(meter(stage.done, of: stage.total))  \(stage.done)/\(stage.total) done\(started)"
        }
        let done = stages.map(\.done).reduce(0, +), total = stages.map(\.total).reduce(0, +)
        lines.append("")
        lines.append("Lessons: \(done) of \(total) done (\(percent(done, of: total))).")
        if quizCount == 0 {
            lines.append("Quizzes: the course has none yet.")
        } else if quizzesAnswered == 0 {
            lines.append("Quizzes: none of \(quizCount) answered yet.")
        } else {
            lines.append("Quizzes: \(quizzesAnswered) of \(quizCount) answered; \(rightFirstTime) right at the first try "
                + "(\(percent(rightFirstTime, of: quizzesAnswered))), \(rightNow) right now.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A 10-cell bar, `[█████░░░░░]`, filled in proportion to `part` of `whole`.
func meter(_ part: Int, of whole: Int) -> String {
    let filled = whole == 0 ? 0 : (10 * part + whole / 2) / whole
    return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled) + "]"
}

/// "75%", rounded to the nearest whole percent; "0%" of nothing.
func percent(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "0%" : "\((100 * part + whole / 2) / whole)%"
}

extension Lab {
    /// This learner's progress report.
    public func progressReport() throws -> ProgressReport {
        ProgressReport(catalog: try catalog(), record: try learnerRecord())
    }
}
