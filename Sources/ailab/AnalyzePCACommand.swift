import ArgumentParser
import Lab

/// `ailab analyze pca`: principal components of a competition's numeric columns.
struct AnalyzePCACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pca",
        abstract: "Show how much of a competition's numeric variation a few principal components hold.",
        discussion: "Prints each component's share of the variance, the running total, and the columns that weigh most in it."
    )

    @Argument(help: "The competition whose train.csv to analyse, e.g. house-prices.")
    var competition: String

    @Option(help: "How many components to show.")
    var components = 5

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard components >= 1 else { throw ValidationError("--components must be at least 1, not \(components)") }
    }

    func run() throws {
        try reportingFailures {
            print(try options.makeLab().pca(competitionID: competition, components: components).text, terminator: "")
        }
    }
}
