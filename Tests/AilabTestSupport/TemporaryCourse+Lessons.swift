import Foundation

extension TemporaryCourse {
    /// Writes a small course into `lessons/`: stage `00-start` ("Getting started") with
    /// - `welcome` ("Welcome"): 30 paragraphs "Paragraph N of the welcome.", then quiz `first` whose second
    ///   option ("Right") is correct;
    /// - `next-steps` ("Next steps"): one paragraph, no quiz.
    public func writeLessons() throws {
        let stage = url.appending(path: "lessons/00-start")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try Data("# Getting started\n".utf8).write(to: stage.appending(path: "README.md"))
        let paragraphs = (1...30).map { "Paragraph \($0) of the welcome." }.joined(separator: "\n\n")
        let welcome = """
            ---
            id: welcome
            title: Welcome
            summary: The first lesson.
            minutes: 5
            objectives:
              - Find your way around
            ---
            \(paragraphs)

            ```quiz
            id: first
            question: Which option is right?
            - [ ] Wrong
            - [x] Right
            explanation: The second option is marked right.
            ```
            """
        try Data(welcome.utf8).write(to: stage.appending(path: "01-welcome.md"))
        let next = """
            ---
            id: next-steps
            title: Next steps
            summary: The second lesson.
            minutes: 5
            objectives:
              - Carry on
            ---
            Only one paragraph here.
            """
        try Data(next.utf8).write(to: stage.appending(path: "02-next-steps.md"))
    }
}
