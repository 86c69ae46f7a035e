import ArgumentParser
import MiniML

/// `ailab models`: the model catalogue with every hyperparameter.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models `ailab train` can fit, with their hyperparameters and defaults.",
        discussion: "Set a hyperparameter with --param name=value, e.g. ailab train house-prices --model gbdt --param max_iter=500."
    )

    @Argument(help: "Show only this model.")
    var model: String?

    func validate() throws {
        if let model {
            do { _ = try ModelCatalog.model(named: model) } catch { throw ValidationError(error.description) }
        }
    }

    func run() {
        let models = ModelCatalog.all.filter { model == nil || $0.name == model }
        print(models.map(describe).joined(separator: "\n\n"))
    }

    private func describe(_ spec: ModelSpec) -> String {
        let tasks = spec.tasks.map(\.rawValue).joined(separator: ", ")
        var lines = ["\(spec.name) — \(spec.summary) (\(tasks))"]
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
