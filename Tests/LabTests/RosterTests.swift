import AilabTestSupport
import Foundation
import Grader
import Lab
import Store
import Testing

/// The roster's class, every value below worked out by hand (noon is 2026-03-10 14:30 UTC; RMSE = |error|).
///
/// Course: stage 00-start (welcome with quiz `first`, next-steps) and stage 01-more (deeper with quizzes q1, q2):
/// 3 lessons, 3 quizzes. Competitions toy and zeta (a copy of toy), both RMSE, lower is better, 2 final selections.
///
/// - ada: welcome done (noon), next-steps in progress (+0.5 h), deeper done (+1 h): 2/3, per stage 1 and 1.
///   Quizzes: `first` wrong (+0.25 h) then right (+0.75 h), q1 and q2 right (+1 h): 2 of 3 right first time.
///   toy: public 0.5 / private 0.25 (+2 h), public 0.25 / private 1.0 (+3 h): best public 0.25; private: the
///   better of her two submissions' private scores, 0.25. Last activity +3 h, 17:30.
/// - alan: welcome in progress (+5 h) and nothing else: 0/3, no quiz, no submission. Last activity 19:30.
/// - grace: toy public 0.25 / private 0.5 (+2.5 h); zeta public 1.0 / private 1.0 (+4 h); welcome done and
///   `first` right (+6 h): 1/3 (1 and 0), 1 of 1 quiz. Last activity +6 h, 20:30.
///
/// toy public: grace and ada tie on 0.25 and grace's came first (+2.5 h against +3 h): grace 1, ada 2.
/// toy private: ada 0.25, grace 0.5: ada 1, grace 2. zeta: grace alone, 1 and 1.
/// prof, the instructor, has done nothing, so is not in the database and not on the roster.
@Suite("Roster")
struct RosterTests {
    /// When the roster is made: +8 h, 22:30.
    let generatedAt = noon.adding(hours: 8)

    func populated() throws -> LabFixture {
        let fixture = try LabFixture(instructors: ["prof"])
        try fixture.course.writeLessons()
        try writeSecondStage(in: fixture.course)
        try copyCompetition(in: fixture.course, as: "zeta")

        try fixture.lab("ada", at: noon).saveProgress(lessonID: "welcome", status: .done, position: 40)
        try fixture.lab("ada", at: noon.adding(hours: 0.5)).saveProgress(lessonID: "next-steps", status: .inProgress, position: 1)
        try fixture.lab("ada", at: noon.adding(hours: 1)).saveProgress(lessonID: "deeper", status: .done, position: 20)
        try answer(fixture, "ada", "welcome", "first", correct: false, at: noon.adding(hours: 0.25))
        try answer(fixture, "ada", "welcome", "first", correct: true, at: noon.adding(hours: 0.75))
        try answer(fixture, "ada", "deeper", "q1", correct: true, at: noon.adding(hours: 1))
        try answer(fixture, "ada", "deeper", "q2", correct: true, at: noon.adding(hours: 1))
        try submit(fixture, "ada", "toy", publicError: 0.5, privateError: 0.25, at: noon.adding(hours: 2))
        try submit(fixture, "ada", "toy", publicError: 0.25, privateError: 1.0, at: noon.adding(hours: 3))

        try fixture.lab("alan", at: noon.adding(hours: 5)).saveProgress(lessonID: "welcome", status: .inProgress, position: 3)

        try submit(fixture, "grace", "toy", publicError: 0.25, privateError: 0.5, at: noon.adding(hours: 2.5))
        try submit(fixture, "grace", "zeta", publicError: 1.0, privateError: 1.0, at: noon.adding(hours: 4))
        try fixture.lab("grace", at: noon.adding(hours: 6)).saveProgress(lessonID: "welcome", status: .done, position: 40)
        try answer(fixture, "grace", "welcome", "first", correct: true, at: noon.adding(hours: 6))
        return fixture
    }

