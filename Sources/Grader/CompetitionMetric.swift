import MiniML

/// Whether a smaller or a larger score is better.
public enum ScoreDirection: String, Codable, Sendable {
    case lowerIsBetter = "lower"
    case higherIsBetter = "higher"

    /// True when `candidate` beats `incumbent` strictly.
    public func isBetter(_ candidate: Double, than incumbent: Double) -> Bool {
        switch self {
        case .lowerIsBetter: candidate < incumbent
        case .higherIsBetter: candidate > incumbent
        }
    }

    /// Words for help texts: "lower is better".
    public var phrase: String { self == .lowerIsBetter ? "lower is better" : "higher is better" }
}

/// A rule every predicted value must satisfy before the file is scored.
public enum ValueRule: Equatable, Sendable {
    /// Any finite number.
    case finite
    /// Strictly greater than zero (logarithms are taken).
    case positive
    /// Within the closed interval, e.g. a probability in [0, 1].
    case closedRange(Double, Double)

    /// True when `value` satisfies the rule.
    public func accepts(_ value: Double) -> Bool {
        switch self {
        case .finite: value.isFinite
        case .positive: value > 0
        case .closedRange(let low, let high): value >= low && value <= high
        }
    }

    /// What the rule asks for, to complete "must be …".
    public var requirement: String {
        switch self {
        case .finite: "a finite number"
        case .positive: "greater than 0"
        case .closedRange(let low, let high): "between \(formatNumber(low)) and \(formatNumber(high))"
        }
    }
}

/// The metrics a competition spec can name. The arithmetic lives in MiniML, shared with model training.
public enum CompetitionMetric: String, Codable, Sendable, CaseIterable {
    /// Root mean squared error between the natural logs of prediction and truth (Kaggle House Prices).
    case rmseOfLogs = "rmse-log"
    /// Root mean squared error.
    case rmse = "rmse"
    /// Area under the ROC curve of a binary target, tied scores ranked by their average rank.
    case rocAUC = "roc-auc"

    /// The direction this metric is optimised in.
    public var direction: ScoreDirection {
        self == .rocAUC ? .higherIsBetter : .lowerIsBetter
    }

    /// Short human name, e.g. "RMSE of logs".
    public var displayName: String {
        switch self {
        case .rmseOfLogs: "RMSE of logs"
        case .rmse: "RMSE"
        case .rocAUC: "ROC AUC"
        }
    }

    /// The formula in plain text.
    public var formula: String {
        switch self {
        case .rmseOfLogs: "sqrt(mean((ln prediction - ln actual)^2))"
        case .rmse: "sqrt(mean((prediction - actual)^2))"
        case .rocAUC: "P(score of a random positive > score of a random negative), ties count 1/2"
        }
    }

    /// What every predicted value must satisfy.
    public var valueRule: ValueRule {
        switch self {
        case .rmseOfLogs: .positive
        case .rmse: .finite
        case .rocAUC: .closedRange(0, 1)
        }
    }

    /// The metric of `predicted` against `actual` (same order, same length).
    public func score(actual: [Double], predicted: [Double]) throws -> Double {
        switch self {
        case .rmseOfLogs: try MiniML.rmseOfLogs(actual, predicted)
        case .rmse: try rootMeanSquaredError(actual, predicted)
        case .rocAUC: try MiniML.rocAUC(labels: actual, scores: predicted)
        }
    }

    /// Figures shown beside the main score, e.g. accuracy at a 0.5 threshold for probabilities.
    public func secondaryScores(actual: [Double], predicted: [Double]) throws -> [SecondaryScore] {
        switch self {
        case .rocAUC: [SecondaryScore(name: "accuracy at 0.5", value: try accuracy(labels: actual, scores: predicted))]
        case .rmseOfLogs, .rmse: []
        }
    }
}

/// A named figure reported beside the main score; never used for ranking.
public struct SecondaryScore: Equatable, Sendable {
    /// What the figure is, e.g. "accuracy at 0.5".
    public let name: String
    /// Its value on the public part.
    public let value: Double
}

/// Formats a number without a trailing ".0" for whole values: 0, 1, 0.5.
func formatNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
