import Course
import Store
import TerminalUI

/// Keys in the reader, opening and leaving lessons, and the rule that marks a lesson done.
extension AppState {
    mutating func readerKey(_ key: Key, _ effects: inout [Effect]) {
        guard var reader else { return }
        let page = max(reader.viewport - 1, 1)
        switch key {
        case .up, .character("k"): reader.scroll(to: reader.top - 1)
        case .down, .character("j"), .enter: reader.scroll(to: reader.top + 1)
        case .pageUp, .character("b"): reader.scroll(to: reader.top - page)
        case .pageDown, .character(" "), .character("f"): reader.scroll(to: reader.top + page)
        case .home, .character("g"): reader.scroll(to: 0)
        case .end, .character("G"): reader.scroll(to: reader.lastTop)
        case .character("n"), .character("p"):
            let next = reader.lessonIndex + (key == .character("n") ? 1 : -1)
            guard course.lessons.indices.contains(next) else {
                message = key == .character("n") ? "This is the last lesson." : "This is the first lesson."
                return
            }
            self.reader = reader
            leaveReader(&effects)
            open(lesson: next, at: nil, &effects)
            return
        case .character("a"):
            let lesson = course.lessons[reader.lessonIndex]
            if let quiz = reader.quizOnScreen(outcomes: outcomes(of: reader.lessonIndex), quizzes: lesson.quizzes) {
                self.quiz = QuizState(lessonIndex: reader.lessonIndex, quizIndex: quiz)
            } else if lesson.quizzes.isEmpty {
                message = "This lesson has no quiz."
            } else {
                message = "No quiz on screen: scroll down to one (G jumps to the end)."
            }
        case .character("m"):
            self.reader = reader
            toggleDone(lesson: reader.lessonIndex, &effects)
            return
        case .character("c"):
            self.reader = reader
            savePositionIfNeeded(&effects)
            openLab(preferred: course.lessons[reader.lessonIndex].lab, &effects)
            return
        case .character("/"): openSearch()
        case .character("q"), .escape, .left, .character("h"):
            self.reader = reader
            leaveReader(&effects)
            return
        default:
            message = "Unknown key here; ? lists the keys."
        }
        self.reader = reader
        finishIfComplete(&effects)
    }

    /// Opens lesson `index` in the reader at lesson-file line `line`, or at the saved position; marks a new
    /// lesson as in progress.
    mutating func open(lesson index: Int, at line: Int?, _ effects: inout [Effect]) {
        let lesson = course.lessons[index]
        let mark = learner.marks[lesson.id]
        let layout = Layout(size: size)
        reader = ReaderState(
            lessonIndex: index, lesson: lesson, width: layout.readerWidth, viewport: layout.bodyHeight,
            outcomes: outcomes(of: index), position: line ?? mark?.position ?? 0)
        navigator.select(lesson: index)
        resumeLesson = index
        if mark == nil || mark?.status == .new {
            setMark(lesson: index, status: .inProgress, position: reader!.position, &effects)
        }
        finishIfComplete(&effects)
    }

    /// Closes the reader (and anything over it), saving the position.
    mutating func leaveReader(_ effects: inout [Effect]) {
        savePositionIfNeeded(&effects)
        reader = nil
        quiz = nil
    }

    /// Marks the open lesson done once its end has been on screen and every quiz of it is answered.
    mutating func finishIfComplete(_ effects: inout [Effect]) {
        guard var reader, reader.reachedEnd, !reader.keptOpenByHand else { return }
        let lesson = course.lessons[reader.lessonIndex]
        guard learner.status(lesson.id) != .done else { return }
        let unanswered = lesson.quizzes.filter { outcomes(of: reader.lessonIndex)[$0.id] == nil }.count
        if unanswered == 0 {
            setMark(lesson: reader.lessonIndex, status: .done, position: reader.position, &effects)
            message = "Lesson done. n opens the next one."
        } else if !reader.toldWhatIsLeft, quiz == nil {
            reader.toldWhatIsLeft = true
            self.reader = reader
            message = unanswered == 1
                ? "End reached. Answer the quiz to finish the lesson: scroll to it, press a."
                : "End reached. Answer the \(unanswered) quizzes to finish: scroll to each, press a."
        }
    }

    /// `m`: done becomes in progress, anything else done.
    mutating func toggleDone(lesson index: Int, _ effects: inout [Effect]) {
        let id = course.lessons[index].id
        let position = reader?.lessonIndex == index ? reader!.position : learner.marks[id]?.position ?? 0
        if learner.status(id) == .done {
            setMark(lesson: index, status: .inProgress, position: position, &effects)
            if reader?.lessonIndex == index { reader?.keptOpenByHand = true }
            message = "Marked as in progress."
        } else {
            setMark(lesson: index, status: .done, position: position, &effects)
            message = "Marked as done."
        }
    }
}
