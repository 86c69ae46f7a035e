import Foundation

/// A throwaway course folder with one small competition, for tests that need exact expectations.
///
/// The competition "toy" scores RMSE on ten ids, 1...10; ids 1, 2 and 3 are the public part. The
/// true value of id n is n, so a submission predicting n + e for every id scores exactly |e|.
/// Its one feature is `x`, with value = 2x + 1 everywhere: in `train.csv` (ids 101…120, x = 0, 0.5, …, 9.5) and in
/// `test.csv` (x = (n − 1) / 2 for id n), so a linear model learns it exactly.
public struct TemporaryCourse {
    /// The course folder (pass it as `AILAB_ROOT`).
    public let url: URL
    /// The competition's name.
    public let competition = "toy"
    /// The ids of the test rows.
    public static let ids = Array(1...10)
    /// The ids in the public part.
    public static let publicIDs: Set<Int> = [1, 2, 3]

    /// Writes the course: `course.json`, `grader/toy/{competition.json,solution.csv}` and
    /// `datasets/toy/{train.csv,test.csv,sample_submission.csv}`.
    /// - Parameters:
    ///   - dailyLimit: submissions per learner per UTC day.
    ///   - deadline: an ISO 8601 instant, or nil for none.
    ///   - instructors: login names in `course.json`.
    public init(dailyLimit: Int = 5, deadline: String? = nil, instructors: [String] = []) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "ailab-course-\(UUID().uuidString)", directoryHint: .isDirectory)
        let grader = url.appending(path: "grader/toy", directoryHint: .isDirectory)
        let datasets = url.appending(path: "datasets/toy", directoryHint: .isDirectory)
        for folder in [grader, datasets, url.appending(path: "lessons")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let instructorList = instructors.map { "\"\($0)\"" }.joined(separator: ", ")
        try write("{\"title\": \"Test course\", \"instructors\": [\(instructorList)]}\n", to: url.appending(path: "course.json"))
        var spec = """
            {"title": "Toy", "description": "Predict n for id n.", "idColumn": "Id", "targetColumn": "value",
             "metric": "rmse", "dailyLimit": \(dailyLimit)
            """
        if let deadline { spec += ", \"deadline\": \"\(deadline)\"" }
        try write(spec + "}\n", to: grader.appending(path: "competition.json"))
        let usage = { (id: Int) in Self.publicIDs.contains(id) ? "Public" : "Private" }
        try write("Id,value,Usage\n" + Self.ids.map { "\($0),\($0),\(usage($0))\n" }.joined(), to: grader.appending(path: "solution.csv"))
        try write("Id,x\n" + Self.ids.map { "\($0),\(Double($0 - 1) / 2)\n" }.joined(), to: datasets.appending(path: "test.csv"))
        try write("Id,x,value\n" + (0..<20).map { "\(101 + $0),\(Double($0) / 2),\(Double($0) + 1)\n" }.joined(), to: datasets.appending(path: "train.csv"))
        try write(Self.submission(offset: 0), to: datasets.appending(path: "sample_submission.csv"))
    }

    /// A valid submission predicting id + offset for every id (RMSE = |offset| on both parts).
    public static func submission(offset: Double) -> String {
        "Id,value\n" + ids.map { "\($0),\(Double($0) + offset)\n" }.joined()
    }

    /// A valid submission whose public RMSE is `publicError` and private RMSE is `privateError`.
    public static func submission(publicError: Double, privateError: Double) -> String {
        "Id,value\n" + ids.map { "\($0),\(Double($0) + (publicIDs.contains($0) ? publicError : privateError))\n" }.joined()
    }

    /// Writes `text` to a new file in the course folder's `submissions/` and returns its path.
    public func file(named name: String, containing text: String) throws -> String {
        let folder = url.appending(path: "submissions", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fileURL = folder.appending(path: name)
        try write(text, to: fileURL)
        return fileURL.path
    }

    /// Deletes the folder.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

private func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
}
