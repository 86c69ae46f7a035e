/// A key the learner pressed, decoded from the terminal's input.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, CJK ...).
    case character(Character)
    /// A control key other than the ones named below: `.control("l")` for Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    /// Return or Enter (keypad too).
    case enter
    case escape
    case backspace
    case delete
    case tab
    /// Shift-Tab.
    case backTab
    /// Function key F1 … F12.
    case function(Int)
}

/// What a screen reports to the program's loop.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal now has this size.
    case resize(TerminalSize)
    /// Ctrl-C (read as a key in raw mode, so the program can save and leave cleanly).
    case interrupt
    /// No input arrived before the timeout given to `Screen.nextEvent(timeoutMilliseconds:)`.
    case tick
}

/// A terminal's size in cells.
public struct TerminalSize: Hashable, Sendable {
    /// The number of rows.
    public var rows: Int
    /// The number of columns.
    public var columns: Int

    /// A size of `rows` × `columns`.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}
