import Foundation
import Testing
@testable import Store

@Suite("Quiz answers")
struct QuizAnswerTests {
    @Test(arguments: StoreKind.allCases)
    func answersAreStoredAndFiltered(kind: StoreKind) throws {
        try withStore(kind) { store in
            let first = try store.recordQuizAnswer(
                login: "ada", lessonID: "02-tensors", quizID: "q1", answer: "b", correct: false, now: date(30))
            let retry = try store.recordQuizAnswer(
                login: "ada", lessonID: "02-tensors", quizID: "q1", answer: "c", correct: true, now: date(40))
            let other = try store.recordQuizAnswer(
                login: "ada", lessonID: "01-intro", quizID: "q7", answer: "42", correct: true, now: date(10))
            let grace = try store.recordQuizAnswer(
                login: "grace", lessonID: "02-tensors", quizID: "q1", answer: "c", correct: true, now: date(20))

            let ada = try #require(try store.user(login: "ada").id)
            #expect(first == QuizAnswer(
                id: first.id, userID: ada, lessonID: "02-tensors", quizID: "q1", answer: "b", correct: false,
                answeredAt: date(30)))
            let ids = [first, retry, other, grace].compactMap(\.id)
            #expect(ids.count == 4)
            #expect(Set(ids).count == 4)

            // Every attempt is kept, oldest first.
            #expect(try store.quizAnswers(login: "ada", lessonID: nil) == [other, first, retry])
            #expect(try store.quizAnswers(login: "ada", lessonID: "02-tensors") == [first, retry])
            #expect(try store.quizAnswers(login: "ada", lessonID: "03-none") == [])
            #expect(try store.quizAnswers(login: "grace", lessonID: nil) == [grace])
            #expect(try store.quizAnswers(login: "nobody", lessonID: nil) == [])
            #expect(try store.intValue("SELECT SUM(correct) FROM quiz_answers") == 3)
            #expect(try store.rowCount("users") == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func answersAtTheSameInstantKeepInsertionOrder(kind: StoreKind) throws {
        try withStore(kind) { store in
            let a = try store.recordQuizAnswer(
                login: "ada", lessonID: "l", quizID: "q2", answer: "x", correct: false, now: date(1))
            let b = try store.recordQuizAnswer(
                login: "ada", lessonID: "l", quizID: "q1", answer: "y", correct: true, now: date(1))
            #expect(try store.quizAnswers(login: "ada", lessonID: "l") == [a, b])
        }
    }
}
