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
                ("c", "open the lab, at the lesson's competition"),
                ("/", "search every lesson"), ("? F1", "this help"), ("q", "quit (progress is saved)"),
                ("Ctrl-C", "quit from any screen"),
            ]
        case .reader:
            return [
                ("↑ ↓  k j", "scroll a line"), ("PgUp PgDn  b space", "scroll a page"),
                ("Home End  g G", "top / end of the lesson"), ("n p", "next / previous lesson"),
                ("a", "answer the quiz on screen"), ("m", "mark the lesson done / not done"),
                ("c", "open the lab, at the lesson's competition"), ("/", "search every lesson"), ("q Esc ← h", "back to the lessons"), ("? F1", "this help"),
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
        case .competitions:
            return [
                ("↑ ↓  k j", "choose a competition"), ("e Enter", "explore its data files"),
                ("t", "train a model and write a submission"), ("s", "submit a file (or the predictions just trained)"),
                ("b", "its leaderboard"), ("f", "choose your final submissions (they count in private)"),
                ("q Esc ← h", "back to the lessons"), ("? F1", "this help"),
                ("Ctrl-C", "quit from any screen"),
            ]
        case .explorer:
            return [
                ("↑ ↓  k j", "scroll a row"), ("PgUp PgDn  b space", "scroll a page"), ("Home End  g G", "first / last row"),
                ("← →  h l", "choose a column (its statistics show below)"), ("0 $", "first / last column"),
                ("f", "switch between train.csv and test.csv"), ("q Esc", "back to the competitions"), ("? F1", "this help"),
            ]
        case .train:
            return [
                ("↑ ↓  k j", "choose a field"), ("← →  h l", "change the model, the folds, or a choice"),
                ("Enter", "edit the value (Enter keeps it, Esc drops it)"), ("d", "put back the default"),
                ("t", "train, cross-validate and write a submission"),
                ("Esc  c", "cancel the training (after the current fold)"),
                ("s", "submit the predictions just trained"), ("q Esc", "back to the competitions"), ("? F1", "this help"),
            ]
        case .submit:
            return [
                ("↑ ↓  k j", "choose a file"), ("Enter → l", "submit the CSV file, or open the folder"),
                ("Backspace ← h", "the folder above"), ("b", "the leaderboard, after a score"),
                ("q Esc", "back to the competitions"), ("? F1", "this help"),
            ]
        case .leaderboard:
            return [
                ("↑ ↓  k j", "move through the ranking"), ("PgUp PgDn  b space", "a page"), ("Home End  g G", "top / bottom"),
                ("y", "back to your row"), ("r", "reload"), ("q Esc", "back to the competitions"), ("? F1", "this help"),
            ]
        case .final:
            return [
                ("↑ ↓  k j", "choose a submission"), ("space x", "tick or untick it (up to the competition's number)"),
                ("c", "untick all: your best public scores count"), ("Enter w", "save the choice"), ("r", "reload"),
                ("q Esc", "back to the competitions (twice if ticks are unsaved)"), ("? F1", "this help"),
            ]
        case .help, .tooSmall:
            return [("any key", "close the help")]
        }
    }

    /// The status bar's hint for `screen`.
    static func hint(for screen: ActiveScreen, quizAnswered: Bool = false) -> String {
        switch screen {
        case .navigator: return "j/k move  Enter open  r resume  c lab  / search  m done  ? help  q quit"
        case .reader: return "j/k scroll  space page  n/p lesson  a quiz  m done  c lab  q back  ? help"
        case .quiz: return quizAnswered ? "Enter back to the lesson  r try again  ? help" : "1-9 choose  ↑/↓ move  Enter answer  Esc back  ? help"
        case .search: return "type to search  ↑/↓ choose  Enter open  Esc close  F1 help"
        case .competitions: return "j/k move  e explore  t train  s submit  b leaderboard  f final  q back  ? help"
        case .explorer: return "j/k rows  h/l column  f train/test  q back  ? help"
        case .train: return "j/k field  h/l change  Enter edit  t train  s submit  q back  ? help"
        case .submit: return "j/k choose  Enter submit/open  Backspace up  q back  ? help"
        case .leaderboard: return "j/k move  y your row  r reload  q back  ? help"
        case .final: return "j/k choose  space tick  c clear  Enter save  q back  ? help"
        case .help: return "any key closes the help"
        case .tooSmall: return ""
        }
    }
}
