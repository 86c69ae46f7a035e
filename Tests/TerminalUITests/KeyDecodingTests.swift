import Testing
import TerminalUI

// The numbers are those of Debian's ncursesw 6 <curses.h> (written in octal there), so these tests
// check the mapping without a terminal and without trusting the constants the decoder uses.
private let OK: Int32 = 0
private let ERR: Int32 = -1
private let KEY_CODE_YES: Int32 = 0o400
private let KEY_DOWN: UInt32 = 0o402
private let KEY_UP: UInt32 = 0o403
private let KEY_LEFT: UInt32 = 0o404
private let KEY_RIGHT: UInt32 = 0o405
private let KEY_HOME: UInt32 = 0o406
private let KEY_BACKSPACE: UInt32 = 0o407
private let KEY_F0: UInt32 = 0o410
private let KEY_DC: UInt32 = 0o512
private let KEY_NPAGE: UInt32 = 0o522
private let KEY_PPAGE: UInt32 = 0o523
private let KEY_ENTER: UInt32 = 0o527
private let KEY_BTAB: UInt32 = 0o541
private let KEY_END: UInt32 = 0o550
private let KEY_RESIZE: UInt32 = 0o632
private let KEY_MOUSE: UInt32 = 0o631

private func keyCode(_ value: UInt32) -> InputEvent? { decodeKey(status: KEY_CODE_YES, value: value) }
private func character(_ value: UInt32) -> InputEvent? { decodeKey(status: OK, value: value) }

@Test func keyCodes() {
    #expect(keyCode(KEY_UP) == .key(.up))
    #expect(keyCode(KEY_DOWN) == .key(.down))
    #expect(keyCode(KEY_LEFT) == .key(.left))
    #expect(keyCode(KEY_RIGHT) == .key(.right))
    #expect(keyCode(KEY_PPAGE) == .key(.pageUp))
    #expect(keyCode(KEY_NPAGE) == .key(.pageDown))
    #expect(keyCode(KEY_HOME) == .key(.home))
    #expect(keyCode(KEY_END) == .key(.end))
    #expect(keyCode(KEY_ENTER) == .key(.enter))
    #expect(keyCode(KEY_BACKSPACE) == .key(.backspace))
    #expect(keyCode(KEY_DC) == .key(.delete))
    #expect(keyCode(KEY_BTAB) == .key(.backTab))
}

@Test func functionKeys() {
    #expect(keyCode(KEY_F0 + 1) == .key(.function(1)))
    #expect(keyCode(KEY_F0 + 12) == .key(.function(12)))
    #expect(keyCode(KEY_F0 + 13) == .key(.function(13)))  // Shift-F1 on xterm-like terminals
    #expect(keyCode(KEY_F0 + 63) == .key(.function(63)))
    #expect(keyCode(KEY_F0) == nil)  // F0 is no key
    #expect(keyCode(KEY_F0 + 64) == nil)  // past curses' 64 function-key codes
}

@Test func keyCodesWithoutAKey() {
    // The screen turns KEY_RESIZE into .resize itself, with the new size.
    #expect(keyCode(KEY_RESIZE) == nil)
    #expect(keyCode(KEY_MOUSE) == nil)
}

@Test func enterEscapeBackspaceTab() {
    #expect(character(13) == .key(.enter))  // "\r": Return under nonl()
    #expect(character(10) == .key(.enter))  // "\n"
    #expect(character(27) == .key(.escape))
    #expect(character(127) == .key(.backspace))  // DEL, what most terminals send
    #expect(character(8) == .key(.backspace))  // Ctrl-H
    #expect(character(9) == .key(.tab))
}

@Test func ctrlCIsAnInterrupt() {
    #expect(character(3) == .interrupt)
}

@Test func otherControlKeys() {
    #expect(character(1) == .key(.control("a")))
    #expect(character(2) == .key(.control("b")))
    #expect(character(12) == .key(.control("l")))
    #expect(character(17) == .key(.control("q")))
    #expect(character(26) == .key(.control("z")))
}

@Test func controlCodesWithoutAKey() {
    #expect(character(0) == nil)  // Ctrl-Space / Ctrl-@
    #expect(character(28) == nil)  // Ctrl-\
    #expect(character(31) == nil)
    #expect(character(0x85) == nil)  // a C1 control
}

@Test func printableCharacters() {
    #expect(character(0x20) == .key(.character(" ")))
    #expect(character(0x61) == .key(.character("a")))
    #expect(character(0x51) == .key(.character("Q")))
    #expect(character(0x7E) == .key(.character("~")))
    #expect(character(0xE9) == .key(.character("é")))
    #expect(character(0x4E2D) == .key(.character("中")))
    #expect(character(0x1F600) == .key(.character("😀")))
}

@Test func invalidScalarsAndErrors() {
    #expect(character(0xD800) == nil)  // a lone surrogate is no scalar
    #expect(character(0x110000) == nil)
    #expect(decodeKey(status: ERR, value: 0x61) == nil)
    #expect(decodeKey(status: ERR, value: KEY_UP) == nil)
}

@Test func theStatusDecidesBetweenKeyCodeAndCharacter() {
    // 0o403 is KEY_UP as a key code but the character "ă" (U+0103) when wget_wch returns OK.
    #expect(decodeKey(status: OK, value: KEY_UP) == .key(.character("ă")))
}
