import TerminalUI

/// Keys on the list of stages and lessons.
extension AppState {
    mutating func navigatorKey(_ key: Key, _ effects: inout [Effect]) {
        switch key {
        case .up, .character("k"): navigator.move(by: -1)
        case .down, .character("j"): navigator.move(by: 1)
        case .pageUp, .character("b"): navigator.move(by: -max(Layout(size: size).bodyHeight - 1, 1))
        case .pageDown, .character(" "): navigator.move(by: max(Layout(size: size).bodyHeight - 1, 1))
        case .home, .character("g"): navigator.moveToEnd(last: false)
        case .end, .character("G"): navigator.moveToEnd(last: true)
        case .enter, .right, .character("l"):
            if let lesson = navigator.selectedLesson { open(lesson: lesson, at: nil, &effects) }
        case .character("r"):
            if let lesson = resumeLesson { open(lesson: lesson, at: nil, &effects) }
        case .character("m"):
            if let lesson = navigator.selectedLesson { toggleDone(lesson: lesson, &effects) }
        case .character("c"):
            openLab(preferred: navigator.selectedLesson.flatMap { course.lessons[$0].lab }, &effects)
        case .character("/"): openSearch()
        case .character("q"): quit(&effects)
        default: message = "Unknown key here; ? lists the keys."
        }
    }
}
