import Lab
import TerminalUI

/// The final-submissions page: the learner's on-time submissions, which ones count for the private
/// ranking, and a choice being edited (ticked with space, saved with Enter, as `ailab select` does).
public struct FinalState: Sendable {
    /// The competition.
    public let competitionID: String
    /// The stored selection, once loaded (and again after each save).
    public internal(set) var selection: FinalSelection?
    /// The ids ticked on the page: the stored choice at first, empty when nothing was chosen.
    public internal(set) var ticked: Set<Int64> = []
    /// The selected row and scroll over the submissions.
    var scroll: ScrollState
    /// A save is on its way.
    var isSaving = false
    /// Whether loading failed (the status bar says why).
    var failed = false
    /// Esc was pressed once with unsaved ticks: a second Esc leaves without saving.
    var warnedUnsaved = false

    init(competitionID: String, viewport: Int) {
        self.competitionID = competitionID
        scroll = ScrollState(count: 0, viewport: viewport)
    }

    /// Rows of submissions in a window: the body less the summary, the header and the hint.
    static func viewport(_ layout: Layout) -> Int {
        max(layout.bodyHeight - 5, 1)
    }

    /// The ticks the stored selection stands for.
    private var storedTicks: Set<Int64> {
        guard let selection, selection.isChosen else { return [] }
        return Set(selection.counted)
    }

    /// True when the ticks differ from what is stored.
    var isEdited: Bool { selection != nil && ticked != storedTicks }

    mutating func load(_ selection: FinalSelection) {
        self.selection = selection
        ticked = storedTicks
        isSaving = false
        warnedUnsaved = false
        scroll.setCount(selection.submissions.count)
    }
}
