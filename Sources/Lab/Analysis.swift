import Foundation
import Grader
import MiniML

/// Why an analysis cannot run: a column that is absent or not numeric, more clusters than rows, ….
public struct AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One line saying what was wrong and what is allowed.
    public let message: String
    public var description: String { message }

    /// An error saying `message`.
    public init(message: String) {
        self.message = message
    }
}

/// A column's value at a cluster's centre, in the column's own units, beside its mean over all rows.
public struct CentreValue: Equatable, Sendable {
    public let column: String
    public let value: Double
    public let overallMean: Double
}

/// One cluster of a ``ClusterReport``.
public struct ClusterSummary: Equatable, Sendable {
    /// Rows in the cluster.
    public let size: Int
    /// The centre in the report's distinguishing columns, in their order.
    public let centre: [CentreValue]
}

/// The outcome of `Lab.cluster` or `Lab.dbscan`: how the rows of a competition's training data group.
public struct ClusterReport: Equatable, Sendable {
    /// The competition analysed.
    public let competitionID: String
    /// The algorithm and its settings, e.g. "k-means, k = 4".
    public let method: String
    /// The numeric columns clustered on (median-imputed, then standardised).
    public let columns: [String]
    /// Rows clustered.
    public let rowCount: Int
    /// The clusters, numbered from 0 in this order.
    public let clusters: [ClusterSummary]
    /// Rows in no cluster (DBSCAN's noise; 0 for k-means).
    public let noiseCount: Int
    /// The sum of squared distances to the centres in standardised units (k-means only).
    public let inertia: Double?
    /// The columns whose values differ most between clusters, most first: ranked by the share of the
    /// column's variance that lies between the cluster centres (Σ_c n_c/n · z̄_c² in standardised units).
    public let distinguishingColumns: [String]
}

/// A column's weight in a principal component.
public struct Loading: Equatable, Sendable {
    public let column: String
    public let weight: Double
}

/// One principal component of a ``PCAReport``.
public struct ComponentSummary: Equatable, Sendable {
    /// Its share of the total variance.
    public let varianceRatio: Double
    /// The shares of this and every earlier component.
    public let cumulativeRatio: Double
    /// The columns of largest absolute weight, largest first.
    public let topLoadings: [Loading]
}

/// The outcome of `Lab.pca`: how much of the variation of a competition's numeric columns a few
/// directions carry, and which columns make them.
public struct PCAReport: Equatable, Sendable {
    /// The competition analysed.
    public let competitionID: String
    /// The numeric columns analysed (median-imputed, then standardised).
    public let columns: [String]
    /// Rows analysed.
    public let rowCount: Int
    /// The components, largest variance first.
    public let components: [ComponentSummary]
}

extension Lab {
    /// Clusters the rows of a competition's `train.csv` with k-means (k-means++, 10 runs, the best kept)
    /// on its numeric columns, each median-imputed and standardised so that no unit dominates.
    /// - Parameters:
    ///   - columns: the numeric columns to use; nil for every numeric column but the id and the target.
    ///   - seed: seeds k-means++, ≥ 0.
    /// - Throws: `CourseError` for an unknown competition or unreadable file; `AnalysisError` for a
    ///   column that is absent or not numeric, no numeric column, k outside 1…rows, or a negative seed.
    /// - Complexity: O(10 · iterations · rows · k · columns).
    public func cluster(competitionID: String, k: Int, columns: [String]? = nil, seed: Int = 0) throws -> ClusterReport {
        guard seed >= 0 else { throw AnalysisError(message: "the seed must be 0 or more, not \(seed)") }
        let data = try standardisedColumns(competitionID, columns: columns)
        guard (1...data.matrix.rows).contains(k) else {
            throw AnalysisError(message: "k must be from 1 to the number of rows (\(data.matrix.rows)), not \(k)")
        }
        var model = KMeans(clusterCount: k, initCount: 10, seed: UInt64(seed))
        try model.fit(data.matrix)
        return data.report(method: "k-means, k = \(k)", labels: model.labels, centres: model.centers, inertia: model.inertia)
    }

