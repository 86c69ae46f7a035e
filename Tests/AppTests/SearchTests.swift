@testable import App
import Testing
import TerminalUI

@Suite("Search: / across titles and text")
struct SearchTests {
    func searching(_ query: String) throws -> AppState {
        try AppFixture.state().typing("/" + query).0
    }

    @Test("words in the text match, in course order, with a snippet; every word must occur")
    func textMatches() throws {
        let state = try searching("broadcasting")
        #expect(state.search?.hits.map(\.lessonIndex) == [1, 2])
        // "second" has its paragraph on line 9 (8 front-matter lines); "multi" on line 12 (11 of them).
        #expect(state.search?.hits.map(\.line) == [9, 12])
        let lines = state.screenLines
        #expect(lines[0].hasPrefix(" ailab · search"))
        #expect(lines[1].hasPrefix(" Search: broadcasting▏"))
        #expect(lines[2].hasPrefix(" 2 lessons match."))
        #expect(lines[4].hasPrefix(" › Second lesson · Basics — Just one paragraph on broadcasting."))
        #expect(lines[5].hasPrefix("   Several answers · More — Broadcasting 中文 text."))
        #expect(try searching("broadcasting arrays").search?.hits.isEmpty == true)
        #expect(try searching("中文").search?.hits.map(\.lessonIndex) == [2])
    }

    @Test("matches in the title, summary or objectives come first, case-insensitively")
    func headingFirst() throws {
        // "quiz" is in first-steps' objectives ("Answer a quiz") and multi's summary; "Second" only in a title.
        #expect(try searching("QUIZ").search?.hits.map(\.lessonIndex) == [0, 2])
        #expect(try searching("second").search?.hits.map(\.lessonIndex) == [1, 0])  // then first-steps' quiz text
    }

    @Test("Backspace and Ctrl-U edit the query; ? is text here and F1 opens the help")
    func editing() throws {
        let state = try searching("arrays")
        #expect(state.after([.key(.backspace)]).0.search?.query == "array")
        #expect(state.after([.key(.control("u"))]).0.search?.query == "")
        #expect(state.typing("?").0.search?.query == "arrays?")
        #expect(state.after([.key(.function(1))]).0.activeScreen == .help)
        #expect(try searching("zzz").screenLines[2].hasPrefix(" No lesson matches."))
    }

    @Test("Enter opens the lesson at the matching block; Esc closes the search")
    func opening() throws {
        let state = try searching("paragraph 30")
        let (open, effects) = state.after([.key(.enter)])
        let reader = try #require(open.reader)
        #expect(open.search == nil)
        #expect(effects.first == .saveProgress(lessonID: "first-steps", status: .inProgress, position: reader.position))
        // The block holding both words, "Paragraph 30", starts on line 70 (12 + 2 × 29).
        #expect(reader.rendered.lines[reader.top].sourceLine == 70)
        let (closed, none) = state.after([.key(.escape)])
        #expect(closed.search == nil && closed.reader == nil && none.isEmpty)
    }
}

@Suite("Help overlay, resizing and the tiny window")
struct HelpAndResizeTests {
    @Test("? shows every key of the screen under it; any key closes it without acting")
    func help() throws {
        let state = try AppFixture.state()
        let help = state.typing("?").0
        let lines = help.screenLines.joined(separator: "\n")
        #expect(help.activeScreen == .help)
        #expect(lines.contains("Keys · Lessons"))
        for (keys, action) in KeyHelp.keys(of: .navigator) {
            #expect(lines.contains(keys) && lines.contains(action))
        }
        #expect(lines.contains("Press any key to close this help."))
        let closed = help.typing("j").0
        #expect(closed.activeScreen == .navigator)
        #expect(closed.navigator.selectedLesson == 0)
        let readerHelp = state.after([.key(.enter), .key(.character("?"))]).0.screenLines.joined()
        #expect(readerHelp.contains("Keys · Reader") && readerHelp.contains("answer the quiz on screen"))
    }

    @Test("below 80×24 a message says what size is needed; keys wait, q quits, and a larger window goes back")
    func tooSmall() throws {
        let state = try AppFixture.state().after([.resize(TerminalSize(rows: 20, columns: 60))]).0
        #expect(state.activeScreen == .tooSmall)
        let lines = state.screenLines
        #expect(lines.count == 20 && lines[0].count == 60)
        // 88 characters wrapped at 58: two centred lines in the middle rows (9 and 10).
        #expect(lines[9].trimmingCharacters(in: .whitespaces) == "This window is 60×20. ailab needs at least 80×24: make the")
        #expect(lines[10].trimmingCharacters(in: .whitespaces) == "window larger, or press q to quit.")
        #expect(state.typing("j").0.navigator.selectedLesson == 0)
        #expect(state.typing("q").0.isFinished)
        let back = state.after([.resize(TerminalSize(rows: 24, columns: 80))]).0
        #expect(back.screenLines == (try AppFixture.state().screenLines))
    }

    @Test("resizing re-wraps an open lesson and keeps the same block at the top")
    func resizeWhileReading() throws {
        let reading = try AppFixture.state().after([.key(.enter)] + Array(repeating: .key(.character("j")), count: 30)).0
        let before = reading.reader!.position
        let wide = reading.after([.resize(TerminalSize(rows: 40, columns: 140))]).0
        #expect(wide.reader?.width == 100)  // capped for readability
        #expect(wide.reader?.viewport == 38)
        #expect(wide.reader?.position == before)
        #expect(wide.screenLines.count == 40 && wide.screenLines[0].count == 140)
        let narrow = wide.after([.resize(TerminalSize(rows: 24, columns: 80))]).0
        #expect(narrow.reader?.width == 76)
        #expect(narrow.reader?.position == before)
    }
}
