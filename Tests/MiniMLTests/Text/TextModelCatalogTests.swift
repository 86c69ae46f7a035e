import MiniML
import Testing

@Suite("Text: TextModelCatalog")
struct TextModelCatalogTests {
    @Test("names, unique, with the default among them")
    func names() throws {
        #expect(TextModelCatalog.all.map(\.name) == ["nb", "bernoulli-nb", "logistic", "svm", "nbsvm"])
        #expect(TextModelCatalog.all.contains { $0.name == TextModelCatalog.defaultModel })
        #expect(throws: UnknownModelError.self) { try TextModelCatalog.model(named: "bert") }
    }

    @Test("every model fits the corpus at its defaults and ranks its own training reviews perfectly")
    func everyModelFits() throws {
        for spec in TextModelCatalog.all {
            var pipeline = try spec.make(spec.resolve(["min_df=1"]))
            try pipeline.fit(TextFixtures.corpus, TextFixtures.labels)
            let scores = pipeline.positiveProbabilities(TextFixtures.corpus)
            #expect(try rocAUC(labels: TextFixtures.labels, scores: scores) == 1, "\(spec.name)")
            #expect(scores.allSatisfy { $0 >= 0 && $0 <= 1 }, "\(spec.name)")
            let top = pipeline.topTerms(count: 3)
            #expect(top.positive.count == 3 && top.negative.count == 3, "\(spec.name)")
            #expect(top.positive.allSatisfy { $0.weight > 0 } && top.negative.allSatisfy { $0.weight < 0 }, "\(spec.name)")
        }
    }

    @Test("vectoriser parameters reach the vectoriser; a fractional count is refused")
    func parameters() throws {
        let spec = try TextModelCatalog.model(named: "logistic")
        var pipeline = try spec.make(spec.resolve(["ngram_max=1", "min_df=1", "max_features=4"]))
        try pipeline.fit(TextFixtures.corpus, TextFixtures.labels)
        #expect(pipeline.vectorizer.vocabulary == ["bad", "good", "great", "the"])
        #expect(throws: MiniMLError.self) { try spec.make(spec.resolve(["min_df=2.5"])) }
        #expect(throws: ParameterError.self) { try spec.resolve(["ngram_max=4"]) }
    }
}
