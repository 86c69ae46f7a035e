import Foundation

/// A course of many generated lessons in a temporary folder, each with the elements the navigator draws:
/// headings, paragraphs with inline styles and links, Python code, lists, a table, a quote and a quiz.
struct GeneratedCatalog {
    /// The `lessons/` folder.
    let lessonsFolder: URL

    /// Writes `lessons` lessons in stages of 50.
    init(lessons: Int) throws {
        lessonsFolder = FileManager.default.temporaryDirectory.appending(path: "ailab-bench-lessons-\(UUID().uuidString)")
        for number in 0..<lessons {
            let stage = lessonsFolder.appending(path: String(format: "%02d-stage", number / 50))
            if number % 50 == 0 {
                try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
                try Data("# Stage \(number / 50)\n".utf8).write(to: stage.appending(path: "README.md"))
            }
            try Data(Self.lesson(number).utf8).write(to: stage.appending(path: String(format: "%02d-lesson-%d.md", number % 50, number)))
        }
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: lessonsFolder)
    }

    /// About 120 lines of markdown: six sections of text, code, a list, a table and a quote, then a quiz.
    static func lesson(_ number: Int) -> String {
        let section = """
            ## Section on topic \(number)

            Gradient descent moves the *weights* against the **gradient** of the loss; `learning_rate` sets the \
            step. See [the scikit-learn guide](https://scikit-learn.org/stable/modules/sgd.html) for details, \
            and note that 中文 text wraps between characters.

            ```python
            import numpy as np

            def step(w, grad, lr=0.1):
                # one update of gradient descent
                return w - lr * grad

            w = np.zeros(3)
            for epoch in range(100):
                w = step(w, np.array([1.0, -2.0, 0.5]))
            print(w)
            ```

            - Choose a learning rate
              - too small: slow
              - too large: diverges
            - Watch the loss curve

            | rate | epochs | loss |
            |:-----|-------:|:----:|
            | 0.1  | 100    | 0.02 |
            | 1.0  | 10     | 9.81 |

            > A quote about optimisation, long enough to wrap over more than one line of the reader at most widths.

            """
        return """
            ---
            id: lesson-\(number)
            title: Generated lesson \(number)
            summary: A generated lesson for the benchmark.
            minutes: 20
            objectives:
              - Read a long lesson
            ---
            # Generated lesson \(number)

            \(String(repeating: section, count: 6))
            ```quiz
            id: q\(number)
            question: What does the learning rate set?
            - [x] The step size
            - [ ] The number of epochs
            explanation: It scales the gradient in each update.
            ```
            """
    }
}
