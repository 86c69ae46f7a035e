extension ModelSpec {
    /// A CART decision tree (``DecisionTree``), `--model tree`, for regression and classification, with
    /// scikit-learn's parameters `criterion`, `max_depth`, `min_samples_split` (2), `min_samples_leaf` (1),
    /// `max_features` (all) and a `seed`.
    public static let decisionTree = ModelSpec(
        name: "tree",
        summary: "a decision tree: splits the rows in two again and again on the most informative feature",
        tasks: [.regression, .classification],
        parameters: [
            ParameterSpec(
                "criterion", "impurity to reduce: squared_error (regression), gini or entropy (classification); auto picks squared_error or gini",
                domain: .choice(["auto"] + SplitCriterion.allCases.map(\.rawValue)), default: .choice("auto")
            ),
            TreeParameterSpecs.maxDepth,
            ParameterSpec(
                "min_samples_split", "nodes with fewer training rows are not split",
                domain: .integer(2...Int.max), default: .integer(2)
            ),
            TreeParameterSpecs.minSamplesLeaf(1),
            ParameterSpec(
                "max_features", "features examined per split: all, sqrt, log2 or a fraction; fewer make the tree more random",
                domain: .choice(MaxFeatures.words), default: .choice("all")
            ),
            TreeParameterSpecs.seed("the feature draws when max_features is below all"),
        ],
        make: { parameters, task in DecisionTree(parameters: parameters, task: task) }
    )

    /// A random forest (``RandomForest``), `--model forest`, for regression and classification, with
    /// scikit-learn's parameters `n_estimators` (100), `max_depth`, `min_samples_leaf` (1), `max_features`
    /// (sqrt for classification, all for regression), `bootstrap` (true) and a `seed`.
    public static let randomForest = ModelSpec(
        name: "forest",
        summary: "a random forest: averages many deep trees, each grown on a bootstrap sample with random features",
        tasks: [.regression, .classification],
        parameters: [
            ParameterSpec(
                "n_estimators", "number of trees; more is steadier and slower, never worse on average",
                domain: .integer(1...Int.max), default: .integer(100)
            ),
            TreeParameterSpecs.maxDepth,
            TreeParameterSpecs.minSamplesLeaf(1),
            ParameterSpec(
                "max_features", "features examined per split: all, sqrt, log2 or a fraction; auto is sqrt for classification, all for regression",
                domain: .choice(["auto"] + MaxFeatures.words), default: .choice("auto")
            ),
            ParameterSpec(
                "bootstrap", "grow each tree on rows drawn with replacement (false: on all rows)",
                domain: .boolean, default: .boolean(true)
            ),
            TreeParameterSpecs.seed("the bootstrap samples and feature draws"),
        ],
        make: { parameters, task in RandomForest(parameters: parameters, task: task) }
    )

    /// Histogram gradient boosting (``GradientBoosting``), `--model gbdt`, for regression and
    /// classification, with scikit-learn's `HistGradientBoosting` parameters `learning_rate` (0.1),
    /// `max_iter` (100), `max_leaf_nodes` (31), `max_depth`, `min_samples_leaf` (20),
    /// `l2_regularization` (0), `max_bins` (255), `early_stopping` (auto), `validation_fraction` (0.1),
    /// `n_iter_no_change` (10), `tol` (1e-7), plus `subsample` (1.0), `colsample` (1.0) and a `seed`.
    public static let gradientBoosting = ModelSpec(
        name: "gbdt",
        summary: "gradient-boosted trees: each small tree corrects the errors of the ones before it",
        tasks: [.regression, .classification],
        parameters: [
            ParameterSpec(
                "learning_rate", "shrinks every tree's contribution: smaller needs more iterations but generalises better",
                domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(0.1)
            ),
            ParameterSpec(
                "max_iter", "boosting iterations (trees, or trees per class)",
                domain: .integer(1...Int.max), default: .integer(100)
            ),
            ParameterSpec(
                "max_leaf_nodes", "most leaves per tree; trees grow best split first",
                domain: .integer(2...Int.max), default: .integer(31)
            ),
            TreeParameterSpecs.maxDepth,
            TreeParameterSpecs.minSamplesLeaf(20),
            ParameterSpec(
                "l2_regularization", "L2 penalty on leaf values: larger shrinks leaves fitted on few rows",
                domain: .real(lower: 0, upper: .infinity), default: .real(0)
            ),
            ParameterSpec(
                "max_bins", "quantile bins per feature (2 to 255): fewer are faster and coarser",
                domain: .integer(2...255), default: .integer(255)
            ),
            ParameterSpec(
                "subsample", "share of rows drawn for each iteration (1.0: all rows)",
                domain: .real(lower: 0, upper: 1, lowerOpen: true), default: .real(1.0)
            ),
            ParameterSpec(
                "colsample", "share of features each tree may split on, drawn per tree (1.0: all)",
                domain: .real(lower: 0, upper: 1, lowerOpen: true), default: .real(1.0)
            ),
            ParameterSpec(
                "early_stopping", "stop when the validation loss stops improving; auto is on above 10000 rows",
                domain: .choice(GradientBoosting.EarlyStopping.allCases.map(\.rawValue)), default: .choice("auto")
            ),
            ParameterSpec(
                "validation_fraction", "share of rows held out to watch the loss when early stopping",
                domain: .real(lower: 0, upper: 1, lowerOpen: true, upperOpen: true), default: .real(0.1)
            ),
            ParameterSpec(
                "n_iter_no_change", "iterations without improvement before early stopping stops",
                domain: .integer(1...Int.max), default: .integer(10)
            ),
            ParameterSpec(
                "tol", "smallest fall of the validation loss that counts as an improvement",
                domain: .real(lower: 0, upper: .infinity), default: .real(1e-7)
            ),
            TreeParameterSpecs.seed("the validation split and the row and feature subsampling"),
        ],
        make: { parameters, task in GradientBoosting(parameters: parameters, task: task) }
    )
}

/// Parameter specs shared by the tree models.
private enum TreeParameterSpecs {
    static let maxDepth = ParameterSpec(
        "max_depth", "deepest a leaf may be; 0 = unlimited",
        domain: .integer(0...Int.max), default: .integer(0)
    )

    static func minSamplesLeaf(_ defaultValue: Int) -> ParameterSpec {
        ParameterSpec(
            "min_samples_leaf", "each side of a split keeps at least this many training rows",
            domain: .integer(1...Int.max), default: .integer(defaultValue)
        )
    }

    static func seed(_ what: String) -> ParameterSpec {
        ParameterSpec("seed", "seeds \(what)", domain: .integer(0...Int.max), default: .integer(0))
    }
}
