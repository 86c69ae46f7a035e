import Foundation
import Testing
@testable import Course

/// Runs the Python of every lesson, as the learner would, and checks the output each lesson shows.
///
/// Per lesson, every ```python block (not marked `no-run`) runs in file order in one python3 process
/// whose current folder is the repository root, with matplotlib's Agg back end and one BLAS thread. A block followed
/// directly (blank lines only) by a ```text block must print exactly that text, trailing spaces aside.
/// Without python3 and numpy, pandas, scikit-learn and matplotlib the suite is skipped, and says so.
@Suite(
    "Lesson code runs and prints what the lesson says",
    .enabled(if: LessonPython.isReady,
             "python3 with numpy, pandas, scikit-learn and matplotlib is missing: the lessons' Python was NOT run (scripts/install-deps.sh --test installs them)"))
struct LessonCodeTests {
    @Test(arguments: LessonPython.lessonFiles)
    func lessonCode(file: String) throws {
        let text = try String(contentsOf: LessonPython.repositoryRoot.appending(path: "lessons/" + file), encoding: .utf8)
        let blocks = LessonPython.blocks(of: text, file: "lessons/" + file)
        guard !blocks.isEmpty else { return }
        let input = FileManager.default.temporaryDirectory.appending(path: "ailab-lesson-code-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        try JSONEncoder().encode(blocks).write(to: input)
        let run = try LessonPython.run(["-c", LessonPython.driver, input.path])
        try #require(run.status == 0, "python3 failed: \(run.stderr)")
        let results = try JSONDecoder().decode([LessonPython.Result].self, from: Data(run.stdout.utf8))
        for (block, result) in zip(blocks, results) {
            if let error = result.error {
                Issue.record("lessons/\(file): the python block at line \(block.line - 1) failed:\n\(error)")
                continue
            }
            if let expected = block.expected {
                #expect(normalized(result.stdout) == normalized(expected), "lessons/\(file): the output of the python block at line \(block.line - 1) differs from the text after it")
            }
        }
        #expect(results.count == blocks.count, "lessons/\(file): blocks after a failure did not run")
    }

    /// Text without trailing spaces on each line and without trailing blank lines.
    private func normalized(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}

/// What `LessonCodeTests` needs: the lessons, their Python blocks, and a python3 to run them.
enum LessonPython {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 can import the libraries the lessons use.
    static let isReady: Bool = (try? run(["-c", "import numpy, pandas, sklearn, matplotlib"]).status) == 0

    /// Every lesson file, relative to `lessons/`: the numbered markdown files of the numbered folders (read
    /// from the folders, not the catalogue, so that a lesson that does not parse still has its code run).
    static let lessonFiles: [String] = {
        let lessons = repositoryRoot.appending(path: "lessons")
        let numbered = { (name: String) in name.first?.isNumber == true && name.contains("-") }
        let stages = ((try? FileManager.default.contentsOfDirectory(atPath: lessons.path)) ?? []).filter(numbered).sorted()
        return stages.flatMap { stage in
            ((try? FileManager.default.contentsOfDirectory(atPath: lessons.appending(path: stage).path)) ?? [])
                .filter { numbered($0) && $0.hasSuffix(".md") }.sorted().map { stage + "/" + $0 }
        }
    }()

    /// The driver: runs the blocks of a JSON file in one namespace and prints one JSON result per block.
    static let driver = #"""
        import contextlib, io, json, os, sys, traceback
        os.environ["MPLBACKEND"] = "Agg"
        blocks = json.load(open(sys.argv[1]))
        namespace = {"__name__": "__main__"}
        results = []
        for block in blocks:
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    exec(compile(block["code"], "%s:%d" % (block["file"], block["line"]), "exec"), namespace)
                results.append({"stdout": out.getvalue(), "error": None})
            except BaseException:
                results.append({"stdout": out.getvalue(), "error": traceback.format_exc(limit=4)})
                break
        json.dump(results, sys.stdout)
        """#

    struct Block: Codable {
        let file: String
        let line: Int
        let code: String
        let expected: String?
    }

    struct Result: Codable {
        let stdout: String
        let error: String?
    }

    /// The runnable Python blocks of a lesson's text, each with the output the lesson shows after it.
    static func blocks(of text: String, file: String) -> [Block] {
        let fences = FencedBlock.scan(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return fences.enumerated().compactMap { index, fence in
            guard fence.language == "python", !fence.info.contains("no-run") else { return nil }
            var expected: String?
            if index + 1 < fences.count, fences[index + 1].language == "text",
               lines[fence.endLine..<(fences[index + 1].line - 1)].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                expected = fences[index + 1].code
            }
            // Line numbers in tracebacks count from the fence's first code line.
            let padded = String(repeating: "\n", count: fence.line) + fence.code
            return Block(file: file, line: fence.line + 1, code: padded, expected: expected)
        }
    }

    /// Runs python3 with `arguments` in the repository root; output through files so large output cannot block.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "ailab-python-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appending(path: "out"), err = scratch.appending(path: "err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = repositoryRoot
        // One BLAS thread: the same results on every machine, and no oversubscription when tests run in parallel.
        let settings = ["MPLBACKEND": "Agg", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"]
        process.environment = ProcessInfo.processInfo.environment.merging(settings) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}

@Suite("Lesson code: which blocks run and what they must print")
struct LessonCodeBlockTests {
    @Test func pairsEachRunnableBlockWithTheTextBlockRightAfterIt() {
        let text = """
            Intro.
            ```python
            print(1)
            ```

            ```text
            1
            ```
            ```python no-run
            import torch
            ```
            ```python
            x = 2
            ```
            Prose in between.
            ```text
            not an output
            ```
            """
        let blocks = LessonPython.blocks(of: text, file: "l.md")
        #expect(blocks.map(\.expected) == ["1", nil])
        // Code is padded with newlines so that tracebacks give the lesson's line numbers (code on lines 3 and 13).
        #expect(blocks.map { $0.code.split(separator: "\n", omittingEmptySubsequences: false).count } == [3, 13])
        #expect(blocks.map(\.line) == [3, 13])
    }
}
