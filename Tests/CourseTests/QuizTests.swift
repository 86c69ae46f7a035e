import Testing
@testable import Course

@Suite("Quiz fences")
struct QuizTests {
    /// Parses `body` as if its first line were line 10 of the lesson.
    private func parse(_ body: String) throws -> Quiz {
        try Quiz.parse(body, firstLine: 10)
    }

    /// The error for `body`, whose first line is line 10.
    private func failure(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SourceError {
        try #require(throws: SourceError.self, sourceLocation: sourceLocation) { try Quiz.parse(body, firstLine: 10) }
    }

    @Test func theExampleFromTheReadme() throws {
        let body = """
        id: broadcasting-shape
        question: What is the shape of np.ones((3, 1)) + np.ones(4)?
        - [ ] (3, 1)
        - [x] (3, 4)
        - [ ] an error
        explanation: Broadcasting stretches the size-1 axis of each operand.
        """
        #expect(try parse(body) == Quiz(
            id: "broadcasting-shape",
            question: "What is the shape of np.ones((3, 1)) + np.ones(4)?",
            options: ["(3, 1)", "(3, 4)", "an error"],
            correct: [1],
            explanation: "Broadcasting stretches the size-1 axis of each operand."
        ))
    }

    @Test func continuationLinesBlankLinesAndSeveralCorrectOptions() throws {
        let body = """
        id: pick-two
        question: Which are
          vectorised?

        - [X] np.sum
        - [ ] a Python for
          loop
        - [x] np.dot
        explanation: NumPy functions
        run in C.
        """
        #expect(try parse(body) == Quiz(
            id: "pick-two",
            question: "Which are vectorised?",
            options: ["np.sum", "a Python for loop", "np.dot"],
            correct: [0, 2],
            explanation: "NumPy functions run in C."
        ))
    }

    @Test func noCorrectOption() throws {
        let error = try failure("id: q\nquestion: Q?\n- [ ] a\n- [ ] b\nexplanation: E.")
        #expect(error == SourceError(line: 14, message: "quiz 'q' has no correct option (mark one with '- [x]')"))
    }

    @Test func noOptions() throws {
        let error = try failure("id: q\nquestion: Q?\nexplanation: E.")
        #expect(error == SourceError(line: 12, message: "quiz 'q' has no options ('- [ ] wrong', '- [x] right')"))
    }

    @Test func oneOption() throws {
        let error = try failure("id: q\nquestion: Q?\n- [x] a\nexplanation: E.")
        #expect(error == SourceError(line: 13, message: "quiz 'q' needs at least two options"))
    }

    @Test func missingQuestion() throws {
        let error = try failure("id: q\n- [x] a\n- [ ] b\nexplanation: E.")
        #expect(error == SourceError(line: 10, message: "quiz 'q' has no 'question:'"))
    }

    @Test func missingExplanation() throws {
        let error = try failure("id: q\nquestion: Q?\n- [x] a\n- [ ] b")
        #expect(error == SourceError(line: 13, message: "quiz 'q' has no 'explanation:'"))
    }

    @Test func missingId() throws {
        let error = try failure("question: Q?\n- [x] a\n- [ ] b\nexplanation: E.")
        #expect(error == SourceError(line: 10, message: "quiz has no 'id:'"))
    }

    @Test func malformedOption() throws {
        let error = try failure("id: q\nquestion: Q?\n- [x] a\n- b\nexplanation: E.")
        #expect(error == SourceError(line: 13, message: "quiz option must start with '- [ ]' (wrong) or '- [x]' (correct)"))
    }

    @Test func optionAfterExplanation() throws {
        let error = try failure("id: q\nquestion: Q?\n- [x] a\nexplanation: E.\n- [ ] b")
        #expect(error == SourceError(line: 14, message: "quiz option after the explanation; put options before 'explanation:'"))
    }

    @Test func repeatedKeyAndEmptyValue() throws {
        #expect(try failure("id: q\nid: r") == SourceError(line: 11, message: "quiz has a second 'id:'"))
        #expect(try failure("id: q\nquestion:") == SourceError(line: 11, message: "quiz 'question:' is empty"))
    }

    @Test func strayLineBeforeAnyKey() throws {
        let error = try failure("What?\nid: q")
        #expect(error == SourceError(line: 10, message: "unexpected quiz line 'What?'; expected 'id:', 'question:', an option or 'explanation:'"))
    }

    @Test func idWithSpaces() throws {
        let error = try failure("id: two words\nquestion: Q?\n- [x] a\n- [ ] b\nexplanation: E.")
        #expect(error == SourceError(line: 10, message: "quiz id 'two words' must not contain spaces"))
    }
}
