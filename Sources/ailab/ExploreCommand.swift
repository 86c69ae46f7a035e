import App
import ArgumentParser
import Lab

/// `ailab explore`: a competition file's columns, their statistics and charts, as text.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Describe a competition's data: every column at a glance, or one in detail with its chart.",
        discussion: """
            Without --column, one line per column: its type, the share missing, distinct values, the \
            correlation with the target (numeric columns of train.csv) and a short summary. With --column, \
            that column's statistics and a chart drawn with block characters: a histogram for numbers, the \
            most frequent values for categories, words per value and the most frequent words for text. \
            The navigator's dataset explorer (press e on a competition) shows the same, beside the rows.

            Examples:
              ailab explore house-prices
              ailab explore house-prices --column SalePrice
              ailab explore sentiment --column review
              ailab explore movie-ratings --file test
            """
    )

    @Argument(help: "The competition, e.g. house-prices.")
    var competition: String

    @Option(help: "Which file: train or test.")
    var file: DatasetFile = .train

    @Option(help: "Show this column in detail, with its chart.")
    var column: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let profile = try options.makeLab().profile(competitionID: competition, file: file)
            guard let column else {
                print(profile.overviewText, terminator: "")
                return
            }
            guard let index = profile.columnIndex(column) else {
                let names = profile.table.columnNames
                let similar = names.filter { $0.lowercased().contains(column.lowercased()) || column.lowercased().contains($0.lowercased()) }
                throw AnalysisError(message: "\(file.fileName) of \(competition) has no column '\(column)'; "
                    + (similar.isEmpty ? "its columns are: \(names.joined(separator: ", "))" : "did you mean \(similar.joined(separator: ", "))?"))
            }
            print(profile.columnText(index), terminator: "")
        }
    }
}

extension DatasetFile: ExpressibleByArgument {}