    /// Clusters the rows of a competition's `train.csv` with DBSCAN on the same standardised numeric
    /// columns as `cluster`: `eps` is a distance in standard deviations.
    /// - Throws: as `cluster`, and `AnalysisError` for `eps` ≤ 0 or `minSamples` < 1.
    /// - Complexity: O(rows² · columns).
    public func dbscan(competitionID: String, eps: Double, minSamples: Int, columns: [String]? = nil) throws -> ClusterReport {
        guard eps > 0, eps.isFinite else { throw AnalysisError(message: "eps must be a number > 0, not \(eps)") }
        guard minSamples >= 1 else { throw AnalysisError(message: "min_samples must be at least 1, not \(minSamples)") }
        let data = try standardisedColumns(competitionID, columns: columns)
        var model = DBSCAN(eps: eps, minSamples: minSamples)
        try model.fit(data.matrix)
        // A DBSCAN cluster's centre is the mean of its rows.
        let width = data.matrix.columns
        var centres = Matrix(rows: model.clusterCount, columns: width)
        var sizes = [Int](repeating: 0, count: model.clusterCount)
        for (row, label) in model.labels.enumerated() where label >= 0 {
            sizes[label] += 1
            for j in 0..<width { centres[label, j] += data.matrix[row, j] }
        }
        for c in 0..<model.clusterCount {
            for j in 0..<width { centres[c, j] /= Double(sizes[c]) }
        }
        return data.report(method: "DBSCAN, eps = \(eps), min_samples = \(minSamples)", labels: model.labels, centres: centres, inertia: nil)
    }

    /// Principal components of a competition's numeric training columns, median-imputed and standardised
    /// (the components of the correlation matrix, so that a column in large units cannot dominate).
    /// - Parameter components: how many to report, from 1 to min(rows, columns).
    /// - Throws: as `cluster`, and `AnalysisError` for a number of components out of range.
    /// - Complexity: O(rows · columns² + sweeps · columns³).
    public func pca(competitionID: String, components: Int) throws -> PCAReport {
        let data = try standardisedColumns(competitionID, columns: nil)
        let limit = min(data.matrix.rows, data.matrix.columns)
        guard (1...limit).contains(components) else {
            throw AnalysisError(message: "components must be from 1 to \(limit) for \(competitionID), not \(components)")
        }
        var model = PCA(componentCount: components)
        try model.fit(data.matrix)
        var cumulative = 0.0
        let summaries = (0..<components).map { c in
            cumulative += model.explainedVarianceRatio[c]
            let loadings = data.names.indices.map { Loading(column: data.names[$0], weight: model.components[c, $0]) }
                .sorted { abs($0.weight) > abs($1.weight) }
            return ComponentSummary(
                varianceRatio: model.explainedVarianceRatio[c], cumulativeRatio: cumulative, topLoadings: Array(loadings.prefix(5)))
        }
        return PCAReport(competitionID: competitionID, columns: data.names, rowCount: data.matrix.rows, components: summaries)
    }

    /// Association rules between movies on movie-ratings, by Apriori: each learner of `train.csv` is
    /// one transaction holding the movies they rated 4 stars or more, named "Title (year)" from
    /// `movies.csv`. Movies rather than genres: nearly every learner likes a movie of every common
    /// genre (Drama and Comedy are in 98% of the transactions), so genre rules only restate that,
    /// with lifts near 1, whereas movie rules find the series and tastes that go together.
    /// - Parameters:
    ///   - minSupport: the share of learners, in (0, 1], who must like every movie of a rule.
    ///   - minConfidence: the smallest share, in [0, 1], of the antecedent's fans who like the consequent.
    ///   - maxRules: at most this many rules, the highest lift first.
    /// - Throws: `CourseError` when movie-ratings or its files are missing or malformed; `AnalysisError`
    ///   for parameters out of range.
    public func associationRules(minSupport: Double, minConfidence: Double, maxRules: Int) throws -> [AssociationRule] {
        guard minSupport > 0, minSupport <= 1 else { throw AnalysisError(message: "the minimum support must be in (0, 1], not \(minSupport)") }
        guard minConfidence >= 0, minConfidence <= 1 else {
            throw AnalysisError(message: "the minimum confidence must be in [0, 1], not \(minConfidence)")
        }
        guard maxRules >= 1 else { throw AnalysisError(message: "the number of rules must be at least 1, not \(maxRules)") }
        let directory = try competition("movie-ratings").datasetDirectory
        let movies = try readAnalysisCSV(directory.appending(path: "movies.csv"))
        let titleColumn = try movies.requireColumn("title"), idColumn = try movies.requireColumn("movieId")
        let yearColumn = movies.table.columnIndex("year")
        var names: [String: String] = [:]
        for record in movies.table.records {
            let year = yearColumn.map { record[$0] } ?? ""
            names[record[idColumn]] = year.isEmpty ? record[titleColumn] : "\(record[titleColumn]) (\(year))"
        }
        let ratings = try readAnalysisCSV(directory.appending(path: "train.csv"))
        let user = try ratings.requireColumn("userId"), movie = try ratings.requireColumn("movieId")
        let rating = try ratings.requireColumn("rating")
        var liked: [String: [String]] = [:]
        var users: [String] = []
        for record in ratings.table.records {
            guard let stars = Double(record[rating]) else {
                throw CourseError.invalidFile(path: ratings.path, line: record.line, reason: "rating '\(record[rating])' is not a number")
            }
            if liked[record[user]] == nil { users.append(record[user]) }
            liked[record[user], default: []] += stars >= 4 ? [names[record[movie]] ?? "movie \(record[movie])"] : []
        }
        var miner = Apriori(minSupport: minSupport, minConfidence: minConfidence)
        try miner.fit(users.map { liked[$0]! })
        return Array(miner.rules.prefix(maxRules))
    }

