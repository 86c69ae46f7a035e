/// A fenced code block as written in a lesson file: its info string, its code and where it stands.
///
/// Found by scanning the text line by line (CommonMark's fence rules, simplified: a fence is three or
/// more backticks or tildes at the start of a line, indented at most three spaces, closed by a fence of
/// the same character at least as long), so that tools can see what cmark's tree does not keep: the
/// whole info string (`python no-run`) and exact line numbers.
public struct FencedBlock: Equatable, Sendable {
    /// The words after the opening fence: the language, then flags such as `no-run`.
    public let info: [String]
    /// The code, without the fences; lines joined by "\n", no trailing newline.
    public let code: String
    /// The 1-based line of the opening fence.
    public let line: Int
    /// The 1-based line of the closing fence (the last line of the text when the block is not closed).
    public let endLine: Int

    /// The language: the first word of the info string, if any.
    public var language: String? { info.first }

    /// Every fenced block of `text`, in order. Line numbers count from `firstLine`.
    public static func scan(_ text: String, firstLine: Int = 1) -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var open: (fence: Character, length: Int, info: [String], line: Int, body: [Substring])?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = firstLine + offset
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let fenceCharacter = rest.first
            let run = rest.prefix { $0 == fenceCharacter }.count
            let isFence = indent <= 3 && (fenceCharacter == "`" || fenceCharacter == "~") && run >= 3
            if var current = open {
                if isFence, fenceCharacter == current.fence, run >= current.length, rest.dropFirst(run).allSatisfy({ $0 == " " }) {
                    blocks.append(FencedBlock(info: current.info, code: current.body.joined(separator: "\n"), line: current.line, endLine: number))
                    open = nil
                } else {
                    current.body.append(line)
                    open = current
                }
            } else if isFence, let fenceCharacter {
                let info = rest.dropFirst(run).split(separator: " ").map(String.init)
                open = (fenceCharacter, run, info, number, [])
            }
        }
        if let current = open {
            blocks.append(FencedBlock(info: current.info, code: current.body.joined(separator: "\n"), line: current.line, endLine: firstLine + lines.count - 1))
        }
        return blocks
    }
}
