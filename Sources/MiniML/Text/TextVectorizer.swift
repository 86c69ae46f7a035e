/// Turns documents into a sparse document × term matrix, after scikit-learn's vectorisers: `fit`
/// learns the vocabulary (and any term weights) from training documents, `transform` encodes any
/// documents with it. Like estimators, vectorisers are values: a copy taken before `fit` is unfitted.
public protocol TextVectorizer: Sendable {
    /// The learned terms, one per matrix column, in column order (sorted); empty before `fit`.
    var vocabulary: [String] { get }

    /// Learns the vocabulary from `documents`.
    /// - Throws: `MiniMLError` for no documents, parameters outside their domain, or no term left.
    mutating func fit(_ documents: [String]) throws

    /// Learns the vocabulary and encodes the same documents (cheaper than `fit` then `transform`).
    /// - Throws: as `fit`.
    mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix

    /// One row per document, one column per vocabulary term; terms not in the vocabulary are ignored.
    /// Calling it before `fit` is a programming error.
    func transform(_ documents: [String]) -> SparseMatrix
}
