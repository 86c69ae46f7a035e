import Foundation
import GRDB

extension Store {
    /// Makes `submissionIDs` the learner's final selection for `competition`, replacing any earlier one, in one
    /// IMMEDIATE transaction; an empty list clears it (the best public scores count again).
    ///
    /// Only the learner's own on-time ('scored') submissions to that competition can be chosen: when any id is
    /// not one of them, nothing changes and ``StoreError/notSelectable(ids:)`` lists those ids.
    public func selectFinal(login: String, competition: String, submissionIDs: Set<Int64>) throws {
        try writer.write { db in
            guard let userID = try User.id(login: login, in: db) else {
                if !submissionIDs.isEmpty { throw StoreError.notSelectable(ids: submissionIDs.sorted()) }
                return
            }
            let own = Submission.all().filter(userID: userID).filter(competition: competition)
            let selectable = Set(try own
                .filter(Submission.Columns.status == SubmissionStatus.scored)
                .filter(keys: submissionIDs)
                .select(Submission.Columns.id, as: Int64.self)
                .fetchAll(db))
            guard selectable == submissionIDs else {
                throw StoreError.notSelectable(ids: submissionIDs.subtracting(selectable).sorted())
            }
            try own.updateAll(db, Submission.Columns.selected.set(to: false))
            try own.filter(keys: submissionIDs).updateAll(db, Submission.Columns.selected.set(to: true))
        }
    }
}
