import AilabTestSupport
import Foundation
import Testing

@Suite("ailab analyze")
struct AnalyzeEndToEndTests {
    /// Runs ailab on the repository's own course with a throwaway database.
    func ailab(_ arguments: [String]) throws -> CommandResult {
        let root = repositoryRoot(from: #filePath)
        let scratch = try makeTemporaryDirectory(prefix: "ailab-analyze")
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try run(ailabBinaryURL(), arguments, environment: ["AILAB_ROOT": root.path, "AILAB_DB": scratch.appending(path: "db.sqlite").path])
    }

    @Test("pca and cluster print their tables for house-prices; rules for movie-ratings")
    func tables() throws {
        let pca = try ailab(["analyze", "pca", "house-prices", "--components", "2"])
        #expect(pca.status == 0)
        // PC1's share of the variance, computed once with numpy on the same standardised, median-imputed columns.
        #expect(pca.stdout.contains("PC1           20.2%"))
        let cluster = try ailab(["analyze", "cluster", "house-prices", "--k", "3"])
        #expect(cluster.status == 0)
        let sizes = cluster.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.compactMap { Int($0.split(separator: " ")[1]) }
        #expect(sizes.count == 3 && sizes.reduce(0, +) == 1460)
        let rules = try ailab(["analyze", "rules", "--max-rules", "2"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("Lord of the Rings"))
    }

    @Test("bad input: an unknown column is rejected (1), a bad option is a usage error (64)")
    func errors() throws {
        let column = try ailab(["analyze", "cluster", "house-prices", "--column", "Nope"])
        #expect(column.status == 1)
        #expect(column.stderr == "error: house-prices has no column 'Nope'\n")
        #expect(try ailab(["analyze", "cluster", "house-prices", "--k", "0"]).status == 64)
        #expect(try ailab(["analyze", "rules", "--min-support", "2"]).status == 64)
    }
}
