import TerminalUI

/// Opening search, and keys in the search box.
extension AppState {
    mutating func openSearch() {
        let index = searchIndex ?? course.searchIndex()
        searchIndex = index
        search = SearchState(viewport: Layout(size: size).bodyHeight - 3, index: index)
    }

    mutating func searchKey(_ key: Key, _ effects: inout [Effect]) {
        guard var search else { return }
        switch key {
        case .character(let character):
            search.setQuery(search.query + String(character), in: course)
        case .backspace:
            search.setQuery(String(search.query.dropLast()), in: course)
        case .control("u"):
            search.setQuery("", in: course)
        case .up, .control("p"): search.scroll.selectPrevious()
        case .down, .control("n"), .tab: search.scroll.selectNext()
        case .pageUp: search.scroll.selectPageUp()
        case .pageDown: search.scroll.selectPageDown()
        case .function(1):
            showsHelp = true
        case .escape:
            self.search = nil
            return
        case .enter:
            guard let hit = search.selectedHit else {
                message = search.query.isEmpty ? "Type words to find; Esc closes the search." : "Nothing matches; change the words or press Esc."
                break
            }
            self.search = nil
            if reader != nil { leaveReader(&effects) }
            open(lesson: hit.lessonIndex, at: hit.line, &effects)
            return
        default:
            break
        }
        self.search = search
    }
}
