import Foundation
import Lab
import TerminalUI

/// The submit page: the predictions just trained, or a CSV file picked from the folders (starting in
/// the current one); then the score, rank and quota, or every problem found in the file.
public struct SubmitState: Sendable {
    /// Where the page is.
    public enum Phase: Sendable {
        /// Picking a file.
        case choosing
        /// Waiting for the grader.
        case submitting(String)
        /// Scored.
        case scored(SubmitReceipt)
        /// Rejected or refused: every problem, one per line.
        case refused([String])
    }

    /// One line of the picker.
    enum Item: Equatable {
        case trained(String)
        case parent
        case entry(FolderEntry)
    }

    /// The competition submitted to.
    public let competitionID: String
    /// The file the last training wrote, offered first.
    public let trainedFile: String?
    /// The folder listed, as given to `listFolder` (relative paths stay relative).
    public internal(set) var folder = "."
    /// The picker's lines.
    var items: [Item] = []
    /// The picker's selection and scroll.
    var list: ScrollState
    /// Where the page is.
    public internal(set) var phase = Phase.choosing
    /// The first problem line shown, when refused.
    var problemOffset = 0

    init(competitionID: String, trainedFile: String?, viewport: Int) {
        self.competitionID = competitionID
        self.trainedFile = trainedFile
        list = ScrollState(count: 0, viewport: viewport)
        items = trainedFile.map { [.trained($0)] } ?? []
        list.setCount(items.count)
    }

    /// Picker rows in a window: the body less the heading lines.
    static func listViewport(_ layout: Layout) -> Int {
        max(layout.bodyHeight - 4, 1)
    }

    /// Shows a folder's folders and CSV files (folders first, each group by name).
    mutating func show(folder: String, entries: [FolderEntry]) {
        self.folder = folder
        let visible = entries.filter { $0.isFolder || $0.name.lowercased().hasSuffix(".csv") }
            .filter { !$0.name.hasPrefix(".") }
            .sorted { ($0.isFolder ? 0 : 1, $0.name.lowercased()) < ($1.isFolder ? 0 : 1, $1.name.lowercased()) }
        items = (trainedFile.map { [.trained($0)] } ?? []) + [.parent] + visible.map { .entry($0) }
        list.setCount(items.count)
        list.select(0)
    }

    mutating func refuse(_ lines: [String]) {
        phase = .refused(lines)
        problemOffset = 0
    }

    /// `name` inside the folder listed.
    func path(of name: String) -> String {
        folder == "." ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// The folder above the one listed, as an absolute path.
    var parentFolder: String {
        URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.deletingLastPathComponent().path
    }
}
