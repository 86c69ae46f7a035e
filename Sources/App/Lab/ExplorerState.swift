import Lab
import TerminalUI

/// The dataset explorer: a data file's rows as a table that scrolls both ways, and the selected
/// column's statistics and chart below it. The file is read once (`LabEvent.dataset`); keys only move
/// the window over rows already in memory.
public struct ExplorerState: Sendable {
    /// The competition whose file is shown.
    public let competitionID: String
    /// Which file.
    public internal(set) var file: DatasetFile
    /// The file's rows and column profiles, once read.
    public internal(set) var profile: DatasetProfile?
    /// The row at the top of the table.
    public internal(set) var topRow = 0
    /// The selected column, whose statistics the panel shows.
    public internal(set) var selectedColumn = 0
    /// The leftmost column on screen.
    public internal(set) var firstColumn = 0
    /// Each column's width on screen, in cells.
    var columnWidths: [Int] = []
    /// Whether reading the file failed (the status bar says why).
    var failed = false

    /// Cells a column takes at most (text columns are cut with "…").
    static let maximumColumnWidth = 18
    /// Rows of the statistics panel under the table, its top rule included.
    static let panelHeight = 9

    init(competitionID: String, file: DatasetFile) {
        self.competitionID = competitionID
        self.file = file
    }

    /// Shows a freshly read file from its top-left corner, keeping the selected column when the new file
    /// has a column of that name.
    mutating func load(_ profile: DatasetProfile) {
        let previousName = self.profile.map { $0.table.columnNames[selectedColumn] }
        self.profile = profile
        file = profile.file
        failed = false
        topRow = 0
        firstColumn = 0
        selectedColumn = previousName.flatMap(profile.columnIndex) ?? 0
        let sampled = min(profile.table.rowCount, 200)
        columnWidths = profile.table.columnNames.indices.map { column in
            let widest = (0..<sampled).map { cellWidth(of: profile.cellText(row: $0, column: column)) }.max() ?? 0
            return min(max(cellWidth(of: profile.table.columnNames[column]), widest, 2), Self.maximumColumnWidth)
        }
    }

    /// Rows of data the table shows in a window of `rows` rows (the header and the panel take the rest).
    static func visibleRows(windowRows: Int) -> Int {
        max(windowRows - 2 - panelHeight - 1, 1)
    }

    /// The width of the row-number gutter.
    var gutterWidth: Int {
        String(profile?.table.rowCount ?? 0).count + 1
    }

    /// Scrolls the rows by `delta`, staying within the file.
    mutating func scroll(by delta: Int, visibleRows: Int) {
        let rowCount = profile?.table.rowCount ?? 0
        topRow = min(max(topRow + delta, 0), max(rowCount - visibleRows, 0))
    }

    /// Selects the column `delta` away and scrolls sideways so it is on screen.
    mutating func selectColumn(by delta: Int, width: Int) {
        guard !columnWidths.isEmpty else { return }
        selectedColumn = min(max(selectedColumn + delta, 0), columnWidths.count - 1)
        keepSelectedColumnVisible(width: width)
    }

    /// Moves `firstColumn` as little as needed for the selected column to fit in a window `width` wide.
    mutating func keepSelectedColumnVisible(width: Int) {
        guard !columnWidths.isEmpty else { return }
        if selectedColumn < firstColumn { firstColumn = selectedColumn }
        let room = width - gutterWidth
        while firstColumn < selectedColumn,
              columnWidths[firstColumn...selectedColumn].reduce(0, +) + (selectedColumn - firstColumn) > room {
            firstColumn += 1
        }
    }
}
