import Course
import Foundation
import Grader
import Store

/// The instructors' view of the class, for `ailab roster`: per learner, lessons done per stage, quiz accuracy,
/// best public and private score and rank per competition, and last activity.
public struct Roster: Equatable, Sendable {
    /// A stage of the course as the roster lists it.
    public struct StageColumn: Equatable, Sendable {
        /// The stage's folder, such as `01-math`: stable, so it names the stage's CSV column.
        public let folder: String
        /// The stage's title.
        public let title: String
        /// Lessons in the stage.
        public let lessons: Int
    }

    /// A learner's place on one leaderboard.
    public struct Standing: Equatable, Sendable {
        /// 1 for the best.
        public let rank: Int
        /// The score the learner is ranked by.
        public let score: Double
    }

    /// A learner's results in one competition.
    public struct CompetitionResult: Equatable, Sendable {
        /// Their row on the public leaderboard; nil without a scored submission.
        public let publicStanding: Standing?
        /// Their row on the private leaderboard; nil without a scored submission.
        public let privateStanding: Standing?
        /// Their submissions, scored and late.
        public let submissions: Int
    }

    /// One learner's line.
    public struct Learner: Equatable, Sendable {
        /// The learner's login.
        public let login: String
        /// Lessons per stage (in the order of ``Roster/stages``) and quiz counts, as `ailab progress` counts them.
        public let progress: ProgressReport
        /// Results in each competition, in the order of ``Roster/competitions``.
        public let results: [CompetitionResult]
        /// The latest progress save, quiz answer or submission; nil when there is none.
        public let lastActivity: Date?

        /// Lessons done in the whole course.
        public var lessonsDone: Int { progress.stages.map(\.done).reduce(0, +) }

        /// Quizzes right at the first try among those answered (0...1); nil when none was answered.
        public var quizAccuracy: Double? {
            progress.quizzesAnswered == 0 ? nil : Double(progress.rightFirstTime) / Double(progress.quizzesAnswered)
        }
    }

    /// The course's title (`course.json`).
    public let courseTitle: String
    /// The stages, in course order.
    public let stages: [StageColumn]
    /// Quizzes in the course.
    public let quizCount: Int
    /// The competitions, sorted by name.
    public let competitions: [Competition]
    /// Every learner in the database, sorted by login.
    public let learners: [Learner]
    /// When the roster was made.
    public let generatedAt: Date

    /// Lessons in the whole course.
    public var lessonCount: Int { stages.map(\.lessons).reduce(0, +) }

    /// Puts a roster together: each learner's progress counted against `catalog`, and their rows looked up on
    /// each competition's public and private leaderboards (`boards`, in the order of `competitions`).
    init(
        courseTitle: String, catalog: Catalog, competitions: [Competition],
        boards: [(public: LeaderboardReport, private: LeaderboardReport)], activity: [LearnerActivity],
        generatedAt: Date
    ) {
        func standings(_ report: LeaderboardReport) -> [String: Standing] {
            Dictionary(report.rows.map { ($0.login, Standing(rank: $0.rank, score: $0.score)) }) { first, _ in first }
        }
        let publicStandings = boards.map { standings($0.public) }, privateStandings = boards.map { standings($0.private) }
        self.courseTitle = courseTitle
        stages = catalog.stages.map { StageColumn(folder: $0.folder, title: $0.title, lessons: $0.lessons.count) }
        quizCount = catalog.lessons.map(\.quizzes.count).reduce(0, +)
        self.competitions = competitions
        learners = activity.map { learner in
            let login = learner.user.login
            let record = LearnerRecord(
                progress: Dictionary(learner.progress.map { ($0.lessonID, $0) }) { first, _ in first },
                answers: learner.answers)
            let results = competitions.indices.map { index in
                CompetitionResult(
                    publicStanding: publicStandings[index][login], privateStanding: privateStandings[index][login],
                    submissions: learner.submissions[competitions[index].id] ?? 0)
            }
            return Learner(
                login: login, progress: ProgressReport(catalog: catalog, record: record), results: results,
                lastActivity: learner.lastActivity)
        }
        self.generatedAt = generatedAt
    }
}

extension Lab {
    /// The roster of the class: every learner in the database, sorted by login.
    ///
    /// Reads the store once for every learner's progress, answers and activity, and each competition's public and
    /// private leaderboards once (`leaderboard(competitionID:kind:)`, so ranks follow the leaderboard's rules).
    /// - Throws: `LabError.notAnInstructor` unless this learner is an instructor of the course (`course.json`).
    public func roster() throws -> Roster {
        guard config.isInstructor(login) else {
            throw LabError.notAnInstructor(login: login, command: "ailab roster")
        }
        let catalog = try catalog()
        let activity = try store.rosterActivity()
        let competitions = try root.competitions()
        let boards = try competitions.map { competition in
            (public: try leaderboard(competitionID: competition.id, kind: .public),
             private: try leaderboard(competitionID: competition.id, kind: .private))
        }
        return Roster(
            courseTitle: config.title, catalog: catalog, competitions: competitions, boards: boards,
            activity: activity, generatedAt: clock())
    }
}
