import AilabTestSupport
import Foundation
import Testing

/// The real `ailab` binary in a private tmux server, on a temporary course with two lessons
/// (`TemporaryCourse.writeLessons`) and a database of its own.
///
/// What should be on screen is waited for, never read from one capture: a frame may reach the terminal in
/// more than one write, and CI runs these tests beside CPU-heavy ones.
@Suite("Navigator end to end, in tmux", .enabled(if: TmuxSession.isAvailable), .serialized)
struct NavigatorEndToEndTests {
    /// A course, a database path, and a way to start ailab on them.
    struct Setup {
        let course: TemporaryCourse
        let database: String

        init() throws {
            course = try TemporaryCourse()
            try course.writeLessons()
            database = course.url.appending(path: "ailab.sqlite").path
        }

        /// Starts ailab (through the terminal-mode report) and waits for the navigator's first frame.
        func start(rows: Int = 24, columns: Int = 80, environment: [String: String] = [:]) throws -> TmuxSession {
            let session = try TmuxSession(
                command: TmuxSession.reportingTerminalModes([ailabBinaryURL().path]),
                environment: ["AILAB_ROOT": course.url.path, "AILAB_DB": database, "LANG": "C.UTF-8"]
                    .merging(environment) { _, new in new },
                rows: rows, columns: columns)
            try session.waitFor("lessons done")
            return session
        }

        /// Starts ailab, opens "Welcome" and pages down once; returns the session and the screen then.
        func startReadingOnePageDown() throws -> (TmuxSession, String) {
            let session = try start()
            try session.sendKeys("Enter")
            try session.waitFor("Paragraph 1 of the welcome.")
            try session.sendKeys("Space")
            return (session, try session.waitFor("Paragraph 12 of the welcome."))
        }

        /// What `ailab progress` prints for this database.
        func progress() throws -> String {
            try run(ailabBinaryURL(), ["progress"], environment: ["AILAB_ROOT": course.url.path, "AILAB_DB": database]).stdout
        }
    }

    @Test("open a lesson, scroll to the end, answer its quiz, quit; the next start shows it done")
    func lessonDoneSurvivesARestart() throws {
        let setup = try Setup()
        defer { setup.course.remove() }
        let first = try setup.start()
        try first.waitFor("› [ ] Welcome")
        try first.sendKeys("Enter")
        try first.waitFor("Paragraph 1 of the welcome.")
        try first.sendKeys("G")
        try first.waitFor("Press a to answer")
        try first.sendKeys("a")
        try first.waitFor("Which option is right?")
        try first.sendKeys("2")
        try first.waitFor("✓ Right.")
        try first.sendKeys("Enter")
        try first.waitFor("Lesson done. n opens the next one.")
        try first.sendKeys("q")
        try first.waitFor("[x] Welcome")
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)
        #expect(try first.terminalModesRestored())
        first.kill()

        let second = try setup.start()
        try second.waitFor("[x] Welcome")
        try second.waitFor("› [ ] Next steps")
        try second.waitFor("1/2 lessons done")
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
        #expect(try setup.progress().contains("Quizzes: 1 of 1 answered; 1 right at the first try (100%), 1 right now."))
    }

    @Test("resizing mid-lesson redraws at the new size, says when the window is too small, and keeps the place")
    func resize() throws {
        let setup = try Setup()
        defer { setup.course.remove() }
        let (session, paged) = try setup.startReadingOnePageDown()
        let top = try #require(paged.split(separator: "\n").dropFirst().first { $0.contains("Paragraph") })

        try session.resize(rows: 30, columns: 120)
        let topText = String(top.trimmingCharacters(in: .whitespaces))
        _ = try session.poll(describing: "a 120-column frame starting at \(topText.debugDescription)") { screen in
            screen.split(separator: "\n").first.map { $0.count > 100 && screen.contains(topText) ? true : nil } ?? nil
        }
        try session.resize(rows: 20, columns: 60)
        try session.waitFor("This window is 60×20.")
        try session.resize(rows: 24, columns: 80)
        try session.waitFor("Welcome")
        try session.waitFor(topText)
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
    }

    @Test("Ctrl-C in the reader saves the place and leaves a sane terminal")
    func interrupt() throws {
        let setup = try Setup()
        defer { setup.course.remove() }
        let (session, _) = try setup.startReadingOnePageDown()
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        #expect(try session.terminalModesRestored())
        #expect(try setup.progress().contains("0/2 done, 1 in progress"))
        session.kill()
        // The next start resumes the lesson where Ctrl-C left it.
        let again = try setup.start()
        try again.waitFor("Welcome back. Enter resumes “Welcome”")
        try again.sendKeys("Enter")
        try again.waitFor("Paragraph 12 of the welcome.")
        #expect(try !again.capture().contains("Paragraph 1 of the welcome."))
        try again.sendKeys("C-c")
    }

    @Test("colours by default, none under NO_COLOR, and the help overlay lists the keys")
    func colorsAndHelp() throws {
        let setup = try Setup()
        defer { setup.course.remove() }
        // m marks the selected lesson done: "[x]", drawn green where colour is allowed. (`swift test` itself may
        // run with NO_COLOR set; an empty NO_COLOR means "not set".)
        let colored = try setup.start(environment: ["NO_COLOR": ""])
        try colored.sendKeys("m")
        try colored.waitFor("[x] Welcome")
        _ = try colored.poll(describing: "green text (SGR 32)", escapes: true) { sgrParameters($0).contains(32) ? true : nil }
        try colored.sendKeys("C-c")
        #expect(try colored.waitForExit() == 0)
        colored.kill()

        let plain = try setup.start(environment: ["NO_COLOR": "1"])
        try plain.sendKeys("m")
        try plain.waitFor("[x] Next steps")  // the same database: the next start selects the lesson not done
        let parameters = sgrParameters(try plain.capture(escapes: true))
        #expect(parameters.isDisjoint(with: 30...37))
        #expect(parameters.contains(7))  // the bars are still drawn in reverse video
        try plain.sendKeys("Enter", "?")
        try plain.waitFor("Keys · Reader")
        try plain.waitFor("answer the quiz on screen")
        try plain.sendKeys("C-c")
    }
}