    @Test("per learner: lessons per stage, quiz accuracy, best scores and ranks on both boards, last activity")
    func model() throws {
        let fixture = try populated()
        defer { fixture.course.remove() }
        let roster = try fixture.lab("prof", at: generatedAt).roster()

        #expect(roster.courseTitle == "Test course")
        #expect(roster.stages.map(\.folder) == ["00-start", "01-more"])
        #expect(roster.stages.map(\.title) == ["Getting started", "Going further"])
        #expect(roster.stages.map(\.lessons) == [2, 1])
        #expect(roster.lessonCount == 3 && roster.quizCount == 3)
        #expect(roster.competitions.map(\.id) == ["toy", "zeta"])
        #expect(roster.learners.map(\.login) == ["ada", "alan", "grace"])
        #expect(roster.generatedAt == generatedAt)

        let (ada, alan, grace) = (roster.learners[0], roster.learners[1], roster.learners[2])
        #expect(ada.progress.stages.map(\.done) == [1, 1])
        #expect(ada.progress.stages.map(\.inProgress) == [1, 0])
        #expect(ada.lessonsDone == 2)
        #expect(ada.progress.quizzesAnswered == 3 && ada.progress.rightFirstTime == 2)
        #expect(ada.quizAccuracy == 2.0 / 3.0)
        // toy, then zeta (where ada has nothing).
        #expect(ada.results.map { $0.publicStanding?.score } == [0.25, nil])
        #expect(ada.results.map { $0.publicStanding?.rank } == [2, nil])
        #expect(ada.results.map { $0.privateStanding?.score } == [0.25, nil])
        #expect(ada.results.map { $0.privateStanding?.rank } == [1, nil])
        #expect(ada.results.map(\.submissions) == [2, 0])
        #expect(ada.lastActivity == noon.adding(hours: 3))

        #expect(alan.progress.stages.map(\.done) == [0, 0])
        #expect(alan.lessonsDone == 0)
        #expect(alan.quizAccuracy == nil)
        #expect(alan.results.allSatisfy { $0.publicStanding == nil && $0.privateStanding == nil && $0.submissions == 0 })
        #expect(alan.lastActivity == noon.adding(hours: 5))

        #expect(grace.progress.stages.map(\.done) == [1, 0])
        #expect(grace.quizAccuracy == 1)
        #expect(grace.results.map { $0.publicStanding?.score } == [0.25, 1.0])
        #expect(grace.results.map { $0.publicStanding?.rank } == [1, 1])
        #expect(grace.results.map { $0.privateStanding?.score } == [0.5, 1.0])
        #expect(grace.results.map { $0.privateStanding?.rank } == [2, 1])
        #expect(grace.results.map(\.submissions) == [1, 1])
        #expect(grace.lastActivity == noon.adding(hours: 6))
    }

