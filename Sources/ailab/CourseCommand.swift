import ArgumentParser

/// `ailab course`: tools for the instructor who runs a course.
struct CourseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Tools for instructors: check a course folder before a class.",
        discussion: """
            A course folder holds course.json, grader/<competition>/ (competition.json and the hidden \
            solution.csv), datasets/<competition>/ (the public files) and lessons/. grader/README.md \
            describes the formats.

            Examples:
              ailab course check
              ailab course check ~/courses/spring
            """,
        subcommands: [CourseCheckCommand.self]
    )
}
