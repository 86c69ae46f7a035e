import TerminalUI

/// Keys on the final-submissions page.
extension AppState {
    mutating func finalKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab, case .final(var final) = lab.page else { return }
        if key != .escape && key != .character("q") { final.warnedUnsaved = false }
        switch key {
        case .up, .character("k"): final.scroll.selectPrevious()
        case .down, .character("j"): final.scroll.selectNext()
        case .home, .character("g"): final.scroll.selectFirst()
        case .end, .character("G"): final.scroll.selectLast()
        case .character(" "), .character("x"):
            toggleFinal(&final)
        case .character("c"):
            if final.selection?.isClosed == false {
                final.ticked = []
                message = "No choice: your best public scores will count. Enter saves."
            }
        case .enter, .character("w"):
            guard let selection = final.selection, !final.isSaving else { return }
            guard !selection.isClosed else {
                message = "The competition is closed: this selection is final."
                return
            }
            final.isSaving = true
            effects.append(.saveFinalSelection(competitionID: final.competitionID, submissionIDs: final.ticked.sorted()))
            message = "Saving your choice…"
        case .character("r"):
            effects.append(.loadFinalSelection(competitionID: final.competitionID))
            message = "Reloading…"
        case .escape, .character("q"):
            if final.isEdited, !final.warnedUnsaved {
                final.warnedUnsaved = true
                message = "Your ticks are not saved: Enter saves them, Esc again leaves without saving."
            } else {
                closeLabPage()
                return
            }
        default:
            message = "Unknown key here; ? lists the keys."
        }
        lab.page = .final(final)
        self.lab = lab
    }

    /// Ticks or unticks the selected submission, within the competition's number of final selections.
    private mutating func toggleFinal(_ final: inout FinalState) {
        guard let selection = final.selection, let index = final.scroll.selected,
              selection.submissions.indices.contains(index), let id = selection.submissions[index].id
        else { return }
        guard !selection.isClosed else {
            message = "The competition is closed: this selection is final."
            return
        }
        if final.ticked.contains(id) {
            final.ticked.remove(id)
        } else if final.ticked.count < selection.competition.spec.finalSelections {
            final.ticked.insert(id)
        } else {
            let limit = selection.competition.spec.finalSelections
            message = "At most \(limit) can count: untick one first."
        }
    }
}
