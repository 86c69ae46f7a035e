import Course
import Store
import TerminalUI

/// The course navigator's update and view: pure functions of the state (the Elm architecture). The loop
/// in `NavigatorSession` feeds them events from a screen and performs the effects `update` returns.
public enum CourseApp {
    /// The state after `event`, and what the loop must store.
    public static func update(_ state: AppState, _ event: InputEvent) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        state.handle(event, effects: &effects)
        return (state, effects)
    }

    /// The frame that shows `state`, exactly `state.size`.
    public static func view(_ state: AppState) -> Frame {
        state.draw()
    }
}

extension AppState {
    /// Applies `event` to the screen on top, appending what must be stored to `effects`.
    mutating func handle(_ event: InputEvent, effects: inout [Effect]) {
        switch event {
        case .tick:
            savePositionIfNeeded(&effects)
            return
        case .resize(let size):
            resize(to: size)
            return
        case .interrupt:
            quit(&effects)
            return
        case .key(let key):
            message = nil
            switch activeScreen {
            case .tooSmall:
                if key == .character("q") { quit(&effects) }
            case .help:
                showsHelp = false
            case .search:
                searchKey(key, &effects)
            case .quiz:
                if !opensHelp(key) { quizKey(key, &effects) }
            case .reader:
                if !opensHelp(key) { readerKey(key, &effects) }
            case .navigator:
                if !opensHelp(key) { navigatorKey(key, &effects) }
            }
        }
    }

    /// `?` and F1 open the help overlay (in the search box only F1, as `?` is text there).
    private mutating func opensHelp(_ key: Key) -> Bool {
        guard key == .character("?") || key == .function(1) else { return false }
        showsHelp = true
        return true
    }

    // MARK: Navigator

    private mutating func navigatorKey(_ key: Key, _ effects: inout [Effect]) {
        switch key {
        case .up, .character("k"): navigator.move(by: -1)
        case .down, .character("j"): navigator.move(by: 1)
        case .pageUp, .character("b"): navigator.move(by: -max(Layout(size: size).bodyHeight - 1, 1))
        case .pageDown, .character(" "): navigator.move(by: max(Layout(size: size).bodyHeight - 1, 1))
        case .home, .character("g"): navigator.moveToEnd(last: false)
        case .end, .character("G"): navigator.moveToEnd(last: true)
        case .enter, .right, .character("l"):
            if let lesson = navigator.selectedLesson { open(lesson: lesson, at: nil, &effects) }
        case .character("r"):
            if let lesson = resumeLesson { open(lesson: lesson, at: nil, &effects) }
        case .character("m"):
            if let lesson = navigator.selectedLesson { toggleDone(lesson: lesson, &effects) }
        case .character("/"): openSearch()
        case .character("q"): quit(&effects)
        default: message = "Unknown key here; ? lists the keys."
        }
    }

    // MARK: Reader

    private mutating func readerKey(_ key: Key, _ effects: inout [Effect]) {
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
    private mutating func leaveReader(_ effects: inout [Effect]) {
        savePositionIfNeeded(&effects)
        reader = nil
        quiz = nil
    }

    /// Marks the open lesson done once its end has been on screen and every quiz of it is answered.
    private mutating func finishIfComplete(_ effects: inout [Effect]) {
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
    private mutating func toggleDone(lesson index: Int, _ effects: inout [Effect]) {
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

    // MARK: Quiz

    private mutating func quizKey(_ key: Key, _ effects: inout [Effect]) {
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
    private mutating func answer(_ quiz: inout QuizState, _ question: Quiz, _ lesson: Lesson, _ effects: inout [Effect]) {
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

    // MARK: Search

    private mutating func openSearch() {
        let index = searchIndex ?? course.searchIndex()
        searchIndex = index
        search = SearchState(viewport: Layout(size: size).bodyHeight - 3, index: index)
    }

    private mutating func searchKey(_ key: Key, _ effects: inout [Effect]) {
        guard var search else { return }
        switch key {
        case .character(let character):
            search.setQuery(search.query + String(character), in: course)
        case .backspace:
            search.setQuery(String(search.query.dropLast()), in: course)
        case .control("u"):
            search.setQuery("", in: course)
        case .up, .control("p"): search.scroll.selectPrevious()
        case .down, .control("n"), .tab: search.scroll.selectNext()
        case .pageUp: search.scroll.selectPageUp()
        case .pageDown: search.scroll.selectPageDown()
        case .function(1):
            showsHelp = true
        case .escape:
            self.search = nil
            return
        case .enter:
            guard let hit = search.selectedHit else {
                message = search.query.isEmpty ? "Type words to find; Esc closes the search." : "Nothing matches; change the words or press Esc."
                break
            }
            self.search = nil
            if reader != nil { leaveReader(&effects) }
            open(lesson: hit.lessonIndex, at: hit.line, &effects)
            return
        default:
            break
        }
        self.search = search
    }

    // MARK: Everywhere

    /// The outcomes of lesson `index`'s quizzes.
    func outcomes(of index: Int) -> [String: QuizOutcome] {
        learner.quizOutcomes[course.lessons[index].id] ?? [:]
    }

    /// Sets a lesson's status and position, in the state and in the store.
    private mutating func setMark(lesson index: Int, status: LessonStatus, position: Int, _ effects: inout [Effect]) {
        let id = course.lessons[index].id
        let updatedAt = learner.marks[id]?.updatedAt ?? .distantPast
        learner.marks[id] = LearnerProgress.Mark(status: status, position: position, updatedAt: updatedAt)
        effects.append(.saveProgress(lessonID: id, status: status, position: position))
        if reader?.lessonIndex == index { reader?.positionUnsaved = false }
    }

    /// Saves the reader's position if it moved since the last save.
    private mutating func savePositionIfNeeded(_ effects: inout [Effect]) {
        guard let reader, reader.positionUnsaved else { return }
        let id = course.lessons[reader.lessonIndex].id
        setMark(lesson: reader.lessonIndex, status: learner.status(id) == .new ? .inProgress : learner.status(id), position: reader.position, &effects)
    }

    private mutating func resize(to newSize: TerminalSize) {
        size = newSize
        let layout = Layout(size: newSize)
        navigator.setViewport(layout.bodyHeight)
        search?.scroll.setViewport(layout.bodyHeight - 3)
        if var reader {
            reader.rerender(course.lessons[reader.lessonIndex], width: layout.readerWidth, viewport: layout.bodyHeight, outcomes: outcomes(of: reader.lessonIndex))
            self.reader = reader
        }
    }

    private mutating func quit(_ effects: inout [Effect]) {
        savePositionIfNeeded(&effects)
        isFinished = true
    }
}
