/// Splits raw text into lower-case word tokens, the first step of every text vectoriser.
///
/// The rules, in order:
/// - **HTML.** A tag (`<` then a letter, `/` or `!`, up to the next `>` on the same stretch of text,
///   such as `<br />` or `<i>`) is a word boundary. A `<` not followed by one of those (`< Cough >`)
///   is ordinary punctuation. Numeric character references (`&#345;`, `&#x159;`) and `&amp;`,
///   `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` are decoded first.
/// - **Case.** Every letter is lower-cased (Unicode simple lower-case mapping).
/// - **Words** are maximal runs of letters and numbers (Unicode general categories L* and N*), with
///   combining marks (Mn, Mc) kept inside a word. Everything else separates words. Single letters
///   and numbers are kept ("i", "a", "10" in "7/10").
/// - **Apostrophes** between two word characters stay in the word, so "don't" and "director's" are
///   one token each; `'`, `’` (U+2019) and U+0092 (Windows-1252's right quote decoded as Latin-1,
///   frequent in scraped reviews) all count, and are written as `'`. A leading or trailing
///   apostrophe ("'tis", "actors'") is a separator.
/// - **No stop words** are removed: negations ("not", "no", "don't") carry sentiment.
///
/// It matches scikit-learn's `CountVectorizer(lowercase=True, token_pattern=r"[^\W_]+(?:'[^\W_]+)*")`
/// on text without tags, entities or curly quotes. N-grams are built by the vectorisers, not here.
public struct Tokenizer: Sendable, Equatable {
    /// A tokenizer with the rules above.
    public init() {}

    /// The tokens of `text`, in order.
    /// - Complexity: O(n) for n Unicode scalars.
    public func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token of `text`, in order, without collecting them.
    /// - Complexity: O(n) for n Unicode scalars.
    public func forEachToken(in text: String, _ body: (String) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty { body(String(word)); word = String.UnicodeScalarView() }
        }
        var i = 0
        while i < scalars.count {
            var scalar = scalars[i]
            var next = i + 1
            if scalar == "<", let end = Self.tagEnd(scalars, from: i) {
                flush()
                i = end + 1
                continue
            }
            if scalar == "&", let (decoded, end) = Self.entity(scalars, from: i) {
                scalar = decoded
                next = end + 1
            }
            if Self.isWordScalar(scalar) {
                Self.appendLowercased(scalar, to: &word)
            } else if Self.isApostrophe(scalar), !word.isEmpty, next < scalars.count, Self.isWordScalar(scalars[next]) {
                word.append("'")
            } else {
                flush()
            }
            i = next
        }
        flush()
    }

    /// Letters, numbers and combining marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{92}"
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let v = scalar.value
            word.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
            word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            word.append(scalar)
        }
    }

    /// The index of the `>` closing a tag that starts at `start`, or nil when `<` is punctuation.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let first = start + 1
        guard first < scalars.count else { return nil }
        let opener = scalars[first]
        guard opener == "/" || opener == "!" || (opener.isASCII && opener.properties.isAlphabetic) else { return nil }
        var i = first + 1
        while i < scalars.count, i - start <= 256 {
            if scalars[i] == ">" { return i }
            if scalars[i] == "<" { return nil }
            i += 1
        }
        return nil
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// The character an entity starting at `start` stands for and the index of its `;`.
    private static func entity(_ scalars: [Unicode.Scalar], from start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
        var name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        if name.hasPrefix("#") {
            name.removeFirst()
            let hex = name.hasPrefix("x") || name.hasPrefix("X")
            guard let value = UInt32(hex ? String(name.dropFirst()) : name, radix: hex ? 16 : 10),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, end)
        }
        return namedEntities[name].map { ($0, end) }
    }
}
