extension ModelSpec {
    /// k-nearest neighbours (``KNearestNeighbors``), `--model knn`, for regression and classification,
    /// with scikit-learn's parameters `n_neighbors` (5), `weights` (uniform) and `metric` (euclidean).
    public static let kNearestNeighbors = ModelSpec(
        name: "knn",
        summary: "k-nearest neighbours: averages or votes the targets of the closest training rows",
        tasks: [.regression, .classification],
        parameters: [
            ParameterSpec(
                "n_neighbors", "how many nearest training rows each prediction uses",
                domain: .integer(1...Int.max), default: .integer(5)
            ),
            ParameterSpec(
                "weights", "uniform: every neighbour counts the same; distance: closer ones count more (1/distance)",
                domain: .choice(KNearestNeighbors.Weighting.allCases.map(\.rawValue)), default: .choice("uniform")
            ),
            ParameterSpec(
                "metric", "euclidean: straight-line distance; manhattan: sum of absolute differences",
                domain: .choice(KNearestNeighbors.DistanceMetric.allCases.map(\.rawValue)), default: .choice("euclidean")
            ),
        ],
        make: { parameters, task in
            // The domains above list exactly the raw values, so both lookups succeed.
            KNearestNeighbors(
                task: task,
                neighborCount: parameters.integer("n_neighbors"),
                weighting: KNearestNeighbors.Weighting(rawValue: parameters.choice("weights"))!,
                metric: KNearestNeighbors.DistanceMetric(rawValue: parameters.choice("metric"))!
            )
        }
    )
}
