import ArgumentParser
import Lab

/// `ailab recommend`: the movies a recommender predicts a user would rate highest.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Recommend movies a user has not rated, best predicted rating first.",
        discussion: """
            Fits a recommender on all of movie-ratings' training ratings (the default is the one `ailab train \
            movie-ratings` uses) and ranks the movies the user has not rated, among those rated at least \
            --min-ratings times (fewer ratings make a prediction mostly noise). User ids are the userId \
            column of datasets/movie-ratings/train.csv.

            Examples:
              ailab recommend --user 15
              ailab recommend --user 15 --top 20 --model item-knn
            """
    )

    @Option(help: ArgumentHelp("The user to recommend for: a userId of movie-ratings.", valueName: "id"))
    var user: String

    @Option(help: "How many movies to list.")
    var top = 10

    @Option(help: "Recommend only movies rated at least this many times in the training data.")
    var minRatings = 20

    @Option(help: "The recommender (see `ailab models`; default: the competition's).")
    var model: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A hyperparameter, name=value; repeat for several.", valueName: "name=value"))
    var parameters: [String] = []

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top)") }
        guard minRatings >= 1 else { throw ValidationError("--min-ratings must be at least 1, not \(minRatings)") }
    }

    func run() throws {
        try reportingFailures {
            let lab = try options.makeLab()
            let name = try model ?? lab.defaultModel(for: "movie-ratings")
            let recommendations = try lab.recommend(userID: user, count: top, minimumRatings: minRatings, model: name, parameters: parameters)
            print(Recommendation.text(recommendations, userID: user, model: name), terminator: "")
        }
    }
}
