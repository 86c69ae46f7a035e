import TerminalUI

/// Light syntax colouring for the code blocks of lessons: a small hand-written tokenizer per language family.
///
/// - Python (`python`, `py`, `python3`): keywords, strings (with `r`/`b`/`f` prefixes, escapes and triple
///   quotes spanning lines), `#` comments, numbers.
/// - Swift (`swift`): keywords, strings (with escapes and `"""` blocks), `//` and nested `/* */` comments, numbers.
/// - Shell (`sh`, `bash`, `shell`, `zsh`, `console`): the command word (first of a line, and after `|`, `&&`,
///   `||`, `;`, `(`), shell keywords, quoted strings, `#` comments. In a `console` block, or a block with any
///   line starting with `$ `, only `$ ` lines (and their `\` continuations) are commands, with a dim prompt;
///   the other lines are output and stay plain. Here-document bodies (`<<EOF` … `EOF`) stay plain.
///
/// Any other language, or none, is not coloured. Tokens never leave their line, so the result has one entry
/// per line of `code`. Pure: the same code always gives the same spans.
enum SyntaxHighlighter {
    /// What a piece of code is, for colouring.
    enum TokenKind: Equatable, Sendable {
        case plain, keyword, string, comment, number, command, prompt

        /// How this kind is drawn. Keywords and commands are bold and comments and prompts dim, so the
        /// structure shows without colour too.
        var style: Style {
            switch self {
            case .plain: return .plain
            case .keyword: return Style(bold: true, foreground: .magenta)
            case .string: return Style(foreground: .green)
            case .comment: return Style(dim: true)
            case .number: return Style(foreground: .yellow)
            case .command: return Style(bold: true, foreground: .cyan)
            case .prompt: return Style(dim: true)
            }
        }
    }

    /// A run of code of one kind, within one line.
    struct Token: Equatable, Sendable, CustomStringConvertible {
        /// The code.
        var text: String
        /// What it is.
        var kind: TokenKind

        init(_ text: String, _ kind: TokenKind) {
            self.text = text
            self.kind = kind
        }

        var description: String { "\(kind)(\(text))" }
    }

    /// The lines of `code` as styled spans, coloured for `language` (case-insensitive).
    static func highlight(_ code: String, language: String?) -> [[Span]] {
        tokens(code, language: language).map { line in line.map { Span($0.text, style: $0.kind.style) } }
    }

    /// The lines of `code` as tokens for `language` (case-insensitive); neighbouring characters of one kind
    /// form one token.
    static func tokens(_ code: String, language: String?) -> [[Token]] {
        let kinds: [TokenKind]
        let characters = Array(code)
        switch language?.lowercased() {
        case "python", "py", "python3":
            var scanner = CLikeScanner(characters, rules: .python)
            kinds = scanner.scan()
        case "swift":
            var scanner = CLikeScanner(characters, rules: .swift)
            kinds = scanner.scan()
        case "sh", "bash", "shell", "zsh", "console":
            var scanner = ShellScanner(characters, prompted: language?.lowercased() == "console")
            kinds = scanner.scan()
        default:
            kinds = Array(repeating: .plain, count: characters.count)
        }
        var lines: [[Token]] = [[]]
        for (character, kind) in zip(characters, kinds) {
            if character == "\n" {
                lines.append([])
            } else if let last = lines[lines.count - 1].last, last.kind == kind {
                lines[lines.count - 1][lines[lines.count - 1].count - 1].text.append(character)
            } else {
                lines[lines.count - 1].append(Token(String(character), kind))
            }
        }
        return lines
    }
}

/// The differences between the Python and Swift tokenizers.
struct CLikeRules: Sendable {
    /// Reserved words and literal keywords.
    var keywords: Set<String>
    /// The start of a comment that runs to the end of the line.
    var lineComment: String
    /// Whether `/* */` block comments (nesting, as in Swift) exist.
    var blockComments: Bool
    /// The quote characters that open strings.
    var quotes: Set<Character>
    /// Identifiers that turn a string right after them into a prefixed string (`r"…"`, `f'…'`), lowercased.
    var stringPrefixes: Set<String>

    static let python = CLikeRules(
        keywords: [
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        ],
        lineComment: "#", blockComments: false, quotes: ["\"", "'"],
        stringPrefixes: ["r", "u", "b", "f", "br", "rb", "fr", "rf"]
    )

