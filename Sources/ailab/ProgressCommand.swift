import ArgumentParser
import Lab

/// `ailab progress`: lessons done per stage and the quiz score; or a reset.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress: lessons done per stage, and your quiz score.",
        discussion: """
            A lesson is done once you have read to its end and answered its quizzes, or marked it done with m \
            in the navigator. The quiz score counts the quizzes you answered right at the first try; \
            "right now" counts those whose latest answer is right.

            To start a lesson again, --reset <lesson-id> removes its status, reading position and quiz answers; \
            --reset-all --yes does so for every lesson. Submissions are never removed.
            """
    )

    @Option(help: ArgumentHelp("Forget your status, place and quiz answers in this lesson.", valueName: "lesson-id"))
    var reset: String?

    @Flag(help: "Forget your status, place and quiz answers in every lesson (needs --yes).")
    var resetAll = false

    @Flag(help: "Confirm --reset-all.")
    var yes = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if reset != nil && resetAll {
            throw ValidationError("use either --reset <lesson-id> or --reset-all, not both.")
        }
        if resetAll && !yes {
            throw ValidationError("--reset-all forgets your progress and quiz answers in every lesson; add --yes to confirm.")
        }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            guard reset != nil || resetAll else {
                print(try lab.progressReport().text, terminator: "")
                return
            }
            let removed = try lab.resetProgress(lessonID: reset)
            let scope = reset.map { "lesson \($0)" } ?? "every lesson"
            print("Reset \(scope): \(removed.lessons) lesson mark\(removed.lessons == 1 ? "" : "s") and "
                + "\(removed.answers) quiz answer\(removed.answers == 1 ? "" : "s") removed; submissions are kept.")
        }
    }
}
