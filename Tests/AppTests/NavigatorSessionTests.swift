import AilabTestSupport
import App
import Foundation
import Grader
import Lab
import Store
import Testing
import TerminalUI

@Suite("NavigatorSession: the loop between a screen, the state and the store")
struct NavigatorSessionTests {
    /// A temporary course with `TemporaryCourse.writeLessons`, an in-memory store, and ada's lab on them.
    struct Fixture {
        let course: TemporaryCourse
        let store: Store
        let lab: Lab
        let content: CourseContent

        init() throws {
            course = try TemporaryCourse()
            try course.writeLessons()
            store = try Store.inMemory()
            lab = try Lab(root: CourseRoot(url: course.url), store: store, login: "ada")
            content = CourseContent(title: "Temporary", catalog: try lab.catalog())
        }

        /// Runs a session on `screen` until its events run out or the learner quits.
        func run(on screen: InMemoryScreen) throws -> AppState {
            try NavigatorSession(lab: lab, course: content).run(on: screen)
        }
    }

    @Test("reading to the end and answering the quiz is stored, and a new session shows the lesson done")
    func progressSurvivesARestart() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let size = TerminalSize(rows: 24, columns: 80)

        // Open "Welcome", jump to the end, answer the quiz right, go back to the lesson, then quit.
        let keys: [Key] = [.enter, .character("G"), .character("a"), .character("2"), .enter, .character("q"), .character("q")]
        let screen = InMemoryScreen(size: size, events: keys.map(InputEvent.key))
        let final = try fixture.run(on: screen)
        #expect(final.isFinished)
        #expect(screen.frames.count == keys.count)  // the first frame, then one per key but the last (quit)
        #expect(try fixture.store.progress(login: "ada").map(\.status) == [.done])
        let answers = try fixture.store.quizAnswers(login: "ada", lessonID: "welcome")
        #expect(answers.map(\.answer) == ["2"])
        #expect(answers.map(\.correct) == [true])

        // A second session starts on the next lesson, with "Welcome" marked done.
        let again = InMemoryScreen(size: size, events: [])
        _ = try fixture.run(on: again)
        let lines = try #require(again.frames.first).lines
        #expect(lines[2].hasPrefix("   [x] Welcome"))
        #expect(lines[3].hasPrefix(" › [ ] Next steps"))
    }

    @Test("input that ends without q still stores the reading position")
    func inputEnds() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let screen = InMemoryScreen(size: TerminalSize(rows: 24, columns: 80), events: [.key(.enter), .key(.pageDown)])
        let final = try fixture.run(on: screen)
        let position = try #require(final.reader?.position)
        #expect(position > 0)
        #expect(try fixture.store.progress(login: "ada").map(\.position) == [position])
    }
}
