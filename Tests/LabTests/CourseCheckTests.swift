import AilabTestSupport
import Foundation
import Grader
import Lab
import Testing

/// `ailab course check` as a function: our own course passes, and each kind of breakage of the
/// temporary course is reported with its file and line.
///
/// Expected values are worked out by hand from `TemporaryCourse`: one competition "toy"; its
/// `solution.csv` and `test.csv` hold a header on line 1, then id n on line n + 1 for n = 1…10, with
/// value n; ids 1, 2, 3 are Public (3 of 10 = 30%, the default publicFraction 0.3); the sample
/// submission predicts n for id n. Its `lessons/` folder is empty.
@Suite("Course check")
struct CourseCheckTests {
    /// The key's rows as written by `TemporaryCourse`: "n,n,Public" or "n,n,Private".
    private static let keyRows = TemporaryCourse.ids.map { "\($0),\($0),\(TemporaryCourse.publicIDs.contains($0) ? "Public" : "Private")" }

    /// Checks a fresh temporary course after `breaking` it, and removes it.
    private func check(_ breaking: (TemporaryCourse) throws -> Void = { _ in }) throws -> CourseCheck {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try breaking(course)
        return try CourseCheck.run(CourseRoot(url: course.url))
    }

    /// Writes an answer key with the given data rows under the header `Id,value,Usage`.
    private func writeKey(_ rows: [String], in course: TemporaryCourse) throws {
        try course.setFile("grader/toy/solution.csv", to: (["Id,value,Usage"] + rows).joined(separator: "\n") + "\n")
    }

    @Test("our own course: no problem at all")
    func repositoryCourse() throws {
        let root = CourseRoot(url: repositoryRoot(from: #filePath))
        let check = try CourseCheck.run(root)
        #expect(check.problems == [], "\(check.text)")
        #expect(check.competitionCount == (try root.competitionIDs()).count)
        #expect(check.lessonCount > 0 && check.stageCount > 0)
        #expect(check.text.hasPrefix("Course OK: \(check.competitionCount) competitions, \(check.lessonCount) lessons in \(check.stageCount) stages"))
    }

    @Test("the unbroken temporary course passes, with its counts")
    func temporaryCourse() throws {
        let check = try check()
        #expect(check.isOK)
        #expect(check.text == "Course OK: 1 competition, 0 lessons in 0 stages, 0 instructors.\n")
    }

    @Test("a folder without grader/ is not a course root")
    func notACourseRoot() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CourseError.notACourseRoot(path: folder.standardizedFileURL.path)) {
            try CourseCheck.run(CourseRoot(url: folder))
        }
    }

