import TerminalUI

extension AppState {
    /// The title bar with the stage, lesson and its status, then the visible lines of the lesson.
    func drawReader(_ reader: ReaderState, _ frame: inout Frame) {
        let lesson = course.lessons[reader.lessonIndex]
        let title = "\(course.stageTitle(ofLesson: reader.lessonIndex)) › \(lesson.title)"
        let position = "lesson \(reader.lessonIndex + 1) of \(course.lessons.count) · \(Theme.word(learner.status(lesson.id)))"
        frame.bar(row: 0, left: title, right: position, style: Theme.bar)
        let lines = reader.rendered.lines
        for screenRow in 0..<reader.viewport where reader.top + screenRow < lines.count {
            var column = Layout.readerMargin
            for span in lines[reader.top + screenRow].spans {
                column = frame.put(span.text, row: 1 + screenRow, column: column, style: span.style, maxWidth: reader.width + Layout.readerMargin - column)
            }
        }
    }
}
