import Foundation
import Grader
import MiniML

/// How `ailab train` reads a ratings competition: `datasets/<id>/ratings.json`. Its presence makes a
/// competition a recommender one: train.csv holds (user, item, rating) rows, test.csv (Id, user, item).
public struct RatingsRecipe: Equatable, Sendable {
    /// The columns of train.csv and test.csv holding the user id, the item id and (train only) the rating.
    public var userColumn: String
    public var itemColumn: String
    public var ratingColumn: String
    /// The lowest and highest rating; predictions are clipped to it.
    public var scale: ClosedRange<Double>
    /// The catalogue name used when the learner names no model.
    public var defaultModel: String
    /// The item catalogue recommendations are described from.
    public var items: ItemCatalog

    /// Where item names come from: a CSV file of the dataset folder and its columns.
    public struct ItemCatalog: Equatable, Sendable, Decodable {
        /// The file name inside `datasets/<id>/`, e.g. "movies.csv".
        public var file: String
        /// The item id column, matching the ratings' item column.
        public var idColumn: String
        /// The item's name.
        public var titleColumn: String
        /// An optional year column, shown after the title.
        public var yearColumn: String?
        /// An optional column of `|`-separated genres.
        public var genresColumn: String?
    }

    /// The file name inside `datasets/<id>/`.
    public static let fileName = "ratings.json"

    /// Whether `competition` is a ratings competition (its dataset folder has `ratings.json`).
    public static func exists(for competition: Competition) -> Bool {
        FileManager.default.fileExists(atPath: competition.datasetDirectory.appending(path: fileName).path)
    }

    /// Reads `ratings.json` from the competition's dataset folder.
    /// - Throws: `CourseError.invalidFile` naming the file (and the key) when it is missing or wrong.
    public static func load(for competition: Competition) throws -> RatingsRecipe {
        let url = competition.datasetDirectory.appending(path: fileName)
        func invalid(_ reason: String) -> CourseError { .invalidFile(path: url.path, line: nil, reason: reason) }
        struct Scale: Decodable { var lowest: Double, highest: Double }
        struct File: Decodable {
            var userColumn: String, itemColumn: String, ratingColumn: String, scale: Scale, defaultModel: String
            var items: ItemCatalog
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw invalid("cannot be read (\(error.localizedDescription))") }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch { throw invalid(describeDecodingError(error)) }
        guard file.scale.lowest.isFinite, file.scale.highest.isFinite, file.scale.lowest < file.scale.highest else {
            throw invalid("scale: lowest (\(file.scale.lowest)) must be below highest (\(file.scale.highest))")
        }
        guard RecommenderCatalog.all.contains(where: { $0.name == file.defaultModel }) else {
            throw invalid("defaultModel: '\(file.defaultModel)' is not a recommender; they are: \(RecommenderCatalog.all.map(\.name).joined(separator: ", "))")
        }
        return RatingsRecipe(
            userColumn: file.userColumn, itemColumn: file.itemColumn, ratingColumn: file.ratingColumn,
            scale: file.scale.lowest...file.scale.highest, defaultModel: file.defaultModel, items: file.items)
    }

    /// The training ratings of `competition`.
    /// - Throws: `CourseError.invalidFile` naming train.csv, the line and the column for a missing
    ///   column, a rating that is not a number or is off the scale, or a pair rated twice.
    public func loadTraining(_ competition: Competition) throws -> RatingData {
        let url = competition.datasetDirectory.appending(path: "train.csv")
        let table = try readDatasetCSV(url)
        let (users, items) = try idColumns(table, url: url)
        guard let ratingIndex = table.columnIndex(ratingColumn) else {
            throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(ratingColumn) (ratingColumn in \(Self.fileName))")
        }
        var ratings: [Double] = []
        ratings.reserveCapacity(table.records.count)
        for record in table.records {
            guard let value = Double(record[ratingIndex]), scale.contains(value) else {
                throw CourseError.invalidFile(
                    path: url.path, line: record.line,
                    reason: "\(ratingColumn) '\(record[ratingIndex])' is not a rating from \(scale.lowerBound) to \(scale.upperBound)")
            }
            ratings.append(value)
        }
        do { return try RatingData(users: users, items: items, ratings: ratings, scale: scale) } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: "\(error)")
        }
    }

    /// The test rows of `competition`: ids, users and items, in file order.
    public func loadTest(_ competition: Competition) throws -> (ids: [String], users: [String], items: [String]) {
        let url = competition.datasetDirectory.appending(path: "test.csv")
        let table = try readDatasetCSV(url)
        let (users, items) = try idColumns(table, url: url)
        guard let idIndex = table.columnIndex(competition.spec.idColumn) else {
            throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(competition.spec.idColumn)")
        }
        return (table.records.map { $0[idIndex] }, users, items)
    }

    private func idColumns(_ table: CSVTable, url: URL) throws -> ([String], [String]) {
        guard let userIndex = table.columnIndex(userColumn) else {
            throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(userColumn) (userColumn in \(Self.fileName))")
        }
        guard let itemIndex = table.columnIndex(itemColumn) else {
            throw CourseError.invalidFile(path: url.path, line: 1, reason: "has no column \(itemColumn) (itemColumn in \(Self.fileName))")
        }
        return (table.records.map { $0[userIndex] }, table.records.map { $0[itemIndex] })
    }
}


