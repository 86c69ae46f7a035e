import Foundation

extension TemporaryCourse {
    /// Makes the file at `path` inside the course folder (say "grader/toy/solution.csv") hold `text`,
    /// replacing it if it exists and creating the folders on the way.
    public func setFile(_ path: String, to text: String) throws {
        let fileURL = url.appending(path: path)
        try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: fileURL)
    }
}
