/// A set of items that occurs in at least `min_support` of the transactions.
public struct FrequentItemset: Equatable, Sendable {
    /// The items, in ascending order.
    public let items: [String]
    /// The share of transactions that contain every item, in (0, 1].
    public let support: Double
}

/// An association rule "antecedent ⇒ consequent": transactions holding the antecedent tend to hold the
/// consequent too.
public struct AssociationRule: Equatable, Sendable {
    /// The items on the left, ascending.
    public let antecedent: [String]
    /// The items on the right, ascending; disjoint from the antecedent.
    public let consequent: [String]
    /// The share of transactions holding both sides.
    public let support: Double
    /// support(antecedent ∪ consequent) / support(antecedent): how often the rule holds when it applies.
    public let confidence: Double
    /// confidence / support(consequent): above 1, the sides occur together more than chance would have them.
    public let lift: Double
}

/// Frequent itemsets and association rules by the Apriori algorithm (Agrawal & Srikant, "Fast
/// Algorithms for Mining Association Rules", VLDB 1994).
///
/// Level by level, candidates of k + 1 items are made by joining frequent k-itemsets that share their
/// first k − 1 items, pruned when any of their k-item subsets is not frequent (the Apriori property),
/// and counted. Counting uses one bit per transaction (the vertical layout of Zaki's Eclat): a
/// candidate's transactions are the AND of its two parents' bit sets. Every frequent itemset of two or
/// more items then gives one rule per non-empty proper subset taken as the antecedent, kept when its
/// confidence is at least `min_confidence`.
///
/// Hyperparameters (mlxtend's names): `min_support` (0.5, a share of transactions in (0, 1]),
/// `min_confidence` (0.8, in [0, 1]), `max_len` (nil: no limit on itemset size).
/// - Complexity: O(candidates · transactions / 64) for counting, plus O(k) per subset check; rules
///   O(2^k) per itemset of k items.
public struct Apriori: Sendable {
    /// The smallest share of transactions a frequent itemset occurs in (`min_support`).
    public let minSupport: Double
    /// The smallest confidence of a kept rule (`min_confidence`).
    public let minConfidence: Double
    /// The largest itemset size (`max_len`); nil for no limit.
    public let maxLength: Int?

    /// The frequent itemsets, by size, then by items; empty until `fit`.
    public private(set) var frequentItemsets: [FrequentItemset] = []
    /// The rules, by lift, then confidence, then support, all descending, then by items; empty until `fit`.
    public private(set) var rules: [AssociationRule] = []

    /// An unfitted miner; hyperparameters are checked by `fit`.
    public init(minSupport: Double = 0.5, minConfidence: Double = 0.8, maxLength: Int? = nil) {
        self.minSupport = minSupport
        self.minConfidence = minConfidence
        self.maxLength = maxLength
    }

    /// Mines `transactions`; an item repeated within a transaction counts once.
    /// - Throws: `MiniMLError.emptyInput` for no transactions; `.invalidParameter` for a support
    ///   outside (0, 1], a confidence outside [0, 1] or a `max_len` below 1.
    /// - Complexity: see the type.
    public mutating func fit(_ transactions: [[String]]) throws {
        guard !transactions.isEmpty else { throw MiniMLError.emptyInput }
        guard minSupport > 0, minSupport <= 1 else {
            throw MiniMLError.invalidParameter(name: "min_support", reason: "must be in (0, 1], not \(minSupport)")
        }
        guard minConfidence >= 0, minConfidence <= 1 else {
            throw MiniMLError.invalidParameter(name: "min_confidence", reason: "must be in [0, 1], not \(minConfidence)")
        }
        if let maxLength, maxLength < 1 {
            throw MiniMLError.invalidParameter(name: "max_len", reason: "must be at least 1, not \(maxLength)")
        }
        // Items become ascending integer ids, so itemsets are sorted id arrays; each itemset carries the
        // set of transactions holding it, one bit per transaction.
        let names = Array(Set(transactions.joined())).sorted()
        let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let words = (transactions.count + 63) / 64
        var itemBits = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: names.count)
        for (t, transaction) in transactions.enumerated() {
            for item in transaction { itemBits[ids[item]!][t >> 6] |= 1 << UInt64(t & 63) }
        }
        let total = Double(transactions.count)
        // A tiny allowance so that a support of exactly min_support survives rounding of minSupport × n.
        let needed = minSupport * total * (1 - 1e-12)

