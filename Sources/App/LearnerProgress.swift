import Foundation
import Lab
import Store

/// What the navigator knows of the learner: each lesson's status and reading position, and the outcome of
/// each quiz. Screens change it as the learner goes; the loop writes the same changes to the store.
public struct LearnerProgress: Equatable, Sendable {
    /// A lesson's saved state.
    public struct Mark: Equatable, Sendable {
        /// New, in progress or done.
        public var status: LessonStatus
        /// The reading position: the lesson-file line at the top of the reader.
        public var position: Int
        /// When it last changed; the most recent lesson in progress is where the learner resumes.
        public var updatedAt: Date
    }

    /// Marks by lesson id; lessons never opened are absent.
    public var marks: [String: Mark]
    /// Quiz outcomes by lesson id, then quiz id; unanswered quizzes are absent.
    public var quizOutcomes: [String: [String: QuizOutcome]]

    /// Progress from its parts.
    public init(marks: [String: Mark] = [:], quizOutcomes: [String: [String: QuizOutcome]] = [:]) {
        self.marks = marks
        self.quizOutcomes = quizOutcomes
    }

    /// The progress in a learner's stored record: statuses, positions, and the latest answer to each quiz.
    public init(record: LearnerRecord) {
        marks = record.progress.mapValues { Mark(status: $0.status, position: $0.position, updatedAt: $0.updatedAt) }
        var outcomes: [String: [String: QuizOutcome]] = [:]
        for answer in record.answers {
            outcomes[answer.lessonID, default: [:]][answer.quizID] = answer.correct ? .correct : .wrong
        }
        quizOutcomes = outcomes
    }

    /// The status of lesson `id` (new when never opened).
    public func status(_ id: String) -> LessonStatus {
        marks[id]?.status ?? .new
    }
}
