import MiniML
import Testing

/// The small corpus the text tests share, and checks on sparse results.
///
/// Reference values in the text tests come from scikit-learn 1.9.1 (Python 3.11.7, NumPy), computed
/// once with `token_pattern = r"[^\\W_]+(?:'[^\\W_]+)*"` (`Tokenizer`'s rule on text without tags or
/// curly quotes) and printed with `repr`; each test names the exact call.
enum TextFixtures {
    /// Eight short reviews; `labels` marks the positive ones.
    static let corpus = [
        "The movie was not good, not good at all.",
        "A great film! Great acting; don't miss it.",
        "Bad plot, bad acting. I didn't like it.",
        "Good fun: the cast is great and the plot is good.",
        "Not bad. The film isn't great, but it's fun.",
        "Boring and bad, a waste of time.",
        "I loved it, a great great movie.",
        "The acting was bad and the film was boring.",
    ]
    static let labels: [Double] = [0, 1, 0, 1, 1, 0, 1, 0]
    /// Documents not seen in training; the last has no known word.
    static let unseen = ["not great, boring", "a good fun film", "unseen words only"]

    /// Unigram counts of `corpus` (31 terms), as `CountVectorizer(token_pattern=TOKEN).fit_transform(corpus)`.
    static func counts() throws -> (CountVectorizer, SparseMatrix) {
        var vectorizer = CountVectorizer()
        let x = try vectorizer.fitTransform(corpus)
        return (vectorizer, x)
    }

    /// Unigram TF-IDF of `corpus`, as `TfidfVectorizer(token_pattern=TOKEN).fit_transform(corpus)`.
    static func tfidf() throws -> (TfidfVectorizer, SparseMatrix) {
        var vectorizer = TfidfVectorizer()
        let x = try vectorizer.fitTransform(corpus)
        return (vectorizer, x)
    }
}
