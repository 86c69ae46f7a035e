import App
import ArgumentParser
import Course
import Foundation
import Grader
import Lab
import Store
import TerminalUI

/// `ailab-bench navigator`: how fast the course navigator starts and answers keys.
struct NavigatorBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "navigator",
        abstract: "Time the navigator's first frame and key-to-frame, on the real and a generated 500-lesson catalogue.",
        discussion: """
            First frame: from nothing loaded to the first frame of the navigator: reading and parsing every \
            lesson (on all cores), opening the database and reading the learner's progress, building the state \
            and drawing its frame. The first / builds the search index, so it is timed on its own. Key to frame: one update and one view, for a key on each screen (the median over many \
            presses). Process start is the time to run `ailab --version`, which the real first frame adds. The \
            terminal's own drawing (ncurses writing changed cells) is not included. Targets: first frame under \
            100 ms, key to frame under 16 ms (one frame at 60 Hz).
            """
    )

    @Option(help: "How many times to repeat each measure; the median is reported.")
    var runs = 15

    @Option(help: "Lessons in the generated catalogue.")
    var lessons = 500

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard lessons >= 10 else { throw ValidationError("--lessons must be at least 10") }
    }

    func run() throws {
        let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: repository.appending(path: "lessons").path) else {
            throw ValidationError("no lessons/ folder here: run from the repository root")
        }
        let generated = try GeneratedCatalog(lessons: lessons)
        defer { generated.remove() }
        let real = try measure(lessonsFolder: repository.appending(path: "lessons"))
        let big = try measure(lessonsFolder: generated.lessonsFolder)
        let realCount = try Catalog.load(from: repository.appending(path: "lessons")).lessons.count

        let rows: [[String]] = [
            ["first frame (load, parse, store, draw)", format(real.firstFrame), format(big.firstFrame), "100"],
            ["  of which parsing the lessons", format(real.loading), format(big.loading), ""],
            ["key to frame: navigator j", format(real.navigatorKey), format(big.navigatorKey), "16"],
            ["key to frame: reader space (page)", format(real.readerKey), format(big.readerKey), "16"],
            ["key to frame: / the first time (indexes the text)", format(real.firstSearch), format(big.firstSearch), "100"],
            ["key to frame: search, one more letter", format(real.searchKey), format(big.searchKey), "16"],
            ["key to frame: resize while reading", format(real.resize), format(big.resize), "16"],
        ]
        print(textTable(header: ["ms (median of \(runs))", "real (\(realCount) lessons)", "generated (\(lessons))", "target"], rows: rows))
        if let start = processStart() {
            print("\nProcess start (`ailab --version`, median of \(runs)): \(format(start)) ms; the real first frame adds it.")
        }
    }

    /// The medians for one catalogue.
    struct Measures {
        var firstFrame = 0.0, loading = 0.0, navigatorKey = 0.0, readerKey = 0.0, firstSearch = 0.0, searchKey = 0.0, resize = 0.0
    }

    private func measure(lessonsFolder: URL) throws -> Measures {
        var measures = Measures()
        let database = FileManager.default.temporaryDirectory.appending(path: "ailab-bench-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) } }
        let size = TerminalSize(rows: 40, columns: 120)
        var state: AppState?
        measures.firstFrame = try medianMilliseconds(runs: runs) {
            let store = try Store(path: database.path)
            let catalog = try Catalog.load(from: lessonsFolder)
            let record = LearnerRecord(
                progress: Dictionary(try store.progress(login: "bench").map { ($0.lessonID, $0) }) { first, _ in first },
                answers: try store.quizAnswers(login: "bench", lessonID: nil))
            let initial = AppState(course: CourseContent(title: "bench", catalog: catalog), learner: LearnerProgress(record: record), size: size)
            _ = CourseApp.view(initial)
            state = initial
        }
        measures.loading = try medianMilliseconds(runs: runs) { _ = try Catalog.load(from: lessonsFolder) }
        guard let start = state else { return measures }
        measures.navigatorKey = keyToFrame(from: start, presses: [.key(.character("j"))])
        // The longest lesson, open in the reader.
        let longest = start.course.lessons.indices.max { start.course.lessons[$0].document.blocks.count < start.course.lessons[$1].document.blocks.count }!
        var reading = start
        for _ in 0..<longest { reading = CourseApp.update(reading, .key(.character("j"))).0 }
        reading = CourseApp.update(reading, .key(.enter)).0
        measures.readerKey = keyToFrame(from: reading, presses: [.key(.character(" ")), .key(.character("g"))])
        measures.firstSearch = medianMilliseconds(runs: runs) { _ = CourseApp.view(CourseApp.update(start, .key(.character("/"))).0) }
        let searching = CourseApp.update(CourseApp.update(start, .key(.character("/"))).0, .key(.character("t"))).0
        measures.searchKey = keyToFrame(from: searching, presses: [.key(.character("e")), .key(.backspace)])
        measures.resize = keyToFrame(from: reading, presses: [.resize(TerminalSize(rows: 30, columns: 90)), .resize(size)])
        return measures
    }

    /// The median time of one update plus one view, cycling through `presses` from `state`.
    private func keyToFrame(from state: AppState, presses: [InputEvent]) -> Double {
        var state = state
        let clock = ContinuousClock()
        var times: [Double] = []
        for index in 0..<(runs * 4) {
            let elapsed = clock.measure {
                state = CourseApp.update(state, presses[index % presses.count]).0
                _ = CourseApp.view(state)
            }
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return median(times)
    }

    /// The median time to run `ailab --version` beside this benchmark, if it was built.
    private func processStart() -> Double? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appending(path: "ailab")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        return try? medianMilliseconds(runs: runs) {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--version"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
    }

    private func format(_ milliseconds: Double) -> String {
        String(format: milliseconds < 1 ? "%.3f" : "%.1f", milliseconds)
    }
}