extension Lab {
    /// Cross-validates a recommender on a ratings competition (k folds over the rating rows), fits it
    /// on all ratings, predicts test.csv and writes an `Id,<target>` submission that `submit` accepts.
    ///
    /// `Lab.train` hands a competition over here when its dataset folder has `ratings.json`.
    /// Predictions are clipped to the recipe's scale; users and movies absent from the training rows
    /// get the model's baseline. The report's feature count is 0: a recommender has no feature matrix.
    /// - Throws: `CourseError.invalidFile` for a bad recipe or data file; `UnknownModelError` or
    ///   `ParameterError` for the model; `TrainingError` for a fold count outside 2…ratings; the
    ///   error of a fit.
    func trainRatings(
        competition: Competition, options: TrainingOptions, progress: @escaping @Sendable (TrainingProgress) throws -> Void
    ) throws -> TrainingReport {
        let recipe = try RatingsRecipe.load(for: competition)
        let spec = try RecommenderCatalog.model(named: options.model ?? recipe.defaultModel)
        let parameters = try spec.resolve(options.parameters)
        let ratings = try recipe.loadTraining(competition)
        let test = try recipe.loadTest(competition)
        guard options.folds >= 2, options.folds <= ratings.count else {
            throw TrainingError(message: "cross-validation needs 2 to \(ratings.count) folds, not \(options.folds)")
        }
        let metric = competition.spec.metric
        let total = options.folds + 1
        var scores: [Double] = []
        let cvStart = Date()
        for (number, fold) in kFold(count: ratings.count, k: options.folds, seed: 0).enumerated() {
            try progress(TrainingProgress(completed: number, total: total, stage: "fold \(number + 1) of \(options.folds)"))
            var model = spec.make(parameters)
            try model.fit(ratings.selecting(rows: fold.train))
            let predicted = model.predict(
                users: fold.validation.map { ratings.userIDs[ratings.users[$0]] },
                items: fold.validation.map { ratings.itemIDs[ratings.items[$0]] })
            scores.append(try metric.score(actual: fold.validation.map { ratings.values[$0] }, predicted: predicted))
        }
        let crossValidationSeconds = Date().timeIntervalSince(cvStart)

        try progress(TrainingProgress(completed: options.folds, total: total, stage: "final fit on all rows"))
        let fitStart = Date()
        var model = spec.make(parameters)
        try model.fit(ratings)
        let fitSeconds = Date().timeIntervalSince(fitStart)
        try progress(TrainingProgress(completed: total, total: total, stage: "done"))

        let predictions = model.predict(users: test.users, items: test.items)
        try writeSubmission(
            ids: test.ids, predictions: predictions, rule: .closedRange(recipe.scale.lowerBound, recipe.scale.upperBound),
            header: "\(competition.spec.idColumn),\(competition.spec.targetColumn)", to: options.outputPath)
        return TrainingReport(
            competition: competition, model: spec, parameters: parameters, crossValidation: CrossValidationResult(scores: scores),
            crossValidationSeconds: crossValidationSeconds, fitSeconds: fitSeconds, trainingRows: ratings.count,
            featureCount: 0, topFeatures: [], learningCurve: (model as? any LearningCurveReporting)?.learningCurve,
            outputPath: options.outputPath, predictionCount: predictions.count)
    }
}
