import Foundation

extension TemporaryCourse {
    /// Replaces `course.json` with `json`, e.g. to give the class its own rules for "toy".
    public func writeCourseFile(_ json: String) throws {
        try Data(json.utf8).write(to: url.appending(path: "course.json"))
    }
}
