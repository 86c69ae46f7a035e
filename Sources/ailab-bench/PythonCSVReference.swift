import Foundation

/// The reference for the CSV benchmark: CPython's `csv` module (written in C) reading a
/// whole file into a list of rows, timed by the Python process itself.
enum PythonCSVReference {
    /// What a reference run gave.
    enum Outcome {
        /// The median time of one read in milliseconds, and the number of data rows (header excluded).
        case measured(milliseconds: Double, rows: Int)
        /// Why there is no number, such as `python3 not found`.
        case unavailable(String)
    }

    /// Reads `path` with `csv.reader` `runs` times in one `python3` process and gets the median back.
    static func measure(path: String, runs: Int) -> Outcome {
        guard let python = executableInPath(named: "python3") else { return .unavailable("python3 not found") }
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, path, String(runs)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return .unavailable("python3 did not start: \(error.localizedDescription)")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lastLine = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        let numbers = lastLine.split(separator: " ")
        guard process.terminationStatus == 0, numbers.count == 2,
              let milliseconds = Double(numbers[0]), let rows = Int(numbers[1])
        else {
            return .unavailable("python3 failed: \(lastLine)")
        }
        return .measured(milliseconds: milliseconds, rows: rows)
    }

    /// Prints `<median ms> <data rows>`; arguments: path, number of runs.
    private static let script = """
        import csv, statistics, sys, time
        csv.field_size_limit(sys.maxsize)
        path, runs = sys.argv[1], int(sys.argv[2])
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            times.append((time.perf_counter() - start) * 1000)
        print(statistics.median(times), len(rows) - 1)
        """

    /// The first executable file called `name` in the directories of `PATH`.
    private static func executableInPath(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
