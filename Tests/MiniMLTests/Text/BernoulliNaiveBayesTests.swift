import MiniML
import Testing

@Suite("Text: BernoulliNaiveBayes")
struct BernoulliNaiveBayesTests {
    @Test("probabilities equal scikit-learn's to 1e-9, absent words counting")
    func againstScikitLearn() throws {
        // cv = CountVectorizer(token_pattern=TOKEN); b = BernoulliNB(alpha=0.5).fit(cv.fit_transform(corpus), labels)
        // b.predict_proba(X)[:, 1], b.predict_proba(cv.transform(unseen))[:, 1]
        let (vectorizer, x) = try TextFixtures.counts()
        var model = BernoulliNaiveBayes(alpha: 0.5)
        try model.fit(x, TextFixtures.labels)
        #expect(allClose(model.positiveProbabilities(x), [0.00193250323961912, 0.9994124559341946, 0.003190519598906086, 0.9991708687265223, 0.9997849079368344, 9.219364428305279e-05, 0.9977375565610863, 0.0002518891687657418], tolerance: 1e-9))
        #expect(allClose(model.positiveProbabilities(vectorizer.transform(TextFixtures.unseen)), [0.6999999999999993, 0.9270270270270269, 0.20588235294117554], tolerance: 1e-9))
        // Presence, not counts: doubling a row changes nothing.
        let doubled = x.scalingColumns(by: [Double](repeating: 2, count: x.columns))
        #expect(model.decisionFunction(doubled) == model.decisionFunction(x))
    }
}
