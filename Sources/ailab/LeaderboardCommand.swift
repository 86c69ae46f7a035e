import ArgumentParser
import Foundation
import Grader
import Lab

extension LeaderboardFormat: ExpressibleByArgument {}

/// `ailab leaderboard`: rank the learners of a competition, and export the ranking.
struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Show or export a competition's leaderboard.",
        discussion: """
            One row per learner with their best public score, rank, number of entries and last submission. \
            Equal scores rank by the earlier submission, as on Kaggle.

            --private ranks by private scores: for each learner, the best private score among their \
            finalSelections best public submissions (2 unless the competition says otherwise). It is open to \
            instructors (listed in course.json) at any time and to everyone after the deadline.
            """
    )

    @Argument(help: "The competition: house-prices, movie-ratings or sentiment.")
    var competition: String

    @Flag(help: "Rank by private scores (instructors, or anyone after the deadline).")
    var `private` = false

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
            let report = try options.makeLab().leaderboard(competitionID: competition, kind: `private` ? .private : .public)
            let text = report.rendered(as: format)
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                fail("cannot write \(output): \(error.localizedDescription)", status: ExitStatus.environment)
            }
            FileHandle.standardError.write(Data("Wrote \(report.rows.count) rows to \(output).\n".utf8))
        }
    }
}