    @Test("a learner who is not an instructor is refused, naming the command")
    func refusal() throws {
        let fixture = try populated()
        defer { fixture.course.remove() }
        #expect(throws: LabError.notAnInstructor(login: "ada", command: "ailab roster")) {
            try fixture.lab("ada", at: generatedAt).roster()
        }
    }

    @Test("table: one line per learner within 80 columns, ranks public/private after the best public score")
    func table() throws {
        let fixture = try populated()
        defer { fixture.course.remove() }
        let text = try fixture.lab("prof", at: generatedAt).roster().rendered(as: .table)
        // Column widths: learner 7, lessons 7, quizzes 8 ("1/1 100%"), toy and zeta 13 ("0.25000 (2/1)"),
        // last activity 20; every column but the first and last right-aligned.
        let expected = """
            Test course — roster of 3 learners, 2026-03-10 22:30 UTC
            lessons: done of 3; quizzes: right at the first try/answered, accuracy;
            competitions: best public score (public rank/private rank); -: none yet.

            learner  lessons   quizzes            toy           zeta  last activity
            -------  -------  --------  -------------  -------------  --------------------
            ada          2/3   2/3 67%  0.25000 (2/1)              -  2026-03-10 17:30 UTC
            alan         0/3         -              -              -  2026-03-10 19:30 UTC
            grace        1/3  1/1 100%  0.25000 (1/2)  1.00000 (1/1)  2026-03-10 20:30 UTC

            """
        #expect(text == expected)
        let widest = text.split(separator: "\n").map(\.count).max()
        #expect(widest == 78)
    }

    @Test("CSV: one row per learner, stage and competition columns, full precision, blanks for missing values")
    func csv() throws {
        let fixture = try populated()
        defer { fixture.course.remove() }
        let text = try fixture.lab("prof", at: generatedAt).roster().rendered(as: .csv)
        let expected = """
            login,lessons_done,lessons_done_00-start,lessons_done_01-more,quizzes_answered,quizzes_right_first_time,\
            quiz_accuracy,public_score_toy,public_rank_toy,private_score_toy,private_rank_toy,submissions_toy,\
            public_score_zeta,public_rank_zeta,private_score_zeta,private_rank_zeta,submissions_zeta,last_activity_utc
            ada,2,1,1,3,2,0.6666666666666666,0.25,2,0.25,1,2,,,,,0,2026-03-10T17:30:00.000Z
            alan,0,0,0,0,0,,,,,,0,,,,,0,2026-03-10T19:30:00.000Z
            grace,1,1,0,1,1,1.0,0.25,1,0.5,2,1,1.0,1,1.0,1,1,2026-03-10T20:30:00.000Z

            """
        #expect(text == expected)
    }

    @Test("markdown: a GitHub table with public and private standings and submission counts")
    func markdown() throws {
        let fixture = try populated()
        defer { fixture.course.remove() }
        let text = try fixture.lab("prof", at: generatedAt).roster().rendered(as: .markdown)
        let expected = """
            | Learner | Lessons | Quizzes right first time | toy public | toy private | toy submissions \
            | zeta public | zeta private | zeta submissions | Last activity |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
            | ada | 2/3 | 2/3 67% | 0.25000 (#2) | 0.25000 (#1) | 2 | - | - | 0 | 2026-03-10 17:30 UTC |
            | alan | 0/3 | - | - | - | 0 | - | - | 0 | 2026-03-10 19:30 UTC |
            | grace | 1/3 | 1/1 100% | 0.25000 (#1) | 0.50000 (#2) | 1 | 1.00000 (#1) | 1.00000 (#1) | 1 | 2026-03-10 20:30 UTC |

            """
        #expect(text == expected)
    }

    @Test("JSON: course, stages, competitions and learners, with null for what a learner has not done")
    func json() throws {
        // A smaller class: the course of writeLessons (one stage, welcome with quiz `first`, next-steps) and toy.
        // ada: welcome done at noon, `first` right at +0.5 h, toy public 0.5 / private 0.25 at +1 h: rank 1 on both.
        // bob: known to the database (created at noon) but has done nothing: zeros, nulls, 0 submissions.
        let fixture = try LabFixture(instructors: ["prof"])
        defer { fixture.course.remove() }
        try fixture.course.writeLessons()
        try fixture.lab("ada", at: noon).saveProgress(lessonID: "welcome", status: .done, position: 40)
        try answer(fixture, "ada", "welcome", "first", correct: true, at: noon.adding(hours: 0.5))
        try submit(fixture, "ada", "toy", publicError: 0.5, privateError: 0.25, at: noon.adding(hours: 1))
        _ = try fixture.store.user(login: "bob", now: noon)

        let text = try fixture.lab("prof", at: noon.adding(hours: 2)).roster().rendered(as: .json)
        let expected = """
            {
              "competitions" : [
                {
                  "direction" : "lower",
                  "id" : "toy",
                  "metric" : "rmse",
                  "title" : "Toy"
                }
              ],
              "course" : {
                "lessons" : 2,
                "quizzes" : 1,
                "title" : "Test course"
              },
              "generated_at" : "2026-03-10T16:30:00.000Z",
              "learners" : [
                {
                  "competitions" : [
                    {
                      "competition" : "toy",
                      "private_rank" : 1,
                      "private_score" : 0.25,
                      "public_rank" : 1,
                      "public_score" : 0.5,
                      "submissions" : 1
                    }
                  ],
                  "last_activity" : "2026-03-10T15:30:00.000Z",
                  "lessons_done" : 1,
                  "login" : "ada",
                  "quiz_accuracy" : 1,
                  "quizzes_answered" : 1,
                  "quizzes_right_first_time" : 1,
                  "stages" : [
                    {
                      "done" : 1,
                      "folder" : "00-start"
                    }
                  ]
                },
                {
                  "competitions" : [
                    {
                      "competition" : "toy",
                      "private_rank" : null,
                      "private_score" : null,
                      "public_rank" : null,
                      "public_score" : null,
                      "submissions" : 0
                    }
                  ],
                  "last_activity" : null,
                  "lessons_done" : 0,
                  "login" : "bob",
                  "quiz_accuracy" : null,
                  "quizzes_answered" : 0,
                  "quizzes_right_first_time" : 0,
                  "stages" : [
                    {
                      "done" : 0,
                      "folder" : "00-start"
                    }
                  ]
                }
              ],
              "stages" : [
                {
                  "folder" : "00-start",
                  "lessons" : 2,
                  "title" : "Getting started"
                }
              ]
            }

            """
        #expect(text == expected)
    }

    @Test("an empty class: the table says so, the CSV is its header")
    func empty() throws {
        let fixture = try LabFixture(instructors: ["prof"])
        defer { fixture.course.remove() }
        let roster = try fixture.lab("prof", at: noon).roster()
        #expect(roster.rendered(as: .table) == "Test course — roster of 0 learners, 2026-03-10 14:30 UTC\nNo learners yet.\n")
        let csv = roster.rendered(as: .csv)
        #expect(csv.split(separator: "\n").count == 1)
        #expect(csv.hasPrefix("login,lessons_done,quizzes_answered,"))
    }

    @Test("200 learners in 2 competitions: every learner and every rank exported", .timeLimit(.minutes(1)))
    func largeClass() throws {
        let fixture = try LabFixture(instructors: ["prof"])
        defer { fixture.course.remove() }
        try copyCompetition(in: fixture.course, as: "zeta")
        // Learner n (1...200) scores n / 1000 in toy and (201 - n) / 1000 in zeta: toy ranks n, zeta ranks 201 - n.
        for n in 1...200 {
            for (competition, error) in [("toy", Double(n) / 1000), ("zeta", Double(201 - n) / 1000)] {
                let draft = SubmissionDraft(
                    login: String(format: "learner%03d", n), competition: competition, submittedAt: noon, fileName: "p.csv",
                    digest: "", rows: 10, publicScore: error, privateScore: error, status: .scored, message: nil)
                _ = try fixture.store.recordSubmission(draft, dailyLimit: nil, windowStart: noon)
            }
        }
        let rows = try fixture.lab("prof", at: noon).roster().rendered(as: .csv)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 201)
        let header = rows[0]
        let toyRank = try #require(header.firstIndex(of: "public_rank_toy"))
        let zetaRank = try #require(header.firstIndex(of: "private_rank_zeta"))
        for (offset, row) in rows.dropFirst().enumerated() {
            #expect(row[0] == String(format: "learner%03d", offset + 1))
            #expect(row[toyRank] == String(offset + 1))
            #expect(row[zetaRank] == String(200 - offset))
        }
    }
}

