import MiniML
import Testing

@Suite("Text: CountVectorizer")
struct CountVectorizerTests {
    @Test("word 1-2-grams: sorted vocabulary and counts equal scikit-learn's")
    func bigrams() throws {
        // CountVectorizer(token_pattern=TOKEN, ngram_range=(1, 2)).fit_transform(corpus[:2]), sort_indices()
        var vectorizer = CountVectorizer(ngramRange: 1...2)
        let x = try vectorizer.fitTransform(Array(TextFixtures.corpus.prefix(2)))
        #expect(vectorizer.vocabulary == ["a", "a great", "acting", "acting don't", "all", "at", "at all", "don't", "don't miss", "film", "film great", "good", "good at", "good not", "great", "great acting", "great film", "it", "miss", "miss it", "movie", "movie was", "not", "not good", "the", "the movie", "was", "was not"])
        #expect(x.rowStart == [0, 14, 28])
        #expect(x.columnIndices == [4, 5, 6, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27, 0, 1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 18, 19])
        #expect(x.values == [1.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0])
        #expect(vectorizer.transform(Array(TextFixtures.corpus.prefix(2))) == x)
    }

    @Test("max_features keeps the most frequent terms, as scikit-learn; ties at the cut go to the alphabetically first")
    func maxFeatures() throws {
        // CountVectorizer(token_pattern=TOKEN, max_features=4).fit(corpus).get_feature_names_out(): "the" and "great"
        // are seen 6 times, "bad" 5, "good" 4, the rest at most 3.
        var counts = CountVectorizer(maxFeatures: 4)
        try counts.fit(TextFixtures.corpus)
        #expect(counts.vocabulary == ["bad", "good", "great", "the"])
        // With binary=True (ranked by document frequency: "good" is in 2 reviews only), max_features=3.
        var presence = CountVectorizer(maxFeatures: 3, binary: true)
        try presence.fit(TextFixtures.corpus)
        #expect(presence.vocabulary == ["bad", "great", "the"])
        // Ties: CountVectorizer(max_features=2).fit(["d c b a", "b c"]) keeps ['b', 'c'], and ["b a", "c"] keeps
        // ['a', 'b'] (NumPy's sort is stable on so few terms; on larger ones scikit-learn's tie order is NumPy's).
        var tied = CountVectorizer(maxFeatures: 2)
        try tied.fit(["d c b a", "b c"])
        #expect(tied.vocabulary == ["b", "c"])
        try tied.fit(["b a", "c"])
        #expect(tied.vocabulary == ["a", "b"])
    }

    @Test("binary records presence; unknown words and n-grams through them are ignored")
    func transformUnseen() throws {
        var vectorizer = CountVectorizer(ngramRange: 1...2, binary: true)
        try vectorizer.fit(["good good movie", "bad movie"])
        #expect(vectorizer.vocabulary == ["bad", "bad movie", "good", "good good", "good movie", "movie"])
        let x = vectorizer.transform(["good bad movie good", "nothing known", "good unknown movie"])
        #expect(x.denseRows() == [[1, 1, 1, 0, 0, 1], [0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 1]])
    }

    @Test("min_df and max_df as counts and fractions")
    func documentFrequency() throws {
        let documents = ["a b c", "a b", "a d", "a"]
        var common = CountVectorizer(minDF: .count(2), maxDF: .fraction(0.75))
        try common.fit(documents)
        #expect(common.vocabulary == ["b"])
        var rare = CountVectorizer(minDF: .fraction(0.5), maxDF: .count(3))
        try rare.fit(documents)
        #expect(rare.vocabulary == ["b"])
        var all = CountVectorizer()
        try all.fit(documents)
        #expect(all.vocabulary == ["a", "b", "c", "d"])
    }

    @Test("command-line readings of min_df and max_df")
    func readings() throws {
        #expect(try DocumentFrequencyLimit.reading(2, name: "min_df", oneIsFraction: false) == .count(2))
        #expect(try DocumentFrequencyLimit.reading(1, name: "min_df", oneIsFraction: false) == .count(1))
        #expect(try DocumentFrequencyLimit.reading(0.01, name: "min_df", oneIsFraction: false) == .fraction(0.01))
        #expect(try DocumentFrequencyLimit.reading(1, name: "max_df", oneIsFraction: true) == .fraction(1))
        #expect(try DocumentFrequencyLimit.reading(5000, name: "max_df", oneIsFraction: true) == .count(5000))
        #expect(throws: MiniMLError.invalidParameter(name: "min_df", reason: "2.5 is above 1, so it must be a whole number of documents")) {
            try DocumentFrequencyLimit.reading(2.5, name: "min_df", oneIsFraction: false)
        }
    }

    @Test("bad settings and empty input are errors, not crashes")
    func errors() {
        #expect(throws: MiniMLError.emptyInput) { var v = CountVectorizer(); try v.fit([]) }
        #expect(throws: MiniMLError.self) { var v = CountVectorizer(ngramRange: 1...4); try v.fit(["a"]) }
        #expect(throws: MiniMLError.self) { var v = CountVectorizer(maxFeatures: 0); try v.fit(["a"]) }
        #expect(throws: MiniMLError.self) { var v = CountVectorizer(minDF: .fraction(1.5)); try v.fit(["a"]) }
        #expect(throws: MiniMLError.self) { var v = CountVectorizer(minDF: .count(3), maxDF: .count(2)); try v.fit(["a", "a", "a"]) }
        // Every term is in 2 of 2 documents, above max_df = 50 %.
        #expect(throws: MiniMLError.invalidInput("no term is left after pruning; try a lower min_df or a higher max_df")) {
            var v = CountVectorizer(maxDF: .fraction(0.5)); try v.fit(["a b", "b a"])
        }
        #expect(throws: MiniMLError.self) { var v = CountVectorizer(); try v.fit(["", "!!!"]) }
    }
}
