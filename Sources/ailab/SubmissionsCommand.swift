import ArgumentParser
import Lab

/// `ailab submissions`: the learner's own history.
struct SubmissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submissions",
        abstract: "List your submissions, oldest first.",
        discussion: "Shows each submission's number, time (UTC), public score, status, file and message."
    )

    @Argument(help: "Only this competition (default: all).")
    var competition: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            print(historyText(try options.makeLab().history(competitionID: competition)), terminator: "")
        }
    }
}
