import Lab
import TerminalUI

extension AppState {
    /// Opens the lab over the screen below, selecting the competition `preferred` (a lesson's lab) once
    /// the list is loaded.
    mutating func openLab(preferred: String?, _ effects: inout [Effect]) {
        lab = LabState(preferred: preferred, viewport: Layout(size: size).bodyHeight)
        effects.append(.loadCompetitions)
    }

    /// Keys on the list of competitions.
    mutating func competitionsKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab else { return }
        switch key {
        case .up, .character("k"): lab.list.selectPrevious()
        case .down, .character("j"): lab.list.selectNext()
        case .home, .character("g"): lab.list.selectFirst()
        case .end, .character("G"): lab.list.selectLast()
        case .escape, .character("q"), .left, .character("h"):
            self.lab = nil
            return
        case .enter, .character("e"), .character("t"), .character("s"), .character("b"), .character("f"):
            guard let entry = lab.selected else {
                message = lab.isLoading ? "The competitions are still loading." : "This course has no competitions."
                return
            }
            switch key {
            case .character("t"):
                lab.page = .train(TrainState(competitionID: entry.id, models: entry.models))
            case .character("s"):
                lab.page = .submit(SubmitState(competitionID: entry.id, trainedFile: lab.trainedFiles[entry.id], viewport: Layout(size: size).bodyHeight))
                effects.append(.listFolder(path: "."))
            case .character("b"):
                lab.page = .leaderboard(LeaderboardState(competitionID: entry.id, viewport: Layout(size: size).bodyHeight))
                effects.append(.loadLeaderboard(competitionID: entry.id))
            case .character("f"):
                lab.page = .final(FinalState(competitionID: entry.id, viewport: FinalState.viewport(Layout(size: size))))
                effects.append(.loadFinalSelection(competitionID: entry.id))
            default:
                lab.page = .explorer(ExplorerState(competitionID: entry.id, file: .train))
                effects.append(.loadDataset(competitionID: entry.id, file: .train))
            }
        default:
            message = "Unknown key here; ? lists the keys."
        }
        self.lab = lab
    }

    /// Closes the lab page on top, back to the list of competitions.
    mutating func closeLabPage() {
        lab?.page = nil
    }

    /// Applies the answer to a lab effect.
    mutating func receive(_ event: LabEvent, effects: inout [Effect]) {
        guard var lab else { return }  // the lab was closed before the answer came
        switch event {
        case .competitions(let entries):
            lab.competitions = entries
            lab.isLoading = false
            lab.list.setCount(entries.count)
            if let preferred = lab.preferred, let index = entries.firstIndex(where: { $0.id == preferred }) {
                lab.list.select(index)
            }
        case .failed(let text):
            message = text
            lab.isLoading = false
            lab.failPage()
        default:
            lab.receivePageEvent(event, message: &message)
        }
        self.lab = lab
    }
}

extension LabState {
    /// Passes an answer to the page it is for; answers for a page no longer open are dropped.
    mutating func receivePageEvent(_ event: LabEvent, message: inout String?) {
        switch (page, event) {
        case (.explorer(var explorer), .dataset(let profile)) where profile.competitionID == explorer.competitionID:
            explorer.load(profile)
            page = .explorer(explorer)
        case (.train(var train), .trainingProgress(let progress)):
            train.progress(progress)
            page = .train(train)
        case (.train(var train), .trainingFinished(let report)):
            train.finish(report)
            trainedFiles[train.competitionID] = report.outputPath
            page = .train(train)
        case (.train(var train), .trainingCancelled):
            train.run = .cancelled
            page = .train(train)
        case (.submit(var submit), .folder(let path, let entries)):
            submit.show(folder: path, entries: entries)
            page = .submit(submit)
        case (.submit(var submit), .submitted(let receipt)):
            submit.phase = .scored(receipt)
            page = .submit(submit)
        case (.submit(var submit), .submissionRefused(let lines)):
            submit.refuse(lines)
            page = .submit(submit)
        case (.leaderboard(var board), .leaderboard(let data)) where data.publicReport.competition.id == board.competitionID:
            board.load(data)
            page = .leaderboard(board)
        case (.final(var final), .finalSelection(let selection)) where selection.competition.id == final.competitionID:
            let saved = final.isSaving
            final.load(selection)
            page = .final(final)
            if saved { message = "Saved: " + (selection.isChosen ? "your choice counts." : "your best public scores count.") }
        default:
            break
        }
    }

    /// After a failure: a page waiting for data says so instead of waiting for ever.
    mutating func failPage() {
        switch page {
        case .train(var train):
            if case .running = train.run { train.run = .failed }
            page = .train(train)
        case .submit(var submit):
            if case .submitting = submit.phase { submit.phase = .choosing }
            page = .submit(submit)
        case .explorer(var explorer):
            explorer.failed = true
            page = .explorer(explorer)
        case .leaderboard(var board):
            board.failed = true
            page = .leaderboard(board)
        case .final(var final):
            final.failed = final.selection == nil
            final.isSaving = false
            page = .final(final)
        case nil:
            break
        }
    }

    /// Fits the list and the open page to a new window.
    mutating func resize(to layout: Layout) {
        list.setViewport(layout.bodyHeight)
        switch page {
        case .explorer(var explorer):
            explorer.keepSelectedColumnVisible(width: layout.size.columns)
            page = .explorer(explorer)
        case .submit(var submit):
            submit.list.setViewport(SubmitState.listViewport(layout))
            page = .submit(submit)
        case .leaderboard(var board):
            board.scroll.setViewport(LeaderboardState.viewport(layout))
            page = .leaderboard(board)
        case .final(var final):
            final.scroll.setViewport(FinalState.viewport(layout))
            page = .final(final)
        default:
            break
        }
    }
}
