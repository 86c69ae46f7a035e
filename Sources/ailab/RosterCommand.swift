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

    @OptionGroup var export: ExportOptions

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let roster = try options.makeLab().roster()
            export.deliver(roster.rendered(as: export.format), rows: roster.learners.count)
        }
    }
}
