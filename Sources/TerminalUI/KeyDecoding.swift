import CNcursesw

/// Decodes what ncursesw's `wget_wch` returned into an event, without needing a terminal.
///
/// - Parameters:
///   - status: `wget_wch`'s return code: `KEY_CODE_YES` when `value` is a key code (`KEY_UP`,
///     `KEY_F0 + n` …), `OK` when it is a character; anything else (`ERR`) decodes to nil.
///   - value: the `wint_t` that `wget_wch` stored.
/// - Returns:
///   - key codes: the arrows, `KEY_PPAGE`/`KEY_NPAGE`, `KEY_HOME`/`KEY_END`, `KEY_ENTER` (keypad
///     Enter), `KEY_BACKSPACE`, `KEY_DC` (Delete), `KEY_BTAB` (Shift-Tab) and `KEY_F(n)` for n in
///     1…63 (terminals report Shift-F1 as F13 and so on);
///   - characters: "\r" and "\n" → ``Key/enter``, 27 → ``Key/escape``, 127 and 8 (Ctrl-H) →
///     ``Key/backspace``, 9 → ``Key/tab``, 3 (Ctrl-C, a key in raw mode) → ``InputEvent/interrupt``,
///     the other codes 1…26 → ``Key/control(_:)`` with the lowercase letter ("l" for Ctrl-L), and
///     any other scalar that is not a control character → ``Key/character(_:)``;
///   - nil for everything else: other key codes (`KEY_RESIZE` included: the screen handles it,
///     since it needs the new size), NUL, codes 28…31, C1 controls and invalid scalars.
public func decodeKey(status: Int32, value: UInt32) -> InputEvent? {
    switch status {
    case KEY_CODE_YES:
        return decodeKeyCode(Int32(bitPattern: value)).map(InputEvent.key)
    case OK:
        return decodeCharacter(value)
    default:
        return nil
    }
}

/// A curses key code (`KEY_UP` …) as a key, or nil when it has no ``Key``.
private func decodeKeyCode(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    // KEY_F(n) is KEY_F0 + n; curses reserves 64 codes for function keys.
    case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
    default: nil
    }
}

/// A character `wget_wch` read (status `OK`) as an event.
private func decodeCharacter(_ value: UInt32) -> InputEvent? {
    switch value {
    case 3: return .interrupt
    case 8, 127: return .key(.backspace)
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 1...26:
        // Ctrl-A is 1 … Ctrl-Z is 26.
        return .key(.control(Character(Unicode.Scalar(UInt8(value) - 1 + UInt8(ascii: "a")))))
    default:
        guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .control else {
            return nil
        }
        return .key(.character(Character(scalar)))
    }
}
