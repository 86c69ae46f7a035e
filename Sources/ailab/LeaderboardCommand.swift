import ArgumentParser
import Foundation
import Grader
import Lab

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

    @OptionGroup var export: ExportOptions

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let report = try options.makeLab().leaderboard(competitionID: competition, kind: `private` ? .private : .public)
            export.deliver(report.rendered(as: export.format), rows: report.rows.count)
        }
    }
}
