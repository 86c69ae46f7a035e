import ArgumentParser

/// `ailab analyze`: unsupervised learning on the competitions' data, printed as tables.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Explore the competitions' data with unsupervised learning: clusters, components, rules.",
        discussion: """
            Clustering and PCA use a competition's numeric training columns, with missing values filled by \
            the column's median and every column scaled to mean 0 and standard deviation 1, so that no unit \
            dominates. Association rules use movie-ratings: which movies the same learners like.

            Examples:
              ailab analyze cluster house-prices --k 4
              ailab analyze pca house-prices --components 5
              ailab analyze rules --min-support 0.1 --min-confidence 0.7
            """,
        subcommands: [AnalyzeClusterCommand.self, AnalyzeDBSCANCommand.self, AnalyzePCACommand.self, AnalyzeRulesCommand.self]
    )
}
