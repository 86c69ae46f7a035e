/// Counts word n-grams per document, like scikit-learn's `CountVectorizer` (with `Tokenizer`'s
/// tokens): columns are the vocabulary terms in sorted order, entries the number of occurrences
/// (or 1 when `binary`).
///
/// An n-gram is n consecutive tokens joined by one space ("not good"). The vocabulary keeps the
/// n-grams of the training documents whose document frequency df (documents containing it) satisfies
/// `minDF ≤ df ≤ maxDF`; then, if more than `maxFeatures` remain, the `maxFeatures` of largest total
/// count over the corpus (document frequency when `binary`). Ties at the cut go to the alphabetically
/// first; scikit-learn's order there is NumPy's unstable sort, the same for fewer than 17 candidate
/// terms and arbitrary beyond. Terms are ordered by Unicode code points, as Python sorts.
///
/// Hyperparameters: `ngramRange` (default 1…1, at most 1…3), `minDF` (default 1 document), `maxDF`
/// (default 100 %), `maxFeatures` (default nil: all), `binary` (default false).
/// - Complexity: fit and transform O(t·n log(t·n)) for t tokens and n-gram length n; O(vocabulary)
///   memory after fit.
public struct CountVectorizer: TextVectorizer {
    /// The shortest and longest n-grams counted (scikit-learn's `ngram_range`).
    public let ngramRange: ClosedRange<Int>
    /// Terms in fewer documents are dropped (scikit-learn's `min_df`).
    public let minDF: DocumentFrequencyLimit
    /// Terms in more documents are dropped (scikit-learn's `max_df`).
    public let maxDF: DocumentFrequencyLimit
    /// Keep only this many most frequent terms (scikit-learn's `max_features`); nil keeps all.
    public let maxFeatures: Int?
    /// Record presence (1) instead of counts (scikit-learn's `binary`).
    public let binary: Bool
    /// How documents are split into words.
    public let tokenizer: Tokenizer
    /// The learned terms in column order; empty before `fit`.
    public private(set) var vocabulary: [String] = []
    /// Alphabetical rank (from 1) of every word seen in training.
    private var wordRanks: [String: UInt64] = [:]
    /// The column of each kept n-gram key.
    private var columnOfKey: [UInt64: Int32] = [:]

    /// Bits per word rank in an n-gram key: three ranks fit in 63 bits.
    private static let rankBits: UInt64 = 21

    /// An unfitted vectoriser.
    /// - Parameters:
    ///   - ngramRange: n-gram lengths, within 1…3 (default 1…1).
    ///   - minDF: the least document frequency kept (default 1 document).
    ///   - maxDF: the largest document frequency kept (default all documents).
    ///   - maxFeatures: the most terms kept, by corpus frequency (default nil: all).
    ///   - binary: presence instead of counts (default false).
    ///   - tokenizer: the word splitter (default `Tokenizer()`).
    public init(
        ngramRange: ClosedRange<Int> = 1...1, minDF: DocumentFrequencyLimit = .count(1),
        maxDF: DocumentFrequencyLimit = .fraction(1), maxFeatures: Int? = nil, binary: Bool = false,
        tokenizer: Tokenizer = Tokenizer()
    ) {
        self.ngramRange = ngramRange
        self.minDF = minDF
        self.maxDF = maxDF
        self.maxFeatures = maxFeatures
        self.binary = binary
        self.tokenizer = tokenizer
    }

    /// Learns the vocabulary.
    /// - Throws: as `fitTransform`.
    public mutating func fit(_ documents: [String]) throws {
        _ = try fitTransform(documents)
    }

    /// Learns the vocabulary from `documents` and returns their count matrix.
    /// - Throws: `MiniMLError` for no documents, an n-gram range outside 1…3, a bad `minDF`/`maxDF`
    ///   (or `maxDF` below `minDF`), `maxFeatures` < 1, more than 2²¹ − 1 distinct words, or when no
    ///   term is left after pruning.
    public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
        try validate()
        guard !documents.isEmpty else { throw MiniMLError.emptyInput }
        let tokenized = documents.map { tokenizer.tokens($0) }
        var words = Set<String>()
        for tokens in tokenized { words.formUnion(tokens) }
        guard UInt64(words.count) < (1 << Self.rankBits) else {
            throw MiniMLError.invalidInput("\(words.count) distinct words are more than the vectoriser can number (2²¹ − 1)")
        }
        let sortedWords = words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        wordRanks = Dictionary(uniqueKeysWithValues: sortedWords.enumerated().map { ($1, UInt64($0 + 1)) })

        // Each document's distinct n-gram keys with their counts, and corpus-wide df and total counts.
        var rowStart = [0], keys: [UInt64] = [], counts: [Double] = []
        var statistics: [UInt64: (documents: Int, total: Double)] = [:]
        for tokens in tokenized {
            for (key, count) in countedKeys(tokens.map { wordRanks[$0]! }) {
                keys.append(key)
                counts.append(binary ? 1 : count)
                statistics[key, default: (0, 0)].documents += 1
                statistics[key, default: (0, 0)].total += binary ? 1 : count
            }
            rowStart.append(keys.count)
        }

