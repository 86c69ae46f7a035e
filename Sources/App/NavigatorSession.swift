import Course
import Lab
import TerminalUI

/// The loop that runs the navigator on a screen: draw the state, wait for an event, update, store what
/// changed, draw again, until the learner quits or the input ends. The only part of the navigator that
/// touches a screen or the store.
public struct NavigatorSession {
    /// How long the loop waits for a key before a tick saves a moved reading position, in milliseconds.
    public static let tickMilliseconds = 1000
    /// How long the loop waits for a key while background work runs, so its progress shows promptly.
    static let busyTickMilliseconds = 100

    let lab: Lab
    private let course: CourseContent

    /// A session for `lab`'s learner over `course`.
    public init(lab: Lab, course: CourseContent) {
        self.lab = lab
        self.course = course
    }

    /// Runs until the learner quits (or the screen's input ends); returns the final state.
    /// Progress is stored as it changes, so nothing is lost when the process is killed.
    @discardableResult
    public func run(on screen: Screen) throws -> AppState {
        var state = AppState(course: course, learner: LearnerProgress(record: try lab.learnerRecord()), size: screen.size)
        let jobs = LabJobs()
        screen.draw(CourseApp.view(state))
        while !state.isFinished,
              let event = screen.nextEvent(timeoutMilliseconds: jobs.isBusy ? Self.busyTickMilliseconds : Self.tickMilliseconds) {
            var (next, effects) = CourseApp.update(state, event)
            var changed = event != .tick || !effects.isEmpty
            perform(effects, on: &next, jobs: jobs)
            // Answers from background work, e.g. training progress.
            for answer in jobs.drain() {
                (next, effects) = CourseApp.receive(next, answer)
                perform(effects, on: &next, jobs: jobs)
                changed = true
            }
            state = next
            if !state.isFinished, changed {
                screen.draw(CourseApp.view(state))
            }
        }
        // Input ended without a quit (e.g. the terminal went away): still store the reading position.
        if !state.isFinished {
            let (_, effects) = CourseApp.update(state, .interrupt)
            for effect in effects { try perform(effect) }
        }
        return state
    }

    /// Performs `effects`: progress is stored at once, lab work starts in the background.
    private func perform(_ effects: [Effect], on state: inout AppState, jobs: LabJobs) {
        for effect in effects {
            do {
                try perform(effect, jobs: jobs)
            } catch {
                state.message = "Could not save your progress: \(error)"
            }
        }
    }

    private func perform(_ effect: Effect, jobs: LabJobs? = nil) throws {
        switch effect {
        case .saveProgress(let lessonID, let status, let position):
            try lab.saveProgress(lessonID: lessonID, status: status, position: position)
        case .recordAnswer(let lessonID, let quizID, let chosen):
            guard let quiz = course.lessons.first(where: { $0.id == lessonID })?.quizzes.first(where: { $0.id == quizID }) else { return }
            try lab.answerQuiz(lessonID: lessonID, quiz: quiz, chosen: chosen)
        default:
            if let jobs { performLab(effect, jobs: jobs) }
        }
    }
}
