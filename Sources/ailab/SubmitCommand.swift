import ArgumentParser
import Foundation
import Lab

/// `ailab submit`: validate, score and store a submission.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Score a predictions file and place it on the leaderboard.",
        discussion: """
            The file must be CSV with the header of the competition's sample_submission.csv and one row \
            per test id, in any order. Every problem in the file is reported at once, with line numbers; \
            a rejected file is not stored and does not count toward the daily limit.

            On success ailab prints the public score, your best, your public rank and the submissions \
            left today (the count resets at 00:00 UTC). The private score is kept for the final ranking.
            """
    )

    @Argument(help: "The competition: house-prices, movie-ratings or sentiment (see `ailab competitions`).")
    var competition: String

    @Argument(help: ArgumentHelp("The CSV file of predictions.", valueName: "file"))
    var file: String

    @Option(name: [.short, .long], help: "A note to remember this submission by, e.g. the model and its settings.")
    var message: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if let message, message.count > 500 {
            throw ValidationError("the message has \(message.count) characters; keep it under 500")
        }
    }

    func run() throws {
        try reportingFailures {
            let receipt = try options.makeLab().submit(competitionID: competition, filePath: file, message: message)
            print(receipt.text, terminator: "")
        }
    }
}
