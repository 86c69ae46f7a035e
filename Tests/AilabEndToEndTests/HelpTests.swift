import AilabTestSupport
import Foundation
import Testing

@Suite("Help")
struct HelpTests {
    @Test("every command answers --help with its usage and exit status 0", arguments: [
        ([], "SUBCOMMANDS"), (["submit"], "<competition> <file>"), (["submissions"], "[<competition>]"),
        (["competitions"], "--db <path>"), (["leaderboard"], "--format <format>"), (["lessons"], "[x] done"),
        (["models"], "Models come in kinds"), (["train"], "--model <model>"), (["read"], "<lesson-id>"),
        (["progress"], "right at the first try"), (["analyze"], "SUBCOMMANDS"), (["analyze", "rules"], "--min-support"),
        (["explore"], "--column <column>"), (["select"], "[<submission-id> ...]"), (["roster"], "--format <format>"),
    ])
    func help(command: [String], expected: String) throws {
        let result = try run(ailabBinaryURL(), command + ["--help"], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: ailab"))
        #expect(result.stdout.contains(expected))
    }

    @Test("ailab with no arguments and no terminal (piped) prints the help, including exit statuses and environment")
    func bare() throws {
        let result = try run(ailabBinaryURL(), [], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("AILAB_ROOT"))
        #expect(result.stdout.contains("Exit status: 0 success; 1"))
        #expect(result.stdout.contains("NO_COLOR"))
    }

    @Test("a wrong option is a usage error (64) naming the option")
    func usage() throws {
        let result = try run(ailabBinaryURL(), ["leaderboard", "toy", "--format", "xml"], environment: [:])
        #expect(result.status == 64)
        #expect(result.stderr.contains("xml"))
    }
}
