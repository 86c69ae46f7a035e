import Foundation
import Grader
import Lab

extension NavigatorSession {
    /// Starts the background work a lab effect asks for; its answers arrive through `jobs`.
    func performLab(_ effect: Effect, jobs: LabJobs) {
        let lab = self.lab
        switch effect {
        case .loadCompetitions:
            jobs.start { post in
                post(Self.answer(failure: "Could not load the competitions") {
                    .competitions(try lab.competitionStatuses().map { status in
                        CompetitionEntry(
                            status: status, files: Self.dataFiles(in: status.competition.datasetDirectory),
                            models: try lab.models(for: status.competition.id))
                    })
                })
            }
        case .loadDataset(let competitionID, let file):
            jobs.start { post in
                post(Self.answer(failure: "Could not read \(file.fileName)") {
                    .dataset(try lab.profile(competitionID: competitionID, file: file))
                })
            }
        case .startTraining(let competitionID, let model, let parameters, let folds, let outputPath):
            jobs.startCancellable { post, checkCancelled in
                do {
                    let report = try lab.train(
                        competitionID: competitionID,
                        options: TrainingOptions(model: model, parameters: parameters, folds: folds, outputPath: outputPath),
                        progress: { progress in
                            try checkCancelled()
                            post(.trainingProgress(progress))
                        })
                    post(.trainingFinished(report))
                } catch is CancellationError {
                    post(.trainingCancelled)
                } catch {
                    post(.failed("Training failed: \(error)"))
                }
            }
        case .cancelTraining:
            jobs.cancel()
        case .listFolder(let path):
            jobs.start { post in
                post(Self.answer(failure: "Could not list \(path)") {
                    .folder(path: path, entries: try Self.entries(of: path))
                })
            }
        case .submit(let competitionID, let path):
            jobs.start { post in
                do {
                    post(.submitted(try lab.submit(competitionID: competitionID, filePath: path, message: "from the lab screen")))
                } catch let rejection as SubmissionRejection {
                    post(.submissionRefused(rejection.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
                } catch let refusal as LabError {
                    post(.submissionRefused([refusal.description]))
                } catch {
                    post(.submissionRefused(["\(path) could not be submitted: \(error)"]))
                }
            }
        case .loadLeaderboard(let competitionID):
            jobs.start { post in
                post(Self.answer(failure: "Could not load the leaderboard") {
                    let report = try lab.leaderboard(competitionID: competitionID, kind: .public)
                    var privateScores: [String: Double]?
                    if lab.maySeePrivateScores(of: report.competition) {
                        let rows = try lab.leaderboard(competitionID: competitionID, kind: .private).rows
                        privateScores = Dictionary(rows.map { ($0.login, $0.score) }, uniquingKeysWith: { first, _ in first })
                    }
                    let history = try lab.history(competitionID: competitionID).filter { $0.status == .scored }
                    return .leaderboard(LeaderboardData(publicReport: report, privateScores: privateScores, history: history))
                })
            }
        case .loadFinalSelection(let competitionID):
            jobs.start { post in
                post(Self.answer(failure: "Could not load your submissions") {
                    .finalSelection(try lab.finalSelection(competitionID: competitionID))
                })
            }
        case .saveFinalSelection(let competitionID, let submissionIDs):
            jobs.start { post in
                post(Self.answer(failure: "Your choice was not saved") {
                    .finalSelection(try lab.select(competitionID: competitionID, submissionIDs: submissionIDs))
                })
            }
        case .saveProgress, .recordAnswer:
            break
        }
    }

    /// `work`'s event, or `.failed` saying `failure` and the error.
    private static func answer(failure: String, _ work: () throws -> LabEvent) -> LabEvent {
        do { return try work() } catch { return .failed("\(failure): \(error)") }
    }

    /// The CSV files of a dataset folder with their sizes, by name.
    private static func dataFiles(in folder: URL) -> [(name: String, bytes: Int)] {
        ((try? entries(of: folder.path)) ?? []).filter { !$0.isFolder && $0.name.hasSuffix(".csv") }.map { ($0.name, $0.bytes) }
    }

    /// A folder's entries, by name.
    private static func entries(of path: String) throws -> [FolderEntry] {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        let keys: [URLResourceKey] = [.isDirectoryKey, .fileSizeKey]
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: keys)
            .map { item in
                let values = try? item.resourceValues(forKeys: Set(keys))
                return FolderEntry(name: item.lastPathComponent, isFolder: values?.isDirectory ?? false, bytes: values?.fileSize ?? 0)
            }
            .sorted { $0.name < $1.name }
    }
}
