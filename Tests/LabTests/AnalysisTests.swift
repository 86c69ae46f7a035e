import AilabTestSupport
import Foundation
import Grader
import Lab
import MiniML
import Store
import Testing

@Suite("Analysis")
struct AnalysisTests {
    /// Two groups on the toy competition: rows 1–3 small (a 1–3, b 10–12) and rows 4–8 large (a 101–105,
    /// b 50–53 and one missing b, filled with the median of 10, 11, 12, 50, 51, 52, 53, which is 50).
    /// `kind` is a category and `value` the target: neither is clustered.
    static let groups = """
        Id,a,b,kind,value
        1,1,10,x,1
        2,2,11,y,1
        3,3,12,x,1
        4,101,50,y,1
        5,102,51,x,1
        6,103,52,y,1
        7,104,53,x,1
        8,105,NA,y,1

        """

    /// The population variance, computed plainly.
    static func variance(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    }

    /// A lab on a temporary course whose toy training file is `train`.
    static func lab(train: String, _ body: (Lab) throws -> Void) throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        try Data(train.utf8).write(to: fixture.course.url.appending(path: "datasets/toy/train.csv"))
        try body(fixture.lab("ada", at: noon))
    }

    @Test("k-means finds the two groups; centres in original units, inertia in standard deviations")
    func clusterOnGroups() throws {
        try Self.lab(train: Self.groups) { lab in
            let report = try lab.cluster(competitionID: "toy", k: 2, seed: 1)
            #expect(report.columns == ["a", "b"] && report.rowCount == 8 && report.noiseCount == 0)
            #expect(report.clusters.map(\.size).sorted() == [3, 5])
            // Within-group sums of squares: a 2 and 10, b 2 and 6.8 (50, 51, 52, 53, 50 around 51.2),
            // each divided by its column's variance.
            let a: [Double] = [1, 2, 3, 101, 102, 103, 104, 105], b: [Double] = [10, 11, 12, 50, 51, 52, 53, 50]
            let inertia = 12 / Self.variance(a) + 8.8 / Self.variance(b)
            #expect(abs(try #require(report.inertia) - inertia) < 1e-9)
            // a separates the groups a little more than b does (between-group share 0.9994 against 0.9971).
            #expect(report.distinguishingColumns == ["a", "b"])
            let small = try #require(report.clusters.first { $0.size == 3 }), large = try #require(report.clusters.first { $0.size == 5 })
            #expect(abs(small.centre[0].value - 2) < 1e-9 && abs(small.centre[1].value - 11) < 1e-9)
            #expect(abs(large.centre[0].value - 103) < 1e-9 && abs(large.centre[1].value - 51.2) < 1e-9)
            #expect(abs(small.centre[0].overallMean - 521.0 / 8) < 1e-9 && abs(small.centre[1].overallMean - 289.0 / 8) < 1e-9)
            let text = report.text
            #expect(text.contains("k-means, k = 2 on toy: 8 rows, 2 numeric columns"))
            #expect(text.contains("103.00") && text.contains("51.20") && text.contains("█"))
        }
    }

    @Test("DBSCAN: with eps 0.5 both groups are clusters; needing 4 neighbours the small group is noise")
    func dbscanOnGroups() throws {
        try Self.lab(train: Self.groups) { lab in
            let both = try lab.dbscan(competitionID: "toy", eps: 0.5, minSamples: 2)
            #expect(both.clusters.map(\.size) == [3, 5] && both.noiseCount == 0 && both.inertia == nil)
            let one = try lab.dbscan(competitionID: "toy", eps: 0.5, minSamples: 4)
            #expect(one.clusters.map(\.size) == [5] && one.noiseCount == 3)
            #expect(abs(one.clusters[0].centre.first { $0.column == "a" }!.value - 103) < 1e-9)
            #expect(one.text.contains("3 rows are noise"))
        }
    }

    @Test("PCA of two standardised columns: ratios (1 ± r) / 2 for their correlation r, equal loadings")
    func pcaOnGroups() throws {
        try Self.lab(train: Self.groups) { lab in
            let report = try lab.pca(competitionID: "toy", components: 2)
            let a: [Double] = [1, 2, 3, 101, 102, 103, 104, 105], b: [Double] = [10, 11, 12, 50, 51, 52, 53, 50]
            let meanA = a.reduce(0, +) / 8, meanB = b.reduce(0, +) / 8
            let r = zip(a, b).reduce(0) { $0 + ($1.0 - meanA) * ($1.1 - meanB) } / 8 / (Self.variance(a) * Self.variance(b)).squareRoot()
            #expect(abs(report.components[0].varianceRatio - (1 + r) / 2) < 1e-12)
            #expect(abs(report.components[1].varianceRatio - (1 - r) / 2) < 1e-12)
            #expect(abs(report.components[1].cumulativeRatio - 1) < 1e-12)
            #expect(report.components[0].topLoadings.allSatisfy { abs($0.weight - 0.5.squareRoot()) < 1e-12 })
            #expect(report.text.contains("PC1") && report.text.contains("a +0.71"))
        }
    }

    @Test("bad columns, k, components and seeds are refused with a clear message")
    func errors() throws {
        try Self.lab(train: Self.groups) { lab in
            #expect(throws: AnalysisError(message: "column 'kind' of toy is categorical, not numeric")) {
                try lab.cluster(competitionID: "toy", k: 2, columns: ["kind"], seed: 0)
            }
            #expect(throws: AnalysisError(message: "toy has no column 'size'")) {
                try lab.cluster(competitionID: "toy", k: 2, columns: ["a", "size"], seed: 0)
            }
            #expect(throws: AnalysisError(message: "k must be from 1 to the number of rows (8), not 9")) {
                try lab.cluster(competitionID: "toy", k: 9, seed: 0)
            }
            #expect(throws: AnalysisError(message: "components must be from 1 to 2 for toy, not 3")) {
                try lab.pca(competitionID: "toy", components: 3)
            }
            #expect(throws: AnalysisError(message: "the seed must be 0 or more, not -1")) {
                try lab.cluster(competitionID: "toy", k: 2, seed: -1)
            }
            #expect(throws: CourseError.self) { try lab.pca(competitionID: "nope", components: 1) }
        }
    }

    @Test("association rules on a small movie-ratings: liked movies (≥ 4 stars) per learner, by hand")
    func rulesOnSmallRatings() throws {
        let fixture = try LabFixture()
        defer { fixture.course.remove() }
        let grader = fixture.course.url.appending(path: "grader/movie-ratings"), data = fixture.course.url.appending(path: "datasets/movie-ratings")
        for folder in [grader, data] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Data(#"{"title": "Movies", "description": "d", "idColumn": "Id", "targetColumn": "rating", "metric": "rmse"}"#.utf8)
            .write(to: grader.appending(path: "competition.json"))
        try Data("movieId,title,year,genres\n1,Alpha,2001,Drama\n2,Beta,2002,Comedy\n3,Gamma,,Drama\n".utf8)
            .write(to: data.appending(path: "movies.csv"))
        // Liked: u1 Alpha, Beta; u2 Alpha, Beta; u3 Alpha, Gamma; u4 nothing (a 3 and a 1).
        let ratings = "userId,movieId,rating,timestamp\n1,1,5,0\n1,2,4,0\n1,3,2,0\n2,1,4,0\n2,2,5,0\n3,1,4.5,0\n3,3,5,0\n4,2,3,0\n4,3,1,0\n"
        try Data(ratings.utf8).write(to: data.appending(path: "train.csv"))
        let lab = try fixture.lab("ada", at: noon)
        // Supports of 4 learners: Alpha 3/4, Beta 2/4, both 2/4. Beta ⇒ Alpha: confidence 2/2, lift 1 / (3/4);
        // Alpha ⇒ Beta: confidence 2/3, lift (2/3) / (2/4); equal lifts, so the higher confidence comes first.
        let rules = try lab.associationRules(minSupport: 0.5, minConfidence: 0.5, maxRules: 5)
        #expect(rules.map { $0.antecedent + ["⇒"] + $0.consequent } == [["Beta (2002)", "⇒", "Alpha (2001)"], ["Alpha (2001)", "⇒", "Beta (2002)"]])
        #expect(abs(rules[0].lift - 4.0 / 3) < 1e-12 && rules[0].confidence == 1 && rules[0].support == 0.5)
        #expect(abs(rules[1].confidence - 2.0 / 3) < 1e-12)
        #expect(try lab.associationRules(minSupport: 0.5, minConfidence: 0.5, maxRules: 1).count == 1)
        // Gamma, liked by one learner in four, only appears once the support allows 1/4.
        let all = try lab.associationRules(minSupport: 0.25, minConfidence: 0.9, maxRules: 10)
        #expect(all.contains { $0.antecedent == ["Gamma"] && $0.consequent == ["Alpha (2001)"] })
        #expect(rules.text.contains("100.0%") && rules.text.contains("Beta (2002) ⇒ Alpha (2001)"))
        #expect(throws: AnalysisError(message: "the number of rules must be at least 1, not 0")) {
            try lab.associationRules(minSupport: 0.5, minConfidence: 0.5, maxRules: 0)
        }
    }

    /// The lab on the repository's own course.
    static func realLab() throws -> Lab {
        try Lab(root: CourseRoot(url: repositoryRoot(from: #filePath)), store: Store.inMemory(), login: "ada")
    }

    @Test("PCA of house-prices matches numpy's eigenvalues of the standardised columns")
    func pcaOnHousePrices() throws {
        let report = try Self.realLab().pca(competitionID: "house-prices", components: 3)
        // numpy 2 / pandas: the 35 numeric columns but Id, SalePrice and MSSubClass (a category in
        // features.json), NA filled with each column's median, standardised; eigvalsh(np.cov(Z)) in
        // descending order over their sum.
        #expect(report.columns.count == 35 && report.rowCount == 1460)
        let ratios = [0.20195115804918942, 0.09366028462390688, 0.07083733092908522]
        #expect(zip(report.components.map(\.varianceRatio), ratios).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(report.components[2].cumulativeRatio - 0.36644877360218153) < 1e-9)
        // numpy's leading eigenvector, largest magnitudes first.
        #expect(report.components[0].topLoadings.map(\.column) == ["GrLivArea", "OverallQual", "GarageCars", "GarageArea", "FullBath"])
        #expect(abs(report.components[0].topLoadings[0].weight - 0.2986109373594982) < 1e-9)
    }

    @Test("k-means on house-prices: four clusters of all rows, inertia near scikit-learn's")
    func clusterOnHousePrices() throws {
        let report = try Self.realLab().cluster(competitionID: "house-prices", k: 4, seed: 0)
        #expect(report.clusters.count == 4 && report.clusters.map(\.size).reduce(0, +) == 1460)
        // scikit-learn 1.9.1 KMeans(n_clusters=4, n_init=10, random_state=0) on the same standardised
        // matrix reaches inertia 40001.81333040261; local optima differ by seed, so allow 2%.
        let inertia = try #require(report.inertia)
        #expect(inertia < 40001.81333040261 * 1.02 && inertia > 40001.81333040261 * 0.98)
    }

    @Test("association rules on movie-ratings: the Lord of the Rings films go together")
    func rulesOnMovieRatings() throws {
        let rules = try Self.realLab().associationRules(minSupport: 0.1, minConfidence: 0.5, maxRules: 10)
        // pandas: baskets of movies rated ≥ 4 per user (671 users); 80 of them liked both The Two Towers
        // and The Return of the King, 109 The Two Towers, 113 The Return of the King.
        let top = try #require(rules.first)
        #expect(top.antecedent == ["Lord of the Rings: The Two Towers, The (2002)"])
        #expect(top.consequent == ["Lord of the Rings: The Return of the King, The (2003)"])
        #expect(abs(top.support - 80.0 / 671) < 1e-12 && abs(top.confidence - 80.0 / 109) < 1e-12)
        #expect(abs(top.lift - 4.358204108143217) < 1e-9)
        #expect(rules.count == 10 && rules.allSatisfy { $0.confidence >= 0.5 && $0.support >= 0.1 })
    }
}
