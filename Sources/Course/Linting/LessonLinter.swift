import Foundation

/// Checks a course's lessons beyond what parsing them checks: what a learner would trip over.
///
/// `lint` reports, with the file and line:
/// - anything `Catalog.load` refuses (front matter, quiz syntax, duplicate ids, prerequisites);
/// - a `lab:` that is not one of the course's competitions;
/// - too few quizzes: at least 3 per lesson, 1 in the orientation stage (the folder numbered `00-`);
/// - no "Try it" heading;
/// - placeholder text: `TODO`, `TBD`, `FIXME`, `XXX`, "lorem ipsum";
/// - a relative link whose file does not exist (the part after `#` is not checked);
/// - a fenced code block without a language, or a `python` block with a flag other than `no-run`.
public enum LessonLinter {
    /// Words that mark unfinished text.
    static let placeholders = ["TODO", "TBD", "FIXME", "XXX"]

    /// Every problem of the lessons in `lessonsFolder`, in file order; empty when all is well.
    /// `competitions` are the course's competition ids.
    public static func lint(lessonsFolder: URL, competitions: [String]) -> [LintProblem] {
        let catalog: Catalog
        do { catalog = try Catalog.load(from: lessonsFolder) } catch let error as CatalogError {
            return [problem(for: error)]
        } catch {
            return [LintProblem(file: ".", line: nil, message: "\(error)")]
        }
        var problems: [LintProblem] = []
        for stage in catalog.stages {
            for lesson in stage.lessons {
                let url = lessonsFolder.appending(path: lesson.file)
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                problems += lint(lesson, text: text, minimumQuizzes: stage.folder.hasPrefix("00-") ? 1 : 3, competitions: competitions, folder: url.deletingLastPathComponent())
            }
        }
        return problems
    }

    /// The problems of one lesson, whose file holds `text` and sits in `folder`.
    static func lint(_ lesson: Lesson, text: String, minimumQuizzes: Int, competitions: [String], folder: URL) -> [LintProblem] {
        var problems: [LintProblem] = []
        func report(_ line: Int?, _ message: String) { problems.append(LintProblem(file: lesson.file, line: line, message: message)) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fences = FencedBlock.scan(text)
        let insideFence = Set(fences.flatMap { $0.line...$0.endLine })

        if let lab = lesson.lab, !competitions.contains(lab) {
            report(lineNumber(of: "lab:", in: lines), "lab '\(lab)' is not a competition of the course (they are \(competitions.joined(separator: ", ")))")
        }
        if lesson.quizzes.count < minimumQuizzes {
            report(nil, "has \(lesson.quizzes.count) quiz\(lesson.quizzes.count == 1 ? "" : "zes"); a lesson of this stage needs at least \(minimumQuizzes)")
        }
        let hasTryIt = lesson.document.blocks.contains { block in
            if case .heading(_, let inlines) = block { return inlines.plainText.lowercased().hasPrefix("try it") }
            return false
        }
        if !hasTryIt { report(nil, "has no \"Try it\" heading: end with steps the learner carries out") }

        for (index, line) in lines.enumerated() {
            let number = index + 1
            let words = line.split { !$0.isLetter }.map(String.init)
            if let word = placeholders.first(where: words.contains) {
                report(number, "placeholder '\(word)': finish the text or remove the marker")
            }
            if line.lowercased().contains("lorem ipsum") { report(number, "placeholder text 'lorem ipsum'") }
            guard !insideFence.contains(number) else { continue }
            for target in linkTargets(in: line) where isRelative(target) {
                let path = String(target.prefix { $0 != "#" })
                guard !path.isEmpty else { continue }
                if !FileManager.default.fileExists(atPath: folder.appending(path: path).path) {
                    report(number, "link to '\(path)', which does not exist (relative to the lesson's folder)")
                }
            }
        }
        for fence in fences {
            guard let language = fence.language else {
                report(fence.line, "code block without a language: name it (python, sh, text, …)")
                continue
            }
            if language == "python", let flag = fence.info.dropFirst().first(where: { $0 != "no-run" }) {
                report(fence.line, "unknown flag '\(flag)' on a python block; the only flag is no-run")
            }
        }
        return problems
    }

    /// The 1-based number of the first line that starts with `prefix`.
    private static func lineNumber(of prefix: String, in lines: [String]) -> Int? {
        lines.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 }
    }

    /// The targets of inline markdown links and images on `line`: what stands in `](…)`.
    static func linkTargets(in line: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(line)
        while let start = rest.range(of: "](") {
            let after = rest[start.upperBound...]
            let target = after.prefix { $0 != ")" && $0 != " " }
            if !target.isEmpty { targets.append(String(target)) }
            rest = after
        }
        return targets
    }

    /// Whether a link target is a path inside the course rather than a web address or an anchor.
    private static func isRelative(_ target: String) -> Bool {
        !(target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("#"))
    }

    /// The problem a catalog error describes, with its file and line when it has them.
    private static func problem(for error: CatalogError) -> LintProblem {
        switch error {
        case .lesson(let lessonError): LintProblem(file: lessonError.file, line: lessonError.line, message: lessonError.message)
        default: LintProblem(file: ".", line: nil, message: error.description)
        }
    }
}
