import Course
import Foundation
import Grader

/// One problem `ailab course check` found: a file relative to the course root ("course.json",
/// "grader/toy/solution.csv", "lessons/00-start/01-welcome.md"), the line when there is one, and what is
/// wrong — never a value of an answer key, only ids, line numbers and counts. The lesson linter's type,
/// whose paths are relative to the folder checked.
public typealias CourseProblem = LintProblem

/// The result of checking a course root end to end, for the instructor before a class: `course.json`,
/// every competition's spec, public files, answer key and sample submission, and every lesson.
///
/// Every problem is collected, none stops the check; a kind that repeats in one file (say 500 ids
/// missing from an answer key) is one problem with its count and first few lines.
public struct CourseCheck: Equatable, Sendable {
    /// Every problem, in a stable order: `course.json`, folders of `grader/` without a spec, each
    /// competition by name (its spec, its public files, its answer key, the sample submission's
    /// validation and scores), then the lessons in course order.
    public let problems: [CourseProblem]
    /// How many competitions `grader/` holds.
    public let competitionCount: Int
    /// How many lessons `lessons/` holds (0 when the lessons do not parse).
    public let lessonCount: Int
    /// How many stages `lessons/` holds (0 when the lessons do not parse).
    public let stageCount: Int
    /// How many instructors `course.json` names (0 when it cannot be read).
    public let instructorCount: Int

    /// True when nothing is wrong.
    public var isOK: Bool { problems.isEmpty }

    /// How many different files the problems are in.
    public var fileCount: Int { Set(problems.map(\.file)).count }

    /// Checks the course at `root`.
    /// - Throws: `CourseError.notACourseRoot` when the folder has no `grader/` folder; everything
    ///   else wrong with the course is a problem of the result.
    public static func run(_ root: CourseRoot) throws -> CourseCheck {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.graderDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CourseError.notACourseRoot(path: root.url.path)
        }
        var problems: [CourseProblem] = []
        let competitionIDs: [String]
        do { competitionIDs = try root.competitionIDs() } catch {
            competitionIDs = []
            problems.append(CourseProblem(file: "grader", line: nil, message: reason(of: error)))
        }
        let config = checkConfig(root, competitionIDs: competitionIDs, into: &problems)
        problems += foldersWithoutSpec(root)
        for id in competitionIDs {
            problems += checkCompetition(id, in: root)
        }
        let catalog = checkLessons(root, competitionIDs: competitionIDs, into: &problems)
        return CourseCheck(
            problems: problems, competitionCount: competitionIDs.count, lessonCount: catalog?.lessons.count ?? 0,
            stageCount: catalog?.stages.count ?? 0, instructorCount: config?.instructors.count ?? 0)
    }

    // MARK: - course.json

    /// Checks `course.json` (an absent file is fine: the course takes the defaults); returns the settings
    /// when they load.
    private static func checkConfig(_ root: CourseRoot, competitionIDs: [String], into problems: inout [CourseProblem]) -> CourseConfig? {
        let file = "course.json"
        func report(_ line: Int?, _ message: String) { problems.append(CourseProblem(file: file, line: line, message: message)) }
        let config: CourseConfig?
        let source = JSONSource(contentsOf: root.configURL)
        do { config = try root.loadConfig() } catch {
            config = nil
            let message = reason(of: error)
            report(source?.line(forReason: message), message)
        }
        guard let source, let object = source.object else { return config }
        problems += source.unknownKeys(at: [], allowed: CourseConfig.keys, file: file)
        if let instructors = object["instructors"] as? [Any] {
            for (position, name) in instructors.enumerated() {
                if let name = name as? String, name.trimmingCharacters(in: .whitespaces).isEmpty {
                    report(source.line(of: ["instructors"]), "instructors: entry \(position + 1) is empty; each is a login name")
                }
            }
        }
        if let competitions = object["competitions"] as? [String: Any] {
            let line = { (name: String) in source.line(of: ["competitions", name]) ?? .max }
            for name in competitions.keys.sorted(by: { (line($0), $0) < (line($1), $1) }) {
                guard competitionIDs.contains(name) else {
                    report(source.line(of: ["competitions", name]), "competitions names '\(name)', but there is no grader/\(name)/ "
                        + "with a \(Competition.specFileName) (the competitions are: \(competitionIDs.joined(separator: ", ")))")
                    continue
                }
                problems += source.unknownKeys(at: ["competitions", name], allowed: CompetitionRules.keys, file: file)
            }
        }
        return config
    }

    /// Folders of `grader/` without a spec: ailab does not see them as competitions, which is likely a slip.
    private static func foldersWithoutSpec(_ root: CourseRoot) -> [CourseProblem] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.graderDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            let folder = root.graderDirectory.appending(path: name)
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
                !FileManager.default.fileExists(atPath: folder.appending(path: Competition.specFileName).path)
            else { return nil }
            return CourseProblem(
                file: "grader/\(name)", line: nil,
                message: "has no \(Competition.specFileName), so it is not a competition; add one or remove the folder")
        }
    }

    // MARK: - Lessons

    /// Lints every lesson; returns the catalog when the lessons parse, for the counts.
    private static func checkLessons(_ root: CourseRoot, competitionIDs: [String], into problems: inout [CourseProblem]) -> Catalog? {
        guard FileManager.default.fileExists(atPath: root.lessonsDirectory.path) else {
            problems.append(CourseProblem(file: "lessons", line: nil, message: "the lessons folder is missing"))
            return nil
        }
        problems += LessonLinter.lint(lessonsFolder: root.lessonsDirectory, competitions: competitionIDs).map { problem in
            CourseProblem(file: problem.file == "." ? "lessons" : "lessons/" + problem.file, line: problem.line, message: problem.message)
        }
        return try? Catalog.load(from: root.lessonsDirectory)
    }
}

/// What a course-file error says, without the absolute path a `CourseError.invalidFile` starts with
/// (the problem names the file already).
func reason(of error: any Error) -> String {
    if case .invalidFile(_, _, let reason) = error as? CourseError { return reason }
    return "\(error)"
}
