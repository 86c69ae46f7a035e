import MiniML
import Testing

@Suite("Recommender catalogue")
struct RecommenderCatalogTests {
    @Test("four recommenders with Surprise's parameter names and defaults")
    func entries() throws {
        #expect(RecommenderCatalog.all.map(\.name) == ["baseline", "item-knn", "svd", "als"])
        let svd = try RecommenderCatalog.model(named: "svd")
        #expect(svd.parameters.map(\.name) == ["n_factors", "n_epochs", "lr_all", "reg_all", "init_std_dev", "seed"])
        let model = try #require(svd.make(try svd.resolve(["n_factors=7", "lr_all=0.01"])) as? MatrixFactorization)
        #expect(model.factorCount == 7 && model.learningRate == 0.01 && model.epochs == 20 && model.regularization == 0.02)
        let knn = try #require(RecommenderSpec.itemKNN.make(Parameters(RecommenderSpec.itemKNN.parameters)) as? ItemKNNBaseline)
        #expect(knn.neighborCount == 40 && knn.minimumNeighbors == 1 && knn.shrinkage == 100 && knn.userRegularization == 15)
    }

    @Test("unknown names and bad parameters are refused with what is allowed")
    func errors() {
        do {
            _ = try RecommenderCatalog.model(named: "gbdt")
            Issue.record("an unknown recommender was found")
        } catch {
            #expect(error.known == ["baseline", "item-knn", "svd", "als"] && error.description.hasPrefix("unknown model 'gbdt'"))
        }
        #expect(throws: ParameterError.self) { try RecommenderSpec.als.resolve(["reg=0"]) }
    }
}
