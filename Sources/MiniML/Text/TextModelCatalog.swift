/// Every text model `ailab train` offers for competitions whose rows are documents.
///
/// Each entry pairs a vectoriser with a classifier. Every model defaults to word 1-2-grams in at least
/// two documents; `defaultModel` is the one of best 5-fold ROC AUC on the sentiment competition.
public enum TextModelCatalog {
    /// The catalogue, in the order `ailab models` lists it.
    public static let all: [TextModelSpec] = [naiveBayes, bernoulliNaiveBayes, logistic, svm, nbsvm]

    /// The model used when a recipe names none: the linear SVM on TF-IDF 1-2-grams had the best 5-fold
    /// ROC AUC on sentiment (0.9617; NB-SVM 0.9613, logistic 0.9612, Bernoulli NB 0.9395, NB 0.9323).
    public static let defaultModel = "svm"

    /// The entry named `name`.
    /// - Throws: `UnknownModelError` listing the known names.
    public static func model(named name: String) throws(UnknownModelError) -> TextModelSpec {
        guard let spec = all.first(where: { $0.name == name }) else {
            throw UnknownModelError(name: name, known: all.map(\.name))
        }
        return spec
    }

    static let naiveBayes = TextModelSpec(
        name: "nb", summary: "Multinomial naive Bayes on word and bigram counts",
        parameters: vectorizerParameters(tfidf: false) + [alpha],
        make: { parameters in
            TextPipeline(
                vectorizer: try counter(parameters, binary: false),
                classifier: MultinomialNaiveBayes(alpha: parameters.real("alpha")))
        })

    static let bernoulliNaiveBayes = TextModelSpec(
        name: "bernoulli-nb", summary: "Bernoulli naive Bayes on word and bigram presence",
        parameters: vectorizerParameters(tfidf: false) + [alpha],
        make: { parameters in
            TextPipeline(
                vectorizer: try counter(parameters, binary: true),
                classifier: BernoulliNaiveBayes(alpha: parameters.real("alpha")))
        })

    static let logistic = TextModelSpec(
        name: "logistic", summary: "L2 logistic regression (L-BFGS) on TF-IDF word and bigram features",
        parameters: vectorizerParameters(tfidf: true) + linearParameters(C: 10, maxIterations: 100),
        make: { parameters in
            TextPipeline(
                vectorizer: try tfidf(parameters),
                classifier: SparseLogisticRegression(
                    C: parameters.real("C"), maxIterations: parameters.integer("max_iter"), tolerance: parameters.real("tol")))
        })

    static let svm = TextModelSpec(
        name: "svm", summary: "Linear SVM (squared hinge, dual coordinate descent) on TF-IDF word and bigram features",
        parameters: vectorizerParameters(tfidf: true) + linearParameters(C: 0.5, maxIterations: 1000),
        make: { parameters in
            TextPipeline(
                vectorizer: try tfidf(parameters),
                classifier: SparseLinearSVM(
                    C: parameters.real("C"), maxIterations: parameters.integer("max_iter"), tolerance: parameters.real("tol")))
        })

    static let nbsvm = TextModelSpec(
        name: "nbsvm", summary: "NB-SVM (Wang & Manning 2012): an SVM on bigram presence scaled by naive Bayes log-count ratios",
        parameters: vectorizerParameters(tfidf: false) + [
            alpha,
            ParameterSpec("beta", "interpolation between the mean weight (0) and the SVM's weights (1)", domain: .real(lower: 0, upper: 1), default: .real(0.25)),
        ] + linearParameters(C: 1, maxIterations: 1000),
        make: { parameters in
            TextPipeline(
                vectorizer: try counter(parameters, binary: true),
                classifier: NBSVM(
                    alpha: parameters.real("alpha"), beta: parameters.real("beta"), C: parameters.real("C"),
                    maxIterations: parameters.integer("max_iter"), tolerance: parameters.real("tol")))
        })

    private static let alpha = ParameterSpec(
        "alpha", "additive smoothing of the counts (1 = Laplace)", domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1))

    private static func vectorizerParameters(tfidf: Bool) -> [ParameterSpec] {
        var specs = [
            ParameterSpec("ngram_max", "longest word n-gram used as a feature (1 = words, 2 = words and bigrams)", domain: .integer(1...3), default: .integer(2)),
            ParameterSpec("min_df", "drop terms in fewer documents (below 1: a fraction of the documents)", domain: .real(lower: 0, upper: .infinity), default: .real(2)),
            ParameterSpec("max_df", "drop terms in more documents (up to 1: a fraction of the documents)", domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1)),
            ParameterSpec("max_features", "keep only this many most frequent terms (0 = all)", domain: .integer(0...Int.max), default: .integer(0)),
        ]
        if tfidf {
            specs.append(ParameterSpec("sublinear_tf", "use 1 + log(count) instead of the count", domain: .boolean, default: .boolean(true)))
        }
        return specs
    }

    private static func linearParameters(C: Double, maxIterations: Int) -> [ParameterSpec] {
        [
            ParameterSpec("C", "inverse regularisation strength: larger fits the training data more closely", domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(C)),
            ParameterSpec("max_iter", "most solver iterations", domain: .integer(1...100_000), default: .integer(maxIterations)),
            ParameterSpec("tol", "stopping tolerance of the solver", domain: .real(lower: 0, upper: .infinity, lowerOpen: true), default: .real(1e-4)),
        ]
    }

    private static func counter(_ parameters: Parameters, binary: Bool) throws -> CountVectorizer {
        let maxFeatures = parameters.integer("max_features")
        return CountVectorizer(
            ngramRange: 1...parameters.integer("ngram_max"),
            minDF: try .reading(parameters.real("min_df"), name: "min_df", oneIsFraction: false),
            maxDF: try .reading(parameters.real("max_df"), name: "max_df", oneIsFraction: true),
            maxFeatures: maxFeatures == 0 ? nil : maxFeatures, binary: binary)
    }

    private static func tfidf(_ parameters: Parameters) throws -> TfidfVectorizer {
        TfidfVectorizer(counter: try counter(parameters, binary: false), sublinearTF: parameters.boolean("sublinear_tf"))
    }
}
