import Store
import TerminalUI

/// The screens' styles, beside the lesson renderer's. Every signal also shows as text or a mark, so nothing
/// depends on colour alone (colour is dropped under NO_COLOR or on terminals without it).
extension Theme {
    /// The title and status bars.
    static let bar = Style(reverse: true)
    /// The selected row of a list.
    static let selected = Style(reverse: true)

    /// `[x]` done, `[~]` in progress, `[ ]` new.
    static func mark(_ status: LessonStatus) -> String {
        switch status {
        case .done: "[x]"
        case .inProgress: "[~]"
        case .new: "[ ]"
        }
    }

    /// The mark's colour: green when done, yellow when in progress.
    static func markStyle(_ status: LessonStatus) -> Style {
        switch status {
        case .done: Style(foreground: .green)
        case .inProgress: Style(foreground: .yellow)
        case .new: .plain
        }
    }

    /// "done", "in progress", "new".
    static func word(_ status: LessonStatus) -> String {
        switch status {
        case .done: "done"
        case .inProgress: "in progress"
        case .new: "new"
        }
    }
}