    static let swift = CLikeRules(
        keywords: [
            "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class", "continue",
            "convenience", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false",
            "fileprivate", "final", "for", "func", "guard", "if", "import", "in", "indirect", "init", "inout",
            "internal", "is", "lazy", "let", "mutating", "nil", "nonisolated", "open", "operator", "override",
            "private", "protocol", "public", "repeat", "required", "rethrows", "return", "self", "Self", "some",
            "static", "struct", "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias",
            "var", "weak", "where", "while",
        ],
        lineComment: "//", blockComments: true, quotes: ["\""], stringPrefixes: []
    )
}

/// Tokenizer for languages with identifiers, numbers, quoted strings and comments (Python, Swift).
private struct CLikeScanner {
    let characters: [Character]
    let rules: CLikeRules
    var kinds: [SyntaxHighlighter.TokenKind]
    var index = 0

    init(_ characters: [Character], rules: CLikeRules) {
        self.characters = characters
        self.rules = rules
        kinds = Array(repeating: .plain, count: characters.count)
    }

    /// The kind of every character.
    mutating func scan() -> [SyntaxHighlighter.TokenKind] {
        while index < characters.count {
            let character = characters[index]
            let start = index
            if starts(with: rules.lineComment) {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                mark(start, .comment)
            } else if rules.blockComments && starts(with: "/*") {
                scanBlockComment()
                mark(start, .comment)
            } else if rules.quotes.contains(character) {
                scanString()
                mark(start, .string)
            } else if character.isLetter || character == "_" {
                while index < characters.count && (characters[index].isLetter || characters[index].isNumber || characters[index] == "_") {
                    index += 1
                }
                let word = String(characters[start..<index])
                if index < characters.count && rules.quotes.contains(characters[index])
                    && rules.stringPrefixes.contains(word.lowercased()) {
                    scanString()
                    mark(start, .string)
                } else if rules.keywords.contains(word) {
                    mark(start, .keyword)
                }
            } else if character.isASCII && character.isNumber {
                scanNumber()
                mark(start, .number)
            } else {
                index += 1
            }
        }
        return kinds
    }

    private func starts(with prefix: String) -> Bool {
        var position = index
        for character in prefix {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    private mutating func mark(_ start: Int, _ kind: SyntaxHighlighter.TokenKind) {
        for position in start..<index { kinds[position] = kind }
    }

    /// A string from its opening quote: triple-quoted strings run to the closing triple, others to the closing
    /// quote or the end of the line (unterminated). A backslash escapes the next character.
    private mutating func scanString() {
        let quote = characters[index]
        let triple = String(repeating: quote, count: 3)
        if starts(with: triple) {
            index += 3
            while index < characters.count && !starts(with: triple) {
                index += characters[index] == "\\" ? 2 : 1
            }
            index = min(index + 3, characters.count)
            return
        }
        index += 1
        while index < characters.count && characters[index] != quote && characters[index] != "\n" {
            index += characters[index] == "\\" ? 2 : 1
        }
        if index < characters.count && characters[index] == quote { index += 1 }
        index = min(index, characters.count)
    }

    /// A `/* */` comment, counting nested ones; an unterminated one runs to the end.
    private mutating func scanBlockComment() {
        var depth = 0
        repeat {
            if starts(with: "/*") {
                depth += 1
                index += 2
            } else if starts(with: "*/") {
                depth -= 1
                index += 2
            } else {
                index += 1
            }
        } while depth > 0 && index < characters.count
    }

    /// Digits, letters (hex digits, suffixes, exponents), `_` and `.` (followed by a digit), and a sign right
    /// after an exponent `e`.
    private mutating func scanNumber() {
        index += 1
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character.isLetter || character.isNumber || character == "_" {
                index += 1
            } else if character == "." && next.isASCII && next.isNumber {
                index += 1
            } else if (character == "+" || character == "-") && (characters[index - 1] == "e" || characters[index - 1] == "E") {
                index += 1
            } else {
                break
            }
        }
    }
}

/// Tokenizer for shell commands and console sessions, line by line.
private struct ShellScanner {
    /// Reserved words, recognised where a command word could be.
    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "function",
        "select",
    ]
    /// Keywords after which a command word comes.
    static let commandKeywords: Set<String> = ["if", "then", "else", "elif", "while", "until", "do"]