        var supports: [[Int]: Double] = [:]
        var level = names.indices.map { Candidate(items: [$0], transactions: itemBits[$0]) }
        var found: [[Int]] = []
        while !level.isEmpty {
            let frequent = level.filter { Double($0.count) >= needed }
            for itemset in frequent { supports[itemset.items] = Double(itemset.count) / total }
            found += frequent.map(\.items)
            if let maxLength, level[0].items.count >= maxLength { break }
            level = Self.candidates(extending: frequent)
        }
        frequentItemsets = found.map { FrequentItemset(items: $0.map { names[$0] }, support: supports[$0]!) }
        rules = Self.rules(from: found, supports: supports, minConfidence: minConfidence, names: names)
    }

    /// An itemset and the transactions holding it, as a bit set.
    private struct Candidate {
        let items: [Int]
        let transactions: [UInt64]
        /// The number of transactions holding the itemset.
        var count: Int { transactions.reduce(0) { $0 + $1.nonzeroBitCount } }
    }

    /// Itemsets of k + 1 ids from frequent k-itemsets in ascending order: joins of two sharing their
    /// first k − 1 ids, kept when every k-subset is frequent; the transactions holding a join are those
    /// holding both parts.
    private static func candidates(extending frequent: [Candidate]) -> [Candidate] {
        let known = Set(frequent.map(\.items))
        var result: [Candidate] = []
        for (i, first) in frequent.enumerated() {
            // Sorted itemsets sharing a prefix are adjacent.
            for second in frequent[(i + 1)...] {
                guard first.items.dropLast() == second.items.dropLast() else { break }
                let joined = first.items + [second.items.last!]
                let allSubsetsFrequent = joined.indices.dropLast(2).allSatisfy { drop in
                    known.contains(joined.enumerated().filter { $0.offset != drop }.map(\.element))
                }
                guard allSubsetsFrequent else { continue }
                result.append(Candidate(items: joined, transactions: zip(first.transactions, second.transactions).map { $0 & $1 }))
            }
        }
        return result
    }

    /// The rules of every itemset of two or more ids whose confidence is at least `minConfidence`.
    private static func rules(from itemsets: [[Int]], supports: [[Int]: Double], minConfidence: Double, names: [String]) -> [AssociationRule] {
        var rules: [AssociationRule] = []
        for itemset in itemsets where itemset.count >= 2 {
            let support = supports[itemset]!
            // Every bit mask but none and all picks an antecedent; subsets of a frequent set are frequent.
            for mask in 1..<((1 << itemset.count) - 1) {
                let antecedent = itemset.indices.filter { mask & (1 << $0) != 0 }.map { itemset[$0] }
                let consequent = itemset.indices.filter { mask & (1 << $0) == 0 }.map { itemset[$0] }
                let confidence = support / supports[antecedent]!
                guard confidence >= minConfidence * (1 - 1e-12) else { continue }
                rules.append(AssociationRule(
                    antecedent: antecedent.map { names[$0] }, consequent: consequent.map { names[$0] },
                    support: support, confidence: confidence, lift: confidence / supports[consequent]!))
            }
        }
        return rules.sorted {
            if $0.lift != $1.lift { return $0.lift > $1.lift }
            if $0.confidence != $1.confidence { return $0.confidence > $1.confidence }
            if $0.support != $1.support { return $0.support > $1.support }
            return ($0.antecedent + ["⇒"] + $0.consequent).lexicographicallyPrecedes($1.antecedent + ["⇒"] + $1.consequent)
        }
    }
}
