import MiniML
import Testing

/// u1 rated x 5; u2 rated x 1, y 5; u3 rated x 1, z 1. μ = 2.6. One ALS epoch with no regularisation:
/// b_x = (2.4 − 1.6 − 1.6)/3 = −0.8/3, b_y = 2.4, b_z = −1.6; b_u1 = 2.4 + 0.8/3 = 8/3,
/// b_u2 = ((−1.6 + 0.8/3) + 0)/2 = −2/3, b_u3 = ((−1.6 + 0.8/3) + 0)/2 = −2/3.
private func fittedBaseline() throws -> BaselinePredictor {
    var model = BaselinePredictor(userRegularization: 0, itemRegularization: 0, epochs: 1)
    try model.fit(try ratings([("u1", "x", 5), ("u2", "x", 1), ("u2", "y", 5), ("u3", "x", 1), ("u3", "z", 1)]))
    return model
}

@Suite("Rating predictors")
struct RatingPredictorTests {
    @Test("predictions are clipped to the scale; estimates are not")
    func clipping() throws {
        let model = try fittedBaseline()
        let u1 = try #require(model.trainingData?.userIndex["u1"]), y = try #require(model.trainingData?.itemIndex["y"])
        #expect(abs(model.estimate(user: u1, item: y) - (2.6 + 8.0 / 3 + 2.4)) < 1e-12)
        #expect(model.predict(user: "u1", item: "y") == 5)
        #expect(abs(model.estimate(user: model.trainingData?.userIndex["u2"], item: model.trainingData?.itemIndex["z"]) - (2.6 - 2.0 / 3 - 1.6)) < 1e-12)
        #expect(model.predict(user: "u2", item: "z") == 0.5)
        #expect(abs(model.predict(user: "u1", item: "z") - (2.6 + 8.0 / 3 - 1.6)) < 1e-12)
    }

    @Test("unknown users and items fall back to the mean plus the bias that is known")
    func unknowns() throws {
        let model = try fittedBaseline()
        #expect(abs(model.predict(user: "stranger", item: "y") - 5.0) < 1e-12)
        #expect(abs(model.predict(user: "u3", item: "new") - (2.6 - 2.0 / 3)) < 1e-12)
        #expect(abs(model.predict(user: "stranger", item: "new") - 2.6) < 1e-12)
        #expect(model.predict(user: "u1", item: "new") == 5)
    }

    @Test("every model predicts finite values on the scale for unknown users and items")
    func unknownsEveryModel() throws {
        let data = try smallRatings()
        for spec in RecommenderCatalog.all {
            var model = spec.make(Parameters(spec.parameters))
            try model.fit(data)
            let predictions = model.predict(users: ["nobody", "u0", "nobody"], items: ["m0", "nothing", "nothing"])
            #expect(predictions.allSatisfy { $0.isFinite && (0.5...5).contains($0) }, "\(spec.name)")
            #expect(predictions[2] == data.mean, "\(spec.name)")
        }
    }

    @Test("recommend ranks only the items the user has not rated, best first")
    func recommend() throws {
        let model = try fittedBaseline()
        let forU1 = try model.recommend(user: "u1", count: 10)
        #expect(forU1.map(\.item) == ["y", "z"])
        #expect(forU1[0].rating == 5 && abs(forU1[1].rating - (2.6 + 8.0 / 3 - 1.6)) < 1e-12)
        #expect(try model.recommend(user: "u3", count: 10).map(\.item) == ["y"])
        #expect(try model.recommend(user: "u1", count: 1).map(\.item) == ["y"])
        #expect(throws: MiniMLError.invalidInput("user stranger has no ratings in the training data")) {
            try model.recommend(user: "stranger", count: 3)
        }
    }

    @Test("recommend excludes seen items for every model of the catalogue")
    func recommendEveryModel() throws {
        let data = try smallRatings()
        let seen = Set(data.users.indices.filter { data.userIDs[data.users[$0]] == "u4" }.map { data.itemIDs[data.items[$0]] })
        for spec in RecommenderCatalog.all {
            var model = spec.make(Parameters(spec.parameters))
            try model.fit(data)
            let recommended = try model.recommend(user: "u4", count: 100)
            #expect(recommended.count == data.itemCount - seen.count, "\(spec.name)")
            #expect(Set(recommended.map(\.item)).isDisjoint(with: seen), "\(spec.name)")
            #expect(zip(recommended, recommended.dropFirst()).allSatisfy { $0.rating >= $1.rating }, "\(spec.name)")
        }
    }
}
