import ArgumentParser
import Foundation
import Lab

extension LeaderboardFormat: ExpressibleByArgument {}

/// `--format` and `--output`, shared by the commands that export a table (leaderboard, roster).
struct ExportOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json or markdown.")
    var format: LeaderboardFormat = .table

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard let output else { return }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("cannot write \(output): the folder \(folder) does not exist")
        }
    }

    /// Prints `text`, or writes it atomically to `--output` and says so on standard error ("Wrote 3 rows to
    /// board.csv."); a file that cannot be written ends the process with exit status 3.
    func deliver(_ text: String, rows: Int) {
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            fail("cannot write \(output): \(error.localizedDescription)", status: ExitStatus.environment)
        }
        FileHandle.standardError.write(Data("Wrote \(rows == 1 ? "1 row" : "\(rows) rows") to \(output).\n".utf8))
    }
}
