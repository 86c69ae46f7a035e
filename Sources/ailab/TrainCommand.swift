import ArgumentParser
import Foundation
import Lab
import MiniML

/// `ailab train`: cross-validate a model on a competition and write a submission.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model on a competition's data, cross-validate it and write a submission.",
        discussion: """
            Features come from the competition's datasets/<competition>/features.json (for house-prices: \
            quality scales as ordinals, one-hot for the other categories, median imputation, a log target). \
            Preprocessing is fitted inside each cross-validation fold, so the CV score is honest.

            Examples:
              ailab train house-prices --model gbdt
              ailab train house-prices --model ridge --param alpha=10 --cv 10
              ailab submit house-prices house-prices-gbdt.csv
            """
    )

    @Argument(help: "The competition: house-prices (movie-ratings and sentiment need the text and recommender models).")
    var competition: String

    @Option(help: "The model (see `ailab models`).")
    var model = "gbdt"

    @Option(name: .customLong("param"), help: ArgumentHelp("A hyperparameter, name=value; repeat for several.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("cv"), help: "Number of cross-validation folds (2 to 20).")
    var folds = 5

    @Option(name: [.short, .long], help: ArgumentHelp("The submission file to write (default: <competition>-<model>.csv).", valueName: "file"))
    var output: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard (2...20).contains(folds) else { throw ValidationError("--cv must be between 2 and 20, not \(folds)") }
        do {
            let spec = try ModelCatalog.model(named: model)
            _ = try spec.resolve(parameters)
        } catch let error as UnknownModelError {
            throw ValidationError(error.description)
        } catch let error as ParameterError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            let bar = ProgressBar(label: "training \(model)")
            let report = try lab.train(
                competitionID: competition,
                options: TrainingOptions(
                    model: model, parameters: parameters, folds: folds, outputPath: output ?? "\(competition)-\(model).csv"),
                progress: { bar.update($0) })
            bar.finish()
            print(report.text, terminator: "")
        }
    }
}
