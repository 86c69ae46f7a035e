import Course
import Lab
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

    /// The state after the loop reports `event`, the outcome of a lab effect, and what the loop must do next.
    public static func receive(_ state: AppState, _ event: LabEvent) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        state.receive(event, effects: &effects)
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
            case .competitions:
                if !opensHelp(key) { competitionsKey(key, &effects) }
            case .explorer:
                if !opensHelp(key) { explorerKey(key, &effects) }
            case .train:
                if !opensHelp(key) { trainKey(key, &effects) }
            case .submit:
                if !opensHelp(key) { submitKey(key, &effects) }
            case .leaderboard:
                if !opensHelp(key) { leaderboardKey(key, &effects) }
            case .final:
                if !opensHelp(key) { finalKey(key, &effects) }
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

    /// The outcomes of lesson `index`'s quizzes.
    func outcomes(of index: Int) -> [String: QuizOutcome] {
        learner.quizOutcomes[course.lessons[index].id] ?? [:]
    }

    /// Sets a lesson's status and position, in the state and in the store.
    mutating func setMark(lesson index: Int, status: LessonStatus, position: Int, _ effects: inout [Effect]) {
        let id = course.lessons[index].id
        let updatedAt = learner.marks[id]?.updatedAt ?? .distantPast
        learner.marks[id] = LearnerProgress.Mark(status: status, position: position, updatedAt: updatedAt)
        effects.append(.saveProgress(lessonID: id, status: status, position: position))
        if reader?.lessonIndex == index { reader?.positionUnsaved = false }
    }

    /// Saves the reader's position if it moved since the last save.
    mutating func savePositionIfNeeded(_ effects: inout [Effect]) {
        guard let reader, reader.positionUnsaved else { return }
        let id = course.lessons[reader.lessonIndex].id
        setMark(lesson: reader.lessonIndex, status: learner.status(id) == .new ? .inProgress : learner.status(id), position: reader.position, &effects)
    }

    mutating func resize(to newSize: TerminalSize) {
        size = newSize
        let layout = Layout(size: newSize)
        navigator.setViewport(layout.bodyHeight)
        search?.scroll.setViewport(layout.bodyHeight - 3)
        lab?.resize(to: layout)
        if var reader {
            reader.rerender(course.lessons[reader.lessonIndex], width: layout.readerWidth, viewport: layout.bodyHeight, outcomes: outcomes(of: reader.lessonIndex))
            self.reader = reader
        }
    }

    mutating func quit(_ effects: inout [Effect]) {
        savePositionIfNeeded(&effects)
        isFinished = true
    }
}
