@testable import App
import Course
import Store
import Foundation
import Testing
import TerminalUI

@Suite("Navigator: the list of stages and lessons")
struct NavigatorTests {
    @Test("first frame at 80×24: title bar, stages with done/total and a bar, marks, details, status bar")
    func firstFrame() throws {
        let learner = LearnerProgress(marks: ["first-steps": mark(.done), "second": mark(.inProgress, position: 9, at: 50)])
        let lines = try AppFixture.state(learner: learner).screenLines
        // Worked out by hand from the layout: the list is 36 cells wide at 80 columns, a separator at column 36,
        // details from column 38. Stage rows end with "done/total" and an 8-cell meter at column 23. The title
        // bar's right text (16 cells) ends one cell before the edge, so it starts at column 63.
        #expect(lines[0] == pad(" Test course", width: 63) + "1/3 lessons done ")
        #expect(lines[1].hasPrefix(" Basics                1/2 ████░░░░ │ Second lesson"))
        #expect(lines[2].hasPrefix("   [x] First steps                  │ Basics · 5 min · in progress"))
        // The lesson in progress, changed most recently, is selected to resume.
        #expect(lines[3].hasPrefix(" › [~] Second lesson                │"))
        #expect(lines[4].hasPrefix(" More                  0/1 ░░░░░░░░ │ A short one."))
        #expect(lines[5].hasPrefix("   [ ] Several answers              │"))
        #expect(lines[6].hasPrefix("                                    │ You will be able to"))
        #expect(lines[7].hasSuffix("│ • Read it" + String(repeating: " ", count: 80 - 47)))
        #expect(lines[9].contains("Enter: continue where you stopped"))
        #expect(lines[23].hasPrefix(" Welcome back. Enter resumes “Second lesson”"))
        // The selected row is drawn reversed, and the status bar too.
        let frame = CourseApp.view(try AppFixture.state(learner: learner))
        let selectedRow = frame.styles(row: 3), otherRow = frame.styles(row: 2), statusBar = frame.styles(row: 23)
        #expect(selectedRow.prefix(36).allSatisfy { $0.reverse })
        #expect(!otherRow[5].reverse)
        #expect(statusBar.allSatisfy { $0.reverse })
    }

    @Test("with no progress the first lesson is selected and the welcome says how to start")
    func fresh() throws {
        let state = try AppFixture.state()
        #expect(state.navigator.selectedLesson == 0)
        #expect(state.screenLines[23].hasPrefix(" Welcome! Enter opens the selected lesson; ? lists every key."))
    }

    @Test("j/k and arrows move between lessons, skipping stage headings, and stop at the ends")
    func moving() throws {
        let state = try AppFixture.state()
        #expect(state.typing("j").0.navigator.selectedLesson == 1)
        #expect(state.typing("jj").0.navigator.selectedLesson == 2)  // over the "More" heading
        #expect(state.typing("jjj").0.navigator.selectedLesson == 2)  // stays on the last
        #expect(state.typing("jjk").0.navigator.selectedLesson == 1)
        #expect(state.after([.key(.down), .key(.down), .key(.up)]).0.navigator.selectedLesson == 1)
        #expect(state.typing("G").0.navigator.selectedLesson == 2)
        #expect(state.typing("Gg").0.navigator.selectedLesson == 0)
        #expect(state.after([.key(.pageDown)]).0.navigator.selectedLesson == 2)
        // The key's effect shows: the details follow the selection, and the status bar shows the hints again.
        let lines = state.typing("jj").0.screenLines
        #expect(lines[1].contains("│ Several answers"))
        #expect(lines[23].hasPrefix(" j/k move  Enter open  r resume  c lab  / search  m done  ? help  q quit"))
    }

    @Test("details list the lab, the prerequisite by title and the quizzes answered")
    func details() throws {
        let learner = LearnerProgress(quizOutcomes: ["multi": ["pick": .wrong]])
        let lines = try AppFixture.state(learner: learner).typing("jj").0.screenLines
        let details = lines.map { String($0.dropFirst(38)).trimmingCharacters(in: .whitespaces) }
        #expect(details.contains("Lab: the house-prices competition"))
        #expect(details.contains("Before this: First steps"))
        #expect(details.contains("Quizzes: 1 of 1 answered"))
        #expect(details.contains("Enter: start reading"))
    }

    @Test("m marks the selected lesson done and again in progress, storing each change")
    func markDone() throws {
        let (done, effects) = try AppFixture.state().typing("m")
        #expect(effects == [.saveProgress(lessonID: "first-steps", status: .done, position: 0)])
        #expect(done.screenLines[2].hasPrefix(" › [x] First steps"))
        #expect(done.screenLines[0].hasSuffix("1/3 lessons done "))
        let (undone, more) = done.typing("m")
        #expect(more == [.saveProgress(lessonID: "first-steps", status: .inProgress, position: 0)])
        #expect(undone.screenLines[2].hasPrefix(" › [~] First steps"))
        #expect(undone.screenLines[23].hasPrefix(" Marked as in progress."))
    }

    @Test("q quits; an unknown key says so instead of doing nothing silently")
    func quitAndUnknown() throws {
        let state = try AppFixture.state()
        #expect(state.typing("q").0.isFinished)
        #expect(state.typing("z").0.screenLines[23].hasPrefix(" Unknown key here; ? lists the keys."))
    }

    @Test("a course without lessons says so, and no key fails")
    func emptyCourse() {
        let state = AppState(course: CourseContent(title: "Empty", catalog: Catalog(stages: [])), learner: LearnerProgress(), size: AppFixture.size)
        #expect(state.screenLines[23].hasPrefix(" This course has no lessons yet: its lessons/ folder is empty."))
        #expect(state.screenLines[0].hasSuffix("0/0 lessons done "))
        let (after, effects) = state.after([.key(.enter), .key(.character("j")), .key(.character("m")), .key(.character("r")), .key(.pageDown)])
        #expect(effects.isEmpty && after.reader == nil)
        let (searching, _) = after.typing("/x")
        #expect(searching.screenLines[2].hasPrefix(" No lesson matches."))
        #expect(searching.after([.key(.enter)]).0.reader == nil)
    }
}
