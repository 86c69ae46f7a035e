import Lab
import MiniML

/// The training page: a form (the model, the folds, each hyperparameter with its default), then a run
/// with a live progress bar that Esc cancels, then its report.
public struct TrainState: Sendable {
    /// Where a run is.
    public enum Run: Sendable {
        /// Training in the background; `cancelling` once Esc was pressed.
        case running(TrainingProgress?, cancelling: Bool)
        /// Done: scores, times, features, the learning curve and the file written.
        case finished(TrainingReport)
        /// Stopped by the learner.
        case cancelled
        /// Failed; the status bar said why.
        case failed
    }

    /// The competition trained for.
    public let competitionID: String
    /// The models that fit it, the default first.
    public let models: [any ModelDescribing]
    /// The model chosen.
    public internal(set) var modelIndex = 0
    /// Hyperparameters set away from their defaults, as typed: name → value.
    public internal(set) var values: [String: String] = [:]
    /// Cross-validation folds.
    public internal(set) var folds = defaultFolds
    /// The field at the cursor: 0 the model, 1 the folds, then the hyperparameters in order.
    public internal(set) var field = 0
    /// The text being typed into the field at the cursor, while editing.
    public internal(set) var editing: String?
    /// The current or last run.
    public internal(set) var run: Run?

    /// The folds allowed, and the default, as on the command line.
    static let foldRange = 2...20
    static let defaultFolds = 5

    init(competitionID: String, models: [any ModelDescribing]) {
        self.competitionID = competitionID
        self.models = models
    }

    /// The model chosen.
    var model: (any ModelDescribing)? { models.indices.contains(modelIndex) ? models[modelIndex] : nil }

    /// The number of fields: the model, the folds and the hyperparameters.
    var fieldCount: Int { 2 + (model?.parameters.count ?? 0) }

    /// The hyperparameter at the cursor, if the cursor is on one.
    var parameterAtCursor: ParameterSpec? {
        guard let model, field >= 2 else { return nil }
        return model.parameters[field - 2]
    }

    /// The value shown for a hyperparameter: as typed, else its default.
    func value(of parameter: ParameterSpec) -> String {
        values[parameter.name] ?? "\(parameter.defaultValue)"
    }

    /// Whether a run is under way.
    var isRunning: Bool {
        if case .running = run { return true }
        return false
    }

    /// The `name=value` assignments for `Lab.train`: the hyperparameters changed from their defaults.
    var assignments: [String] {
        (model?.parameters ?? []).compactMap { parameter in values[parameter.name].map { "\(parameter.name)=\($0)" } }
    }

    mutating func progress(_ progress: TrainingProgress) {
        if case .running(_, let cancelling) = run { run = .running(progress, cancelling: cancelling) }
    }

    mutating func finish(_ report: TrainingReport) {
        run = .finished(report)
    }
}
