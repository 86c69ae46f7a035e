import TerminalUI

extension AppState {
    /// A box in the middle listing every key of the screen under it.
    func drawHelp(_ frame: inout Frame) {
        let under = screenUnderHelp
        let severalAnswers = quiz.map { course.lessons[$0.lessonIndex].quizzes[$0.quizIndex].allowsSeveral } ?? false
        let keys = KeyHelp.keys(of: under, severalAnswers: severalAnswers)
        let keyWidth = keys.map { cellWidth(of: $0.0) }.max() ?? 0
        let width = min(size.columns - 4, 72)
        let height = min(keys.count + 5, Layout(size: size).bodyHeight)
        let top = 1 + max((Layout(size: size).bodyHeight - height) / 2, 0)
        let left = (size.columns - width) / 2
        let names: [ActiveScreen: String] = [
            .navigator: "Lessons", .reader: "Reader", .quiz: "Quiz", .search: "Search", .competitions: "Competitions",
            .explorer: "Dataset explorer", .train: "Train", .submit: "Submit", .leaderboard: "Leaderboard",
            .final: "Final submissions",
        ]
        frame.box(top: top, left: left, height: height, width: width, title: "Keys · \(names[under] ?? "")")
        for (index, (key, action)) in keys.enumerated() where index < height - 5 {
            let row = top + 2 + index
            frame.put(pad(key, width: keyWidth), row: row, column: left + 3, style: Theme.heading)
            frame.put(action, row: row, column: left + 5 + keyWidth, maxWidth: width - keyWidth - 7)
        }
        frame.put("Press any key to close this help.", row: top + height - 2, column: left + 3, style: Theme.secondary, maxWidth: width - 4)
    }

    /// The screen the help overlay describes: the one that was on top when it opened.
    var screenUnderHelp: ActiveScreen {
        var state = self
        state.showsHelp = false
        return state.activeScreen
    }
}
