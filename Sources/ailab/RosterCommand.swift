import ArgumentParser
import Foundation
import Lab

/// `ailab roster`: the instructors' view of every learner's progress and results, and its export.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Show or export the class roster (instructors only).",
        discussion: """
            One row per learner in the database, by login: lessons done (per stage in csv and json), quizzes \
            answered and right at the first try, and for each competition the best public and private score \
            with its rank on that leaderboard (blank without a scored submission) and the number of \
            submissions; then the learner's last activity (a lesson saved, a quiz answered or a submission), in UTC.

            The table fits a terminal: lessons done of the course's, quiz accuracy, and per competition the best \
            public score with the public/private ranks. markdown adds private scores and submission counts. csv \
            and json hold everything, lessons per stage included, with full-precision scores and ISO 8601 UTC times.

            Only the instructors listed in course.json may run it; anyone else is refused with exit status 2.
            """
    )

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: LeaderboardFormat = .table

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard let output else { return }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("cannot write \(output): the folder \(folder) does not exist")
        }
    }

    func run() throws {
        try reportingFailures {
            let roster = try options.makeLab().roster()
            let text = roster.rendered(as: format)
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                fail("cannot write \(output): \(error.localizedDescription)", status: ExitStatus.environment)
            }
            let rows = roster.learners.count == 1 ? "1 row" : "\(roster.learners.count) rows"
            FileHandle.standardError.write(Data("Wrote \(rows) to \(output).\n".utf8))
        }
    }
}
