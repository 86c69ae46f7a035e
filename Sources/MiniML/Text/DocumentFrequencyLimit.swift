/// A bound on how many documents a term may appear in (scikit-learn's `min_df` and `max_df`):
/// a number of documents, or a fraction of the training documents.
public enum DocumentFrequencyLimit: Equatable, Sendable {
    /// At least or at most this many documents.
    case count(Int)
    /// At least or at most this fraction (0…1) of the documents.
    case fraction(Double)

    /// The command-line reading of a number: below 1 a fraction, above 1 a count of documents, and 1
    /// itself a count for `min_df` (one document) but the fraction 100 % for `max_df`, as scikit-learn's
    /// defaults `min_df=1`, `max_df=1.0`. So `min_df=2` means two documents, `min_df=0.01` one per cent,
    /// `max_df=0.9` 90 % of the documents and `max_df=5000` that many documents.
    /// - Throws: `MiniMLError.invalidParameter` for a negative number or a count that is not whole.
    public static func reading(_ value: Double, name: String, oneIsFraction: Bool) throws -> DocumentFrequencyLimit {
        guard value >= 0, value.isFinite else {
            throw MiniMLError.invalidParameter(name: name, reason: "must be a finite number ≥ 0, not \(value)")
        }
        if value < 1 || (value == 1 && oneIsFraction) { return .fraction(value) }
        guard value == value.rounded(), value <= Double(Int32.max) else {
            throw MiniMLError.invalidParameter(name: name, reason: "\(value) is above 1, so it must be a whole number of documents")
        }
        return .count(Int(value))
    }

    /// The bound in documents for a corpus of `documentCount` documents (scikit-learn's `max_df * n_doc`).
    func documents(of documentCount: Int) -> Double {
        switch self {
        case .count(let count): Double(count)
        case .fraction(let fraction): fraction * Double(documentCount)
        }
    }

    /// Checks the bound is a count ≥ 0 or a fraction in [0, 1].
    func validate(name: String) throws {
        switch self {
        case .count(let count) where count < 0:
            throw MiniMLError.invalidParameter(name: name, reason: "must be a number of documents ≥ 0, not \(count)")
        case .fraction(let fraction) where !(fraction >= 0 && fraction <= 1):
            throw MiniMLError.invalidParameter(name: name, reason: "must be a fraction from 0 to 1, not \(fraction)")
        default:
            return
        }
    }
}