    @Test("course.json: an unknown key, with its line; the text ends with the count")
    func unknownTopLevelKey() throws {
        let check = try check { course in
            try course.setFile("course.json", to: """
                {
                  "title": "Test course",
                  "instructors": ["ada"],
                  "deadlin": "2027-06-30T23:59:59Z"
                }
                """)
        }
        #expect(check.problems.map(\.description) == [
            "course.json:4: unknown key 'deadlin', which ailab ignores (the keys are: title, instructors, competitions, database)",
        ])
        #expect(check.text.hasSuffix("\n1 problem in 1 file.\n"))
    }

    @Test("course.json: not valid JSON, with the line of the error")
    func invalidJSON() throws {
        // The unquoted name on line 3 is where the parser stops.
        let check = try check { course in
            try course.setFile("course.json", to: "{\n  \"title\": \"Test course\",\n  \"instructors\": [ada]\n}\n")
        }
        #expect(check.problems.count == 1)
        #expect(check.problems.first?.file == "course.json")
        #expect(check.problems.first?.line == 3)
        #expect(check.problems.first?.message.hasPrefix("not valid JSON") == true)
    }

    @Test("course.json: competitions naming a missing competition, unknown and bad rules, an empty instructor")
    func competitionSettings() throws {
        let check = try check { course in
            try course.setFile("course.json", to: """
                {
                  "title": "Test course",
                  "instructors": ["ada", " "],
                  "competitions": {
                    "toy": {"dailyLimit": 0,
                            "deadlin": "2027-06-30T23:59:59Z"},
                    "house-price": {"dailyLimit": 2}
                  }
                }
                """)
        }
        // The load error comes first (dailyLimit on line 5), then the keys in file order.
        #expect(check.problems == [
            CourseProblem(file: "course.json", line: 5, message: "competitions.toy: dailyLimit must be at least 1, not 0"),
            CourseProblem(file: "course.json", line: 3, message: "instructors: entry 2 is empty; each is a login name"),
            CourseProblem(
                file: "course.json", line: 6,
                message: "competitions.toy: unknown key 'deadlin', which ailab ignores (the keys are: deadline, dailyLimit, finalSelections, lateSubmissions)"),
            CourseProblem(
                file: "course.json", line: 7,
                message: "competitions names 'house-price', but there is no grader/house-price/ with a competition.json (the competitions are: toy)"),
        ])
    }

    @Test("competition.json: a bad value and an unknown key, with their lines; the key is then not checked")
    func spec() throws {
        let check = try check { course in
            try course.setFile("grader/toy/competition.json", to: """
                {"title": "Toy", "description": "Predict n for id n.", "idColumn": "Id", "targetColumn": "value",
                 "metric": "rmsee", "publicFracton": 0.3}
                """)
        }
        #expect(check.problems.map(\.file) == ["grader/toy/competition.json", "grader/toy/competition.json"])
        #expect(check.problems.map(\.line) == [2, 2])
        #expect(check.problems[0].message.hasPrefix("metric 'rmsee' is not one of: "))
        #expect(check.problems[1].message.hasPrefix("unknown key 'publicFracton'"))
    }

    @Test("the answer key: an id missing and an extra one, each with its line")
    func missingAndExtraID() throws {
        // Id 7 (line 8 of both files) is replaced by 99 in the key.
        let check = try check { course in
            try writeKey(Self.keyRows.map { $0.hasPrefix("7,") ? "99,7,Private" : $0 }, in: course)
        }
        #expect(check.problems == [
            CourseProblem(file: "grader/toy/solution.csv", line: 8, message: "1 id that is not in datasets/toy/test.csv: line 8: 99"),
            CourseProblem(
                file: "grader/toy/solution.csv", line: nil,
                message: "1 id of datasets/toy/test.csv that has no row: 7 (test.csv line 8)"),
        ])
    }

    @Test("the answer key: many missing ids are one problem with a count and the first three; the share is then off")
    func manyMissingIDs() throws {
        // Only ids 1…4 remain: 6 missing (5…10, on test.csv lines 6…11); the public part is 3 of 4 rows.
        let check = try check { course in try writeKey(Array(Self.keyRows.prefix(4)), in: course) }
        #expect(check.problems.map(\.description) == [
            "grader/toy/solution.csv: 6 ids of datasets/toy/test.csv that have no row: 5 (test.csv line 6); 6 (test.csv line 7); "
                + "7 (test.csv line 8); … and 3 more",
            "grader/toy/solution.csv: the public part is 3 of 4 rows (75.0%); publicFraction in grader/toy/competition.json is 0.3, "
                + "and the two must agree within 0.02",
        ])
    }

    @Test("the answer key: a duplicate id, with both lines")
    func duplicateID() throws {
        // A second row for id 4 after the ten rows: line 12; the first is on line 5.
        let check = try check { course in try writeKey(Self.keyRows + ["4,4,Private"], in: course) }
        #expect(check.problems.map(\.description) == ["grader/toy/solution.csv:12: 1 duplicate id: line 12: 4 (first on line 5)"])
    }

    @Test("the answer key: a bad Usage value and a target that is not finite, without printing either")
    func badUsageAndTarget() throws {
        // Id 3 (line 4) says "Publik"; id 5 (line 6) has the target 1e999, which overflows to infinity.
        // The public part then holds ids 1 and 2 of the 9 rows with a valid Usage: 22.2%.
        let check = try check { course in
            try writeKey(Self.keyRows.map { row in
                row.hasPrefix("3,") ? "3,3,Publik" : row.hasPrefix("5,") ? "5,1e999,Private" : row
            }, in: course)
        }
        #expect(check.problems.map(\.description) == [
            "grader/toy/solution.csv:6: 1 value that is not a finite number: line 6",
            "grader/toy/solution.csv:4: 1 Usage value that is neither Public nor Private: line 4",
            "grader/toy/solution.csv: the public part is 2 of 9 rows (22.2%); publicFraction in grader/toy/competition.json is 0.3, "
                + "and the two must agree within 0.02",
        ])
        #expect(!check.text.contains("Publik") && !check.text.contains("1e999"))
    }

    @Test("the answer key: a public share off by more than 0.02")
    func publicShare() throws {
        // Ids 1…4 public: 4 of 10 = 40%, 0.1 away from 0.3.
        let check = try check { course in
            try writeKey(TemporaryCourse.ids.map { "\($0),\($0),\($0 <= 4 ? "Public" : "Private")" }, in: course)
        }
        #expect(check.problems.map(\.description) == [
            "grader/toy/solution.csv: the public part is 4 of 10 rows (40.0%); publicFraction in grader/toy/competition.json is 0.3, "
                + "and the two must agree within 0.02",
        ])
    }

    @Test("the sample submission: a row the validator refuses, with its line")
    func sampleSubmission() throws {
        // An eleventh row, id 11, on line 12.
        let check = try check { course in
            try course.setFile("datasets/toy/sample_submission.csv", to: TemporaryCourse.submission(offset: 0) + "11,11\n")
        }
        #expect(check.problems == [
            CourseProblem(file: "datasets/toy/sample_submission.csv", line: 12, message: "1 id that is not a test id: line 12: '11'"),
        ])
    }

    @Test("the public files: a missing sample submission and a malformed test.csv")
    func publicFiles() throws {
        // test.csv line 3 has three fields under a two-column header.
        let check = try check { course in
            try FileManager.default.removeItem(at: course.url.appending(path: "datasets/toy/sample_submission.csv"))
            try course.setFile("datasets/toy/test.csv", to: "Id,x\n1,0\n2,0.5,9\n")
        }
        #expect(check.problems.map(\.description) == [
            "datasets/toy/test.csv:3: column 1: record has 3 fields, the header has 2",
            "datasets/toy/sample_submission.csv: the file is missing",
        ])
    }

    @Test("a lesson that does not parse, with its file and line")
    func lessonThatDoesNotParse() throws {
        // Line 4 of the lesson misspells the front matter key "minutes".
        let check = try check { course in
            try course.setFile("lessons/00-start/README.md", to: "# Start\n")
            try course.setFile("lessons/00-start/01-a.md", to: "---\nid: a\ntitle: A\nminute: 5\n---\nText.\n")
        }
        #expect(check.problems.count == 1)
        let problem = try #require(check.problems.first)
        #expect(problem.file == "lessons/00-start/01-a.md")
        #expect(problem.line == 4)
        #expect(problem.message.contains("'minute'"))
    }

    @Test("problems in several files: the order is course.json, the competition, the lessons; the count names the files")
    func orderAndCount() throws {
        let check = try check { course in
            try course.setFile("course.json", to: "{\"titel\": \"x\"}\n")
            try writeKey(Self.keyRows + ["4,4,Private"], in: course)
            try course.setFile("lessons/00-start/README.md", to: "# Start\n")
            try course.setFile("lessons/00-start/01-a.md", to: "no front matter\n")
        }
        #expect(check.problems.map(\.file) == ["course.json", "grader/toy/solution.csv", "lessons/00-start/01-a.md"])
        #expect(check.text.hasSuffix("\n3 problems in 3 files.\n"))
    }
}
