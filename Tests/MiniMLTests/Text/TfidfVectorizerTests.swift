import MiniML
import Testing

@Suite("Text: TfidfVectorizer")
struct TfidfVectorizerTests {
    @Test("sublinear tf, smooth idf, L2 rows: matrix and idf equal scikit-learn's")
    func sublinear() throws {
        // v = TfidfVectorizer(token_pattern=TOKEN, sublinear_tf=True); X = v.fit_transform(corpus[:3]); v.idf_
        var vectorizer = TfidfVectorizer(sublinearTF: true)
        let x = try vectorizer.fitTransform(Array(TextFixtures.corpus.prefix(3)))
        #expect(vectorizer.vocabulary == ["a", "acting", "all", "at", "bad", "didn't", "don't", "film", "good", "great", "i", "it", "like", "miss", "movie", "not", "plot", "the", "was"])
        #expect(x.rowStart == [0, 7, 14, 21])
        #expect(x.columnIndices == [2, 3, 8, 14, 15, 17, 18, 0, 1, 6, 7, 9, 11, 13, 1, 4, 5, 10, 11, 12, 16])
        #expect(allClose(x.values, [0.3052315526800551, 0.3052315526800551, 0.5168019428381697, 0.3052315526800551, 0.5168019428381697, 0.3052315526800551, 0.3052315526800551, 0.3530342320239452, 0.2684916330715419, 0.3530342320239452, 0.3530342320239452, 0.5977389145924883, 0.2684916330715419, 0.3530342320239452, 0.2684916330715419, 0.5977389145924883, 0.3530342320239452, 0.3530342320239452, 0.2684916330715419, 0.3530342320239452, 0.3530342320239452], tolerance: 1e-12))
        #expect(allClose(vectorizer.idf, [1.6931471805599454, 1.2876820724517808, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.2876820724517808, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454, 1.6931471805599454], tolerance: 1e-12))
    }

    @Test("plain idf with min_df=2, max_df=0.5: matrix and idf equal scikit-learn's")
    func pruned() throws {
        // v = TfidfVectorizer(token_pattern=TOKEN, smooth_idf=False, min_df=2, max_df=0.5); X = v.fit_transform(corpus)
        var vectorizer = TfidfVectorizer(counter: CountVectorizer(minDF: .count(2), maxDF: .fraction(0.5)), smoothIDF: false)
        let x = try vectorizer.fitTransform(TextFixtures.corpus)
        #expect(vectorizer.vocabulary == ["a", "acting", "and", "bad", "boring", "film", "fun", "good", "great", "i", "it", "movie", "not", "plot", "the", "was"])
        #expect(x.rowStart == [0, 5, 10, 15, 21, 27, 31, 36, 43])
        #expect(x.columnIndices == [7, 11, 12, 14, 15, 0, 1, 5, 8, 10, 1, 3, 9, 10, 13, 2, 6, 7, 8, 13, 14, 3, 5, 6, 8, 12, 14, 0, 2, 3, 4, 0, 8, 9, 10, 11, 1, 2, 3, 4, 5, 14, 15])
        #expect(allClose(x.values, [0.6171125346478604, 0.3085562673239302, 0.6171125346478604, 0.21892989506057234, 0.3085562673239302, 0.38007416163059, 0.38007416163059, 0.38007416163059, 0.6497495876437451, 0.38007416163059, 0.3574830892940528, 0.6111293881749853, 0.43065795745953006, 0.3574830892940528, 0.43065795745953006, 0.27357895355619566, 0.3295790958254621, 0.6591581916509242, 0.23384622029886326, 0.3295790958254621, 0.4676924405977265, 0.34624231904005365, 0.4050722359283254, 0.48798834678572206, 0.34624231904005365, 0.48798834678572206, 0.34624231904005365, 0.4890039560636677, 0.4890039560636677, 0.41798437105722464, 0.5891004391952713, 0.3574830892940528, 0.6111293881749853, 0.43065795745953006, 0.3574830892940528, 0.43065795745953006, 0.2681285314162931, 0.2681285314162931, 0.22918738013633724, 0.32301300155035123, 0.2681285314162931, 0.4583747602726745, 0.6460260031007025], tolerance: 1e-12))
        #expect(allClose(vectorizer.idf, [1.9808292530117262, 1.9808292530117262, 1.9808292530117262, 1.6931471805599454, 2.386294361119891, 1.9808292530117262, 2.386294361119891, 2.386294361119891, 1.6931471805599454, 2.386294361119891, 1.9808292530117262, 2.386294361119891, 2.386294361119891, 2.386294361119891, 1.6931471805599454, 2.386294361119891], tolerance: 1e-12))
        // transform of the training documents gives the same matrix.
        let again = vectorizer.transform(TextFixtures.corpus)
        #expect(again.columnIndices == x.columnIndices && allClose(again.values, x.values, tolerance: 1e-15))
    }

    @Test("without idf and norm the weights are the raw counts; rows of unknown words stay empty")
    func countsOnly() throws {
        var vectorizer = TfidfVectorizer(useIDF: false, normalize: false)
        let x = try vectorizer.fitTransform(["good good bad", "bad"])
        #expect(x.denseRows() == [[1, 2], [1, 0]])
        #expect(vectorizer.transform(["nothing here"]).storedCount == 0)
    }
}
