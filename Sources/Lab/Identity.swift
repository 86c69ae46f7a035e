import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is using ailab: the operating system's login name for the real user id.
public enum Identity {
    /// The login name of the real user id (not `$USER`, which anyone can set); falls back to
    /// `$USER` only when the user database has no entry for the id, and to "uid<N>" after that.
    public static func currentLogin(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "uid\(uid)"
    }

    /// The home folder of the real user id, for the default database path.
    public static func homeDirectory() -> String {
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return NSHomeDirectory()
    }
}
