import Foundation
import Lab

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: Sendable {
    private let label: String
    private let enabled: Bool

    init(label: String) {
        self.label = label
        self.enabled = isatty(STDERR_FILENO) == 1
    }

    /// Redraws the bar: `training gbdt [########--------] 3/6 fold 4 of 5`.
    func update(_ progress: TrainingProgress) {
        guard enabled, progress.total > 0 else { return }
        let width = 24
        let filled = width * progress.completed / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        write("\r\u{1B}[2K\(label) [\(bar)] \(progress.completed)/\(progress.total) \(progress.stage)")
    }

    /// Clears the line so the report starts clean.
    func finish() {
        guard enabled else { return }
        write("\r\u{1B}[2K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
