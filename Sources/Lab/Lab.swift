import Foundation
import Grader
import Store

/// The lab's use cases for one learner: submit, history, competitions and leaderboards.
///
/// Shared by the command line and the TUI. Everything it needs comes in through the initialiser
/// (course root, store, login, clock), so tests run it on temporary courses and fixed times.
public struct Lab: Sendable {
    /// The course being run.
    public let root: CourseRoot
    /// The course settings (`course.json`).
    public let config: CourseConfig
    /// Where submissions and progress are stored.
    public let store: Store
    /// The learner acting.
    public let login: String
    /// The current time; injectable so tests can cross days and deadlines.
    public let clock: @Sendable () -> Date
    /// Answer keys already read, by competition (a class install reads them before giving up the right to);
    /// nil reads each key from its file when needed.
    let answerKeyFiles: [String: Data]?

    /// Creates a lab, reading the course settings.
    /// - Parameter answerKeys: the answer keys' bytes by competition, when they were read in advance.
    public init(
        root: CourseRoot, store: Store, login: String, answerKeys: [String: Data]? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.root = root
        self.config = try root.loadConfig()
        self.store = store
        self.login = login
        self.answerKeyFiles = answerKeys
        self.clock = clock
    }

    /// The competition named `id` (a `CourseError.unknownCompetition` lists the known ones).
    public func competition(_ id: String) throws -> Competition {
        try root.competition(id)
    }

    /// The competition's answer key, from the bytes read in advance or else from its file.
    func answerKey(of competition: Competition) throws -> AnswerKey {
        guard let answerKeyFiles else { return try competition.loadAnswerKey() }
        guard let data = answerKeyFiles[competition.id] else {
            throw CourseError.invalidFile(path: competition.answerKeyURL.path, line: nil, reason: "could not be read when ailab started")
        }
        return try AnswerKey.load(
            data: data, path: competition.answerKeyURL.path, idColumn: competition.spec.idColumn,
            targetColumn: competition.spec.targetColumn)
    }

    /// Every scored (not late) submission to a competition, as ranking input.
    func rankedEntries(_ competition: Competition) throws -> [LeaderboardEntry] {
        try store.allSubmissions(competition: competition.id)
            .filter { $0.submission.status == .scored }
            .map { LeaderboardEntry($0.submission, login: $0.login) }
    }

    /// The learner's row on the public leaderboard and the number of ranked learners.
    func publicStanding(_ competition: Competition) throws -> (row: LeaderboardRow?, of: Int) {
        let rows = Leaderboard.rank(
            try rankedEntries(competition), kind: .public, direction: competition.spec.direction,
            finalSelections: competition.spec.finalSelections)
        return (rows.first { $0.login == login }, rows.count)
    }
}

extension LeaderboardEntry {
    /// A stored submission of `login` as ranking input.
    init(_ submission: Submission, login: String) {
        self.init(
            login: login, submissionID: submission.id ?? 0, submittedAt: submission.submittedAt,
            publicScore: submission.publicScore, privateScore: submission.privateScore, isSelected: submission.selected)
    }
}

/// A path as the learner should read it: relative to the current folder when inside it.
func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
}
