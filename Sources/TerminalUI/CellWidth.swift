/// Terminal cell widths of Unicode scalars, grapheme clusters and strings.
///
/// The rules, in order (like ratatui's `cell_width.rs`, the `unicode-width` crate it
/// uses, and glibc's `wcwidth`):
///
/// 1. **Exceptions**, as in `unicode-width` and glibc: U+00AD SOFT HYPHEN is 1 cell
///    (terminals draw it), U+115F HANGUL CHOSEONG FILLER is 2, and the
///    `Prepended_Concatenation_Mark` format characters (U+0600–U+0605, U+06DD,
///    U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD: Arabic number signs that span
///    the digits after them) are 1.
/// 2. **0 cells**: control characters (general category Cc, e.g. U+0000–U+001F,
///    U+007F–U+009F), line and paragraph separators (Zl, Zp), nonspacing and
///    enclosing marks (Mn, Me, e.g. U+0301 COMBINING ACUTE ACCENT), other format
///    characters (Cf: U+200B ZERO WIDTH SPACE, U+200D ZERO WIDTH JOINER, U+FEFF, …),
///    variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF), every other
///    `Default_Ignorable_Code_Point`, and the conjoining Hangul medial vowels and final
///    consonants (U+1160–U+11FF, U+D7B0–U+D7FF), which join the preceding leading
///    consonant into one syllable.
/// 3. **2 cells**: East Asian Width `W` (wide) or `F` (fullwidth) — CJK ideographs,
///    Hiragana, Katakana, Hangul syllables and leading jamo, CJK punctuation such as
///    '，' (U+FF0C) and '。' (U+3002), fullwidth forms U+FF01–U+FF60 and U+FFE0–U+FFE6
///    — looked up by binary search in a sorted table of ranges from
///    EastAsianWidth-17.0.0.txt, and scalars with the `Emoji_Presentation` property
///    (`Unicode.Scalar.Properties.isEmojiPresentation`), which include the regional
///    indicators that make flags.
/// 4. **1 cell**: everything else, including East Asian Ambiguous characters
///    (we assume a non-CJK locale, as glibc does outside CJK locales) and spacing
///    combining marks (Mc), which only matter after their base (see below).
///
/// A grapheme cluster (`Character`) is as wide as its first scalar of non-zero width,
/// so "e" + U+0301 is 1 cell, a ZWJ family "👨‍👩‍👧" is 2 cells and a flag "🇯🇵" (two
/// regional indicators) is 2 cells. A cluster whose 1-cell first scalar is emoji-capable
/// (`isEmoji`, e.g. U+2764 HEAVY BLACK HEART) and that contains U+FE0F VARIATION
/// SELECTOR-16 asks for emoji presentation and is 2 cells ("❤️"). A cluster made only of
/// zero-width scalars is 0 cells.
///
/// Widths follow the scalar tables, not any particular terminal: terminals that
/// ignore VS16 or draw ZWJ sequences as several glyphs will disagree. General
/// categories and emoji properties come from the Swift standard library's Unicode
/// data, which may be a version or two older than the width table.
public func cellWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // Printable ASCII: the hot path.
    if value >= 0x20 && value < 0x7F { return 1 }
    switch value {
    case 0x00AD, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
        return 1
    case 0x115F:
        return 2
    default:
        break
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator, .nonspacingMark, .enclosingMark, .format:
        return 0
    default:
        break
    }
    if properties.isDefaultIgnorableCodePoint || properties.isVariationSelector { return 0 }
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if isWide(value) || properties.isEmojiPresentation { return 2 }
    return 1
}

/// The cell width of a grapheme cluster: the width of its first scalar of non-zero
/// width (0 when every scalar is zero-width), and 2 when that scalar is 1 cell wide,
/// emoji-capable (`isEmoji`) and followed by U+FE0F VARIATION SELECTOR-16.
///
/// See ``cellWidth(of:)-(Unicode.Scalar)`` for the scalar rules.
public func cellWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    var width = 0
    var first: Unicode.Scalar?
    for scalar in scalars {
        let w = cellWidth(of: scalar)
        if w > 0 {
            width = w
            first = scalar
            break
        }
    }
    if width == 1, let first, first.properties.isEmoji,
       scalars.contains(where: { $0.value == 0xFE0F }) {
        return 2
    }
    return width
}

