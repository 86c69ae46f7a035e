import AilabTestSupport
import Foundation
import Grader
@testable import Lab
import MiniML
import Store
import Testing

@Suite("Ratings training")
struct RatingsTrainingTests {
    @Test("the baseline cross-validates, writes every test Id, and unknowns get the mean plus the known bias")
    func baselineSubmission() throws {
        let fixture = try RatingsFixture()
        defer { fixture.remove() }
        let output = fixture.url.appending(path: "stars.csv").path
        let lab = try fixture.lab()
        let report = try lab.trainRatings(
            competition: try fixture.competition(), options: TrainingOptions(model: "baseline", folds: 3, outputPath: output),
            progress: { _ in })
        #expect(report.crossValidation.scores.count == 3 && report.trainingRows == 11 && report.predictionCount == 6)
        #expect(report.learningCurve == nil)

        // The same model fitted independently on all ratings gives the file's values.
        var model = BaselinePredictor()
        let triples = RatingsFixture.ratings
        try model.fit(try RatingData(users: triples.map(\.0), items: triples.map(\.1), ratings: triples.map(\.2), scale: 0.5...5))
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "Id,stars")
        let values = lines.dropFirst().map { Double($0.split(separator: ",")[1])! }
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == ["1", "2", "3", "4", "5", "6"])
        let mean = triples.map(\.2).reduce(0, +) / 11
        #expect(abs(values[5] - mean) < 1e-12)
        #expect(abs(values[4] - (mean + model.itemBiases[0])) < 1e-12)
        #expect(abs(values[3] - (mean + model.userBiases[0])) < 1e-12)
        #expect(abs(values[0] - model.predict(user: "1", item: "40")) < 1e-12)

        let receipt = try lab.submit(competitionID: RatingsFixture.competition, filePath: output, message: nil)
        #expect(receipt.publicScore.isFinite)
    }

    @Test("progress reports every fold and the final fit; SVD reports its per-epoch curve")
    func progressAndCurve() throws {
        let fixture = try RatingsFixture()
        defer { fixture.remove() }
        let recorder = ProgressRecorder()
        let report = try fixture.lab().trainRatings(
            competition: try fixture.competition(),
            options: TrainingOptions(model: "svd", parameters: ["n_epochs=7", "n_factors=3"], folds: 2, outputPath: fixture.url.appending(path: "p.csv").path),
            progress: { recorder.record($0) })
        #expect(recorder.steps.map(\.completed) == [0, 1, 2, 3])
        #expect(recorder.steps.map(\.stage) == ["fold 1 of 2", "fold 2 of 2", "final fit on all rows", "done"])
        #expect(report.learningCurve?.training.count == 7 && report.learningCurve?.roundName == "epoch")
        #expect(report.text.contains("n_factors=3 n_epochs=7, the rest at defaults"))
    }

    @Test("recipe mistakes name the file and the key")
    func recipeErrors() throws {
        let fixture = try RatingsFixture()
        defer { fixture.remove() }
        let options = TrainingOptions(model: "baseline", outputPath: fixture.url.appending(path: "x.csv").path)
        let path = fixture.dataset.appending(path: "ratings.json").path
        func error(recipe: String) throws -> String {
            try fixture.write(recipe, to: "datasets/stars/ratings.json")
            do {
                _ = try fixture.lab().trainRatings(competition: try fixture.competition(), options: options, progress: { _ in })
                return "no error"
            } catch { return "\(error)" }
        }
        let missingKey = try error(recipe: RatingsFixture.recipe.replacingOccurrences(of: "\"ratingColumn\": \"stars\", ", with: ""))
        #expect(missingKey.hasPrefix(path) && missingKey.contains("ratingColumn"))
        let badScale = try error(recipe: RatingsFixture.recipe.replacingOccurrences(of: "\"highest\": 5", with: "\"highest\": 0"))
        #expect(badScale == "\(path): scale: lowest (0.5) must be below highest (0.0)")
        let badModel = try error(recipe: RatingsFixture.recipe.replacingOccurrences(of: "\"baseline\"", with: "\"gbdt\""))
        #expect(badModel == "\(path): defaultModel: 'gbdt' is not a recommender; they are: baseline, item-knn, svd, als")
        let badColumn = try error(recipe: RatingsFixture.recipe.replacingOccurrences(of: "\"user\"", with: "\"member\""))
        #expect(badColumn == "\(fixture.dataset.appending(path: "train.csv").path):1: has no column member (userColumn in ratings.json)")
    }

    @Test("a rating off the scale names train.csv and its line; a bad fold count is refused")
    func dataErrors() throws {
        let fixture = try RatingsFixture()
        defer { fixture.remove() }
        let lab = try fixture.lab()
        let output = fixture.url.appending(path: "x.csv").path
        #expect(throws: TrainingError(message: "cross-validation needs 2 to 11 folds, not 12")) {
            try lab.trainRatings(competition: try fixture.competition(), options: TrainingOptions(model: "baseline", folds: 12, outputPath: output), progress: { _ in })
        }
        try fixture.write("user,film,stars\n1,10,4\n2,10,7\n", to: "datasets/stars/train.csv")
        #expect(throws: CourseError.invalidFile(path: fixture.dataset.appending(path: "train.csv").path, line: 3, reason: "stars '7' is not a rating from 0.5 to 5.0")) {
            try lab.trainRatings(competition: try fixture.competition(), options: TrainingOptions(model: "baseline", outputPath: output), progress: { _ in })
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("recommend lists unrated films with titles, years and genres; unknown users are told where ids are")
    func recommend() throws {
        let fixture = try RatingsFixture()
        defer { fixture.remove() }
        let lab = try fixture.lab()
        // User 2 rated films 10 and 20; the baseline ranks 30 above 40 or the other way round.
        let recommendations = try lab.recommend(userID: "2", count: 5)
        #expect(Set(recommendations.map(\.itemID)) == ["30", "40"])
        var model = BaselinePredictor()
        let triples = RatingsFixture.ratings
        try model.fit(try RatingData(users: triples.map(\.0), items: triples.map(\.1), ratings: triples.map(\.2), scale: 0.5...5))
        for recommendation in recommendations {
            #expect(abs(recommendation.predictedRating - model.predict(user: "2", item: recommendation.itemID)) < 1e-12)
        }
        let zeta = try #require(recommendations.first { $0.itemID == "40" })
        #expect(zeta.title == "Zeta" && zeta.year == nil && zeta.genres == ["Documentary"] && zeta.displayTitle == "Zeta")
        let gamma = try #require(recommendations.first { $0.itemID == "30" })
        #expect(gamma.displayTitle == "Gamma (1985)" && gamma.genres == ["Drama"])
        #expect(try lab.recommend(userID: "2", count: 1, model: "svd", parameters: ["n_factors=2"]).count == 1)

        do {
            _ = try lab.recommend(userID: "77", count: 5)
            Issue.record("an unknown user got recommendations")
        } catch let error as RecommendationError {
            #expect(error.message.hasPrefix("user 77 has no ratings in stars; the 4 users are the user column of "))
            #expect(error.message.hasSuffix("datasets/stars/train.csv (for example 1, 2, 3)"))
        }
        #expect(throws: RecommendationError(message: "the number of recommendations must be at least 1, not 0")) {
            try lab.recommend(userID: "2", count: 0)
        }
        #expect(throws: UnknownModelError.self) { try lab.recommend(userID: "2", count: 3, model: "gbdt") }
    }

    @Test("recommendations print as a numbered table")
    func text() {
        let text = Recommendation.text([
            Recommendation(itemID: "318", title: "Shawshank Redemption, The", year: "1994", genres: ["Crime", "Drama"], predictedRating: 4.6123),
            Recommendation(itemID: "7", title: "", year: nil, genres: [], predictedRating: 4.1),
        ], userID: "12", model: "svd")
        #expect(text == """
            Top 2 for user 12 (svd), among items they have not rated:
             #  rating  title                             genres         id
            --  ------  --------------------------------  ------------  ---
            1.    4.61  Shawshank Redemption, The (1994)  Crime, Drama  318
            2.    4.10  item 7                                            7

            """)
    }

    @Test("the real movie-ratings competition with its default model beats the sample submission")
    func realCompetition() throws {
        let root = CourseRoot(url: repositoryRoot(from: #filePath))
        let lab = try Lab(root: root, store: try Store.inMemory(), login: "ada", clock: { Date(timeIntervalSince1970: 1_773_153_000) })
        let competition = try lab.competition("movie-ratings")
        let recipe = try RatingsRecipe.load(for: competition)
        let output = try makeTemporaryDirectory().appending(path: "movie-ratings.csv")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let report = try lab.trainRatings(
            competition: competition, options: TrainingOptions(model: recipe.defaultModel, folds: 2, outputPath: output.path), progress: { _ in })
        #expect(report.predictionCount == 20_001 && report.trainingRows == 80_003)
        #expect(report.crossValidation.mean < 0.92)
        let receipt = try lab.submit(competitionID: "movie-ratings", filePath: output.path, message: nil)
        // The sample submission (3.547 everywhere) scores 1.05505 on the public part.
        #expect(receipt.publicScore < 0.95)
    }
}
