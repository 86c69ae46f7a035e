/// The selection and scroll position of a list shown in a viewport of fixed height,
/// like rustlings' `scroll_state.rs`.
///
/// A pure value: key handlers call the `select…` methods and the view draws the
/// rows of ``visibleRange``. After every change the offset moves as little as
/// possible to keep the selected row visible with ``padding`` rows of context
/// above and below it — except at the ends of the list, and when the viewport is
/// too small (the padding shrinks to `(viewport - 1) / 2`).
public struct ScrollState: Sendable, Equatable {
    /// The number of rows in the list.
    public private(set) var count: Int
    /// The selected row, `nil` exactly when the list is empty.
    public private(set) var selected: Int?
    /// The index of the first visible row.
    public private(set) var offset: Int
    /// The number of rows the view can show.
    public private(set) var viewport: Int
    /// Rows of context kept visible above and below the selection.
    public let padding: Int

    /// A scroll state for `count` rows shown `viewport` at a time, with `selected`
    /// clamped into the list (ignored when it is empty) and the offset adjusted to show it.
    public init(count: Int, viewport: Int, selected: Int = 0, padding: Int = 1) {
        self.count = max(count, 0)
        self.viewport = max(viewport, 0)
        self.padding = max(padding, 0)
        self.selected = nil
        self.offset = 0
        select(selected)
    }

    /// The rows to draw: `offset ..< min(offset + viewport, count)`.
    public var visibleRange: Range<Int> {
        offset..<min(offset + viewport, count)
    }

    /// Selects `index`, clamped into the list; does nothing when the list is empty.
    public mutating func select(_ index: Int) {
        guard count > 0 else {
            selected = nil
            offset = 0
            return
        }
        selected = min(max(index, 0), count - 1)
        updateOffset()
    }

    /// Selects the next row (stays on the last).
    public mutating func selectNext() {
        if let selected { select(selected + 1) }
    }

    /// Selects the previous row (stays on the first).
    public mutating func selectPrevious() {
        if let selected { select(selected - 1) }
    }

    /// Moves the selection down by a page, `max(viewport - 1, 1)` rows, so one
    /// row of the previous page stays in view (stops at the last row).
    public mutating func selectPageDown() {
        if let selected { select(selected + pageStep) }
    }

    /// Moves the selection up by a page, `max(viewport - 1, 1)` rows (stops at the first row).
    public mutating func selectPageUp() {
        if let selected { select(selected - pageStep) }
    }

    /// Selects the first row.
    public mutating func selectFirst() {
        select(0)
    }

    /// Selects the last row.
    public mutating func selectLast() {
        select(count - 1)
    }

    /// Changes the number of rows (e.g. after filtering), keeping the selection
    /// clamped into the list; an empty list selects `0` again once it has rows.
    public mutating func setCount(_ count: Int) {
        self.count = max(count, 0)
        select(selected ?? 0)
    }

    /// Changes the viewport height (e.g. after a terminal resize).
    public mutating func setViewport(_ viewport: Int) {
        self.viewport = max(viewport, 0)
        select(selected ?? 0)
    }

    private var pageStep: Int { max(viewport - 1, 1) }

    /// The smallest move of `offset` that shows `selected` with the padding,
    /// never scrolling past the end of the list.
    private mutating func updateOffset() {
        guard let selected, viewport > 0 else {
            offset = 0
            return
        }
        let padding = min(self.padding, (viewport - 1) / 2)
        let lowest = max(selected + padding - (viewport - 1), 0)
        let highest = max(selected - padding, 0)
        let end = max(count - viewport, 0)
        offset = min(max(offset, lowest), highest, end)
    }
}
