/// Ratings as (user, item, value) rows, with users and items numbered densely for the models.
///
/// Users and items keep their raw ids (the strings of the data file) and get indices `0..<userCount`
/// and `0..<itemCount` in order of first appearance, as Surprise's `Trainset` numbers them. Every
/// value lies on the rating scale, and each (user, item) pair occurs once.
///
/// ## Topics
/// ### Creating
/// - ``init(users:items:ratings:scale:)``
/// - ``selecting(rows:)``
/// ### Looking up
/// - ``userIndex``
/// - ``itemIndex``
/// - ``userIDs``
/// - ``itemIDs``
public struct RatingData: Sendable {
    /// The lowest and highest possible rating: predictions are clipped to it.
    public let scale: ClosedRange<Double>
    /// Raw user ids, by index.
    public let userIDs: [String]
    /// Raw item ids, by index.
    public let itemIDs: [String]
    /// The index of each raw user id.
    public let userIndex: [String: Int]
    /// The index of each raw item id.
    public let itemIndex: [String: Int]
    /// The user index of each rating row.
    public let users: [Int]
    /// The item index of each rating row.
    public let items: [Int]
    /// The value of each rating row.
    public let values: [Double]

    /// Ratings from parallel columns of raw ids and values.
    /// - Throws: `MiniMLError.shapeMismatch` when the columns differ in length; `MiniMLError.emptyInput`
    ///   when there is no rating; `MiniMLError.invalidParameter` for an empty or non-finite scale;
    ///   `MiniMLError.invalidInput` for a value off the scale or a (user, item) pair rated twice,
    ///   naming the row (0-based).
    /// - Complexity: O(n) expected, for n ratings.
    public init(users: [String], items: [String], ratings: [Double], scale: ClosedRange<Double>) throws(MiniMLError) {
        guard users.count == items.count, users.count == ratings.count else {
            throw .shapeMismatch("\(users.count) users, \(items.count) items and \(ratings.count) ratings")
        }
        guard !ratings.isEmpty else { throw .emptyInput }
        guard scale.lowerBound.isFinite, scale.upperBound.isFinite, scale.lowerBound < scale.upperBound else {
            throw .invalidParameter(name: "scale", reason: "must run from a lower to a higher finite rating, not \(scale)")
        }
        if let bad = ratings.firstIndex(where: { !scale.contains($0) }) {
            throw .invalidInput("rating \(ratings[bad]) at row \(bad) is outside the scale \(scale.lowerBound)…\(scale.upperBound)")
        }
        let (userIDs, userIndex, userColumn) = Self.number(users)
        let (itemIDs, itemIndex, itemColumn) = Self.number(items)
        var firstRow: [Int: Int] = [:]
        firstRow.reserveCapacity(ratings.count)
        for row in ratings.indices {
            let pair = userColumn[row] &* itemIDs.count &+ itemColumn[row]
            if let earlier = firstRow.updateValue(row, forKey: pair) {
                throw .invalidInput("user \(users[row]) rated item \(items[row]) twice (rows \(earlier) and \(row))")
            }
        }
        self.init(scale: scale, userIDs: userIDs, itemIDs: itemIDs, userIndex: userIndex, itemIndex: itemIndex,
                  users: userColumn, items: itemColumn, values: ratings)
    }

    private init(
        scale: ClosedRange<Double>, userIDs: [String], itemIDs: [String], userIndex: [String: Int], itemIndex: [String: Int],
        users: [Int], items: [Int], values: [Double]
    ) {
        self.scale = scale
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        self.userIndex = userIndex
        self.itemIndex = itemIndex
        self.users = users
        self.items = items
        self.values = values
    }

    /// The number of ratings.
    public var count: Int { values.count }
    /// The number of distinct users.
    public var userCount: Int { userIDs.count }
    /// The number of distinct items.
    public var itemCount: Int { itemIDs.count }

    /// The mean of all ratings.
    public var mean: Double {
        var sum = CompensatedSum()
        for value in values { sum.add(value) }
        return sum.value / Double(count)
    }

    /// The ratings of the given rows, in that order, renumbered: users and items that appear in no
    /// selected row are unknown to the result (what a cross-validation fold trains on).
    /// - Precondition: `rows` is not empty and every row is in `0..<count`.
    /// - Complexity: O(rows.count) expected.
    public func selecting(rows: [Int]) -> RatingData {
        precondition(!rows.isEmpty, "a rating selection needs at least one row")
        let (userIDs, userIndex, users) = Self.number(rows.map { self.userIDs[self.users[$0]] })
        let (itemIDs, itemIndex, items) = Self.number(rows.map { self.itemIDs[self.items[$0]] })
        return RatingData(
            scale: scale, userIDs: userIDs, itemIDs: itemIDs, userIndex: userIndex, itemIndex: itemIndex,
            users: users, items: items, values: rows.map { values[$0] })
    }

    /// `value` clipped to the scale.
    public func clipped(_ value: Double) -> Double {
        min(max(value, scale.lowerBound), scale.upperBound)
    }

    /// The rows of each user, in row order.
    var rowsByUser: RatingGroups { RatingGroups(keys: users, keyCount: userCount) }
    /// The rows of each item, in row order.
    var rowsByItem: RatingGroups { RatingGroups(keys: items, keyCount: itemCount) }

    /// Distinct values in order of first appearance, their positions, and each value's position.
    private static func number(_ ids: [String]) -> ([String], [String: Int], [Int]) {
        var distinct: [String] = []
        var index: [String: Int] = [:]
        let column = ids.map { id in
            if let known = index[id] { return known }
            index[id] = distinct.count
            distinct.append(id)
            return distinct.count - 1
        }
        return (distinct, index, column)
    }
}

/// Rating rows grouped by user or by item, in compressed form: the rows of key `k` are
/// `rows[offsets[k] ..< offsets[k + 1]]`, in ascending row order.
struct RatingGroups: Sendable {
    /// Where each key's rows start; `keyCount + 1` entries.
    let offsets: [Int]
    /// The rows, key by key.
    let rows: [Int]

    /// Groups rows `0..<keys.count` by `keys[row]` (a counting sort).
    /// - Complexity: O(keys.count + keyCount).
    init(keys: [Int], keyCount: Int) {
        var offsets = [Int](repeating: 0, count: keyCount + 1)
        for key in keys { offsets[key + 1] += 1 }
        for key in 0..<keyCount { offsets[key + 1] += offsets[key] }
        var next = offsets
        var rows = [Int](repeating: 0, count: keys.count)
        for (row, key) in keys.enumerated() {
            rows[next[key]] = row
            next[key] += 1
        }
        self.offsets = offsets
        self.rows = rows
    }

    /// The rows of `key`.
    func rows(of key: Int) -> ArraySlice<Int> {
        rows[offsets[key]..<offsets[key + 1]]
    }

    /// How many rows `key` has.
    func count(of key: Int) -> Int {
        offsets[key + 1] - offsets[key]
    }
}
