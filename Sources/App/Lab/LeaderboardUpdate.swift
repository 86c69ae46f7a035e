import TerminalUI

/// Keys on the leaderboard page.
extension AppState {
    mutating func leaderboardKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab, case .leaderboard(var board) = lab.page else { return }
        switch key {
        case .up, .character("k"): board.scroll.selectPrevious()
        case .down, .character("j"): board.scroll.selectNext()
        case .pageUp, .character("b"): board.scroll.selectPageUp()
        case .pageDown, .character(" "): board.scroll.selectPageDown()
        case .home, .character("g"): board.scroll.selectFirst()
        case .end, .character("G"): board.scroll.selectLast()
        case .character("y"):
            if let data = board.data, let mine = data.publicReport.rows.firstIndex(where: { $0.login == data.publicReport.viewer }) {
                board.scroll.select(mine)
            } else {
                message = "You are not on this leaderboard yet: submit a file first."
            }
        case .character("r"):
            effects.append(.loadLeaderboard(competitionID: board.competitionID))
            message = "Reloading the leaderboard…"
        case .escape, .character("q"):
            closeLabPage()
            return
        default:
            message = "Unknown key here; ? lists the keys."
        }
        lab.page = .leaderboard(board)
        self.lab = lab
    }
}
