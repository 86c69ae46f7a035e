import Foundation
import Grader
import MiniML

/// An item recommended to a user: what it is (from the recipe's item file) and the rating predicted.
public struct Recommendation: Equatable, Sendable {
    /// The item id as in the data files, e.g. a movieId.
    public let itemID: String
    /// Its title; empty when the item file has none for it.
    public let title: String
    /// Its year, when the item file has a year column with a value.
    public let year: String?
    /// Its genres, in file order (empty when there is no genres column).
    public let genres: [String]
    /// The predicted rating, on the competition's scale.
    public let predictedRating: Double
}

/// Why recommendations could not be made: the message says what to do instead.
public struct RecommendationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Lab {
    /// The `count` items `userID` has not rated with the highest predicted ratings, best first, from a
    /// model fitted on all training ratings of a ratings competition.
    /// - Parameters:
    ///   - minimumRatings: only items rated at least this many times in training are recommended: a
    ///     model's guess about an item three people rated is mostly noise (and its top picks would be
    ///     obscure films that one enthusiast loved).
    ///   - model: a recommender's catalogue name; nil for the recipe's default.
    ///   - competitionID: the competition; nil for the course's only ratings competition.
    /// - Throws: `RecommendationError` for an unknown user (saying where user ids are listed), a count
    ///   below 1, or no single ratings competition; `CourseError` for bad files; `UnknownModelError`,
    ///   `ParameterError` or a fit's error for the model.
    public func recommend(
        userID: String, count: Int, minimumRatings: Int = 1, model: String? = nil, parameters: [String] = [],
        competitionID: String? = nil
    ) throws -> [Recommendation] {
        guard count >= 1 else { throw RecommendationError(message: "the number of recommendations must be at least 1, not \(count)") }
        let competition = try ratingsCompetition(competitionID)
        let recipe = try RatingsRecipe.load(for: competition)
        let spec = try RecommenderCatalog.model(named: model ?? recipe.defaultModel)
        let resolved = try spec.resolve(parameters)
        let ratings = try recipe.loadTraining(competition)
        guard ratings.userIndex[userID] != nil else {
            let examples = ratings.userIDs.prefix(3).joined(separator: ", ")
            throw RecommendationError(
                message: "user \(userID) has no ratings in \(competition.id); the \(ratings.userCount) users are the "
                    + "\(recipe.userColumn) column of \(displayPath(competition.datasetDirectory.appending(path: "train.csv"))) "
                    + "(for example \(examples))")
        }
        var predictor = spec.make(resolved)
        try predictor.fit(ratings)
        let items = try ItemDescriptions(recipe.items, in: competition)
        var ratingCounts = [Int](repeating: 0, count: ratings.itemCount)
        for item in ratings.items { ratingCounts[item] += 1 }
        let ranked = try predictor.recommend(user: userID, count: ratings.itemCount)
            .filter { ratingCounts[ratings.itemIndex[$0.item]!] >= minimumRatings }
            .prefix(count)
        return ranked.map { item, rating in
            let described = items.descriptions[item]
            return Recommendation(
                itemID: item, title: described?.title ?? "", year: described?.year, genres: described?.genres ?? [],
                predictedRating: rating)
        }
    }

    /// The competition named `id`, which must have `ratings.json`, or the only one that has.
    private func ratingsCompetition(_ id: String?) throws -> Competition {
        if let id {
            let competition = try competition(id)
            guard RatingsRecipe.exists(for: competition) else {
                throw RecommendationError(message: "\(id) is not a ratings competition (datasets/\(id)/\(RatingsRecipe.fileName) is missing)")
            }
            return competition
        }
        let candidates = try root.competitions().filter(RatingsRecipe.exists)
        guard candidates.count == 1 else {
            throw RecommendationError(
                message: candidates.isEmpty
                    ? "this course has no ratings competition (none has datasets/<id>/\(RatingsRecipe.fileName))"
                    : "several ratings competitions (\(candidates.map(\.id).joined(separator: ", "))); name one")
        }
        return candidates[0]
    }
}

/// Titles, years and genres of the items, read from the recipe's item file.
private struct ItemDescriptions {
    let descriptions: [String: (title: String, year: String?, genres: [String])]

    init(_ catalog: RatingsRecipe.ItemCatalog, in competition: Competition) throws {
        let url = competition.datasetDirectory.appending(path: catalog.file)
        let table = try readDatasetCSV(url)
        func column(_ name: String, key: String) throws -> Int {
            guard let index = table.columnIndex(name) else {
                throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(name) (items.\(key) in \(RatingsRecipe.fileName))")
            }
            return index
        }
        let id = try column(catalog.idColumn, key: "idColumn")
        let title = try column(catalog.titleColumn, key: "titleColumn")
        let year = try catalog.yearColumn.map { try column($0, key: "yearColumn") }
        let genres = try catalog.genresColumn.map { try column($0, key: "genresColumn") }
        var descriptions: [String: (title: String, year: String?, genres: [String])] = [:]
        for record in table.records {
            descriptions[record[id]] = (
                record[title], year.map { record[$0] }.flatMap { $0.isEmpty ? nil : $0 },
                genres.map { record[$0].split(separator: "|").map(String.init) } ?? [])
        }
        self.descriptions = descriptions
    }
}
