import ArgumentParser

/// The `ailab` command: learn AI engineering in the terminal and compete on real data.
@main
struct AilabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ailab",
        abstract: "Learn AI engineering in the terminal and compete on real data, Kaggle-style.",
        discussion: """
            Three competitions run on real data: house-prices (Ames house sales, RMSE of logs), \
            movie-ratings (MovieLens, RMSE) and sentiment (IMDB reviews, ROC AUC). Their files are in \
            datasets/<competition>/; each folder's README.md describes the data and the submission format.

            Run ailab on its own to open the course navigator: stages and lessons, quizzes, your progress \
            (press ? in it for every key). Piped or redirected, ailab prints this help instead.

            Start with:
              ailab
              ailab lessons
              ailab competitions
              ailab submit house-prices datasets/house-prices/sample_submission.csv -m "first try"
              ailab train house-prices --model gbdt
              ailab leaderboard house-prices

            Environment:
              NO_COLOR     when set (to anything), no colours; the navigator marks everything in text too
              AILAB_DB     the database file (default ~/.local/share/ailab/ailab.sqlite); --db overrides it
              AILAB_ROOT   the course folder holding course.json, grader/ and datasets/ (found automatically
                           when ailab runs from a checkout or an installed prefix)
            On a class install (ailab set-group-ID, see README) AILAB_DB, AILAB_ROOT and --db are ignored: \
            the installed course and the class database are used, and you are your login.

            Exit status: 0 success; 1 the input was rejected (submission file, competition name, training data); 2 the \
            course rules refused the request (daily limit, deadline, private leaderboard); 3 the course files \
            or the database could not be used; 64 the command line was wrong.
            """,
        version: "0.1.0",
        subcommands: [
            LessonsCommand.self, ReadCommand.self, ProgressCommand.self, CompetitionsCommand.self, ExploreCommand.self, ModelsCommand.self, TrainCommand.self, RecommendCommand.self, AnalyzeCommand.self,
            SubmitCommand.self, SubmissionsCommand.self, SelectCommand.self, LeaderboardCommand.self, RosterCommand.self,
            CourseCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    /// Opens a class install's files and gives up its group rights (when installed set-group-ID), then runs
    /// the command line.
    static func main() {
        _ = ClassStartup.install
        main(nil)
    }

    /// Without a subcommand ailab opens the course navigator on a terminal, and prints this help when its
    /// input or output is not one (piped, redirected, or run from a script).
    mutating func run() throws {
        guard TerminalEnvironment.isInteractive else {
            print(Self.helpMessage())
            return
        }
        try reportingFailures {
            try runNavigator(options: options)
        }
    }
}
