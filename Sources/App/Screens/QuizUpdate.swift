import Course
import TerminalUI

/// Keys on an open quiz, and recording an answer.
extension AppState {
    mutating func quizKey(_ key: Key, _ effects: inout [Effect]) {
        guard var quiz else { return }
        let lesson = course.lessons[quiz.lessonIndex]
        let question = lesson.quizzes[quiz.quizIndex]
        if quiz.result != nil {
            switch key {
            case .character("r"):
                self.quiz = QuizState(lessonIndex: quiz.lessonIndex, quizIndex: quiz.quizIndex)
            case .enter, .escape, .character("q"), .character(" "):
                self.quiz = nil
                finishIfComplete(&effects)
            default:
                message = "Enter returns to the lesson; r tries again."
            }
            return
        }
        switch key {
        case .up, .character("k"): quiz.cursor = max(quiz.cursor - 1, 0)
        case .down, .character("j"), .tab: quiz.cursor = min(quiz.cursor + 1, question.options.count - 1)
        case .character(let character) where character.wholeNumberValue.map { (1...question.options.count).contains($0) } == true:
            let option = character.wholeNumberValue! - 1
            quiz.cursor = option
            if question.allowsSeveral {
                quiz.chosen.formSymmetricDifference([option])
            } else {
                quiz.chosen = [option]
                answer(&quiz, question, lesson, &effects)
            }
        case .character(" ") where question.allowsSeveral:
            quiz.chosen.formSymmetricDifference([quiz.cursor])
        case .enter:
            if !question.allowsSeveral { quiz.chosen = [quiz.cursor] }
            if quiz.chosen.isEmpty {
                message = "Tick at least one option (its number or space), then Enter."
            } else {
                answer(&quiz, question, lesson, &effects)
            }
        case .escape, .character("q"):
            self.quiz = nil
            return
        default:
            message = question.allowsSeveral
                ? "Tick options with their numbers or space, then Enter; Esc goes back."
                : "Press an option's number, or move with ↑/↓ and press Enter; Esc goes back."
        }
        self.quiz = quiz
    }

    /// Checks the chosen options, records the answer and shows the lesson's new quiz outcome.
    mutating func answer(_ quiz: inout QuizState, _ question: Quiz, _ lesson: Lesson, _ effects: inout [Effect]) {
        let right = quiz.chosen == question.correct
        quiz.result = right
        effects.append(.recordAnswer(lessonID: lesson.id, quizID: question.id, chosen: quiz.chosen))
        learner.quizOutcomes[lesson.id, default: [:]][question.id] = right ? .correct : .wrong
        if var reader, reader.lessonIndex == quiz.lessonIndex {
            let layout = Layout(size: size)
            reader.rerender(lesson, width: layout.readerWidth, viewport: layout.bodyHeight, outcomes: outcomes(of: quiz.lessonIndex))
            self.reader = reader
        }
    }
}
