import App
import ArgumentParser
import Lab

/// `ailab read <lesson-id>`: a lesson rendered to standard output.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print a lesson, rendered for the terminal.",
        discussion: """
            On a terminal the lesson is wrapped to the window (at most 100 columns) and styled, without \
            colour when NO_COLOR is set. Piped or redirected, it is plain text wrapped at --width. Quizzes \
            show their questions and options but not the answers: answer them in the navigator (run ailab \
            and open the lesson). Reading here does not change your progress.
            """
    )

    @Argument(help: ArgumentHelp("The lesson's id, as `ailab lessons` lists it.", valueName: "lesson-id"))
    var lessonID: String

    @Option(help: "The width to wrap at, in columns (default: the terminal's, or 80 when piped).")
    var width: Int?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if let width, width < 20 {
            throw ValidationError("--width must be at least 20 columns; got \(width).")
        }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            let lesson = try lab.lesson(id: lessonID, in: try lab.catalog())
            let outcomes = try lab.learnerRecord().latestOutcomes(lessonID: lesson.id).mapValues { $0 ? QuizOutcome.correct : .wrong }
            let columns = width ?? min(TerminalEnvironment.columns ?? 80, 100)
            let rendered = LessonRenderer(width: columns, quizOutcomes: outcomes, interactive: false).render(lesson)
            let ansi = TerminalEnvironment.outputIsTerminal && TerminalEnvironment.colorsWanted
            print(textOutput(rendered.lines, ansi: ansi), terminator: "")
        }
    }
}
