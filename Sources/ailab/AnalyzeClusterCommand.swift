import ArgumentParser
import Lab

/// `ailab analyze cluster`: k-means on a competition's numeric columns.
struct AnalyzeClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group a competition's training rows with k-means (k-means++ start, 10 runs).",
        discussion: "Prints each cluster's size and its centre in the columns that tell the clusters apart most, in the columns' own units."
    )

    @Argument(help: "The competition whose train.csv to cluster, e.g. house-prices.")
    var competition: String

    @Option(help: "The number of clusters.")
    var k = 4

    @Option(name: .customLong("column"), help: ArgumentHelp("A numeric column to use; repeat for several (default: every numeric column but the id and the target).", valueName: "name"))
    var columns: [String] = []

    @Option(help: "The seed of the k-means++ start (runs with the same seed give the same clusters).")
    var seed = 0

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard k >= 1 else { throw ValidationError("--k must be at least 1, not \(k)") }
        guard seed >= 0 else { throw ValidationError("--seed must be 0 or more, not \(seed)") }
    }

    func run() throws {
        try reportingFailures {
            let report = try options.makeLab().cluster(competitionID: competition, k: k, columns: columns.isEmpty ? nil : columns, seed: seed)
            print(report.text, terminator: "")
        }
    }
}