    let characters: [Character]
    var kinds: [SyntaxHighlighter.TokenKind]
    /// Whether only `$ ` lines are commands.
    let prompted: Bool

    init(_ characters: [Character], prompted: Bool) {
        self.characters = characters
        kinds = Array(repeating: .plain, count: characters.count)
        let startsWithPrompt = { (position: Int) in
            position + 1 < characters.count && characters[position] == "$" && characters[position + 1] == " "
        }
        var anyPrompt = startsWithPrompt(0)
        for position in characters.indices where characters[position] == "\n" && startsWithPrompt(position + 1) {
            anyPrompt = true
        }
        self.prompted = prompted || anyPrompt
    }

    /// The kind of every character.
    mutating func scan() -> [SyntaxHighlighter.TokenKind] {
        var lineStart = 0
        var hereDocument: String?  // the terminator of the here-document being read
        var continued = false      // the previous command line ended with a backslash
        while lineStart < characters.count {
            var lineEnd = lineStart
            while lineEnd < characters.count && characters[lineEnd] != "\n" { lineEnd += 1 }
            let line = String(characters[lineStart..<lineEnd])
            if let terminator = hereDocument {
                if line.drop(while: { $0 == "\t" }) == terminator { hereDocument = nil }
            } else if continued {
                (continued, hereDocument) = scanCommand(from: lineStart, to: lineEnd, expectingCommand: false)
            } else if prompted {
                if line.hasPrefix("$ ") {
                    kinds[lineStart] = .prompt
                    kinds[lineStart + 1] = .prompt
                    (continued, hereDocument) = scanCommand(from: lineStart + 2, to: lineEnd, expectingCommand: true)
                }
            } else {
                (continued, hereDocument) = scanCommand(from: lineStart, to: lineEnd, expectingCommand: true)
            }
            lineStart = lineEnd + 1
        }
        return kinds
    }

    /// Marks one command line, `start..<end`; returns whether it ends with a continuation backslash and the
    /// terminator of a here-document it opens.
    private mutating func scanCommand(from start: Int, to end: Int, expectingCommand: Bool) -> (Bool, String?) {
        var index = start
        var expectCommand = expectingCommand
        var hereDocument: String?
        while index < end {
            let character = characters[index]
            let wordStart = index
            if character == " " || character == "\t" {
                index += 1
            } else if character == "#" {
                for position in index..<end { kinds[position] = .comment }
                return (false, hereDocument)
            } else if character == "'" || character == "\"" {
                index += 1
                while index < end && characters[index] != character {
                    index += character == "\"" && characters[index] == "\\" ? 2 : 1
                }
                index = min(index + 1, end)
                for position in wordStart..<index { kinds[position] = .string }
                expectCommand = false
            } else if "|&;()".contains(character) {
                // `2>&1` and `&>` redirect; `)` closes a subshell: no command follows those.
                let redirects = character == "&" && index > start && "<>".contains(characters[index - 1])
                    || character == "&" && index + 1 < end && characters[index + 1] == ">"
                index += 1
                expectCommand = character != ")" && !redirects
            } else if character == "<" && index + 2 < end && characters[index + 1] == "<" && characters[index + 2] != "<" {
                index += 2
                while index < end && "-~ ".contains(characters[index]) { index += 1 }
                let wordBegin = index
                while index < end && !" \t;|&".contains(characters[index]) { index += 1 }
                let word = String(characters[wordBegin..<index]).filter { $0 != "'" && $0 != "\"" }
                if !word.isEmpty { hereDocument = word }
            } else {
                while index < end && !" \t|&;()'\"".contains(characters[index]) { index += 1 }
                let word = String(characters[wordStart..<index])
                if word == "\\" && index == end { break }  // a continuation, not a command
                if expectCommand && Self.keywords.contains(word) {
                    for position in wordStart..<index { kinds[position] = .keyword }
                    expectCommand = Self.commandKeywords.contains(word)
                } else if expectCommand && !word.contains("=") {
                    for position in wordStart..<index { kinds[position] = .command }
                    expectCommand = false
                }
            }
        }
        return (end > start && characters[end - 1] == "\\", hereDocument)
    }
}
