@testable import App
import Course
import Testing
import TerminalUI

@Suite("Quiz screen: choosing, feedback, stored answers")
struct QuizScreenTests {
    /// "First steps" open at its end, with the quiz open.
    func atQuiz() throws -> AppState {
        try AppFixture.state().after([.key(.enter), .key(.character("G")), .key(.character("a"))]).0
    }

    /// "Several answers" (options 1 and 3 right) open with its quiz.

    @Test("a opens the quiz on screen; with none on screen it says how to reach one")
    func opening() throws {
        let (top, _) = try AppFixture.state().after([.key(.enter), .key(.character("a"))])
        #expect(top.quiz == nil)
        #expect(top.screenLines[23].hasPrefix(" No quiz on screen: scroll down to one (G jumps to the end)."))
        let (noQuiz, _) = try AppFixture.state().after([.key(.character("j")), .key(.enter), .key(.character("a"))])
        #expect(noQuiz.screenLines[23].hasPrefix(" This lesson has no quiz."))
        #expect(try atQuiz().quiz == QuizState(lessonIndex: 0, quizIndex: 0))
    }

    @Test("a quiz whose first lines have scrolled off the top still opens with a")
    func partlyOnScreen() throws {
        let text = "---\nid: l\ntitle: L\nsummary: S.\nminutes: 5\nobjectives:\n  - O\n---\n"
            + "```quiz\nid: q\nquestion: Q?\n- [x] yes\n- [ ] no\nexplanation: E.\n```\n\n"
            + (1...40).map { "After \($0)." }.joined(separator: "\n\n")
        let course = CourseContent(title: "T", catalog: Catalog(stages: [Stage(folder: "01-a", title: "A", lessons: [try Lesson.parse(text, file: "l.md")])]))
        var state = AppState(course: course, learner: LearnerProgress(), size: AppFixture.size).after([.key(.enter)]).0
        let rendered = try #require(state.reader?.rendered)
        let quizEnd = try #require(rendered.lines.firstIndex { $0.text.hasPrefix("└") })
        // Scroll until the quiz's frame top is gone but its bottom line is the first on screen.
        while state.reader!.top < quizEnd { state = state.typing("j").0 }
        #expect(state.reader!.top == quizEnd && quizEnd > rendered.quizLines[0])
        #expect(state.typing("a").0.quiz == QuizState(lessonIndex: 0, quizIndex: 0))
        // One more line down and the quiz is gone from the screen.
        #expect(state.typing("ja").0.quiz == nil)
    }

    @Test("the quiz box: question, numbered options, the cursor, and no hint of the answer")
    func box() throws {
        let lines = try atQuiz().screenLines
        // The box spans columns 3…76 and rows 2…21 (body 22 rows minus 2); text starts at column 5.
        #expect(lines[2].hasPrefix("   ┌─ Quiz 1 of 1 · First steps ─"))
        #expect(lines[2].hasSuffix("┐   "))
        #expect(lines[4] == pad("   │ Which letter comes second?", width: 76) + "│   ")
        #expect(lines[6].hasPrefix("   │ › 1. Alpha"))
        #expect(lines[7].hasPrefix("   │   2. Beta"))
        #expect(lines[21].hasPrefix("   └──"))
        #expect(!lines.joined().contains("✓"))
        #expect(lines[23].hasPrefix(" 1-9 choose  ↑/↓ move  Enter answer  Esc back  ? help"))
    }

    @Test("↓ and Enter answer with the option at the cursor: right, with the explanation")
    func rightAnswer() throws {
        let (state, effects) = try atQuiz().after([.key(.down), .key(.enter)])
        #expect(effects == [.recordAnswer(lessonID: "first-steps", quizID: "q1", chosen: [1])])
        #expect(state.quiz?.result == true)
        #expect(state.learner.quizOutcomes["first-steps"]?["q1"] == .correct)
        let lines = state.screenLines
        #expect(lines[6].hasPrefix("   │   1. Alpha  "))
        #expect(!lines[6].contains("✓"))
        #expect(lines[7].hasPrefix("   │   2. Beta  ✓ your answer, right"))
        #expect(lines[9].hasPrefix("   │ ✓ Right."))
        #expect(lines[11].hasPrefix("   │ B follows A."))
        #expect(lines[23].hasPrefix(" Enter back to the lesson  r try again  ? help"))
    }

    @Test("a digit answers at once; a wrong answer shows the right option, and r tries again")
    func wrongAnswer() throws {
        let (state, effects) = try atQuiz().typing("1")
        #expect(effects == [.recordAnswer(lessonID: "first-steps", quizID: "q1", chosen: [0])])
        #expect(state.learner.quizOutcomes["first-steps"]?["q1"] == .wrong)
        let lines = state.screenLines
        #expect(lines[6].hasPrefix("   │   1. Alpha  ✗ your answer, wrong"))
        #expect(lines[7].hasPrefix("   │   2. Beta  ✓ right"))
        #expect(lines[9].hasPrefix("   │ ✗ Not quite."))
        // The verdict is in words, with colour only as an extra.
        let verdictStyle = CourseApp.view(state).styles(row: 9)[5]
        #expect(verdictStyle.foreground == .red)
        let (again, none) = state.typing("r")
        #expect(none.isEmpty)
        #expect(again.quiz == QuizState(lessonIndex: 0, quizIndex: 0))
        // A wrong answer still counts as answered: back in the lesson, at its end, the lesson is done.
        let (back, done) = state.after([.key(.enter)])
        #expect(back.quiz == nil)
        #expect(done.first == .saveProgress(lessonID: "first-steps", status: .done, position: back.reader!.position))
    }

    @Test("Esc leaves the quiz without answering; digits beyond the options do nothing")
    func leaving() throws {
        let quiz = try atQuiz()
        let (state, effects) = quiz.typing("9")
        #expect(effects.isEmpty)
        #expect(state.quiz?.result == nil)
        #expect(state.screenLines[23].hasPrefix(" Press an option's number, or move with ↑/↓ and press Enter; Esc goes back."))
        let (back, none) = quiz.after([.key(.escape)])
        #expect(back.quiz == nil && back.reader != nil && none.isEmpty)
    }

    @Test("several right options: digits and space tick, Enter answers, and only the exact set is right")
    func severalAnswers() throws {
        let quiz = try AppFixture.state().typing("jj").0.after([.key(.enter), .key(.character("a"))]).0
        #expect(quiz.screenLines[5].hasPrefix("   │ Several options are right: tick each (number or space), then Enter."))
        let (ticked, none) = quiz.typing("13")
        #expect(none.isEmpty)
        #expect(ticked.screenLines[7].hasPrefix("   │   [x] 1. 2"))
        #expect(ticked.screenLines[8].hasPrefix("   │   [ ] 2. 3"))
        #expect(ticked.screenLines[9].hasPrefix("   │ › [x] 3. 4"))
        let (right, effects) = ticked.after([.key(.enter)])
        #expect(effects == [.recordAnswer(lessonID: "multi", quizID: "pick", chosen: [0, 2])])
        #expect(right.quiz?.result == true)
        let (wrong, _) = quiz.typing("1").0.after([.key(.enter)])
        #expect(wrong.quiz?.result == false)
        let (untick, _) = quiz.after([.key(.character(" ")), .key(.character(" ")), .key(.enter)])
        #expect(untick.quiz?.result == nil)
        #expect(untick.screenLines[23].hasPrefix(" Tick at least one option (its number or space), then Enter."))
    }
}
