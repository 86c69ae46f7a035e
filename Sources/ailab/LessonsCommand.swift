import ArgumentParser
import Lab

/// `ailab lessons`: the course catalogue with your progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the course's stages and lessons with your progress.",
        discussion: "Each lesson is marked [x] done, [~] in progress or [ ] new; each stage shows done/total."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            print(try options.makeLab().lessonOverview().text, terminator: "")
        }
    }
}
