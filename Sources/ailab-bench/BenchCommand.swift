import ArgumentParser

/// The `ailab-bench` executable: benchmarks that print ailab's numbers beside a reference's.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ailab-bench",
        abstract: "Benchmarks that print ailab's numbers beside a reference implementation's.",
        discussion: """
            Each subcommand measures one part of ailab and, in the same run, a well-known \
            reference doing the same work, so the ratio holds on whatever machine runs it. \
            Build in release first: swift build -c release --product ailab-bench.
            """,
        subcommands: [CSVBenchmark.self, ModelsBenchmark.self, TextBenchmark.self, RatingsBenchmark.self, NavigatorBenchmark.self]
    )
}
