extension CourseCheck {
    /// What `ailab course check` prints: when all is well one summary line, "Course OK: 3 competitions,
    /// 56 lessons in 11 stages, 2 instructors."; otherwise each problem as `path:line: message` and a
    /// last line "5 problems in 3 files."
    public var text: String {
        guard !isOK else {
            return "Course OK: \(counted(competitionCount, "competition")), \(counted(lessonCount, "lesson")) in "
                + "\(counted(stageCount, "stage")), \(counted(instructorCount, "instructor")).\n"
        }
        let lines = problems.map(\.description) + ["\(counted(problems.count, "problem")) in \(counted(fileCount, "file"))."]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// "1 file", "3 files".
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