/// Records `login`'s answer to quiz `quizID` of `lessonID` at `now`.
private func answer(_ fixture: LabFixture, _ login: String, _ lessonID: String, _ quizID: String, correct: Bool, at now: Date) throws {
    _ = try fixture.store.recordQuizAnswer(
        login: login, lessonID: lessonID, quizID: quizID, answer: correct ? "2" : "1", correct: correct, now: now)
}

/// Submits, as `login` at `now`, a file whose public RMSE is `publicError` and private RMSE `privateError`.
private func submit(
    _ fixture: LabFixture, _ login: String, _ competition: String, publicError: Double, privateError: Double, at now: Date
) throws {
    let path = try fixture.course.file(
        named: "\(login)-\(UUID().uuidString).csv",
        containing: TemporaryCourse.submission(publicError: publicError, privateError: privateError))
    _ = try fixture.lab(login, at: now).submit(competitionID: competition, filePath: path, message: nil)
}

/// Adds stage `01-more` ("Going further") with lesson `deeper` and its two quizzes, q1 and q2.
private func writeSecondStage(in course: TemporaryCourse) throws {
    let stage = course.url.appending(path: "lessons/01-more")
    try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
    try Data("# Going further\n".utf8).write(to: stage.appending(path: "README.md"))
    let quiz = { (id: String) in
        """
        ```quiz
        id: \(id)
        question: Which option is right?
        - [ ] Wrong
        - [x] Right
        explanation: The second option is marked right.
        ```
        """
    }
    let lesson = """
        ---
        id: deeper
        title: Deeper
        summary: The third lesson.
        minutes: 5
        objectives:
          - Go further
        ---
        One paragraph.

        \(quiz("q1"))

        \(quiz("q2"))
        """
    try Data(lesson.utf8).write(to: stage.appending(path: "01-deeper.md"))
}

/// Adds competition `id`, a copy of toy (its spec, answer key and datasets).
private func copyCompetition(in course: TemporaryCourse, as id: String) throws {
    for folder in ["grader", "datasets"] {
        try FileManager.default.copyItem(
            at: course.url.appending(path: "\(folder)/\(course.competition)"), to: course.url.appending(path: "\(folder)/\(id)"))
    }
}
