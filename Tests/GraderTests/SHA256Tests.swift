import Testing
@testable import Grader

// Every digest below was computed once with Python 3.11.7's hashlib, e.g.
//   python3 -c 'import hashlib; print(hashlib.sha256(b"abc").hexdigest())'
// The first four are also the FIPS 180-2 / NIST CSRC example values.

@Suite("SHA-256")
struct SHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let message: [UInt8]
        let hex: String
        var testDescription: String { name }
    }

    static let nistVectors: [Vector] = [
        Vector(name: "empty", message: [], hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(name: "abc", message: Array("abc".utf8), hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        // 448 bits = 56 bytes: the padding no longer fits, so the message takes two blocks.
        Vector(
            name: "448-bit NIST message", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            name: "896-bit NIST message",
            message: Array(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
            hex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ]

    @Test("NIST example messages", arguments: nistVectors)
    func nistExamples(_ vector: Vector) {
        #expect(SHA256.hexDigest(of: vector.message) == vector.hex)
    }

    @Test("one million times 'a' (15,625 blocks)")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // Lengths around the padding boundaries: 55 bytes is the longest message whose padding fits in
    // one block, 56 needs a second block, 64 is exactly one block of message, 119/120 the same edges
    // one block later. Message n is the bytes 0, 1, …, n-1: `bytes(range(n))` in Python.
    static let boundaryDigests: [(Int, String)] = [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
    ]

    @Test("messages at the padding boundaries", arguments: boundaryDigests)
    func paddingBoundaries(length: Int, hex: String) {
        let message = (0..<length).map { UInt8($0) }
        #expect(SHA256.hexDigest(of: message) == hex)
    }

    @Test("every byte value, from any collection of bytes")
    func everyByteValue() {
        // bytes(range(256)) * 3 in Python: 768 bytes, 12 full blocks plus a padding block.
        let message = [UInt8]((0..<768).map { UInt8($0 % 256) })
        let hex = "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363"
        #expect(SHA256.hexDigest(of: message) == hex)
        #expect(SHA256.hexDigest(of: message[...]) == hex, "an ArraySlice gives the same digest")
        #expect(SHA256.hexDigest(of: ContiguousArray(message)) == hex)
    }

    @Test("the raw digest is the 32 bytes the hex spells")
    func rawDigest() {
        let digest = SHA256.digest(of: Array("abc".utf8))
        #expect(digest.count == 32)
        // First and last four bytes of ba7816bf…f20015ad.
        #expect(Array(digest.prefix(4)) == [0xBA, 0x78, 0x16, 0xBF])
        #expect(Array(digest.suffix(4)) == [0xF2, 0x00, 0x15, 0xAD])
    }
}
