import AilabTestSupport
import Foundation
import Testing

/// Drives the built binary against the repository's own course and a fresh database.
@Suite("ailab submit and leaderboard, end to end")
struct SubmitEndToEndTests {
    let repository = repositoryRoot(from: #filePath)

    func environment(database: URL, root: URL? = nil) -> [String: String] {
        ["AILAB_DB": database.path, "AILAB_ROOT": (root ?? repository).path]
    }

    @Test("each competition's sample submission scores; leaderboards export as CSV and JSON and parse back", arguments: [
        // Public-part scores of the constant sample files, computed once with Python's csv and math modules
        // straight from solution.csv: house-prices sqrt(mean((ln 179623.77 - ln y)^2)) over 441 public rows;
        // movie-ratings sqrt(mean((3.547 - y)^2)) over 6000 rows; sentiment: every score ties at 0.5, so AUC = 0.5.
        ("house-prices", 0.44905651287358594),
        ("movie-ratings", 1.0550492089629273),
        ("sentiment", 0.5),
    ])
    func sampleSubmission(competition: String, expectedScore: Double) throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = environment(database: folder.appending(path: "ailab.sqlite"))
        let sample = repository.appending(path: "datasets/\(competition)/sample_submission.csv").path

        let submit = try run(ailabBinaryURL(), ["submit", competition, sample, "-m", "sample"], environment: env)
        #expect(submit.status == 0, "stderr: \(submit.stderr)")
        #expect(submit.stdout.contains("Submission #1 to \(competition) scored"))
        #expect(submit.stdout.contains(String(format: "%.5f", expectedScore)))
        #expect(submit.stdout.contains("4 of 5 submissions"))

        let login = try run(URL(fileURLWithPath: "/usr/bin/id"), ["-un"], environment: [:]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let csvFile = folder.appending(path: "board.csv")
        let csv = try run(ailabBinaryURL(), ["leaderboard", competition, "--format", "csv", "--output", csvFile.path], environment: env)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        let lines = try String(contentsOf: csvFile, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines.count == 2)
        #expect(lines[0] == ["rank", "login", "score", "entries", "last_submission_utc", "submission_id"])
        #expect(lines[1][0] == "1" && lines[1][1] == login && lines[1][3] == "1")
        let csvScore = try #require(Double(lines[1][2]))
        #expect(abs(csvScore - expectedScore) < 1e-12)

        let json = try run(ailabBinaryURL(), ["leaderboard", competition, "--format", "json"], environment: env)
        #expect(json.status == 0)
        struct Board: Decodable {
            struct Row: Decodable { let rank: Int; let login: String; let score: Double; let entries: Int }
            let competition: String; let rows: [Row]
        }
        let board = try JSONDecoder().decode(Board.self, from: Data(json.stdout.utf8))
        #expect(board.competition == competition)
        #expect(board.rows.count == 1 && board.rows[0].login == login && board.rows[0].rank == 1)
        #expect(abs(board.rows[0].score - expectedScore) < 1e-12)
    }

    @Test("an invalid file: every problem reported with lines, exit 1, nothing stored")
    func invalidFile() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        let env = environment(database: course.url.appending(path: "ailab.sqlite"), root: course.url)
        // Line 3 repeats id 1, line 4 is not a number, line 5 is an unknown id; ids 3…10 are missing.
        let bad = try course.file(named: "bad.csv", containing: "Id,value\n1,1.0\n1,2.0\n2,abc\n99,1\n")
        let result = try run(ailabBinaryURL(), ["submit", "toy", bad], environment: env)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("4 problems"))
        #expect(result.stderr.contains("1 id that is not a test id: line 5: '99'"))
        #expect(result.stderr.contains("1 duplicate id: line 3: 1 (first on line 2)"))
        #expect(result.stderr.contains("1 value that is not a number: line 4: value 'abc'"))
        #expect(result.stderr.contains("8 of 10 test ids have no row, e.g. 3, 4, 5"))
        #expect(result.stderr.contains("hint: start from"))
        let history = try run(ailabBinaryURL(), ["submissions"], environment: env)
        #expect(history.stdout.hasPrefix("No submissions yet."))
    }

    @Test("rules refuse with exit 2: the daily limit, and private scores for a learner")
    func refusals() throws {
        let course = try TemporaryCourse(dailyLimit: 1)
        defer { course.remove() }
        let env = environment(database: course.url.appending(path: "ailab.sqlite"), root: course.url)
        let file = try course.file(named: "ok.csv", containing: TemporaryCourse.submission(offset: 1))
        #expect(try run(ailabBinaryURL(), ["submit", "toy", file], environment: env).status == 0)
        let second = try run(ailabBinaryURL(), ["submit", "toy", file], environment: env)
        #expect(second.status == 2)
        #expect(second.stderr.contains("you have used all 1 submissions to toy for today"))
        #expect(second.stderr.contains("00:00 UTC"))
        let board = try run(ailabBinaryURL(), ["leaderboard", "toy", "--format", "csv"], environment: env)
        #expect(board.stdout.split(separator: "\n").count == 2)
        let secret = try run(ailabBinaryURL(), ["leaderboard", "toy", "--private"], environment: env)
        #expect(secret.status == 2)
        #expect(secret.stderr.contains("only instructors"))
    }

    @Test("an instructor named in course.json sees private scores before the deadline")
    func instructor() throws {
        let login = try run(URL(fileURLWithPath: "/usr/bin/id"), ["-un"], environment: [:]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let course = try TemporaryCourse(instructors: [login])
        defer { course.remove() }
        let env = environment(database: course.url.appending(path: "ailab.sqlite"), root: course.url)
        // Public rows off by 0.25, private rows off by 0.75: the private board shows 0.75.
        let file = try course.file(named: "split.csv", containing: TemporaryCourse.submission(publicError: 0.25, privateError: 0.75))
        let submit = try run(ailabBinaryURL(), ["submit", "toy", file], environment: env)
        #expect(submit.status == 0)
        #expect(!submit.stdout.contains("0.75"))
        let board = try run(ailabBinaryURL(), ["leaderboard", "toy", "--private", "--format", "csv"], environment: env)
        #expect(board.status == 0)
        #expect(board.stdout.split(separator: "\n")[1].split(separator: ",")[2] == "0.75")
    }

    @Test("unknown competition and missing course root: clear messages, non-zero exits")
    func setupErrors() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = environment(database: folder.appending(path: "ailab.sqlite"))
        let unknown = try run(ailabBinaryURL(), ["submit", "house-price", "x.csv"], environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean 'house-prices'?"))
        let noRoot = try run(ailabBinaryURL(), ["competitions"], environment: ["AILAB_DB": env["AILAB_DB"]!, "AILAB_ROOT": folder.path])
        #expect(noRoot.status == 3)
        #expect(noRoot.stderr.contains("is not a course folder"))
        let missing = try run(ailabBinaryURL(), ["submit", "house-prices", "nowhere.csv"], environment: env, in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere.csv was not accepted"))
        #expect(missing.stderr.contains("no such file"))
    }
}
