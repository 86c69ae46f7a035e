/// The keys of each screen: the help overlay lists them all, the status bar the ones that matter most.
enum KeyHelp {
    /// Every key of `screen`, as (keys, what they do).
    static func keys(of screen: ActiveScreen, severalAnswers: Bool = false) -> [(String, String)] {
        switch screen {
        case .navigator:
            return [
                ("↑ ↓  k j", "move between lessons"), ("PgUp PgDn  b space", "move a page"),
                ("Home End  g G", "first / last lesson"), ("Enter → l", "open the lesson where you stopped"),
                ("r", "resume the lesson you read last"), ("m", "mark the lesson done / not done"),
                ("/", "search every lesson"), ("? F1", "this help"), ("q", "quit (progress is saved)"),
                ("Ctrl-C", "quit from any screen"),
            ]
        case .reader:
            return [
                ("↑ ↓  k j", "scroll a line"), ("PgUp PgDn  b space", "scroll a page"),
                ("Home End  g G", "top / end of the lesson"), ("n p", "next / previous lesson"),
                ("a", "answer the quiz on screen"), ("m", "mark the lesson done / not done"),
                ("/", "search every lesson"), ("q Esc ← h", "back to the lessons"), ("? F1", "this help"),
                ("Ctrl-C", "quit (your place is saved)"),
            ]
        case .quiz:
            return [
                ("1 – 9", severalAnswers ? "tick / untick that option" : "answer with that option"),
                ("↑ ↓  k j", "move between options"),
                ("Enter", severalAnswers ? "answer with the ticked options" : "answer with the option at ›"),
                ("space", severalAnswers ? "tick / untick the option at ›" : "back to the lesson, after answering"),
                ("r", "try again, after answering"), ("Esc q", "back to the lesson"), ("? F1", "this help"),
            ]
        case .search:
            return [
                ("letters", "words to find in titles and text (all must occur)"), ("↑ ↓", "choose a result"),
                ("Enter", "open the lesson at the match"), ("Backspace", "delete a character"),
                ("Ctrl-U", "clear the search"), ("F1", "this help"), ("Esc", "close the search"),
            ]
        case .help, .tooSmall:
            return [("any key", "close the help")]
        }
    }

    /// The status bar's hint for `screen`.
    static func hint(for screen: ActiveScreen, quizAnswered: Bool = false) -> String {
        switch screen {
        case .navigator: return "j/k move  Enter open  r resume  / search  m done  ? help  q quit"
        case .reader: return "j/k scroll  space page  n/p lesson  a quiz  m done  q back  ? help"
        case .quiz: return quizAnswered ? "Enter back to the lesson  r try again  ? help" : "1-9 choose  ↑/↓ move  Enter answer  Esc back  ? help"
        case .search: return "type to search  ↑/↓ choose  Enter open  Esc close  F1 help"
        case .help: return "any key closes the help"
        case .tooSmall: return ""
        }
    }
}
