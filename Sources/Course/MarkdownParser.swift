import CCmarkGFM

/// Parses markdown (CommonMark with GitHub's tables, strikethrough and autolinks) into a `Document`,
/// through cmark-gfm. ```` ```quiz ```` fences become `Block.quiz`.
public enum MarkdownParser {
    /// Registers cmark-gfm's core extensions, once per process.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Parses `markdown`. Line numbers in errors are the text's own plus `lineOffset` (the lines that
    /// came before it in the file, such as front matter).
    /// Throws `SourceError` for a malformed quiz or a quiz id used twice.
    public static func parse(_ markdown: String, lineOffset: Int = 0) throws -> Document {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            fatalError("cmark_parser_new failed: out of memory")
        }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let source = markdown.replacingCRLF()
        source.withCString { cmark_parser_feed(parser, $0, source.utf8.count) }
        guard let root = cmark_parser_finish(parser) else {
            fatalError("cmark_parser_finish failed: out of memory")
        }
        defer { cmark_node_free(root) }

        var converter = Converter(lineOffset: lineOffset)
        var blocks: [Block] = []
        var sourceLines: [Int] = []
        for node in converter.children(of: root) {
            // A node we do not model may give several blocks (or none); they all start on its line.
            let converted = try converter.block(node)
            blocks += converted
            sourceLines += Array(repeating: Int(cmark_node_get_start_line(node)) + lineOffset, count: converted.count)
        }
        return Document(blocks: blocks, sourceLines: sourceLines)
    }
}

/// Turns a cmark node tree into our values, checking quizzes on the way.
private struct Converter {
    let lineOffset: Int
    /// Quiz ids seen so far, with the line of their fence.
    var quizLines: [String: Int] = [:]

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }

    mutating func blocks(in parent: OpaquePointer) throws -> [Block] {
        var result: [Block] = []
        for node in children(of: parent) {
            result += try block(node)
        }
        return result
    }

    mutating func block(_ node: OpaquePointer) throws -> [Block] {
        switch typeName(node) {
        case "heading":
            return [.heading(level: Int(cmark_node_get_heading_level(node)), inlines(in: node))]
        case "paragraph":
            return [.paragraph(inlines(in: node))]
        case "code_block":
            let info = string(cmark_node_get_fence_info(node))
            let language = info.split(separator: " ", maxSplits: 1).first.map(String.init)
            let code = literal(node)
            if language == "quiz" {
                let fenceLine = Int(cmark_node_get_start_line(node)) + lineOffset
                let quiz = try Quiz.parse(code, firstLine: fenceLine + 1)
                if let earlier = quizLines[quiz.id] {
                    throw SourceError(line: fenceLine, message: "quiz id '\(quiz.id)' is already used by the quiz at line \(earlier)")
                }
                quizLines[quiz.id] = fenceLine
                return [.quiz(quiz)]
            }
            return [.codeBlock(language: language, code: code.droppingFinalNewline())]
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let start = ordered ? Int(cmark_node_get_list_start(node)) : 1
            var items: [[Block]] = []
            for item in children(of: node) {
                items.append(try blocks(in: item))
            }
            return [.list(ordered: ordered, start: start, items: items)]
        case "block_quote":
            return [.blockQuote(try blocks(in: node))]
        case "thematic_break":
            return [.rule]
        case "html_block":
            return [.paragraph([.text(literal(node).droppingFinalNewline())])]
        case "table":
            var header: [[Inline]] = []
            var rows: [[[Inline]]] = []
            for row in children(of: node) {
                let cells = children(of: row).map { inlines(in: $0) }
                if typeName(row) == "table_header" { header = cells } else { rows.append(cells) }
            }
            return [.table(header: header, rows: rows, alignments: alignments(of: node))]
        default:
            // Blocks we do not model (none with our extensions): keep their content.
            return try blocks(in: node)
        }
    }

    /// The alignment of each column of a table node, from cmark-gfm's 'l', 'c', 'r' or 0 per column.
    func alignments(of table: OpaquePointer) -> [TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(table))
        guard let codes = cmark_gfm_extensions_get_table_alignments(table) else {
            return Array(repeating: .none, count: count)
        }
        return (0..<count).map { column in
            switch UnicodeScalar(codes[column]) {
            case "l": return .left
            case "c": return .center
            case "r": return .right
            default: return .none
            }
        }
    }

    func inlines(in parent: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        for node in children(of: parent) {
            for inline in self.inline(node) {
                // cmark splits text at some punctuation; join neighbouring pieces.
                if case .text(let more) = inline, case .text(let text)? = result.last {
                    result[result.count - 1] = .text(text + more)
                } else {
                    result.append(inline)
                }
            }
        }
        return result
    }

    func inline(_ node: OpaquePointer) -> [Inline] {
        switch typeName(node) {
        case "text", "html_inline": return [.text(literal(node))]
        case "emph": return [.emphasis(inlines(in: node))]
        case "strong": return [.strong(inlines(in: node))]
        case "code": return [.code(literal(node))]
        case "link", "image": return [.link(url: string(cmark_node_get_url(node)), inlines(in: node))]
        case "strikethrough": return [.strikethrough(inlines(in: node))]
        case "linebreak": return [.lineBreak]
        case "softbreak": return [.softBreak]
        default: return inlines(in: node)
        }
    }

    func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension String {
    /// The text with Windows line endings turned into `\n`.
    func replacingCRLF() -> String {
        guard utf8.contains(UInt8(ascii: "\r")) else { return self }  // bytes: no Foundation string search
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }

    /// The text without one trailing newline.
    func droppingFinalNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
