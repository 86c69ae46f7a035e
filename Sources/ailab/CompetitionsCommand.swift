import ArgumentParser
import Lab

/// `ailab competitions`: what can be entered, and how you stand.
struct CompetitionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competitions",
        abstract: "List the competitions with their metric, deadline, your best score and submissions left today."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            print(try options.makeLab().competitionStatuses().text, terminator: "")
        }
    }
}
