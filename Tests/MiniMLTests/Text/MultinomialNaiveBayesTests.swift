import MiniML
import Testing

@Suite("Text: MultinomialNaiveBayes")
struct MultinomialNaiveBayesTests {
    @Test("probabilities and log-probabilities equal scikit-learn's to 1e-9")
    func againstScikitLearn() throws {
        // cv = CountVectorizer(token_pattern=TOKEN); m = MultinomialNB(alpha=1.0).fit(cv.fit_transform(corpus), labels)
        // m.predict_proba(X)[:, 1], m.predict_proba(cv.transform(unseen))[:, 1], m.feature_log_prob_[1, :3]
        let (vectorizer, x) = try TextFixtures.counts()
        var model = MultinomialNaiveBayes()
        try model.fit(x, TextFixtures.labels)
        #expect(model.classes == [0, 1])
        #expect(allClose(model.positiveProbabilities(x), [0.020623925699705295, 0.9971078870207905, 0.030323218518299354, 0.9944640504395325, 0.9807485234813339, 0.013258801838464672, 0.9944062509004898, 0.004193982242464668], tolerance: 1e-9))
        #expect(allClose(model.positiveProbabilities(vectorizer.transform(TextFixtures.unseen)), [0.5865006360387893, 0.8564922059549055, 0.5], tolerance: 1e-9))
        #expect(allClose(Array(model.featureLogProbabilities[1].prefix(3)), [-3.091042453358315, -3.49650756146648, -4.189654742026425], tolerance: 1e-9))
        #expect(model.predict(x) == TextFixtures.labels)
        let probabilities = model.predictProbabilities(x)
        #expect(abs(probabilities[0, 0] + probabilities[0, 1] - 1) < 1e-15)
    }

    @Test("top words: \"great\" (6 times, only in positive reviews) and \"was\" (3 times, only in negative ones)")
    func topWords() throws {
        let (vectorizer, x) = try TextFixtures.counts()
        var model = MultinomialNaiveBayes()
        try model.fit(x, TextFixtures.labels)
        let top = model.topFeatures(count: 2)
        #expect(vectorizer.vocabulary[top.positive[0].column] == "great")
        #expect(vectorizer.vocabulary[top.negative[0].column] == "was")
        #expect(top.positive[0].weight > top.positive[1].weight && top.negative[0].weight < top.negative[1].weight)
    }

    @Test("bad input is an error")
    func errors() throws {
        let x = try SparseMatrix(dense: [[1, 0], [0, 1]], columns: 2)
        #expect(throws: MiniMLError.invalidParameter(name: "alpha", reason: "must be a finite number > 0, not 0.0")) {
            var model = MultinomialNaiveBayes(alpha: 0); try model.fit(x, [0, 1])
        }
        #expect(throws: MiniMLError.invalidInput("only one class (1.0) in the targets")) { var model = MultinomialNaiveBayes(); try model.fit(x, [1, 1]) }
        #expect(throws: MiniMLError.invalidInput("MultinomialNaiveBayes separates two classes, but the targets have 3")) {
            var model = MultinomialNaiveBayes(); try model.fit(try SparseMatrix(dense: [[1], [2], [3]], columns: 1), [0, 1, 2])
        }
        #expect(throws: MiniMLError.shapeMismatch("2 rows but 3 targets")) { var model = MultinomialNaiveBayes(); try model.fit(x, [0, 1, 1]) }
        #expect(throws: MiniMLError.self) { var model = MultinomialNaiveBayes(); try model.fit(try SparseMatrix(dense: [[-1], [1]], columns: 1), [0, 1]) }
    }
}
