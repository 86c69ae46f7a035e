import Foundation
import Testing
@testable import Store

@Suite("Lesson progress")
struct ProgressTests {
    @Test(arguments: StoreKind.allCases)
    func savingAgainUpdatesTheSameRow(kind: StoreKind) throws {
        try withStore(kind) { store in
            try store.saveProgress(login: "ada", lessonID: "02-tensors", status: .inProgress, position: 12, now: date(10))
            try store.saveProgress(login: "ada", lessonID: "02-tensors", status: .done, position: 140, now: date(20))

            let ada = try #require(try store.user(login: "ada").id)
            #expect(try store.progress(login: "ada") == [
                LessonProgress(userID: ada, lessonID: "02-tensors", status: .done, position: 140, updatedAt: date(20)),
            ])
            #expect(try store.rowCount("lesson_progress") == 1)
            #expect(try store.stringValue("SELECT status FROM lesson_progress") == "done")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func progressIsPerUserAndOrderedByLesson(kind: StoreKind) throws {
        try withStore(kind) { store in
            try store.saveProgress(login: "ada", lessonID: "03-gradients", status: .new, position: 0, now: date(1))
            try store.saveProgress(login: "ada", lessonID: "01-intro", status: .done, position: 80, now: date(2))
            try store.saveProgress(login: "grace", lessonID: "01-intro", status: .inProgress, position: 5, now: date(3))

            let ada = try store.progress(login: "ada")
            #expect(ada.map(\.lessonID) == ["01-intro", "03-gradients"])
            #expect(ada.map(\.status) == [.done, .new])
            #expect(ada.map(\.position) == [80, 0])
            #expect(ada.map(\.updatedAt) == [date(2), date(1)])

            let grace = try store.progress(login: "grace")
            #expect(grace.map(\.lessonID) == ["01-intro"])
            #expect(grace.map(\.status) == [.inProgress])
            #expect(try store.stringValue("SELECT status FROM lesson_progress WHERE position = 5") == "in-progress")

            #expect(try store.progress(login: "nobody") == [])
            #expect(try store.rowCount("lesson_progress") == 3)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func savingProgressCreatesTheUserOnce(kind: StoreKind) throws {
        try withStore(kind) { store in
            try store.saveProgress(login: "ada", lessonID: "01-intro", status: .inProgress, position: 1, now: date(5))
            try store.saveProgress(login: "ada", lessonID: "02-tensors", status: .inProgress, position: 1, now: date(6))
            #expect(try store.rowCount("users") == 1)
            #expect(try store.user(login: "ada").createdAt == date(5))
        }
    }
}

@Suite("Resetting progress")
struct ProgressResetTests {
    @Test(arguments: StoreKind.allCases)
    func resetsOneLessonOrAllOfOneLearnerOnly(kind: StoreKind) throws {
        try withStore(kind) { store in
            for login in ["ada", "grace"] {
                for lesson in ["intro", "arrays"] {
                    try store.saveProgress(login: login, lessonID: lesson, status: .done, position: 9, now: date(1))
                    _ = try store.recordQuizAnswer(login: login, lessonID: lesson, quizID: "q", answer: "1", correct: true, now: date(2))
                    _ = try store.recordQuizAnswer(login: login, lessonID: lesson, quizID: "q", answer: "2", correct: false, now: date(3))
                }
            }
            #expect(try store.resetProgress(login: "ada", lessonID: "intro") == ProgressReset(lessons: 1, answers: 2))
            #expect(try store.progress(login: "ada").map(\.lessonID) == ["arrays"])
            #expect(try store.quizAnswers(login: "ada", lessonID: nil).map(\.lessonID) == ["arrays", "arrays"])
            #expect(try store.resetProgress(login: "ada", lessonID: nil) == ProgressReset(lessons: 1, answers: 2))
            #expect(try store.progress(login: "ada").isEmpty)
            #expect(try store.quizAnswers(login: "ada", lessonID: nil).isEmpty)
            // Grace keeps everything; nobody has nothing to reset.
            #expect(try store.progress(login: "grace").count == 2)
            #expect(try store.quizAnswers(login: "grace", lessonID: nil).count == 4)
            #expect(try store.resetProgress(login: "nobody", lessonID: nil) == ProgressReset(lessons: 0, answers: 0))
        }
    }
}
