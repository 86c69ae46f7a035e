/// A term and the weight a fitted text model gives it.
public struct TermWeight: Equatable, Sendable {
    /// The word or n-gram ("not good").
    public let term: String
    /// How much it moves the score towards the positive class (negative: towards the other).
    public let weight: Double

    /// Creates a term weight.
    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}

/// A vectoriser and a text classifier fitted together on raw documents, as scikit-learn's
/// `make_pipeline(TfidfVectorizer(), LogisticRegression())`: `fit` learns the vocabulary from the
/// training documents only, so a copy fitted inside a cross-validation fold never sees its
/// validation documents.
public struct TextPipeline: Sendable {
    /// Turns documents into features.
    public private(set) var vectorizer: any TextVectorizer
    /// Learns from the features.
    public private(set) var classifier: any TextClassifier

    /// An unfitted pipeline.
    public init(vectorizer: any TextVectorizer, classifier: any TextClassifier) {
        self.vectorizer = vectorizer
        self.classifier = classifier
    }

    /// Fits the vectoriser on `documents`, then the classifier on their features and `labels`.
    /// - Throws: `MiniMLError` from either step (no documents, mismatched sizes, one class, …).
    public mutating func fit(_ documents: [String], _ labels: [Double]) throws {
        guard documents.count == labels.count else {
            throw MiniMLError.shapeMismatch("\(documents.count) documents but \(labels.count) labels")
        }
        let features = try vectorizer.fitTransform(documents)
        try classifier.fit(features, labels)
    }

    /// P(positive class) for each document (see `TextClassifier.positiveProbabilities`).
    public func positiveProbabilities(_ documents: [String]) -> [Double] {
        classifier.positiveProbabilities(vectorizer.transform(documents))
    }

    /// The number of features (vocabulary terms) after `fit`.
    public var featureCount: Int { vectorizer.vocabulary.count }

    /// The `count` terms pushing most towards the positive class, and the `count` pushing most
    /// towards the negative class (largest magnitude first), with their model weights.
    public func topTerms(count: Int) -> (positive: [TermWeight], negative: [TermWeight]) {
        let vocabulary = vectorizer.vocabulary
        let top = classifier.topFeatures(count: count)
        let named = { (list: [(column: Int, weight: Double)]) in list.map { TermWeight(term: vocabulary[$0.column], weight: $0.weight) } }
        return (named(top.positive), named(top.negative))
    }
}
