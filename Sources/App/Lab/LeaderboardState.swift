import Lab
import TerminalUI

/// The leaderboard page: the public ranking with the learner's row selected and kept in view, their
/// score history as a sparkline, and private scores where the course allows them.
public struct LeaderboardState: Sendable {
    /// The competition ranked.
    public let competitionID: String
    /// The ranking, once loaded.
    public internal(set) var data: LeaderboardData?
    /// The selection (the learner's row at first) and scroll over the rows.
    var scroll: ScrollState
    /// Whether loading failed (the status bar says why).
    var failed = false

    init(competitionID: String, viewport: Int) {
        self.competitionID = competitionID
        scroll = ScrollState(count: 0, viewport: viewport)
    }

    /// Rows of the ranking in a window: the body less the header and the history lines.
    static func viewport(_ layout: Layout) -> Int {
        max(layout.bodyHeight - 5, 1)
    }

    mutating func load(_ data: LeaderboardData) {
        self.data = data
        failed = false
        let rows = data.publicReport.rows
        scroll.setCount(rows.count)
        scroll.select(rows.firstIndex { $0.login == data.publicReport.viewer } ?? 0)
    }
}
