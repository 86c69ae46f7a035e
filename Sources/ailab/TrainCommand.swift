import ArgumentParser
import Foundation
import Lab

/// `ailab train`: cross-validate a model on a competition and write a submission.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model on a competition's data, cross-validate it and write a submission.",
        discussion: """
            Each competition's recipe in datasets/<competition>/ says how its rows become features: \
            features.json for tables (house-prices: quality scales as ordinals, one-hot for the other \
            categories, median imputation, a log target) and text.json for documents (sentiment: TF-IDF of \
            words and word pairs). Preprocessing is fitted inside each cross-validation fold, so the CV score \
            is honest. `ailab models` lists the models of each kind.

            Examples:
              ailab train house-prices
              ailab train house-prices --model ridge --param alpha=10 --cv 10
              ailab train sentiment --model nbsvm
              ailab submit house-prices house-prices-gbdt.csv
            """
    )

    @Argument(help: "The competition, e.g. house-prices or sentiment.")
    var competition: String

    @Option(help: "The model (see `ailab models`; default: the competition's recipe's, gbdt for tables).")
    var model: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A hyperparameter, name=value; repeat for several.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("cv"), help: "Number of cross-validation folds (2 to 20).")
    var folds = 5

    @Option(name: [.short, .long], help: ArgumentHelp("The submission file to write (default: <competition>-<model>.csv).", valueName: "file"))
    var output: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard (2...20).contains(folds) else { throw ValidationError("--cv must be between 2 and 20, not \(folds)") }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            let name = try model ?? lab.defaultModel(for: competition)
            let bar = ProgressBar(label: "training \(name)")
            let report = try lab.train(
                competitionID: competition,
                options: TrainingOptions(
                    model: name, parameters: parameters, folds: folds, outputPath: output ?? "\(competition)-\(name).csv"),
                progress: { bar.update($0) })
            bar.finish()
            print(report.text, terminator: "")
        }
    }
}
