import Foundation
import Grader
import Lab
import MiniML
import Store
import TerminalUI

/// The lab's screens, opened over the lessons with `c`: the list of competitions, and over it one page
/// at a time (the dataset explorer, training, submitting, the leaderboard, the final submissions). Data comes in as `LabEvent`s
/// answering the effects that asked for it, so the state stays a plain value.
public struct LabState: Sendable {
    /// The competitions, once loaded.
    public internal(set) var competitions: [CompetitionEntry] = []
    /// The list's selection and scroll.
    var list: ScrollState
    /// The id of the competition to select once the list arrives (a lesson's lab).
    var preferred: String?
    /// The page open over the list, if any.
    public internal(set) var page: LabPage?
    /// Whether the list is still being loaded.
    public internal(set) var isLoading = true
    /// The submission file written by the last training, per competition: what `s` offers first.
    var trainedFiles: [String: String] = [:]

    init(preferred: String?, viewport: Int) {
        self.preferred = preferred
        list = ScrollState(count: 0, viewport: viewport)
    }

    /// The competition selected in the list.
    var selected: CompetitionEntry? {
        list.selected.flatMap { competitions.indices.contains($0) ? competitions[$0] : nil }
    }
}

/// A competition with what its screen shows beyond the learner's standing.
public struct CompetitionEntry: Sendable {
    /// The rules and the learner's standing.
    public let status: CompetitionStatus
    /// The public files and their sizes in bytes.
    public let files: [(name: String, bytes: Int)]
    /// The models that fit it, the default first.
    public let models: [any ModelDescribing]

    /// An entry from its parts.
    public init(status: CompetitionStatus, files: [(name: String, bytes: Int)], models: [any ModelDescribing]) {
        self.status = status
        self.files = files
        self.models = models
    }

    /// The competition's id.
    public var id: String { status.competition.id }
}

/// A page of the lab.
public enum LabPage: Sendable {
    case explorer(ExplorerState)
    case train(TrainState)
    case submit(SubmitState)
    case leaderboard(LeaderboardState)
    case final(FinalState)
}

/// What the loop reports back to the lab: the answers to its effects.
public enum LabEvent: Sendable {
    /// The competitions, for the list.
    case competitions([CompetitionEntry])
    /// A data file read and profiled, for the explorer.
    case dataset(DatasetProfile)
    /// Training has got this far.
    case trainingProgress(TrainingProgress)
    /// Training finished and wrote its submission file.
    case trainingFinished(TrainingReport)
    /// Training stopped because the learner cancelled it.
    case trainingCancelled
    /// A folder's entries, for the file picker.
    case folder(path: String, entries: [FolderEntry])
    /// A submission was scored.
    case submitted(SubmitReceipt)
    /// A submission was rejected (`SubmissionRejection`) or refused (`LabError`): every problem, as lines.
    case submissionRefused([String])
    /// The leaderboard, for its page.
    case leaderboard(LeaderboardData)
    /// The learner's final selection, loaded or just saved.
    case finalSelection(FinalSelection)
    /// An operation failed; the message says what and why.
    case failed(String)
}

/// One entry of a folder in the file picker.
public struct FolderEntry: Equatable, Sendable {
    /// The entry's name.
    public let name: String
    /// Whether it is a folder.
    public let isFolder: Bool
    /// Its size in bytes (files).
    public let bytes: Int

    /// An entry from its parts.
    public init(name: String, isFolder: Bool, bytes: Int) {
        self.name = name
        self.isFolder = isFolder
        self.bytes = bytes
    }
}

/// What the leaderboard page shows.
public struct LeaderboardData: Sendable {
    /// The public ranking.
    public let publicReport: LeaderboardReport
    /// Private scores by login, when the learner may see them (instructors, or after the deadline).
    public let privateScores: [String: Double]?
    /// The learner's scored submissions, oldest first: their public scores make the sparkline.
    public let history: [Submission]

    /// Leaderboard data from its parts.
    public init(publicReport: LeaderboardReport, privateScores: [String: Double]?, history: [Submission]) {
        self.publicReport = publicReport
        self.privateScores = privateScores
        self.history = history
    }
}

/// "12 KB", "1.4 MB": a file size for people.
func byteText(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
    return String(format: "%.1f MB", Double(bytes) / 1_048_576)
}
