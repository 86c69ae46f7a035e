import Course
import Foundation
import Store

/// What one learner has done in the course: their lesson progress and every quiz answer they gave.
public struct LearnerRecord: Equatable, Sendable {
    /// Progress by lesson id; lessons never opened are absent.
    public var progress: [String: LessonProgress]
    /// Every answer, oldest first.
    public var answers: [QuizAnswer]

    /// A record of `progress` and `answers`.
    public init(progress: [String: LessonProgress], answers: [QuizAnswer]) {
        self.progress = progress
        self.answers = answers
    }

    /// Whether the learner's latest answer to each quiz they answered in `lessonID` was right, by quiz id.
    public func latestOutcomes(lessonID: String) -> [String: Bool] {
        var outcomes: [String: Bool] = [:]
        for answer in answers where answer.lessonID == lessonID {
            outcomes[answer.quizID] = answer.correct  // oldest first, so the last one wins
        }
        return outcomes
    }
}

/// A lesson id that names no lesson of the course.
public struct UnknownLessonError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The id asked for.
    public let id: String
    /// Lesson ids that look like it (sharing a word or a prefix), at most five.
    public let suggestions: [String]

    public var description: String {
        let hint = suggestions.isEmpty
            ? "run `ailab lessons` to list the lesson ids"
            : "did you mean \(suggestions.joined(separator: ", "))? (`ailab lessons` lists them all)"
        return "no lesson has the id '\(id)'; \(hint)"
    }
}

/// A lesson whose `lab` names no competition of the course: a mistake in the course, not the learner's.
public struct UnknownLabError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The lesson's id.
    public let lessonID: String
    /// The lab it names.
    public let lab: String
    /// The course's competitions.
    public let known: [String]

    public var description: String {
        "lesson '\(lessonID)' names the lab '\(lab)', which is not a competition of this course "
            + "(they are \(known.joined(separator: ", "))); fix 'lab:' in its front matter"
    }
}

extension Lab {
    /// The course's lessons (`lessons/` in the course root).
    /// - Throws: `CatalogError` naming the lesson file and line when a lesson does not parse, and
    ///   `UnknownLabError` when a lesson's lab is not one of the course's competitions.
    public func catalog() throws -> Catalog {
        let catalog = try Catalog.load(from: root.lessonsDirectory)
        let known = try root.competitionIDs()
        for lesson in catalog.lessons {
            if let lab = lesson.lab, !known.contains(lab) {
                throw UnknownLabError(lessonID: lesson.id, lab: lab, known: known)
            }
        }
        return catalog
    }

    /// The lesson with `id` in `catalog`, or an `UnknownLessonError` suggesting similar ids.
    public func lesson(id: String, in catalog: Catalog) throws -> Lesson {
        if let lesson = catalog.lesson(id: id) { return lesson }
        let wanted = id.lowercased()
        let words = Set(wanted.split(separator: "-"))
        let suggestions = catalog.lessons.map(\.id).filter { candidate in
            candidate.hasPrefix(wanted) || wanted.hasPrefix(candidate)
                || !words.isDisjoint(with: candidate.lowercased().split(separator: "-"))
        }
        throw UnknownLessonError(id: id, suggestions: Array(suggestions.prefix(5)))
    }

    /// This learner's progress and quiz answers.
    public func learnerRecord() throws -> LearnerRecord {
        let progress = Dictionary(try store.progress(login: login).map { ($0.lessonID, $0) }) { first, _ in first }
        return LearnerRecord(progress: progress, answers: try store.quizAnswers(login: login, lessonID: nil))
    }

    /// Saves this learner's status and reading position (a line of the lesson file) in a lesson.
    public func saveProgress(lessonID: String, status: LessonStatus, position: Int) throws {
        try store.saveProgress(login: login, lessonID: lessonID, status: status, position: position, now: clock())
    }

    /// Records an answer to `quiz` of lesson `lessonID`: the chosen option indices (0-based). Returns whether
    /// it is right, i.e. exactly the correct options were chosen. Stored as the 1-based option numbers, "2" or "1,3".
    @discardableResult
    public func answerQuiz(lessonID: String, quiz: Quiz, chosen: Set<Int>) throws -> Bool {
        let correct = chosen == quiz.correct
        let answer = chosen.sorted().map { String($0 + 1) }.joined(separator: ",")
        _ = try store.recordQuizAnswer(
            login: login, lessonID: lessonID, quizID: quiz.id, answer: answer, correct: correct, now: clock())
        return correct
    }
}

extension Lab {
    /// Removes this learner's status, reading position and quiz answers in lesson `lessonID` (which must be a
    /// lesson of the course), or in every lesson when it is nil. Submissions are kept.
    public func resetProgress(lessonID: String?) throws -> ProgressReset {
        if let lessonID { _ = try lesson(id: lessonID, in: try catalog()) }
        return try store.resetProgress(login: login, lessonID: lessonID)
    }
}