    /// The numeric columns of a competition's training file, median-imputed and standardised.
    private func standardisedColumns(_ competitionID: String, columns: [String]?) throws -> StandardisedColumns {
        let competition = try competition(competitionID)
        let path = competition.datasetDirectory.appending(path: "train.csv")
        let csv = try readAnalysisCSV(path)
        let recipe = try FeatureRecipe.load(for: competition)
        let table: DataTable
        do { table = try DataTable(csv: csv.table, types: recipe.types.filter { csv.table.columnIndex($0.key) != nil }) } catch {
            throw CourseError.invalidFile(path: csv.path, line: nil, reason: "\(error)")
        }
        let names: [String]
        if let columns {
            guard !columns.isEmpty else { throw AnalysisError(message: "name at least one column, or none for all numeric columns") }
            for name in columns {
                guard let type = table.type(of: name) else {
                    throw AnalysisError(message: "\(competitionID) has no column '\(name)'")
                }
                guard type == .numeric else {
                    throw AnalysisError(message: "column '\(name)' of \(competitionID) is \(type.rawValue), not numeric")
                }
            }
            names = columns
        } else {
            let excluded: Set = [competition.spec.idColumn, competition.spec.targetColumn]
            names = table.columnNames.filter { table.type(of: $0) == .numeric && !excluded.contains($0) }
            guard !names.isEmpty else { throw AnalysisError(message: "\(competitionID) has no numeric column besides its id and target") }
        }
        var imputer = Imputer(columns: names, strategy: .median)
        var scaler = StandardScaler(columns: names)
        let selected = try table.selecting(columns: names)
        try imputer.fit(selected)
        let filled = try imputer.transform(selected)
        try scaler.fit(filled)
        let matrix = try scaler.transform(filled).numericMatrix().matrix
        return StandardisedColumns(
            competitionID: competitionID, names: names, matrix: matrix,
            means: scaler.statistics.map(\.mean), scales: scaler.statistics.map(\.scale))
    }
}

/// Standardised numeric columns and what undoes the scaling.
private struct StandardisedColumns {
    let competitionID: String
    let names: [String]
    let matrix: Matrix
    let means: [Double]
    let scales: [Double]

    /// A cluster report for `labels` (−1: noise) and standardised `centres`.
    func report(method: String, labels: [Int], centres: Matrix, inertia: Double?) -> ClusterReport {
        var sizes = [Int](repeating: 0, count: centres.rows)
        for label in labels where label >= 0 { sizes[label] += 1 }
        let n = Double(matrix.rows)
        let spread = names.indices.map { j in
            (0..<centres.rows).reduce(0.0) { $0 + Double(sizes[$1]) / n * centres[$1, j] * centres[$1, j] }
        }
        let distinguishing = names.indices.sorted { spread[$0] != spread[$1] ? spread[$0] > spread[$1] : $0 < $1 }.prefix(5)
        let clusters = (0..<centres.rows).map { c in
            ClusterSummary(size: sizes[c], centre: distinguishing.map { j in
                CentreValue(column: names[j], value: centres[c, j] * scales[j] + means[j], overallMean: means[j])
            })
        }
        return ClusterReport(
            competitionID: competitionID, method: method, columns: names, rowCount: matrix.rows, clusters: clusters,
            noiseCount: labels.filter { $0 < 0 }.count, inertia: inertia, distinguishingColumns: distinguishing.map { names[$0] })
    }
}

/// A CSV file read for an analysis, with its path for messages.
private struct AnalysisCSV {
    let path: String
    let table: CSVTable

    /// The position of column `name`.
    /// - Throws: `CourseError.invalidFile` when the file has no such column.
    func requireColumn(_ name: String) throws -> Int {
        guard let index = table.columnIndex(name) else { throw CourseError.invalidFile(path: path, line: 1, reason: "has no column \(name)") }
        return index
    }
}

/// Reads a CSV file of the course (errors as `readDatasetCSV`).
private func readAnalysisCSV(_ url: URL) throws -> AnalysisCSV {
    AnalysisCSV(path: url.path, table: try readDatasetCSV(url))
}
