import Foundation
import Grader
import MiniML

/// A competition's training and test tables, split into features and target, ready for a pipeline.
public struct TrainingData: Sendable {
    /// Training features (id and target removed).
    public let trainFeatures: DataTable
    /// Training target, one value per row.
    public let target: [Double]
    /// Test features, typed like the training ones.
    public let testFeatures: DataTable
    /// Test ids as written in test.csv, in file order: the submission's id column.
    public let testIDs: [String]
    /// The recipe the features follow.
    public let recipe: FeatureRecipe

    /// Reads `datasets/<id>/train.csv` and `test.csv` with the competition's recipe. Test columns are
    /// given the types inferred on the training file (`DataTable(csv:like:)`), so both sides are
    /// encoded alike even when a column happens to be empty in one of them.
    public static func load(_ competition: Competition) throws -> TrainingData {
        let recipe = try FeatureRecipe.load(for: competition)
        let spec = competition.spec
        let trainURL = competition.datasetDirectory.appending(path: "train.csv")
        let testURL = competition.datasetDirectory.appending(path: "test.csv")
        let train = try readTable(trainURL, types: recipe.types)
        guard let target = train.numericValues(spec.targetColumn) else {
            throw CourseError.invalidFile(path: trainURL.path, line: nil, reason: "has no numeric column \(spec.targetColumn)")
        }
        if let missing = target.firstIndex(where: { $0.isNaN }) {
            throw CourseError.invalidFile(path: trainURL.path, line: missing + 2, reason: "\(spec.targetColumn) is missing")
        }
        let trainFeatures = train.dropping(columns: [spec.idColumn, spec.targetColumn])
        let testCSV = try readDatasetCSV(testURL)
        guard let idIndex = testCSV.columnIndex(spec.idColumn) else {
            throw CourseError.invalidFile(path: testURL.path, line: 1, reason: "has no column \(spec.idColumn)")
        }
        // Typed like the training file, and limited to its feature columns (a missing one is an error here).
        let testFeatures: DataTable
        do { testFeatures = try DataTable(csv: testCSV, like: trainFeatures).selecting(columns: trainFeatures.columnNames) } catch {
            throw CourseError.invalidFile(path: testURL.path, line: nil, reason: "\(error)")
        }
        return TrainingData(
            trainFeatures: trainFeatures, target: target,
            testFeatures: testFeatures,
            testIDs: testCSV.records.map { $0[idIndex] }, recipe: recipe)
    }


    private static func readTable(_ url: URL, types: [String: ColumnType]) throws -> DataTable {
        let csv = try readDatasetCSV(url)
        do { return try DataTable(csv: csv, types: types.filter { csv.columnIndex($0.key) != nil }) } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: "\(error)")
        }
    }
}
