import Foundation

/// Where the SQLite database lives on a learner's own copy (a class install always uses its own).
public enum DatabaseLocation {
    /// The database path: `--db` when given, else `AILAB_DB`, else the course's `database` (course.json),
    /// else `$XDG_DATA_HOME/ailab/ailab.sqlite`, else `~/.local/share/ailab/ailab.sqlite` (the XDG
    /// base-directory default).
    public static func resolve(flag: String?, environment: [String: String], configured: String?, home: String) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnvironment = environment["AILAB_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let configured { return configured }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return dataHome + "/ailab/ailab.sqlite"
    }
}
