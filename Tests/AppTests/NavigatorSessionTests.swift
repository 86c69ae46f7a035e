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
    @Test("reading to the end and answering the quiz is stored, and a new session shows the lesson done")
    func progressSurvivesARestart() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        let store = try Store.inMemory()
        let lab = try Lab(root: CourseRoot(url: course.url), store: store, login: "ada")
        let content = CourseContent(title: "Temporary", catalog: try lab.catalog())
        let size = TerminalSize(rows: 24, columns: 80)

        // Open "Welcome", jump to the end, answer the quiz right, go back to the lesson, then quit.
        let keys: [Key] = [.enter, .character("G"), .character("a"), .character("2"), .enter, .character("q"), .character("q")]
        let screen = InMemoryScreen(size: size, events: keys.map(InputEvent.key))
        let final = try NavigatorSession(lab: lab, course: content).run(on: screen)
        #expect(final.isFinished)
        #expect(screen.frames.count == keys.count)  // the first frame, then one per key but the last (quit)
        #expect(try store.progress(login: "ada").map(\.status) == [.done])
        let answers = try store.quizAnswers(login: "ada", lessonID: "welcome")
        #expect(answers.map(\.answer) == ["2"])
        #expect(answers.map(\.correct) == [true])

        // A second session starts on the next lesson, with "Welcome" marked done.
        let again = InMemoryScreen(size: size, events: [])
        try NavigatorSession(lab: lab, course: content).run(on: again)
        let lines = try #require(again.frames.first).lines
        #expect(lines[2].hasPrefix("   [x] Welcome"))
        #expect(lines[3].hasPrefix(" › [ ] Next steps"))
    }

    @Test("input that ends without q still stores the reading position")
    func inputEnds() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        try course.writeLessons()
        let store = try Store.inMemory()
        let lab = try Lab(root: CourseRoot(url: course.url), store: store, login: "ada")
        let content = CourseContent(title: "Temporary", catalog: try lab.catalog())
        let screen = InMemoryScreen(size: TerminalSize(rows: 24, columns: 80), events: [.key(.enter), .key(.pageDown)])
        let final = try NavigatorSession(lab: lab, course: content).run(on: screen)
        let position = try #require(final.reader?.position)
        #expect(position > 0)
        #expect(try store.progress(login: "ada").map(\.position) == [position])
    }
}
