import AilabTestSupport
import Foundation
import Testing

/// `ailab select` and late submissions through the built binary, on the "toy" course.
@Suite("ailab select and late submissions, end to end")
struct SelectEndToEndTests {
    @Test("select shows, sets and clears the final choice; each refusal is one line with its exit status")
    func selectFlow() throws {
        let course = try TemporaryCourse(deadline: "2099-01-01T00:00:00Z")
        defer { course.remove() }
        let env = ["AILAB_DB": course.url.appending(path: "ailab.sqlite").path, "AILAB_ROOT": course.url.path]
        for offset in [1.0, 2, 3] {
            let file = try course.file(named: "p\(offset).csv", containing: TemporaryCourse.submission(offset: offset))
            #expect(try run(ailabBinaryURL(), ["submit", "toy", file], environment: env).status == 0)
        }

        let shown = try run(ailabBinaryURL(), ["select", "toy"], environment: env)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("you have not chosen, so your best public scores count: #1, #2."))

        let chosen = try run(ailabBinaryURL(), ["select", "toy", "3"], environment: env)
        #expect(chosen.status == 0)
        #expect(chosen.stdout.hasPrefix("toy: 2 submissions count for the private ranking; you chose #3."))
        #expect(try run(ailabBinaryURL(), ["submissions", "toy"], environment: env).stdout.contains("scored, final"))

        // Refusals: one line on standard error each, nothing changed.
        let refusals: [([String], Int32, String)] = [
            (["select", "toy", "1", "2", "3"], 2, "error: toy counts at most 2 final submissions per learner, and 3 were given; choose 2 or fewer.\n"),
            (["select", "toy", "9"], 1, "error: #9 is not one of your on-time submissions to toy; nothing was changed. `ailab select toy` lists the ones you can choose.\n"),
        ]
        for (arguments, status, message) in refusals {
            let refused = try run(ailabBinaryURL(), arguments, environment: env)
            #expect(refused.status == status, "\(arguments)")
            #expect(refused.stderr == message)
        }
        let both = try run(ailabBinaryURL(), ["select", "toy", "1", "--clear"], environment: env)
        #expect(both.status == 64)
        #expect(try run(ailabBinaryURL(), ["select", "toy"], environment: env).stdout.contains("you chose #3."))

        let cleared = try run(ailabBinaryURL(), ["select", "toy", "--clear"], environment: env)
        #expect(cleared.stdout.contains("you have not chosen"))
    }

    @Test("after the deadline: refused by default (exit 2), scored as late when the course says so")
    func lateSubmissions() throws {
        let course = try TemporaryCourse(deadline: "2020-01-01T00:00:00Z")
        defer { course.remove() }
        let env = ["AILAB_DB": course.url.appending(path: "ailab.sqlite").path, "AILAB_ROOT": course.url.path]
        let file = try course.file(named: "late.csv", containing: TemporaryCourse.submission(publicError: 1, privateError: 2))

        let refused = try run(ailabBinaryURL(), ["submit", "toy", file], environment: env)
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: toy closed at 2020-01-01 00:00 UTC; it accepts no more submissions.\n")
        let select = try run(ailabBinaryURL(), ["select", "toy", "1"], environment: env)
        #expect(select.status == 2)
        #expect(select.stderr == "error: toy closed at 2020-01-01 00:00 UTC; the final selection can no longer change.\n")

        try course.writeCourseFile(#"{"competitions": {"toy": {"lateSubmissions": "score"}}}"#)
        let late = try run(ailabBinaryURL(), ["submit", "toy", file], environment: env)
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stdout.hasPrefix("Submission #1 to toy scored late (late.csv, 10 rows)."))
        #expect(late.stdout.contains("private score  2.00000"))
        #expect(try run(ailabBinaryURL(), ["leaderboard", "toy"], environment: env).stdout.contains("No scored submissions yet."))
        let competitions = try run(ailabBinaryURL(), ["competitions"], environment: env).stdout
        #expect(competitions.contains("deadline  closed at 2020-01-01 00:00 UTC; late ones are scored but not ranked"))
        #expect(competitions.contains(", late"))
    }
}
