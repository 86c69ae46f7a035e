import Foundation

/// The text of a course's JSON file, parsed, with where its keys stand, so that a problem can name its line.
///
/// A key is found as its quoted name followed by `:`; a key path such as `competitions.toy.deadline`
/// is found one key after the other, each after the previous one. That is exact for the small,
/// hand-written files of a course (a key name that also occurs as a string value before it is skipped
/// because no colon follows it).
struct JSONSource {
    private let text: String
    /// The top-level object; nil when the text is not JSON or not an object.
    let object: [String: Any]?
    /// The line of the syntax error when the text is not JSON and Foundation says where.
    private let syntaxErrorLine: Int?

    /// The file at `url`; nil when it cannot be read as UTF-8 text.
    init?(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        self.text = text
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            syntaxErrorLine = nil
        } catch {
            object = nil
            // Foundation names the place as "around line 3, column 18" (Apple's) or "around character 17"
            // (a 0-based byte offset, on Linux).
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            func number(after word: String) -> Int? {
                detail.range(of: word).flatMap { Int(detail[$0.upperBound...].prefix { $0.isNumber }) }
            }
            syntaxErrorLine = number(after: "line ") ?? number(after: "character ").map { Self.lineNumber(atByte: $0, in: text) }
        }
    }

    /// The 1-based line of the last key of `path`, or nil when a key of the path is not found.
    func line(of path: [String]) -> Int? {
        guard !path.isEmpty else { return nil }
        var start = text.startIndex
        for key in path {
            guard let found = position(ofKey: key, from: start) else { return nil }
            start = found
        }
        return Self.lineNumber(atByte: text.utf8.distance(from: text.startIndex, to: start), in: text)
    }

    /// The line a course-file error is about. The messages of `CourseConfig.load` and `CompetitionSpec.load`
    /// start with the key they concern ("metric 'x' is not one of…", "competitions.toy: dailyLimit must…",
    /// "instructors.[0] should be a string"), so the key path is read from their first words; a syntax
    /// error ("not valid JSON: …") is where Foundation found it.
    func line(forReason reason: String) -> Int? {
        if reason.hasPrefix("not valid JSON") { return syntaxErrorLine }
        let words = reason.split(separator: " ", maxSplits: 2).map(String.init)
        guard let first = words.first else { return nil }
        let path = first.trimmingCharacters(in: CharacterSet(charactersIn: ":")).split(separator: ".")
            .filter { !$0.hasPrefix("[") }.map(String.init)
        if first.hasSuffix(":"), words.count > 1, let line = line(of: path + [words[1]]) { return line }
        return line(of: path)
    }

    /// Problems for the keys of the object at `path` (the top level when empty) that are not `allowed`,
    /// in the order they stand in the file.
    func unknownKeys(at path: [String], allowed: [String], file: String) -> [CourseProblem] {
        let value = path.reduce(object as Any?) { ($0 as? [String: Any])?[$1] }
        guard let keys = (value as? [String: Any])?.keys else { return [] }
        let unknown = keys.filter { !allowed.contains($0) }
            .map { (line: line(of: path + [$0]), key: $0) }
            .sorted { ($0.line ?? .max, $0.key) < ($1.line ?? .max, $1.key) }
        let prefix = path.isEmpty ? "" : path.joined(separator: ".") + ": "
        return unknown.map { entry in
            CourseProblem(
                file: file, line: entry.line,
                message: prefix + "unknown key '\(entry.key)', which ailab ignores (the keys are: \(allowed.joined(separator: ", ")))")
        }
    }

    /// Where the text after `"key"` and its colon starts, searching from `start`.
    private func position(ofKey key: String, from start: String.Index) -> String.Index? {
        let quoted = "\"\(key)\""
        var searchStart = start
        while let range = text.range(of: quoted, range: searchStart..<text.endIndex) {
            let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if rest.first == ":" { return range.upperBound }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The 1-based line holding the byte at `offset`.
    private static func lineNumber(atByte offset: Int, in text: String) -> Int {
        text.utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
