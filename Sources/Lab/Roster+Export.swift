import Foundation
import Grader

extension Roster {
    /// The roster in `format`, ending with a newline.
    ///
    /// - table: one line per learner, short enough for an 80–120 column terminal with a few competitions:
    ///   lessons done of the course's, quizzes right at the first try of those answered with the accuracy,
    ///   per competition the best public score with the public and private ranks, and the last activity.
    /// - csv: one row per learner with every number at full precision: lessons done in all and per stage
    ///   (`lessons_done_<stage folder>`), quiz counts and accuracy (0–1), per competition
    ///   `public_score_<id>`, `public_rank_<id>`, `private_score_<id>`, `private_rank_<id>` and
    ///   `submissions_<id>` (scores and ranks blank without a scored submission), and `last_activity_utc`
    ///   (ISO 8601, blank when none).
    /// - json: one object with `generated_at`, `course`, `stages`, `competitions` and `learners`; missing values are null.
    /// - markdown: a GitHub table with the table's columns, private scores and submission counts added.
    ///
    /// Missing values (no quiz answered, no scored submission, no activity) are "-" in the table and markdown.
    public func rendered(as format: LeaderboardFormat) -> String {
        switch format {
        case .table: tableText()
        case .csv: csvText()
        case .json: jsonText()
        case .markdown: markdownText()
        }
    }

    private func tableText() -> String {
        let count = learners.count == 1 ? "1 learner" : "\(learners.count) learners"
        var lines = ["\(courseTitle) — roster of \(count), \(utcText(generatedAt))"]
        guard !learners.isEmpty else { return lines.joined(separator: "\n") + "\nNo learners yet.\n" }
        lines.append("lessons: done of \(lessonCount); quizzes: right at the first try/answered, accuracy;")
        lines.append("competitions: best public score (public rank/private rank); -: none yet.")
        lines.append("")
        let body = learners.map { learner in
            [learner.login, "\(learner.lessonsDone)/\(lessonCount)", quizText(learner)]
                + learner.results.map { result in
                    guard let best = result.publicStanding else { return "-" }
                    return "\(score(best.score)) (\(best.rank)/\(result.privateStanding.map { String($0.rank) } ?? "-"))"
                }
                + [learner.lastActivity.map(utcText) ?? "-"]
        }
        let header = ["learner", "lessons", "quizzes"] + competitions.map(\.id) + ["last activity"]
        lines += alignedColumns(header: header, rows: body, rightAligned: Set(1..<(header.count - 1)))
        return lines.joined(separator: "\n") + "\n"
    }

