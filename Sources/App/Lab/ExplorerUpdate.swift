import Lab
import TerminalUI

/// Keys in the dataset explorer.
extension AppState {
    mutating func explorerKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab, case .explorer(var explorer) = lab.page else { return }
        let rows = ExplorerState.visibleRows(windowRows: size.rows)
        switch key {
        case .up, .character("k"): explorer.scroll(by: -1, visibleRows: rows)
        case .down, .character("j"): explorer.scroll(by: 1, visibleRows: rows)
        case .pageUp, .character("b"): explorer.scroll(by: -rows, visibleRows: rows)
        case .pageDown, .character(" "): explorer.scroll(by: rows, visibleRows: rows)
        case .home, .character("g"): explorer.scroll(by: -Int.max / 2, visibleRows: rows)
        case .end, .character("G"): explorer.scroll(by: Int.max / 2, visibleRows: rows)
        case .left, .character("h"): explorer.selectColumn(by: -1, width: size.columns)
        case .right, .character("l"): explorer.selectColumn(by: 1, width: size.columns)
        case .character("0"): explorer.selectColumn(by: -Int.max / 2, width: size.columns)
        case .character("$"): explorer.selectColumn(by: Int.max / 2, width: size.columns)
        case .character("f"):
            let other: DatasetFile = explorer.file == .train ? .test : .train
            explorer.file = other
            explorer.failed = false
            effects.append(.loadDataset(competitionID: explorer.competitionID, file: other))
            message = "Reading \(other.fileName)…"
        case .escape, .character("q"):
            closeLabPage()
            return
        default:
            message = "Unknown key here; ? lists the keys."
        }
        lab.page = .explorer(explorer)
        self.lab = lab
    }
}
