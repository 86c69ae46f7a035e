/// A recommender of the catalogue: its name, what it does, its hyperparameters, and how to build it.
public struct RecommenderSpec: ModelDescribing {
    /// The name used on the command line: `--model svd`.
    public let name: String
    /// One line on what the model is.
    public let summary: String
    /// Its hyperparameters, with defaults (Surprise's names).
    public let parameters: [ParameterSpec]
    /// Builds an unfitted predictor from resolved parameters.
    public let make: @Sendable (Parameters) -> any RatingPredictor

    /// Creates a spec.
    public init(name: String, summary: String, parameters: [ParameterSpec], make: @escaping @Sendable (Parameters) -> any RatingPredictor) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.make = make
    }
}

/// Every recommender ailab can train on a ratings competition, in the order `ailab models` lists them.
public enum RecommenderCatalog {
    /// baseline, item-knn, svd, als.
    public static let all: [RecommenderSpec] = [.baseline, .itemKNN, .svd, .als]

    /// The recommender called `name`.
    /// - Throws: `UnknownModelError` listing the known names.
    public static func model(named name: String) throws(UnknownModelError) -> RecommenderSpec {
        guard let spec = all.first(where: { $0.name == name }) else {
            throw UnknownModelError(name: name, known: all.map(\.name))
        }
        return spec
    }
}

extension RecommenderSpec {
    private static let baselineParameters = [
        ParameterSpec("reg_u", "how strongly user biases are shrunk towards 0 (like this many extra average ratings)",
                      domain: .real(lower: 0, upper: .infinity), default: .real(15)),
        ParameterSpec("reg_i", "how strongly item biases are shrunk towards 0",
                      domain: .real(lower: 0, upper: .infinity), default: .real(10)),
        ParameterSpec("n_epochs", "alternating least-squares passes over items then users",
                      domain: .integer(1...1000), default: .integer(10)),
    ]

    /// ``BaselinePredictor``: global mean plus user and item biases (Surprise's `BaselineOnly`).
    public static let baseline = RecommenderSpec(
        name: "baseline", summary: "global mean plus regularised user and item biases (Koren 2010)",
        parameters: baselineParameters,
        make: { parameters in
            BaselinePredictor(
                userRegularization: parameters.real("reg_u"), itemRegularization: parameters.real("reg_i"),
                epochs: parameters.integer("n_epochs"))
        })

    /// ``ItemKNNBaseline``: item-based neighbours on the baseline (Surprise's `KNNBaseline`).
    public static let itemKNN = RecommenderSpec(
        name: "item-knn", summary: "baseline plus the user's residuals on the k most similar items (pearson-baseline)",
        parameters: [
            ParameterSpec("k", "at most this many similar items per prediction", domain: .integer(1...Int.max), default: .integer(40)),
            ParameterSpec("min_k", "fewer similar items than this: predict the baseline", domain: .integer(1...Int.max), default: .integer(1)),
            ParameterSpec("shrinkage", "shrinks similarities computed from few common users towards 0",
                          domain: .real(lower: 0, upper: .infinity), default: .real(100)),
        ] + baselineParameters,
        make: { parameters in
            ItemKNNBaseline(
                neighborCount: parameters.integer("k"), minimumNeighbors: parameters.integer("min_k"),
                shrinkage: parameters.real("shrinkage"), userRegularization: parameters.real("reg_u"),
                itemRegularization: parameters.real("reg_i"), baselineEpochs: parameters.integer("n_epochs"))
        })

    /// ``MatrixFactorization``: biased Funk SVD by SGD (Surprise's `SVD`).
    public static let svd = RecommenderSpec(
        name: "svd", summary: "biased matrix factorisation by stochastic gradient descent (Funk SVD)",
        parameters: [
            ParameterSpec("n_factors", "latent factors per user and movie", domain: .integer(1...10_000), default: .integer(100)),
            ParameterSpec("n_epochs", "passes over the training ratings", domain: .integer(1...10_000), default: .integer(20)),
            ParameterSpec("lr_all", "SGD step size", domain: .real(lower: 0, upper: 1, lowerOpen: true), default: .real(0.005)),
            ParameterSpec("reg_all", "L2 penalty on biases and factors", domain: .real(lower: 0, upper: .infinity), default: .real(0.02)),
            ParameterSpec("init_std_dev", "standard deviation of the initial factors",
                          domain: .real(lower: 0, upper: .infinity), default: .real(0.1)),
            ParameterSpec("seed", "decides the initial factors and the order of the ratings", domain: .integer(0...Int.max), default: .integer(0)),
        ],
        make: { parameters in
            MatrixFactorization(
                factorCount: parameters.integer("n_factors"), epochs: parameters.integer("n_epochs"),
                learningRate: parameters.real("lr_all"), regularization: parameters.real("reg_all"),
                initialStandardDeviation: parameters.real("init_std_dev"), seed: UInt64(parameters.integer("seed")))
        })

    /// ``ALSFactorization``: biased matrix factorisation by alternating least squares.
    public static let als = RecommenderSpec(
        name: "als", summary: "biased matrix factorisation by alternating least squares (weighted-λ)",
        parameters: [
            ParameterSpec("n_factors", "latent factors per user and movie", domain: .integer(1...500), default: .integer(20)),
            ParameterSpec("reg", "L2 penalty per rating on factors and biases",
                          domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(0.2)),
            ParameterSpec("n_epochs", "passes over users then movies", domain: .integer(1...1000), default: .integer(15)),
            ParameterSpec("seed", "decides the initial movie factors", domain: .integer(0...Int.max), default: .integer(0)),
        ],
        make: { parameters in
            ALSFactorization(
                factorCount: parameters.integer("n_factors"), regularization: parameters.real("reg"),
                epochs: parameters.integer("n_epochs"), seed: UInt64(parameters.integer("seed")))
        })
}