/// The cell width of a string: the sum of the widths of its grapheme clusters
/// (see ``cellWidth(of:)-(Character)``).
public func cellWidth(of string: some StringProtocol) -> Int {
    var total = 0
    for character in string {
        total += cellWidth(of: character)
    }
    return total
}

/// Whether `value` is East Asian Wide or Fullwidth: binary search of ``wideRanges``.
func isWide(_ value: UInt32) -> Bool {
    if value < wideRanges[0].lower { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideRanges[mid]
        if value < range.lower {
            high = mid - 1
        } else if value > range.upper {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

/// Sorted, disjoint, inclusive ranges of scalars with East Asian Width `W` or `F`,
/// from EastAsianWidth-17.0.0.txt (as tabulated by the Python `wcwidth` 0.7.0 package,
/// `table_wide.py`).
let wideRanges: [(lower: UInt32, upper: UInt32)] = [
    (0x01100, 0x0115F), (0x0231A, 0x0231B), (0x02329, 0x0232A), (0x023E9, 0x023EC),
    (0x023F0, 0x023F0), (0x023F3, 0x023F3), (0x025FD, 0x025FE), (0x02614, 0x02615),
    (0x02630, 0x02637), (0x02648, 0x02653), (0x0267F, 0x0267F), (0x0268A, 0x0268F),
    (0x02693, 0x02693), (0x026A1, 0x026A1), (0x026AA, 0x026AB), (0x026BD, 0x026BE),
    (0x026C4, 0x026C5), (0x026CE, 0x026CE), (0x026D4, 0x026D4), (0x026EA, 0x026EA),
    (0x026F2, 0x026F3), (0x026F5, 0x026F5), (0x026FA, 0x026FA), (0x026FD, 0x026FD),
    (0x02705, 0x02705), (0x0270A, 0x0270B), (0x02728, 0x02728), (0x0274C, 0x0274C),
    (0x0274E, 0x0274E), (0x02753, 0x02755), (0x02757, 0x02757), (0x02795, 0x02797),
    (0x027B0, 0x027B0), (0x027BF, 0x027BF), (0x02B1B, 0x02B1C), (0x02B50, 0x02B50),
    (0x02B55, 0x02B55), (0x02E80, 0x02E99), (0x02E9B, 0x02EF3), (0x02F00, 0x02FD5),
    (0x02FF0, 0x03029), (0x03030, 0x0303E), (0x03041, 0x03096), (0x0309B, 0x030FF),
    (0x03105, 0x0312F), (0x03131, 0x03163), (0x03165, 0x0318E), (0x03190, 0x031E5),
    (0x031EF, 0x0321E), (0x03220, 0x03247), (0x03250, 0x0A48C), (0x0A490, 0x0A4C6),
    (0x0A960, 0x0A97C), (0x0AC00, 0x0D7A3), (0x0F900, 0x0FAFF), (0x0FE10, 0x0FE19),
    (0x0FE30, 0x0FE52), (0x0FE54, 0x0FE66), (0x0FE68, 0x0FE6B), (0x0FF01, 0x0FF60),
    (0x0FFE0, 0x0FFE6), (0x16FE0, 0x16FE3), (0x16FF2, 0x16FF6), (0x17000, 0x18CD5),
    (0x18CFF, 0x18D1E), (0x18D80, 0x18DF2), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132), (0x1B150, 0x1B152),
    (0x1B155, 0x1B155), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1D300, 0x1D356),
    (0x1D360, 0x1D376), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248),
    (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D8),
    (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA8A), (0x1FA8E, 0x1FAC6), (0x1FAC8, 0x1FAC8),
    (0x1FACD, 0x1FADC), (0x1FADF, 0x1FAEA), (0x1FAEF, 0x1FAF8), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
]