    private func csvText() -> String {
        let stageColumns = stages.map { "lessons_done_\($0.folder)" }
        let competitionColumns = competitions.flatMap { competition in
            ["public_score", "public_rank", "private_score", "private_rank", "submissions"].map { "\($0)_\(competition.id)" }
        }
        let header = ["login", "lessons_done"] + stageColumns
            + ["quizzes_answered", "quizzes_right_first_time", "quiz_accuracy"] + competitionColumns + ["last_activity_utc"]
        let rows = learners.map { learner -> [String] in
            let progress = learner.progress
            let lessons = [String(learner.lessonsDone)] + progress.stages.map { String($0.done) }
            let quizzes = [String(progress.quizzesAnswered), String(progress.rightFirstTime), learner.quizAccuracy.map { "\($0)" } ?? ""]
            let results = learner.results.flatMap { result -> [String] in
                csvFields(result.publicStanding) + csvFields(result.privateStanding) + [String(result.submissions)]
            }
            return [csvField(learner.login)] + lessons + quizzes + results + [learner.lastActivity.map(isoText) ?? ""]
        }
        return ([header.map(csvField)] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The score at full precision and the rank, or two blanks without a standing.
    private func csvFields(_ standing: Standing?) -> [String] {
        guard let standing else { return ["", ""] }
        return ["\(standing.score)", String(standing.rank)]
    }

    private func jsonText() -> String {
        let document = RosterDocument(
            generatedAt: isoText(generatedAt),
            course: .init(title: courseTitle, lessons: lessonCount, quizzes: quizCount),
            stages: stages.map { .init(folder: $0.folder, title: $0.title, lessons: $0.lessons) },
            competitions: competitions.map { competition in
                .init(id: competition.id, title: competition.spec.title, metric: competition.spec.metric.rawValue,
                      direction: competition.spec.direction.rawValue)
            },
            learners: learners.map { learner in
                RosterDocument.Learner(
                    login: learner.login, lessonsDone: learner.lessonsDone,
                    stages: zip(stages, learner.progress.stages).map { .init(folder: $0.folder, done: $1.done) },
                    quizzesAnswered: learner.progress.quizzesAnswered,
                    quizzesRightFirstTime: learner.progress.rightFirstTime, quizAccuracy: learner.quizAccuracy,
                    competitions: zip(competitions, learner.results).map { competition, result in
                        .init(
                            competition: competition.id, publicScore: result.publicStanding?.score,
                            publicRank: result.publicStanding?.rank, privateScore: result.privateStanding?.score,
                            privateRank: result.privateStanding?.rank, submissions: result.submissions)
                    },
                    lastActivity: learner.lastActivity.map(isoText))
            })
        return jsonExport(document)
    }

    private func markdownText() -> String {
        let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|") }
        let header = ["Learner", "Lessons", "Quizzes right first time"]
            + competitions.flatMap { ["\($0.id) public", "\($0.id) private", "\($0.id) submissions"] }
            + ["Last activity"]
        let alignment = ["---"] + Array(repeating: "---:", count: header.count - 2) + ["---"]
        let rows = learners.map { learner in
            [escape(learner.login), "\(learner.lessonsDone)/\(lessonCount)", quizText(learner)]
                + learner.results.flatMap { result in
                    [standingText(result.publicStanding), standingText(result.privateStanding), String(result.submissions)]
                }
                + [learner.lastActivity.map(utcText) ?? "-"]
        }
        return ([header, alignment] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }

    /// "3/4 75%": quizzes right at the first try of those answered, and the accuracy; "-" when none was answered.
    private func quizText(_ learner: Learner) -> String {
        let progress = learner.progress
        guard progress.quizzesAnswered > 0 else { return "-" }
        return "\(progress.rightFirstTime)/\(progress.quizzesAnswered) " + percent(progress.rightFirstTime, of: progress.quizzesAnswered)
    }

    /// "0.50000 (#2)", or "-" without a standing.
    private func standingText(_ standing: Standing?) -> String {
        standing.map { "\(score($0.score)) (#\($0.rank))" } ?? "-"
    }
}

/// The JSON export's shape; keys become snake_case, and missing values are written as null rather than left out,
/// so every learner object has the same keys.
private struct RosterDocument: Encodable {
    struct Course: Encodable {
        let title: String
        let lessons, quizzes: Int
    }

    struct Stage: Encodable {
        let folder, title: String
        let lessons: Int
    }

    struct Competition: Encodable {
        let id, title, metric, direction: String
    }

    struct StageDone: Encodable {
        let folder: String
        let done: Int
    }

    struct Result: Encodable {
        let competition: String
        let publicScore: Double?
        let publicRank: Int?
        let privateScore: Double?
        let privateRank: Int?
        let submissions: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(competition, forKey: .competition)
            try container.encode(publicScore, forKey: .publicScore)
            try container.encode(publicRank, forKey: .publicRank)
            try container.encode(privateScore, forKey: .privateScore)
            try container.encode(privateRank, forKey: .privateRank)
            try container.encode(submissions, forKey: .submissions)
        }

        private enum CodingKeys: CodingKey {
            case competition, publicScore, publicRank, privateScore, privateRank, submissions
        }
    }

    struct Learner: Encodable {
        let login: String
        let lessonsDone: Int
        let stages: [StageDone]
        let quizzesAnswered, quizzesRightFirstTime: Int
        let quizAccuracy: Double?
        let competitions: [Result]
        let lastActivity: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(login, forKey: .login)
            try container.encode(lessonsDone, forKey: .lessonsDone)
            try container.encode(stages, forKey: .stages)
            try container.encode(quizzesAnswered, forKey: .quizzesAnswered)
            try container.encode(quizzesRightFirstTime, forKey: .quizzesRightFirstTime)
            try container.encode(quizAccuracy, forKey: .quizAccuracy)
            try container.encode(competitions, forKey: .competitions)
            try container.encode(lastActivity, forKey: .lastActivity)
        }

        private enum CodingKeys: CodingKey {
            case login, lessonsDone, stages, quizzesAnswered, quizzesRightFirstTime, quizAccuracy, competitions, lastActivity
        }
    }

    let generatedAt: String
    let course: Course
    let stages: [Stage]
    let competitions: [Competition]
    let learners: [Learner]
}
