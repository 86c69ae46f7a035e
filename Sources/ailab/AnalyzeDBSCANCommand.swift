import ArgumentParser
import Lab

/// `ailab analyze dbscan`: density-based clusters and outliers in a competition's numeric columns.
struct AnalyzeDBSCANCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dbscan",
        abstract: "Find dense groups and outliers in a competition's training rows with DBSCAN.",
        discussion: "Rows with fewer than --min-samples neighbours within --eps (in standard deviations) and no dense neighbour are noise: often the unusual rows worth a look."
    )

    @Argument(help: "The competition whose train.csv to cluster, e.g. house-prices.")
    var competition: String

    @Option(help: "The neighbourhood radius, in standard deviations of the scaled columns.")
    var eps = 5.0

    @Option(help: "Rows within --eps (the row itself included) that make a row a core of a cluster.")
    var minSamples = 10

    @Option(name: .customLong("column"), help: ArgumentHelp("A numeric column to use; repeat for several (default: every numeric column but the id and the target).", valueName: "name"))
    var columns: [String] = []

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard eps > 0 else { throw ValidationError("--eps must be above 0, not \(eps)") }
        guard minSamples >= 1 else { throw ValidationError("--min-samples must be at least 1, not \(minSamples)") }
    }

    func run() throws {
        try reportingFailures {
            let report = try options.makeLab().dbscan(competitionID: competition, eps: eps, minSamples: minSamples, columns: columns.isEmpty ? nil : columns)
            print(report.text, terminator: "")
        }
    }
}