        let n = documents.count
        let low = minDF.documents(of: n), high = maxDF.documents(of: n)
        guard high >= low else {
            throw MiniMLError.invalidParameter(name: "max_df", reason: "allows fewer documents (\(high)) than min_df (\(low))")
        }
        var kept = statistics.filter { Double($0.value.documents) >= low && Double($0.value.documents) <= high }
            .map { (key: $0.key, total: $0.value.total) }
        if let maxFeatures, kept.count > maxFeatures {
            kept.sort { $0.total != $1.total ? $0.total > $1.total : $0.key < $1.key }
            kept.removeLast(kept.count - maxFeatures)
        }
        guard !kept.isEmpty else {
            throw MiniMLError.invalidInput("no term is left after pruning; try a lower min_df or a higher max_df")
        }
        let vocabularyKeys = kept.map(\.key).sorted()
        columnOfKey = Dictionary(uniqueKeysWithValues: vocabularyKeys.enumerated().map { ($1, Int32($0)) })
        vocabulary = vocabularyKeys.map { term(of: $0, words: sortedWords) }

        // Keys are sorted within each document, and columns follow key order: rows come out sorted.
        var columnIndices: [Int32] = [], values: [Double] = [], keptStart = [0]
        columnIndices.reserveCapacity(keys.count)
        values.reserveCapacity(keys.count)
        for i in 0..<n {
            for k in rowStart[i]..<rowStart[i + 1] {
                if let column = columnOfKey[keys[k]] {
                    columnIndices.append(column)
                    values.append(counts[k])
                }
            }
            keptStart.append(columnIndices.count)
        }
        return SparseMatrix(unchecked: n, columns: vocabulary.count, rowStart: keptStart, columnIndices: columnIndices, values: values)
    }

    /// The count matrix of `documents` over the learned vocabulary.
    /// - Complexity: O(t·n log(t·n)) for t tokens.
    public func transform(_ documents: [String]) -> SparseMatrix {
        precondition(!vocabulary.isEmpty, "CountVectorizer.transform called before fit")
        var rowStart = [0], columnIndices: [Int32] = [], values: [Double] = []
        for document in documents {
            let ranks = tokenizer.tokens(document).map { wordRanks[$0] ?? 0 }
            for (key, count) in countedKeys(ranks) {
                if let column = columnOfKey[key] {
                    columnIndices.append(column)
                    values.append(binary ? 1 : count)
                }
            }
            rowStart.append(columnIndices.count)
        }
        return SparseMatrix(unchecked: documents.count, columns: vocabulary.count, rowStart: rowStart, columnIndices: columnIndices, values: values)
    }

    /// The distinct n-gram keys of a document, ascending, with their counts. A key packs the word
    /// ranks left-aligned in 21-bit fields (0 = no word), so numeric order is vocabulary order: a
    /// shorter n-gram sorts before its extensions, as "not" < "not good" does. An n-gram with an
    /// unknown word (rank 0) is skipped.
    private func countedKeys(_ ranks: [UInt64]) -> [(UInt64, Double)] {
        var keys: [UInt64] = []
        keys.reserveCapacity(ranks.count * ngramRange.count)
        for length in ngramRange where ranks.count >= length {
            window: for start in 0...(ranks.count - length) {
                var key: UInt64 = 0
                for offset in 0..<length {
                    let rank = ranks[start + offset]
                    if rank == 0 { continue window }
                    key |= rank << (Self.rankBits * UInt64(2 - offset))
                }
                keys.append(key)
            }
        }
        keys.sort()
        var counted: [(UInt64, Double)] = []
        var i = 0
        while i < keys.count {
            var j = i + 1
            while j < keys.count, keys[j] == keys[i] { j += 1 }
            counted.append((keys[i], Double(j - i)))
            i = j
        }
        return counted
    }

    /// The n-gram text of a key.
    private func term(of key: UInt64, words: [String]) -> String {
        let mask: UInt64 = (1 << Self.rankBits) - 1
        return (0..<3).compactMap { offset -> String? in
            let rank = (key >> (Self.rankBits * UInt64(2 - offset))) & mask
            return rank == 0 ? nil : words[Int(rank - 1)]
        }.joined(separator: " ")
    }

    private func validate() throws {
        guard ngramRange.lowerBound >= 1, ngramRange.upperBound <= 3 else {
            throw MiniMLError.invalidParameter(name: "ngram_range", reason: "must lie within 1…3, not \(ngramRange)")
        }
        try minDF.validate(name: "min_df")
        try maxDF.validate(name: "max_df")
        if let maxFeatures, maxFeatures < 1 {
            throw MiniMLError.invalidParameter(name: "max_features", reason: "must be at least 1, not \(maxFeatures)")
        }
    }
}
