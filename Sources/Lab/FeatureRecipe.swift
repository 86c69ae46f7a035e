import Foundation
import Grader
import MiniML

/// How `ailab train` turns a competition's columns into model features: `datasets/<id>/features.json`.
///
/// Content, not code: an instructor or a curious learner edits the recipe, not Swift. Every key is
/// optional; see `datasets/house-prices/features.json` for a full example and README for the keys.
public struct FeatureRecipe: Equatable, Sendable {
    /// Regression or classification.
    public var task: Task
    /// Transform applied to the target before fitting and undone on predictions.
    public var targetTransform: TargetTransform
    /// Column types that inference would get wrong, e.g. numeric codes that are categories.
    public var types: [String: ColumnType]
    /// Columns left out of the features (the id and target columns always are).
    public var drop: [String]
    /// The level given to missing categorical values (e.g. "None": for Alley, NA means "no alley").
    public var missingCategory: String?
    /// Categorical columns encoded as positions in a given order, e.g. Po < Fa < TA < Gd < Ex.
    public var ordinal: [String: [String]]
    /// How missing numbers are filled.
    public var numericImpute: ImputeStrategy
    /// Levels seen fewer times than this in training get no one-hot column of their own.
    public var oneHotMinFrequency: Int
    /// "standard", "minmax" or "none".
    public var scale: String

    /// The file name inside `datasets/<id>/`.
    public static let fileName = "features.json"

    /// The recipe used when a competition has no `features.json`: guessed from its metric.
    public static func standard(for metric: CompetitionMetric) -> FeatureRecipe {
        FeatureRecipe(
            task: metric == .rocAUC ? .classification : .regression,
            targetTransform: metric == .rmseOfLogs ? .log : .none,
            types: [:], drop: [], missingCategory: "None", ordinal: [:], numericImpute: .median,
            oneHotMinFrequency: 1, scale: "standard")
    }

    /// Reads `features.json` from the competition's dataset folder, or returns `standard(for:)` when absent.
    public static func load(for competition: Competition) throws -> FeatureRecipe {
        let url = competition.datasetDirectory.appending(path: fileName)
        let fallback = standard(for: competition.spec.metric)
        guard FileManager.default.fileExists(atPath: url.path) else { return fallback }
        func invalid(_ reason: String) -> CourseError { .invalidFile(path: url.path, line: nil, reason: reason) }
        struct File: Decodable {
            var task: Task?, targetTransform: TargetTransform?, types: [String: ColumnType]?, drop: [String]?
            var missingCategory: String?, ordinal: [String: [String]]?, numericImpute: String?
            var oneHotMinFrequency: Int?, scale: String?
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)) } catch {
            throw invalid(describeDecodingError(error))
        }
        let impute: ImputeStrategy
        switch file.numericImpute ?? "median" {
        case "median": impute = .median
        case "mean": impute = .mean
        case "zero": impute = .constant("0")
        case let other: throw invalid("numericImpute must be median, mean or zero, not '\(other)'")
        }
        let scale = file.scale ?? "standard"
        guard ["standard", "minmax", "none"].contains(scale) else { throw invalid("scale must be standard, minmax or none, not '\(scale)'") }
        guard (file.oneHotMinFrequency ?? 1) >= 1 else { throw invalid("oneHotMinFrequency must be at least 1") }
        return FeatureRecipe(
            task: file.task ?? fallback.task, targetTransform: file.targetTransform ?? fallback.targetTransform,
            types: file.types ?? [:], drop: file.drop ?? [], missingCategory: file.missingCategory,
            ordinal: file.ordinal ?? [:], numericImpute: impute, oneHotMinFrequency: file.oneHotMinFrequency ?? 1, scale: scale)
    }

    /// The preprocessing steps for a feature table (id and target already removed):
    /// drop listed and text columns → fill missing categories → ordinal scales → impute numbers →
    /// one-hot the remaining categories → scale.
    public func makePipeline(for table: DataTable) -> FeaturePipeline {
        var steps: [any TableStep] = []
        let textColumns = table.columnNames.filter { table.type(of: $0) == .text }
        let dropped = drop.filter { table.column($0) != nil } + textColumns
        if !dropped.isEmpty { steps.append(ColumnDropper(columns: dropped)) }
        if let missingCategory {
            steps.append(Imputer(columns: nil, strategy: .constant(missingCategory), types: [.categorical]))
        }
        let orders = ordinal.filter { table.column($0.key) != nil }
        if !orders.isEmpty { steps.append(OrdinalEncoder(orders: orders)) }
        steps.append(Imputer(columns: nil, strategy: numericImpute, types: [.numeric]))
        steps.append(OneHotEncoder(columns: nil, minFrequency: oneHotMinFrequency))
        switch scale {
        case "standard": steps.append(StandardScaler())
        case "minmax": steps.append(MinMaxScaler())
        default: break
        }
        return FeaturePipeline(steps)
    }
}
