import Foundation

/// TF-IDF features, like scikit-learn's `TfidfVectorizer`: `CountVectorizer` counts, each scaled by
/// the term's inverse document frequency, then each row scaled to unit Euclidean length.
///
/// For a term in df of the n training documents, idf = ln((1 + n) / (1 + df)) + 1 with `smoothIDF`
/// (as if one extra document held every term once), else ln(n / df) + 1. The weight of a term seen tf
/// times in a document is tf·idf, or (1 + ln tf)·idf with `sublinearTF` (the 10th "great" adds less
/// than the 2nd). With `binary`, tf is 1 for any term present.
///
/// Hyperparameters: those of `CountVectorizer`, plus `useIDF` (default true), `smoothIDF` (default
/// true), `sublinearTF` (default false), `normalize` (L2, default true).
/// - Complexity: as `CountVectorizer`, plus O(stored entries).
public struct TfidfVectorizer: TextVectorizer {
    /// The counting step (its n-grams, document-frequency limits, `maxFeatures`, `binary`).
    public private(set) var counter: CountVectorizer
    /// Multiply by the idf (scikit-learn's `use_idf`).
    public let useIDF: Bool
    /// Add one to n and every df (scikit-learn's `smooth_idf`).
    public let smoothIDF: Bool
    /// Use 1 + ln(tf) instead of tf (scikit-learn's `sublinear_tf`).
    public let sublinearTF: Bool
    /// Scale each row to unit Euclidean length (scikit-learn's `norm="l2"`; false is `norm=None`).
    public let normalize: Bool
    /// The idf of each vocabulary term (scikit-learn's `idf_`); empty before `fit` or without `useIDF`.
    public private(set) var idf: [Double] = []

    /// An unfitted vectoriser.
    /// - Parameters:
    ///   - counter: how terms are counted (default `CountVectorizer()`: unigrams, no pruning).
    ///   - useIDF: weight by inverse document frequency (default true).
    ///   - smoothIDF: smooth the idf (default true).
    ///   - sublinearTF: 1 + ln(tf) instead of tf (default false).
    ///   - normalize: unit-length rows (default true).
    public init(
        counter: CountVectorizer = CountVectorizer(), useIDF: Bool = true, smoothIDF: Bool = true,
        sublinearTF: Bool = false, normalize: Bool = true
    ) {
        self.counter = counter
        self.useIDF = useIDF
        self.smoothIDF = smoothIDF
        self.sublinearTF = sublinearTF
        self.normalize = normalize
    }

    /// The learned terms in column order.
    public var vocabulary: [String] { counter.vocabulary }

    /// Learns the vocabulary and the idf.
    /// - Throws: as `CountVectorizer.fitTransform`.
    public mutating func fit(_ documents: [String]) throws {
        _ = try fitTransform(documents)
    }

    /// Learns the vocabulary and the idf from `documents` and returns their TF-IDF matrix.
    /// - Throws: as `CountVectorizer.fitTransform`.
    public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
        let counts = try counter.fitTransform(documents)
        idf = []
        if useIDF {
            var documentFrequency = [Double](repeating: 0, count: counts.columns)
            for column in counts.columnIndices { documentFrequency[Int(column)] += 1 }
            let n = Double(counts.rows) + (smoothIDF ? 1 : 0), extra: Double = smoothIDF ? 1 : 0
            idf = documentFrequency.map { log(n / ($0 + extra)) + 1 }
        }
        return weighted(counts)
    }

    /// The TF-IDF matrix of `documents` with the learned vocabulary and idf.
    public func transform(_ documents: [String]) -> SparseMatrix {
        weighted(counter.transform(documents))
    }

    private func weighted(_ counts: SparseMatrix) -> SparseMatrix {
        var result = counts
        for k in result.values.indices {
            var value = result.values[k]
            if sublinearTF { value = 1 + log(value) }
            if useIDF { value *= idf[Int(result.columnIndices[k])] }
            result.values[k] = value
        }
        return normalize ? result.normalizedRows() : result
    }
}
