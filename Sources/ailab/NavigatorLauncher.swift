import App
import TerminalUI

/// Opens the full-screen course navigator for the current learner and runs it until they quit.
/// The terminal is restored before any error is reported.
func runNavigator(options: GlobalOptions) throws {
    let lab = try options.makeLab()
    let course = CourseContent(title: lab.config.title, catalog: try lab.catalog())
    let screen = try CursesScreen(colors: TerminalEnvironment.colorsWanted)
    defer { screen.close() }
    try NavigatorSession(lab: lab, course: course).run(on: screen)
}
