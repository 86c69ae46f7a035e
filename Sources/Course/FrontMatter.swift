/// The facts at the top of a lesson file, between `---` lines, in a small YAML subset:
///
/// ```
/// ---
/// id: broadcasting
/// title: Broadcasting
/// summary: How NumPy lines up arrays of different shapes.
/// minutes: 20
/// objectives:
///   - Predict the shape of a broadcast result
///   - Spot a silent broadcasting bug
/// lab: house-prices
/// prerequisites:
///   - arrays
/// ---
/// ```
///
/// Each line is `key: value`, a `- item` under a list key, a `# comment` or blank. Values may be
/// wrapped in matching single or double quotes. A list may also be written `[]` when empty.
public struct FrontMatter: Equatable, Sendable {
    /// The lesson's identifier, unique in the course.
    public var id: String
    /// The lesson's title.
    public var title: String
    /// One sentence on what the lesson covers.
    public var summary: String
    /// The expected study time, in minutes (positive).
    public var minutes: Int
    /// What the learner will be able to do afterwards (at least one).
    public var objectives: [String]
    /// The competition that serves as the lesson's lab, if any.
    public var lab: String?
    /// The ids of lessons to study first.
    public var prerequisites: [String]

    /// Front matter from its parts.
    public init(
        id: String, title: String, summary: String, minutes: Int, objectives: [String],
        lab: String? = nil, prerequisites: [String] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.minutes = minutes
        self.objectives = objectives
        self.lab = lab
        self.prerequisites = prerequisites
    }

    /// The front matter keys that take a single value.
    static let scalarKeys: Set<String> = ["id", "title", "summary", "minutes", "lab"]
    /// The front matter keys that take a list of `- item` lines.
    static let listKeys: Set<String> = ["objectives", "prerequisites"]

    /// Parses the front matter at the start of `lines` (a lesson's lines without their newlines).
    /// Returns it with the number of lines it takes, closing `---` included.
    /// Throws `SourceError` with the 1-based line of the problem.
    public static func parse(lines: [Substring]) throws -> (frontMatter: FrontMatter, lineCount: Int) {
        guard let first = lines.first, first.trimmingSpaces() == "---" else {
            throw SourceError(line: 1, message: "a lesson must start with front matter: a '---' line, 'key: value' lines, then '---'")
        }
        var scalars: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var keyLines: [String: Int] = [:]
        var openList: String?
        var closing: Int?

        for index in 1..<lines.count {
            let number = index + 1
            let line = lines[index].trimmingSpaces()
            if line == "---" {
                closing = index
                break
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("- ") || line == "-" {
                guard let key = openList else {
                    throw SourceError(line: number, message: "list item outside a list; only \(listKeys.sorted().joined(separator: " and ")) are lists")
                }
                let item = unquote(String(line.dropFirst(1)).trimmingSpaces())
                if item.isEmpty { throw SourceError(line: number, message: "empty item in '\(key)'") }
                lists[key, default: []].append(item)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw SourceError(line: number, message: "expected 'key: value', found '\(line)'")
            }
            let key = String(line[..<colon]).trimmingSpaces()
            let value = unquote(String(line[line.index(after: colon)...]).trimmingSpaces())
            guard scalarKeys.contains(key) || listKeys.contains(key) else {
                let known = (scalarKeys.union(listKeys)).sorted().joined(separator: ", ")
                throw SourceError(line: number, message: "unknown front matter key '\(key)'; the keys are \(known)")
            }
            if let earlier = keyLines[key] {
                throw SourceError(line: number, message: "'\(key)' is already set at line \(earlier)")
            }
            keyLines[key] = number
            openList = nil
            if listKeys.contains(key) {
                if value == "[]" {
                    lists[key] = []
                } else if value.isEmpty {
                    lists[key] = []
                    openList = key
                } else {
                    throw SourceError(line: number, message: "'\(key)' is a list: put each item on its own '- item' line below it")
                }
            } else {
                if value.isEmpty { throw SourceError(line: number, message: "'\(key)' has no value") }
                scalars[key] = value
            }
        }

        guard let closing else {
            throw SourceError(line: 1, message: "front matter is not closed: add a '---' line after it")
        }
        let closingLine = closing + 1
        func required(_ key: String) throws -> String {
            guard let value = scalars[key] else {
                throw SourceError(line: closingLine, message: "front matter has no '\(key)'")
            }
            return value
        }
        let id = try required("id")
        let title = try required("title")
        let summary = try required("summary")
        let minutesText = try required("minutes")
        guard let minutes = Int(minutesText), minutes > 0 else {
            throw SourceError(line: keyLines["minutes"]!, message: "'minutes' must be a whole number above 0, not '\(minutesText)'")
        }
        guard let objectives = lists["objectives"] else {
            throw SourceError(line: closingLine, message: "front matter has no 'objectives'")
        }
        if objectives.isEmpty {
            throw SourceError(line: keyLines["objectives"]!, message: "'objectives' needs at least one '- item'")
        }
        let frontMatter = FrontMatter(
            id: id, title: title, summary: summary, minutes: minutes, objectives: objectives,
            lab: scalars["lab"], prerequisites: lists["prerequisites"] ?? []
        )
        return (frontMatter, closing + 1)
    }

    /// `value` without one pair of matching surrounding quotes.
    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
