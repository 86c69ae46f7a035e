@testable import App
import Testing
import TerminalUI

@Suite("Reader: scrolling, position, done, next and previous")
struct ReaderTests {
    /// The fixture with "First steps" open in the reader (24 rows: 22 lines of text).
    func reading(_ learner: LearnerProgress = LearnerProgress()) throws -> (AppState, [Effect]) {
        try AppFixture.state(learner: learner).after([.key(.enter)])
    }

    @Test("Enter opens the lesson at its top, marks it in progress, and draws its lines under a title bar")
    func open() throws {
        let (state, effects) = try reading()
        let reader = try #require(state.reader)
        #expect(reader.top == 0)
        #expect(effects == [.saveProgress(lessonID: "first-steps", status: .inProgress, position: 0)])
        let lines = state.screenLines
        #expect(lines[0].hasPrefix(" Basics › First steps"))
        #expect(lines[0].hasSuffix("lesson 1 of 3 · in progress "))
        // Text starts at the 2-cell margin; the first 22 rendered lines fill rows 1…22.
        for row in 1...22 {
            #expect(lines[row] == pad("  " + reader.rendered.lines[row - 1].text, width: 80))
        }
        #expect(lines[23].hasPrefix(" j/k scroll  space page  n/p lesson  a quiz  m done  c lab  q back  ? help"))
        // The bottom of the screen is line 22 of the lesson: the percentage read is 22 / count, rounded down.
        #expect(lines[23].hasSuffix(" \(22 * 100 / reader.rendered.lines.count)% "))
    }

    @Test("j/k, arrows, space/b, PgDn/PgUp and g/G scroll, clamped to the lesson")
    func scrolling() throws {
        let (state, _) = try reading()
        let last = state.reader!.rendered.lines.count - 22
        func top(_ events: [InputEvent]) -> Int { state.after(events).0.reader!.top }
        #expect(top([.key(.character("j"))]) == 1)
        #expect(top([.key(.down), .key(.down), .key(.up)]) == 1)
        #expect(top([.key(.character("k"))]) == 0)
        #expect(top([.key(.character(" "))]) == 21)  // a page keeps one line of the last
        #expect(top([.key(.pageDown), .key(.pageUp)]) == 0)
        #expect(top([.key(.character(" ")), .key(.character("b"))]) == 0)
        #expect(top([.key(.character("G"))]) == last)
        #expect(top([.key(.character("G")), .key(.character("j"))]) == last)
        #expect(top([.key(.end), .key(.home)]) == 0)
        #expect(state.after([.key(.character("G"))]).0.screenLines[23].hasSuffix(" 100% "))
    }

    @Test("reaching the end with the quiz unanswered says what is left; answering it then marks the lesson done")
    func doneNeedsTheQuiz() throws {
        let (atEnd, effects) = try reading().0.typing("G")
        #expect(effects.isEmpty)
        #expect(atEnd.learner.status("first-steps") == .inProgress)
        #expect(atEnd.screenLines[23].hasPrefix(" End reached. Answer the quiz to finish the lesson: scroll to it, press a."))
        let (answered, more) = atEnd.typing("a2")
        #expect(more == [.recordAnswer(lessonID: "first-steps", quizID: "q1", chosen: [1])])
        let (back, done) = answered.after([.key(.enter)])
        #expect(back.quiz == nil)
        #expect(done == [.saveProgress(lessonID: "first-steps", status: .done, position: back.reader!.position)])
        #expect(back.screenLines[0].hasSuffix("lesson 1 of 3 · done "))
        #expect(back.screenLines[23].hasPrefix(" Lesson done. n opens the next one."))
    }

    @Test("a lesson without quizzes is done when its end is on screen")
    func doneWithoutQuiz() throws {
        let (state, effects) = try AppFixture.state().after([.key(.character("j")), .key(.enter)])
        #expect(state.reader?.lessonIndex == 1)
        #expect(effects == [
            .saveProgress(lessonID: "second", status: .inProgress, position: 0),
            .saveProgress(lessonID: "second", status: .done, position: 0),
        ])
    }

    @Test("the saved position reopens the lesson at the same block (a lesson-file line)")
    func position() throws {
        // "Paragraph 20" starts on line 50 of the file: 9 front-matter lines, the heading on 10, paragraphs from
        // 12 every second line (12 + 2 × 19 = 50).
        let learner = LearnerProgress(marks: ["first-steps": mark(.inProgress, position: 50)])
        let (state, effects) = try reading(learner)
        let reader = try #require(state.reader)
        #expect(effects.isEmpty)
        #expect(reader.rendered.lines[reader.top].sourceLine == 50)
        #expect(reader.rendered.lines[reader.top].text.contains("Paragraph 20") || reader.rendered.lines[reader.top].text.isEmpty)
    }

    @Test("moving saves the position on the next tick, on q, and not twice")
    func savingThePosition() throws {
        let (state, _) = try reading()
        let (moved, none) = state.typing("jjjjj")
        #expect(none.isEmpty)
        let position = moved.reader!.position
        #expect(moved.after([.tick]).1 == [.saveProgress(lessonID: "first-steps", status: .inProgress, position: position)])
        #expect(moved.after([.tick, .tick]).1.count == 1)
        let (back, effects) = moved.typing("q")
        #expect(back.reader == nil)
        #expect(effects == [.saveProgress(lessonID: "first-steps", status: .inProgress, position: position)])
        #expect(state.typing("q").1.isEmpty)  // nothing moved, nothing to save
        #expect(moved.after([.interrupt]).1 == effects)  // Ctrl-C saves too, and quits
        #expect(moved.after([.interrupt]).0.isFinished)
    }

    @Test("n and p open the next and previous lessons, and say so at either end")
    func nextAndPrevious() throws {
        let (state, _) = try reading()
        let (next, effects) = state.typing("n")
        #expect(next.reader?.lessonIndex == 1)
        #expect(next.navigator.selectedLesson == 1)
        #expect(effects.first == .saveProgress(lessonID: "second", status: .inProgress, position: 0))
        #expect(next.typing("p").0.reader?.lessonIndex == 0)
        #expect(state.typing("p").0.screenLines[23].hasPrefix(" This is the first lesson."))
        #expect(state.typing("nnn").0.screenLines[23].hasPrefix(" This is the last lesson."))
    }

    @Test("m in the reader marks done; taking the mark off keeps the lesson in progress at the end")
    func markByHand() throws {
        let (state, _) = try reading()
        let (done, effects) = state.typing("m")
        #expect(effects == [.saveProgress(lessonID: "first-steps", status: .done, position: 0)])
        let (undone, _) = done.typing("m")
        #expect(undone.learner.status("first-steps") == .inProgress)
        #expect(undone.typing("G").0.learner.status("first-steps") == .inProgress)
    }

    @Test("the navigator's r resumes the last lesson read, at its position")
    func resume() throws {
        let (state, _) = try reading()
        let (away, _) = state.typing("jjjjjq")
        let (resumed, _) = away.typing("jr")
        #expect(resumed.reader?.lessonIndex == 0)
        #expect(resumed.reader?.top == away.learner.marks["first-steps"].map { pos in
            resumed.reader!.rendered.lines.firstIndex { $0.sourceLine >= pos.position }! })
    }
}
