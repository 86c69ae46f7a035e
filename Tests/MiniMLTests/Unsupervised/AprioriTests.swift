import MiniML
import Testing

@Suite("Unsupervised: Apriori")
struct AprioriTests {
    // The textbook basket of Han, Kamber & Pei, *Data Mining: Concepts and Techniques* (3rd ed.),
    // Table 6.1, mined with a minimum support count of 2 of 9 transactions. Counted by hand:
    //   I1 6, I2 7, I3 6, I4 2, I5 2;
    //   {I1,I2} 4, {I1,I3} 4, {I1,I5} 2, {I2,I3} 4, {I2,I4} 2, {I2,I5} 2 (the other pairs: 0 or 1);
    //   {I1,I2,I3} 2, {I1,I2,I5} 2 ({I1,I3,I5} and {I2,I3,I5} are pruned: {I3,I5} is not frequent).
    let transactions = [
        ["I1", "I2", "I5"], ["I2", "I4"], ["I2", "I3"], ["I1", "I2", "I4"], ["I1", "I3"],
        ["I2", "I3"], ["I1", "I3"], ["I1", "I2", "I3", "I5"], ["I1", "I2", "I3"],
    ]

    @Test("frequent itemsets and their supports, by hand")
    func frequentItemsets() throws {
        var miner = Apriori(minSupport: 2.0 / 9, minConfidence: 0.7)
        try miner.fit(transactions)
        let found = miner.frequentItemsets.map { ($0.items, Int(($0.support * 9).rounded())) }
        let expected: [([String], Int)] = [
            (["I1"], 6), (["I2"], 7), (["I3"], 6), (["I4"], 2), (["I5"], 2),
            (["I1", "I2"], 4), (["I1", "I3"], 4), (["I1", "I5"], 2), (["I2", "I3"], 4), (["I2", "I4"], 2), (["I2", "I5"], 2),
            (["I1", "I2", "I3"], 2), (["I1", "I2", "I5"], 2),
        ]
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test("rules at 70% confidence: the textbook's three from {I1,I2,I5} and the pair rules, with lift")
    func rules() throws {
        var miner = Apriori(minSupport: 2.0 / 9, minConfidence: 0.7)
        try miner.fit(transactions)
        // Confidence = count(both) / count(antecedent); lift = confidence / support(consequent).
        //   I5 ⇒ I1,I2: 2/2 = 1, lift 1 / (4/9) = 2.25;  I1,I5 ⇒ I2 and I2,I5 ⇒ I1: 1, lifts 9/7 and 9/6;
        //   I5 ⇒ I1: 2/2, lift 1.5;  I5 ⇒ I2: 2/2, lift 9/7;  I4 ⇒ I2: 2/2, lift 9/7.
        //   Others fall below 0.7, e.g. I1 ⇒ I2: 4/6, I1,I2 ⇒ I5: 2/4.
        let described = miner.rules.map { "\($0.antecedent.joined(separator: ",")) => \($0.consequent.joined(separator: ","))" }
        #expect(described == ["I5 => I1,I2", "I2,I5 => I1", "I5 => I1", "I1,I5 => I2", "I4 => I2", "I5 => I2"])
        let lifts = miner.rules.map(\.lift)
        #expect(zip(lifts, [2.25, 1.5, 1.5, 9.0 / 7, 9.0 / 7, 9.0 / 7]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(miner.rules.allSatisfy { $0.confidence == 1 })
        #expect(abs(miner.rules[0].support - 2.0 / 9) < 1e-15)
    }

    @Test("max_len stops at pairs; repeated items in a basket count once")
    func maxLengthAndRepeats() throws {
        var miner = Apriori(minSupport: 2.0 / 9, minConfidence: 0, maxLength: 2)
        try miner.fit(transactions)
        #expect(miner.frequentItemsets.map(\.items.count).max() == 2)
        var repeats = Apriori(minSupport: 0.5, minConfidence: 0.5)
        try repeats.fit([["a", "a", "b"], ["a"]])
        #expect(repeats.frequentItemsets.map(\.support) == [1, 0.5, 0.5])
    }

    @Test("bad parameters and no transactions are refused")
    func errors() {
        #expect(throws: MiniMLError.emptyInput) {
            var miner = Apriori()
            try miner.fit([])
        }
        #expect(throws: MiniMLError.invalidParameter(name: "min_support", reason: "must be in (0, 1], not 0.0")) {
            var miner = Apriori(minSupport: 0)
            try miner.fit(transactions)
        }
        #expect(throws: MiniMLError.invalidParameter(name: "min_confidence", reason: "must be in [0, 1], not 1.5")) {
            var miner = Apriori(minConfidence: 1.5)
            try miner.fit(transactions)
        }
    }
}
