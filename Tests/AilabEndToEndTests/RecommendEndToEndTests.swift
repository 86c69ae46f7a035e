import AilabTestSupport
import Foundation
import Testing

@Suite("ailab recommend and ailab train on the other competitions")
struct RecommendEndToEndTests {
    func ailab(_ arguments: [String]) throws -> CommandResult {
        let root = repositoryRoot(from: #filePath)
        let scratch = try makeTemporaryDirectory(prefix: "ailab-recommend")
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try run(ailabBinaryURL(), arguments, environment: ["AILAB_ROOT": root.path, "AILAB_DB": scratch.appending(path: "db.sqlite").path])
    }

    @Test("recommends movies the user has not rated, each rated at least --min-ratings times")
    func recommend() throws {
        let result = try ailab(["recommend", "--user", "15", "--top", "5", "--min-ratings", "30", "--model", "baseline"])
        #expect(result.status == 0)
        // Count ratings per movie, and user 15's movies, straight from train.csv (userId,movieId,rating,timestamp).
        let train = try String(contentsOf: repositoryRoot(from: #filePath).appending(path: "datasets/movie-ratings/train.csv"), encoding: .utf8)
        var counts: [String: Int] = [:], seen: Set<String> = []
        for line in train.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            counts[String(fields[1]), default: 0] += 1
            if fields[0] == "15" { seen.insert(String(fields[1])) }
        }
        let ids = result.stdout.split(separator: "\n").dropFirst(3).compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(ids.count == 5)
        for id in ids {
            #expect(counts[id, default: 0] >= 30, "movie \(id)")
            #expect(!seen.contains(id), "movie \(id) was rated by user 15")
        }
    }

    @Test("an unknown user is rejected (1) saying where the user ids are; a text model for ratings is a usage error (64)")
    func errors() throws {
        let unknown = try ailab(["recommend", "--user", "99999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("user 99999 has no ratings in movie-ratings"))
        let wrongKind = try ailab(["train", "movie-ratings", "--model", "nbsvm"])
        #expect(wrongKind.status == 64)
        #expect(wrongKind.stderr.contains("baseline, item-knn, svd, als"))
    }

    @Test("ailab train movie-ratings writes a submission that ailab submit scores better than the sample's")
    func trainAndSubmitRatings() throws {
        let root = repositoryRoot(from: #filePath)
        let scratch = try makeTemporaryDirectory(prefix: "ailab-train-ratings")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let environment = ["AILAB_ROOT": root.path, "AILAB_DB": scratch.appending(path: "db.sqlite").path]
        let output = scratch.appending(path: "baseline.csv").path
        let trained = try run(ailabBinaryURL(), ["train", "movie-ratings", "--model", "baseline", "--cv", "2", "-o", output], environment: environment)
        #expect(trained.status == 0)
        #expect(trained.stdout.hasPrefix("Trained baseline on movie-ratings: 80003 rows, 2-fold cross-validation."))
        let submitted = try run(ailabBinaryURL(), ["submit", "movie-ratings", output], environment: environment)
        #expect(submitted.status == 0)
        // The sample submission scores 1.05505 public RMSE (computed from solution.csv with Python, see the grader tests).
        let score = try #require(submitted.stdout.firstMatch(of: /public score\s+([0-9.]+)/).flatMap { Double($0.1) })
        #expect(score < 0.95)
    }
}
