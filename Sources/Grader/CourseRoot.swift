import Foundation

/// The folder that holds a course: `course.json`, `grader/`, `datasets/` and `lessons/`.
///
/// ailab finds it without configuration when it runs from a checkout (the binary sits under
/// `<checkout>/.build/…`) or from an installed prefix (`<prefix>/bin/ailab` beside
/// `<prefix>/share/ailab/`). `AILAB_ROOT` names another one, so an instructor can run a course of
/// their own.
public struct CourseRoot: Equatable, Sendable {
    /// The course folder.
    public let url: URL

    /// A course root at `url`, taken as given (see `locate` for the checked search).
    public init(url: URL) { self.url = url.standardizedFileURL }

    /// `grader/`: competition specs and hidden answer keys.
    public var graderDirectory: URL { url.appending(path: "grader", directoryHint: .isDirectory) }
    /// `datasets/`: the public competition files.
    public var datasetsDirectory: URL { url.appending(path: "datasets", directoryHint: .isDirectory) }
    /// `lessons/`: the course text.
    public var lessonsDirectory: URL { url.appending(path: "lessons", directoryHint: .isDirectory) }
    /// `course.json`: title, instructors, the class's competition settings and database.
    public var configURL: URL { url.appending(path: "course.json") }

    /// Finds the course root: `AILAB_ROOT` when set, else the first ancestor of the executable's
    /// folder that holds `grader/` and `datasets/`, or whose `share/ailab/` does.
    /// - Parameters:
    ///   - environment: the process environment (only `AILAB_ROOT` is read).
    ///   - executablePath: path of the running binary; symbolic links are resolved.
    public static func locate(environment: [String: String], executablePath: String) throws -> CourseRoot {
        if let explicit = environment["AILAB_ROOT"], !explicit.isEmpty {
            let root = CourseRoot(url: URL(fileURLWithPath: explicit, isDirectory: true))
            guard isDirectory(root.graderDirectory) else { throw CourseError.notACourseRoot(path: root.url.path) }
            return root
        }
        var searched: [String] = []
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            for candidate in [folder, folder.appending(path: "share/ailab", directoryHint: .isDirectory)] {
                let root = CourseRoot(url: candidate)
                if isDirectory(root.graderDirectory), isDirectory(root.datasetsDirectory) { return root }
            }
            searched.append(folder.path)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw CourseError.rootNotFound(searched: searched.count > 4 ? Array(searched.prefix(2)) + ["… up to /"] : searched)
    }

    /// The course settings from `course.json` (defaults when the file is absent).
    public func loadConfig() throws -> CourseConfig {
        try CourseConfig.load(from: configURL)
    }

    /// Names of the competitions: the folders of `grader/` that hold a `competition.json`, sorted.
    public func competitionIDs() throws -> [String] {
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: graderDirectory.path) } catch {
            throw CourseError.invalidFile(path: graderDirectory.path, line: nil, reason: "cannot be listed (\(error.localizedDescription))")
        }
        return entries.filter { name in
            FileManager.default.fileExists(atPath: graderDirectory.appending(path: name).appending(path: Competition.specFileName).path)
        }.sorted()
    }

    /// The competition named `id`, with its spec loaded and the course's settings for it (`course.json`)
    /// applied; `CourseError.unknownCompetition` lists the known ones.
    public func competition(_ id: String) throws -> Competition {
        try competition(id, known: try competitionIDs(), config: try loadConfig())
    }

    /// Every competition of the course, sorted by name.
    public func competitions() throws -> [Competition] {
        let known = try competitionIDs(), config = try loadConfig()
        return try known.map { try competition($0, known: known, config: config) }
    }

    /// The competition `id` among `known`, its spec with `config`'s rules for it.
    private func competition(_ id: String, known: [String], config: CourseConfig) throws -> Competition {
        guard known.contains(id) else { throw CourseError.unknownCompetition(name: id, known: known) }
        let directory = graderDirectory.appending(path: id, directoryHint: .isDirectory)
        var spec = try CompetitionSpec.load(from: directory.appending(path: Competition.specFileName))
        if let rules = config.competitions[id] { spec = spec.applying(rules) }
        return Competition(
            id: id, spec: spec, graderDirectory: directory,
            datasetDirectory: datasetsDirectory.appending(path: id, directoryHint: .isDirectory))
    }
}

private func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
}
