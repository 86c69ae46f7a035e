import ArgumentParser
import MiniML

/// `ailab models`: the model catalogues with every hyperparameter.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models `ailab train` can fit, with their hyperparameters and defaults.",
        discussion: """
            Models come in kinds, by the data they learn from: feature tables (house-prices), text \
            (sentiment) and ratings (movie-ratings). Set a hyperparameter with --param name=value, e.g. \
            ailab train house-prices --model gbdt --param max_iter=500.
            """
    )

    /// Each kind of model: a heading and its catalogue.
    static let catalogues: [(heading: String, models: [any ModelDescribing])] = [
        ("Models for feature tables (house-prices; default \(ModelCatalog.defaultModel))", ModelCatalog.all),
        ("Models for text (sentiment; default \(TextModelCatalog.defaultModel))", TextModelCatalog.all),
        ("Models for ratings (movie-ratings; also for `ailab recommend`)", RecommenderCatalog.all),
    ]

    @Argument(help: "Show only the models with this name.")
    var model: String?

    func validate() throws {
        let names = Self.catalogues.flatMap { $0.models.map(\.name) }
        if let model, !names.contains(model) {
            throw ValidationError(UnknownModelError(name: model, known: Array(Set(names)).sorted()).description)
        }
    }

    func run() {
        let sections = Self.catalogues.compactMap { catalogue -> String? in
            let models = catalogue.models.filter { model == nil || $0.name == model }
            guard !models.isEmpty else { return nil }
            return ([catalogue.heading + ":"] + models.map(describe)).joined(separator: "\n\n")
        }
        print(sections.joined(separator: "\n\n\n"))
    }

    private func describe(_ spec: any ModelDescribing) -> String {
        let tasks = (spec as? ModelSpec).map { " (" + $0.tasks.map(\.rawValue).joined(separator: ", ") + ")" } ?? ""
        var lines = ["\(spec.name) — \(spec.summary)\(tasks)"]
        let nameWidth = spec.parameters.map(\.name.count).max() ?? 0
        let defaultWidth = spec.parameters.map { "\($0.defaultValue)".count }.max() ?? 0
        for parameter in spec.parameters {
            let name = parameter.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let value = "\(parameter.defaultValue)".padding(toLength: defaultWidth, withPad: " ", startingAt: 0)
            lines.append("  \(name)  \(value)  \(parameter.summary); \(parameter.domain)")
        }
        return lines.joined(separator: "\n")
    }
}
