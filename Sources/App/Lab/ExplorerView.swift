import Lab
import TerminalUI

extension AppState {
    /// The table of rows, then the selected column's statistics and chart.
    func drawExplorer(_ explorer: ExplorerState, _ frame: inout Frame) {
        guard let profile = explorer.profile, profile.file == explorer.file else {
            frame.bar(row: 0, left: "Lab · \(explorer.competitionID) · \(explorer.file.fileName)", style: Theme.bar)
            let text = explorer.failed ? "The file could not be read; the status bar says why. q goes back." : "Reading \(explorer.file.fileName)…"
            frame.put(text, row: 2, column: 2, style: Theme.secondary)
            return
        }
        let table = profile.table
        frame.bar(
            row: 0, left: "Lab · \(explorer.competitionID) · \(explorer.file.fileName) · \(table.rowCount) rows × \(table.columnNames.count) columns",
            right: "column \(explorer.selectedColumn + 1)/\(table.columnNames.count)", style: Theme.bar)
        drawTable(explorer, profile, &frame)
        drawColumnPanel(explorer, profile, &frame)
    }

    private func drawTable(_ explorer: ExplorerState, _ profile: DatasetProfile, _ frame: inout Frame) {
        let gutter = explorer.gutterWidth
        let visibleRows = ExplorerState.visibleRows(windowRows: size.rows)
        frame.put(leftPad("#", width: gutter - 1), row: 1, column: 0, style: Theme.secondary)
        var column = gutter
        var shown: [(index: Int, column: Int, width: Int)] = []
        for index in explorer.firstColumn..<explorer.columnWidths.count where column < size.columns {
            let width = min(explorer.columnWidths[index], size.columns - column)
            shown.append((index, column, width))
            column += explorer.columnWidths[index] + 1
        }
        for cell in shown {
            let name = truncate(profile.table.columnNames[cell.index], width: cell.width)
            let isSelected = cell.index == explorer.selectedColumn
            frame.put(pad(name, width: cell.width), row: 1, column: cell.column, style: isSelected ? Theme.selected : Theme.minorHeading, maxWidth: cell.width)
        }
        let lastRow = min(explorer.topRow + visibleRows, profile.table.rowCount)
        for (offset, dataRow) in (explorer.topRow..<lastRow).enumerated() {
            let row = 2 + offset
            frame.put(leftPad(String(dataRow + 1), width: gutter - 1), row: row, column: 0, style: Theme.secondary)
            for cell in shown {
                let text = truncate(profile.cellText(row: dataRow, column: cell.index), width: cell.width)
                let aligned = profile.table.type(of: profile.table.columnNames[cell.index]) == .numeric ? leftPad(text, width: cell.width) : text
                frame.put(aligned, row: row, column: cell.column, style: cell.index == explorer.selectedColumn ? Style(bold: true) : .plain, maxWidth: cell.width)
            }
        }
    }

    private func drawColumnPanel(_ explorer: ExplorerState, _ profile: DatasetProfile, _ frame: inout Frame) {
        let top = size.rows - 1 - ExplorerState.panelHeight
        let name = profile.table.columnNames[explorer.selectedColumn]
        let columnProfile = profile.columns[explorer.selectedColumn]
        frame.put(String(repeating: "─", count: size.columns), row: top, column: 0, style: Theme.secondary)
        frame.put(" \(name) ", row: top, column: 2, style: Theme.heading)
        let statisticsWidth = size.columns / 2 - 2
        var row = top + 1
        for line in columnProfile.statisticLines(target: profile.targetColumn) {
            row = write(line, into: &frame, row: row, column: 1, width: statisticsWidth, limit: size.rows - 1)
        }
        let chartColumn = statisticsWidth + 3
        let chartWidth = size.columns - chartColumn - 1
        let chartHeight = ExplorerState.panelHeight - 2
        frame.put(truncate(columnProfile.chartTitle, width: chartWidth), row: top + 1, column: chartColumn, style: Theme.secondary)
        if let histogram = columnProfile.histogram {
            let cellsPerBin = max(min(chartWidth / histogram.counts.count, 3), 1)
            for (offset, line) in columnChart(histogram.counts, height: chartHeight - 2).enumerated() {
                let widened = String(line.flatMap { String(repeating: String($0), count: cellsPerBin) })
                frame.put(widened, row: top + 2 + offset, column: chartColumn, style: Style(foreground: .cyan))
            }
            let low = formatNumber(histogram.lower), high = formatNumber(histogram.upper)
            let axisWidth = histogram.counts.count * cellsPerBin
            frame.put(low, row: top + chartHeight, column: chartColumn, style: Theme.secondary)
            frame.put(high, row: top + chartHeight, column: chartColumn + max(axisWidth - cellWidth(of: high), cellWidth(of: low) + 1), style: Theme.secondary)
        } else {
            for (offset, line) in columnProfile.chartLines(barWidth: max(chartWidth - 30, 8)).prefix(chartHeight - 1).enumerated() {
                frame.put(line, row: top + 2 + offset, column: chartColumn, maxWidth: chartWidth)
            }
        }
    }
}
