import Foundation

/// The whole course: its stages and their lessons, read from a `lessons/` folder laid out as
/// `lessons/<NN-stage>/<NN-lesson>.md`, each stage folder with a `README.md` whose first heading
/// is the stage's title. Entries not named `<digits>-<name>` are ignored.
public struct Catalog: Equatable, Sendable {
    /// The stages, in folder order.
    public var stages: [Stage]

    /// A catalog of `stages`, as given.
    public init(stages: [Stage]) {
        self.stages = stages
    }

    /// Every lesson, in course order.
    public var lessons: [Lesson] {
        stages.flatMap(\.lessons)
    }

    /// The lesson with `id`, if any.
    public func lesson(id: String) -> Lesson? {
        lessons.first { $0.id == id }
    }

    /// Reads and parses the `lessons/` folder at `folder`. Paths in errors are relative to it.
    /// Throws `CatalogError`; lesson ids must be unique and prerequisites must name lessons.
    public static func load(from folder: URL) throws -> Catalog {
        // First the folders and file names, in order; then every lesson read and parsed, on all cores.
        var stageFolders: [(name: String, title: String, files: [String])] = []
        for stageName in try numberedEntries(in: folder, path: "") where isDirectory(folder.appending(path: stageName)) {
            let stageURL = folder.appending(path: stageName)
            guard let readme = try? read(stageURL.appending(path: "README.md"), path: stageName + "/README.md"),
                  let title = firstHeading(in: readme) else {
                throw CatalogError.stageWithoutTitle(folder: stageName)
            }
            let files = try numberedEntries(in: stageURL, path: stageName).filter { $0.hasSuffix(".md") }
            stageFolders.append((stageName, title, files.map { stageName + "/" + $0 }))
        }
        let parsed = try stageFolders.flatMap(\.files).concurrentMap { path in
            do {
                return try Lesson.parse(try read(folder.appending(path: path), path: path), file: path)
            } catch let error as LessonError {
                throw CatalogError.lesson(error)
            }
        }
        var stages: [Stage] = []
        var files: [String: String] = [:]  // lesson id → its file, for duplicates
        var next = parsed.makeIterator()
        for stage in stageFolders {
            var lessons: [Lesson] = []
            for path in stage.files {
                let lesson = next.next()!
                if let first = files[lesson.id] {
                    throw CatalogError.duplicateLessonId(id: lesson.id, first: first, second: path)
                }
                files[lesson.id] = path
                lessons.append(lesson)
            }
            stages.append(Stage(folder: stage.name, title: stage.title, lessons: lessons))
        }
        let catalog = Catalog(stages: stages)
        for lesson in catalog.lessons {
            for prerequisite in lesson.prerequisites where files[prerequisite] == nil {
                throw CatalogError.unknownPrerequisite(id: prerequisite, file: files[lesson.id]!)
            }
        }
        return catalog
    }

    /// The names in `folder` that start with digits and a dash, by number, then by name.
    private static func numberedEntries(in folder: URL, path: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw CatalogError.unreadable(path: path.isEmpty ? "." : path, reason: "\(error.localizedDescription)")
        }
        let numbered = names.compactMap { name -> (Int, String)? in
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, name.dropFirst(digits.count).hasPrefix("-"), let number = Int(digits) else { return nil }
            return (number, name)
        }
        return numbered.sorted { $0 < $1 }.map(\.1)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func read(_ url: URL, path: String) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CatalogError.unreadable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// The plain text of the first heading in `markdown`, if any.
    static func firstHeading(in markdown: String) -> String? {
        guard let document = try? MarkdownParser.parse(markdown) else { return nil }
        for block in document.blocks {
            if case .heading(_, let inlines) = block { return inlines.plainText }
        }
        return nil
    }
}
