/// Every model ailab can train, in the order `ailab models` lists them.
public enum ModelCatalog {
    /// The models: linear first, then neighbours and Bayes, then trees and their ensembles, then the neural network.
    public static let all: [ModelSpec] = [
        .linearRegression, .ridge, .lasso, .elasticNet, .logisticRegression, .linearSVM,
        .kNearestNeighbors, .gaussianNaiveBayes,
        .decisionTree, .randomForest, .gradientBoosting,
        .mlp,
    ]

    /// The model `ailab train` fits on a feature table when none is named.
    public static let defaultModel = "gbdt"

    /// The model called `name`.
    /// - Throws: `UnknownModelError` listing the known names.
    public static func model(named name: String) throws(UnknownModelError) -> ModelSpec {
        guard let spec = all.first(where: { $0.name == name }) else {
            throw UnknownModelError(name: name, known: all.map(\.name))
        }
        return spec
    }
}

/// A model name that is not in the catalogue.
public struct UnknownModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name asked for.
    public let name: String
    /// The catalogue's names.
    public let known: [String]

    /// The error for `name`, listing `known`.
    public init(name: String, known: [String]) {
        self.name = name
        self.known = known
    }

    public var description: String {
        "unknown model '\(name)'; the models are: \(known.joined(separator: ", ")) (see `ailab models`)"
    }
}
