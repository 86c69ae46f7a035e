import ArgumentParser
import Foundation
import MiniML

/// `ailab-bench csv`: MiniML's CSVTable against Python's C csv module on the same files.
struct CSVBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Time CSVTable against Python's csv module on the competitions' files.",
        discussion: """
            For each file, parses it into a CSVTable --runs times and reports the median wall \
            time, file mapping included. In the same run, python3 reads the same file as many \
            times with its C csv module (csv.reader into a list, decoding included) and \
            reports its own median. Ratio is ours / python: below 1 means we are faster. \
            Without python3 on PATH the reference column reads n/a.
            """
    )

    @Argument(help: "CSV files to parse, relative to the current directory.")
    var files: [String] = [
        "datasets/sentiment/train.csv",
        "datasets/house-prices/train.csv",
        "datasets/movie-ratings/train.csv",
    ]

    @Option(help: "How many times to read each file; the median is reported.")
    var runs = 7

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        let directory = FileManager.default.currentDirectoryPath
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no such file: \(file) (looked in \(directory); run from the repository root or pass the paths)")
        }
    }

    func run() throws {
        var rows: [[String]] = []
        var notes: [String] = []
        for file in files {
            let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0
            var recordCount = 0
            let ours: Double
            do {
                ours = try medianMilliseconds(runs: runs) {
                    recordCount = try CSVTable(contentsOf: file).records.count
                }
            } catch {
                throw FileFailure(path: file, underlying: error)
            }
            let python: String
            let ratio: String
            switch PythonCSVReference.measure(path: file, runs: runs) {
            case let .measured(milliseconds, pythonRows):
                python = format(milliseconds, decimals: 1)
                ratio = format(ours / milliseconds, decimals: 2) + "x"
                if pythonRows != recordCount {
                    notes.append("\(file): python's csv read \(pythonRows) rows, CSVTable \(recordCount) (python keeps blank lines as empty rows)")
                }
            case let .unavailable(reason):
                python = "n/a (\(reason))"
                ratio = "n/a"
            }
            rows.append([
                file, format(Double(size) / 1e6, decimals: 2), String(recordCount),
                format(ours, decimals: 1), python, ratio,
            ])
        }
        print("CSV parsing, median of \(runs) run\(runs == 1 ? "" : "s") (ratio = ours / python)")
        print(textTable(header: ["file", "size MB", "rows", "ours ms", "python csv ms", "ratio"], rows: rows))
        notes.forEach { print("note: \($0)") }
    }

    private func format(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

/// A file the benchmark could not parse, named in the message.
private struct FileFailure: Error, CustomStringConvertible {
    let path: String
    let underlying: any Error

    var description: String {
        "\(path): \(underlying)"
    }
}
