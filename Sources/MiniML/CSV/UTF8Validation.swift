/// The offset of the first byte of the first ill-formed UTF-8 sequence in `bytes`,
/// or `nil` when all of `bytes` is well-formed UTF-8.
///
/// Well-formed means the byte sequences of the Unicode Standard, table 3-7:
/// no overlong forms, no surrogates (U+D800...U+DFFF), nothing above U+10FFFF,
/// and no sequence cut short by the end of `bytes`.
/// - Complexity: O(n), where n is `bytes.count`.
func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        // The sequence length, and the range the second byte must fall in.
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0           // overlong below U+0800
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F          // surrogates
        case 0xF0: length = 4; secondLow = 0x90           // overlong below U+10000
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F          // above U+10FFFF
        default: return index                             // continuation byte, C0, C1, F5...FF
        }
        guard index + length <= bytes.count,
              (secondLow...secondHigh).contains(bytes[index + 1])
        else { return index }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return index
        }
        index += length
    }
    return nil
}
