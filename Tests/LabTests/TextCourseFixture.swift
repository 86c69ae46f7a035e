import AilabTestSupport
import Foundation
import Grader
import Lab
import Store

/// A temporary course with a small text competition, "reviews", beside the toy one.
///
/// 40 training reviews (ids 101…140) and 10 test reviews (ids 1…10), alternately positive (odd
/// position) and negative. Each review mixes three words of its sentiment with three neutral ones
/// and some HTML, so the classes are separable by the sentiment words alone. Test ids 1, 2 and 3 are
/// the public part; ids 1, 3, 5, 7, 9 are positive.
struct TextCourseFixture {
    let course: TemporaryCourse
    let store: Store
    let competition = "reviews"

    static let positiveWords = ["great", "wonderful", "loved", "superb", "fun"]
    static let negativeWords = ["awful", "boring", "waste", "terrible", "dull"]
    static let neutralWords = ["movie", "plot", "actors", "film", "story", "scenes", "director"]

    /// Writes the competition; `recipe` replaces text.json's content (nil: no text.json at all).
    init(recipe: String? = #"{"textColumn": "review", "target": "sentiment", "model": "svm"}"#, trainCSV: String? = nil) throws {
        course = try TemporaryCourse()
        store = try Store.inMemory()
        let grader = course.url.appending(path: "grader/reviews", directoryHint: .isDirectory)
        let datasets = course.url.appending(path: "datasets/reviews", directoryHint: .isDirectory)
        for folder in [grader, datasets] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try write(#"{"title": "Reviews", "description": "Positive or not.", "idColumn": "id", "targetColumn": "sentiment", "metric": "roc-auc", "publicFraction": 0.3}"#,
                  to: grader.appending(path: "competition.json"))
        let testIDs = Array(1...10)
        try write("id,sentiment,Usage\n" + testIDs.map { "\($0),\($0 % 2),\($0 <= 3 ? "Public" : "Private")\n" }.joined(),
                  to: grader.appending(path: "solution.csv"))
        try write("id,review\n" + testIDs.map { "\($0),\"\(Self.review(number: $0 + 50, positive: $0 % 2 == 1))\"\n" }.joined(),
                  to: datasets.appending(path: "test.csv"))
        let train = "id,sentiment,review\n" + (0..<40).map { i in
            "\(101 + i),\((i + 1) % 2),\"\(Self.review(number: i, positive: i % 2 == 0))\"\n"
        }.joined()
        try write(trainCSV ?? train, to: datasets.appending(path: "train.csv"))
        if let recipe { try write(recipe, to: datasets.appending(path: "text.json")) }
    }

    /// A review of three sentiment words and three neutral ones, varied by `number`.
    static func review(number: Int, positive: Bool) -> String {
        let words = positive ? positiveWords : negativeWords
        let picked = (0..<3).map { words[(number + 2 * $0) % words.count] }
        let neutral = (0..<3).map { neutralWords[(number * 3 + $0) % neutralWords.count] }
        return "The \(neutral[0]) was \(picked[0]).<br /><br />\(picked[1].capitalized) \(neutral[1]), \(picked[2]) \(neutral[2])!"
    }

    /// The lab as "ada" sees it.
    func lab() throws -> Lab {
        try Lab(root: CourseRoot(url: course.url), store: store, login: "ada", clock: { noon })
    }

    /// A path for a submission file inside the course folder.
    func outputPath(_ name: String = "reviews.csv") -> String {
        course.url.appending(path: name).path
    }
}

private func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
}
