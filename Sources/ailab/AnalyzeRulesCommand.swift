import ArgumentParser
import Lab

/// `ailab analyze rules`: association rules between movies that the same learners like.
struct AnalyzeRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Find association rules between movies on movie-ratings with Apriori.",
        discussion: """
            Each learner of movie-ratings is one basket: the movies they rated 4 or more. A rule A ⇒ B says \
            that learners who like A tend to like B: support is the share of learners who like both, \
            confidence the share of A's fans who like B, and lift how much more often than by chance.
            """
    )

    @Option(help: "The smallest share of learners, in (0, 1], who must like every movie of a rule.")
    var minSupport = 0.1

    @Option(help: "The smallest share, in [0, 1], of the first movies' fans who like the last one.")
    var minConfidence = 0.6

    @Option(help: "Print at most this many rules, the highest lift first.")
    var maxRules = 20

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard minSupport > 0, minSupport <= 1 else { throw ValidationError("--min-support must be in (0, 1], not \(minSupport)") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be in [0, 1], not \(minConfidence)") }
        guard maxRules >= 1 else { throw ValidationError("--max-rules must be at least 1, not \(maxRules)") }
    }

    func run() throws {
        try reportingFailures {
            let rules = try options.makeLab().associationRules(minSupport: minSupport, minConfidence: minConfidence, maxRules: maxRules)
            print(rules.text, terminator: "")
        }
    }
}
