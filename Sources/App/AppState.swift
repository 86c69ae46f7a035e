import Course
import Lab
import Store
import TerminalUI

/// Everything the course navigator shows, as one value. `CourseApp.update` derives the next state from an
/// event and `CourseApp.view` draws it; neither touches the terminal or the store.
///
/// Screens stack: the navigator is always there; the reader opens over it, a quiz over the reader, the
/// lab over either, and search and help over whatever is open.
public struct AppState: Sendable {
    /// The course.
    public let course: CourseContent
    /// The learner's statuses, positions and quiz outcomes, as changed during the session.
    public internal(set) var learner: LearnerProgress
    /// The terminal's size.
    public internal(set) var size: TerminalSize
    /// The list of stages and lessons.
    public internal(set) var navigator: NavigatorState
    /// The lesson being read, if one is open.
    public internal(set) var reader: ReaderState?
    /// The quiz being answered, if one is open (over the reader).
    public internal(set) var quiz: QuizState?
    /// The lab's screens, if open (over the navigator or the reader).
    public internal(set) var lab: LabState?
    /// The search box and its results, if open.
    public internal(set) var search: SearchState?
    /// Whether the help overlay is shown.
    public internal(set) var showsHelp = false
    /// A one-line note for the status bar (what just happened, or why a key did nothing); cleared by the next key.
    public internal(set) var message: String?
    /// The index of the lesson to resume: the last one opened, or at start-up the most recent in progress.
    public internal(set) var resumeLesson: Int?
    /// The lessons' searchable text, built the first time search opens and kept for the session.
    var searchIndex: [SearchEntry]?
    /// Set when the learner quits; the loop then stops.
    public internal(set) var isFinished = false

    /// The navigator at start-up on a terminal of `size`, with the lesson to resume selected.
    public init(course: CourseContent, learner: LearnerProgress, size: TerminalSize) {
        self.course = course
        self.learner = learner
        self.size = size
        resumeLesson = Self.lessonToResume(course: course, learner: learner)
        navigator = NavigatorState(course: course, viewport: Layout(size: size).bodyHeight, selectedLesson: resumeLesson ?? 0)
        if course.lessons.isEmpty {
            message = "This course has no lessons yet: its lessons/ folder is empty."
        } else if let resumeLesson, learner.status(course.lessons[resumeLesson].id) == .inProgress {
            message = "Welcome back. Enter resumes \u{201C}\(course.lessons[resumeLesson].title)\u{201D}; ? lists every key."
        } else {
            message = "Welcome! Enter opens the selected lesson; ? lists every key."
        }
    }

    /// The most recently changed lesson in progress, else the first lesson not done, else the first lesson.
    static func lessonToResume(course: CourseContent, learner: LearnerProgress) -> Int? {
        guard !course.lessons.isEmpty else { return nil }
        let inProgress = course.lessons.indices.filter { learner.status(course.lessons[$0].id) == .inProgress }
        if let latest = inProgress.max(by: {
            learner.marks[course.lessons[$0].id]!.updatedAt < learner.marks[course.lessons[$1].id]!.updatedAt
        }) {
            return latest
        }
        return course.lessons.indices.first { learner.status(course.lessons[$0].id) != .done } ?? 0
    }

    /// Which screen keys go to and what is drawn on top.
    public var activeScreen: ActiveScreen {
        if !Layout(size: size).isLargeEnough { return .tooSmall }
        if showsHelp { return .help }
        if search != nil { return .search }
        if let lab {
            switch lab.page {
            case nil: return .competitions
            case .explorer: return .explorer
            case .train: return .train
            case .submit: return .submit
            case .leaderboard: return .leaderboard
            case .final: return .final
            }
        }
        if quiz != nil { return .quiz }
        if reader != nil { return .reader }
        return .navigator
    }
}

/// The screen on top.
public enum ActiveScreen: Equatable, Sendable {
    case navigator, reader, quiz, search, help
    /// The lab: the list of competitions, and its pages.
    case competitions, explorer, train, submit, leaderboard, final
    /// The terminal is smaller than `Layout.minimumSize`; only a message is shown.
    case tooSmall
}

/// What the loop must do beyond drawing, after an update: the store's side of the learner's actions.
public enum Effect: Equatable, Sendable {
    /// Save a lesson's status and reading position.
    case saveProgress(lessonID: String, status: LessonStatus, position: Int)
    /// Record an answer to a quiz: the chosen option indices (0-based).
    case recordAnswer(lessonID: String, quizID: String, chosen: Set<Int>)
    /// Load the competitions with the learner's standing (answered by `LabEvent.competitions`).
    case loadCompetitions
    /// Read and profile a data file (answered by `LabEvent.dataset`).
    case loadDataset(competitionID: String, file: DatasetFile)
    /// Train in the background, reporting progress (`LabEvent.trainingProgress`, then `trainingFinished`,
    /// `trainingCancelled` or `failed`).
    case startTraining(competitionID: String, model: String, parameters: [String], folds: Int, outputPath: String)
    /// Stop the running training after its current step.
    case cancelTraining
    /// List a folder for the file picker (answered by `LabEvent.folder`).
    case listFolder(path: String)
    /// Validate, score and store a submission (answered by `LabEvent.submitted` or `submissionRefused`).
    case submit(competitionID: String, path: String)
    /// Rank a competition (answered by `LabEvent.leaderboard`).
    case loadLeaderboard(competitionID: String)
    /// Read the learner's final selection (answered by `LabEvent.finalSelection`).
    case loadFinalSelection(competitionID: String)
    /// Choose the final submissions; none goes back to the best public scores (answered by
    /// `LabEvent.finalSelection`, or `failed` with the refusal).
    case saveFinalSelection(competitionID: String, submissionIDs: [Int64])
}

/// Where things go on a screen of a given size.
struct Layout {
    /// The smallest terminal the navigator draws in.
    static let minimumSize = TerminalSize(rows: 24, columns: 80)
    /// The reader's left margin, in cells.
    static let readerMargin = 2
    /// The widest the reader's text gets, in cells: long lines are hard to read.
    static let readerMaximumWidth = 100

    let size: TerminalSize

    var isLargeEnough: Bool {
        size.rows >= Self.minimumSize.rows && size.columns >= Self.minimumSize.columns
    }

    /// Rows between the title bar (row 0) and the status bar (the last row).
    var bodyHeight: Int { max(size.rows - 2, 0) }

    /// The width lessons are rendered at.
    var readerWidth: Int { max(min(size.columns - 2 * Self.readerMargin, Self.readerMaximumWidth), 1) }

    /// The navigator's list pane width; the details pane takes the rest after a one-cell separator.
    var listWidth: Int { max(36, size.columns * 2 / 5) }
}
