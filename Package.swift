// swift-tools-version: 6.1
// GRDB.swift 7 needs tools version 6.1; every target builds in the Swift 6 language mode.
import PackageDescription

let package = Package(
    name: "ailab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ailab", targets: ["ailab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Tables, CSV and metrics. Pure Swift: no UI, no I/O beyond reading CSV.
        .target(name: "MiniML"),
        // Competition specs, answer keys, submission validation, scoring and ranking.
        .target(name: "Grader", dependencies: ["MiniML"]),
        // The SQLite store: schema, numbered migrations, records and their queries.
        // GRDBSQLite gives the C API for the one file control GRDB does not wrap (persistent WAL, see Store+Shared).
        .target(name: "Store", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // GitHub's cmark-gfm markdown parser, through Debian's packages (scripts/install-deps.sh installs them).
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // The course as data: lesson files, front matter, quizzes, and markdown parsed into our own document model.
        .target(name: "Course", dependencies: ["CCmarkGFM"]),
        // ncursesw through Debian's package (module map plus a shim for the macros Swift cannot import).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // Terminal drawing: cell widths, frames, text wrapping, widgets, input events, and two screens that
        // show frames: the ncursesw one and an in-memory one for tests.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // Use cases shared by the command line and the TUI: submit, history, leaderboards, exports.
        .target(name: "Lab", dependencies: ["Grader", "Store", "Course"]),
        // The full-screen course navigator as pure state, update and view, the markdown renderer, and the thin
        // loop that connects them to a screen and the store.
        .target(name: "App", dependencies: ["Course", "TerminalUI", "Store", "Lab", "Grader", "MiniML"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "ailab",
            dependencies: ["App", "Lab", "TerminalUI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmarks that print our numbers beside a reference implementation's (not run by the tests).
        .executableTarget(
            name: "ailab-bench",
            dependencies: ["App", "Lab", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Fixtures shared by the test targets: temporary course folders, running the built binary.
        .target(name: "AilabTestSupport", path: "Tests/AilabTestSupport"),

        .testTarget(name: "MiniMLTests", dependencies: ["MiniML"]),
        .testTarget(name: "GraderTests", dependencies: ["Grader"]),
        .testTarget(name: "StoreTests", dependencies: ["Store"]),
        .testTarget(name: "CourseTests", dependencies: ["Course"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "AppTests", dependencies: ["App", "AilabTestSupport"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "AilabTestSupport"]),
        // Runs the built `ailab` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "AilabEndToEndTests", dependencies: ["ailab", "AilabTestSupport", "Store"]),
        // A tiny program on a CursesScreen that CursesScreenTests drive in tmux (test only, no product).
        .executableTarget(name: "curses-probe", dependencies: ["TerminalUI"], path: "Tests/CursesProbe"),
        // End-to-end tests of CursesScreen: curses-probe in a private tmux server.
        .testTarget(name: "CursesScreenTests", dependencies: ["curses-probe", "AilabTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
