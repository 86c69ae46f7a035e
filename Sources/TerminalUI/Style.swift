/// How a cell is drawn: text attributes and an optional foreground color.
///
/// A pure value; the ncurses layer maps it to attributes and color pairs.
public struct Style: Hashable, Sendable {
    /// Bold (bright) text.
    public var bold: Bool
    /// Dim (half-bright) text.
    public var dim: Bool
    /// Underlined text.
    public var underline: Bool
    /// Foreground and background swapped, as for a selected row.
    public var reverse: Bool
    /// The text color, or `nil` for the terminal's default.
    public var foreground: Color?

    /// A style; every attribute is off and the color is the terminal's default
    /// unless given.
    public init(
        bold: Bool = false,
        dim: Bool = false,
        underline: Bool = false,
        reverse: Bool = false,
        foreground: Color? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.foreground = foreground
    }

    /// No attributes, default color.
    public static let plain = Style()
}

/// The eight standard terminal colors (ANSI / curses `COLOR_BLACK` … `COLOR_WHITE`).
public enum Color: Hashable, Sendable, CaseIterable {
    /// Black (color 0).
    case black
    /// Red (color 1).
    case red
    /// Green (color 2).
    case green
    /// Yellow (color 3).
    case yellow
    /// Blue (color 4).
    case blue
    /// Magenta (color 5).
    case magenta
    /// Cyan (color 6).
    case cyan
    /// White (color 7).
    case white
}
