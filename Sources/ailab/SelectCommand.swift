import ArgumentParser
import Lab

/// `ailab select`: choose the submissions that count for a competition's private ranking.
struct SelectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "select",
        abstract: "Choose your final submissions: the ones that count for the private ranking.",
        discussion: """
            As on Kaggle, the final ranking uses private scores, and only a few of your submissions count \
            (finalSelections, 2 unless the course says otherwise). Choose them before the deadline; without a \
            choice, your best public scores count. Choosing again replaces the earlier choice; --clear goes \
            back to the best public scores. Only your own on-time submissions can be chosen; `ailab select \
            <competition>` with no ids lists them and shows which count now.

            Examples:
              ailab select house-prices
              ailab select house-prices 12 15
              ailab select house-prices --clear
            """
    )

    @Argument(help: "The competition: house-prices, movie-ratings or sentiment.")
    var competition: String

    @Argument(help: ArgumentHelp("Submission numbers (from `ailab submissions`) to count; none shows the current choice.", valueName: "submission-id"))
    var submissionIDs: [Int64] = []

    @Flag(help: "Forget the choice: your best public scores count again.")
    var clear = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if clear, !submissionIDs.isEmpty {
            throw ValidationError("give submission ids or --clear, not both")
        }
        if let negative = submissionIDs.first(where: { $0 <= 0 }) {
            throw ValidationError("submission ids are positive numbers; \(negative) is not one")
        }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            let selection = clear || !submissionIDs.isEmpty
                ? try lab.select(competitionID: competition, submissionIDs: submissionIDs)
                : try lab.finalSelection(competitionID: competition)
            print(selection.text, terminator: "")
        }
    }
}
