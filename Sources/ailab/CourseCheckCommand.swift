import ArgumentParser
import Foundation
import Grader
import Lab

/// `ailab course check`: validates a course folder end to end and lists every problem with its file and line.
struct CourseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a course folder end to end: settings, competitions, answer keys, lessons.",
        discussion: """
            Prints every problem as path:line: message, the path relative to the course
            folder, then how many there are. It checks:
              course.json       valid JSON; known keys (a misspelt key such as "deadlin"
                                is otherwise ignored); good values; non-empty instructor
                                names; competitions that have a grader/ folder
              competition.json  it loads; no unknown keys
              datasets/         test.csv and sample_submission.csv exist and read as CSV
              solution.csv      the ids of test.csv, each once; targets the metric can
                                score; Usage Public or Private; a public share within
                                0.02 of the spec's publicFraction
              sample            sample_submission.csv validates and scores
              lessons/          every lesson parses and passes the lesson checks
                                (quizzes, "Try it", links, lab: names)
            A problem that repeats in a file is counted, with its first few lines.
            Nothing printed is a value of an answer key: only ids, lines and counts.

            Examples:
              ailab course check
              ailab course check ~/courses/spring

            Exit status: 0 all is well; 1 problems were found; 3 the folder is not a
            course folder.
            """
    )

    @Argument(help: ArgumentHelp(
        "The course folder (default: the course ailab runs, AILAB_ROOT when it is set).", valueName: "folder"))
    var folder: String?

    func run() throws {
        try reportingFailures {
            let check = try CourseCheck.run(try courseRoot())
            print(check.text, terminator: "")
            if !check.isOK { throw ExitCode(ExitStatus.rejected) }
        }
    }

    /// The folder named on the command line, or the course root ailab finds as every command does (on a
    /// class install, the installed course; the answer keys are then readable only when root runs it).
    private func courseRoot() throws -> CourseRoot {
        if let folder { return CourseRoot(url: URL(fileURLWithPath: folder, isDirectory: true)) }
        if let install = ClassStartup.install { return try install.get().root }
        return try CourseRoot.locate(environment: ProcessInfo.processInfo.environment, executablePath: ClassStartup.executablePath)
    }
}
