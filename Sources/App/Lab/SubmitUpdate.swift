import TerminalUI

/// Keys on the submit page.
extension AppState {
    mutating func submitKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab, case .submit(var submit) = lab.page else { return }
        switch submit.phase {
        case .submitting:
            message = "Scoring the file; one moment."
        case .scored, .refused:
            switch key {
            case .up, .character("k"): submit.problemOffset = max(submit.problemOffset - 1, 0)
            case .down, .character("j"): submit.problemOffset += 1
            case .character("b"):
                lab.page = .leaderboard(LeaderboardState(competitionID: submit.competitionID, viewport: Layout(size: size).bodyHeight))
                effects.append(.loadLeaderboard(competitionID: submit.competitionID))
                self.lab = lab
                return
            case .escape, .character("q"), .enter:
                submit.phase = .choosing  // back to the picker, e.g. to try a fixed file
            default:
                message = "Enter goes back to the files; b opens the leaderboard."
            }
        case .choosing:
            switch key {
            case .up, .character("k"): submit.list.selectPrevious()
            case .down, .character("j"): submit.list.selectNext()
            case .pageUp: submit.list.selectPageUp()
            case .pageDown, .character(" "): submit.list.selectPageDown()
            case .home, .character("g"): submit.list.selectFirst()
            case .end, .character("G"): submit.list.selectLast()
            case .backspace, .left, .character("h"):
                effects.append(.listFolder(path: submit.parentFolder))
            case .enter, .right, .character("l"):
                guard let index = submit.list.selected, submit.items.indices.contains(index) else { break }
                switch submit.items[index] {
                case .trained(let path):
                    submit.phase = .submitting(path)
                    effects.append(.submit(competitionID: submit.competitionID, path: path))
                case .parent:
                    effects.append(.listFolder(path: submit.parentFolder))
                case .entry(let entry) where entry.isFolder:
                    effects.append(.listFolder(path: submit.path(of: entry.name)))
                case .entry(let entry):
                    let path = submit.path(of: entry.name)
                    submit.phase = .submitting(path)
                    effects.append(.submit(competitionID: submit.competitionID, path: path))
                }
            case .escape, .character("q"):
                closeLabPage()
                return
            default:
                message = "Unknown key here; ? lists the keys."
            }
        }
        lab.page = .submit(submit)
        self.lab = lab
    }
}
