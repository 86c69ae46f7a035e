import ArgumentParser
import Lab

/// `ailab progress`: lessons done per stage and the quiz score.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress: lessons done per stage, and your quiz score.",
        discussion: """
            A lesson is done once you have read to its end and answered its quizzes, or marked it done with m \
            in the navigator. The quiz score counts the quizzes you answered right at the first try; \
            "right now" counts those whose latest answer is right.
            """
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            print(try options.makeLab().progressReport().text, terminator: "")
        }
    }
}
