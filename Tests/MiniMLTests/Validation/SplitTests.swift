import MiniML
import Testing

/// Fold sizes as scikit-learn 1.9.1: `KFold(3).split(np.zeros(10))` validates on [0..3], [4..6], [7..9];
/// `train_test_split(range(10), test_size=0.25)` keeps 3 rows (ceil 2.5) for testing.
/// The shuffles themselves are MiniML's own (seeded xoshiro256**), not NumPy's: only sizes and coverage compare.
@Suite("Splits")
struct SplitTests {
    /// Checks that the folds' validation rows cover `0..<count` exactly once and each fold trains on the rest.
    private func expectPartition(_ folds: [Fold], count: Int) {
        #expect(folds.flatMap(\.validation).sorted() == Array(0..<count))
        for fold in folds {
            #expect(Set(fold.train).isDisjoint(with: fold.validation))
            #expect((fold.train + fold.validation).sorted() == Array(0..<count))
            #expect(fold.train == fold.train.sorted() && fold.validation == fold.validation.sorted())
        }
    }

    @Test func trainValidationSplitRoundsTheValidationUp() {
        let split = trainValidationSplit(count: 10, validationFraction: 0.25, seed: 7)
        #expect(split.validation.count == 3 && split.train.count == 7)
        #expect((split.train + split.validation).sorted() == Array(0..<10))
        #expect(trainValidationSplit(count: 10, validationFraction: 0.25, seed: 7) == split)
        #expect(trainValidationSplit(count: 10, validationFraction: 0.25, seed: 8) != split)
        // Never an empty side: 2 rows with a tiny fraction still validate on 1.
        #expect(trainValidationSplit(count: 2, validationFraction: 0.01, seed: 0).validation.count == 1)
        #expect(trainValidationSplit(count: 3, validationFraction: 0.99, seed: 0).train.count == 1)
        // 100 × 0.07 is 7.000000000000001 in floating point, so 8 rows, as scikit-learn 1.9.1:
        // len(train_test_split(range(100), test_size=0.07)[1]) == 8.
        #expect(trainValidationSplit(count: 100, validationFraction: 0.07, seed: 0).validation.count == 8)
    }

    @Test func kFoldWithoutShuffleTakesConsecutiveRows() {
        let folds = kFold(count: 10, k: 3, shuffle: false)
        #expect(folds.map(\.validation) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]])
        #expect(folds[1].train == [0, 1, 2, 3, 7, 8, 9])
    }

    @Test(arguments: [(10, 3), (7, 7), (100, 5), (11, 2)])
    func kFoldPartitionsTheRowsInNearlyEqualFolds(count: Int, k: Int) {
        let folds = kFold(count: count, k: k, seed: 42)
        #expect(folds.count == k)
        expectPartition(folds, count: count)
        // The first count % k folds have one row more.
        #expect(folds.map(\.validation.count) == (0..<k).map { count / k + ($0 < count % k ? 1 : 0) })
    }

    @Test func kFoldIsDeterminedByItsSeed() {
        let folds = kFold(count: 20, k: 4, seed: 1)
        #expect(kFold(count: 20, k: 4, seed: 1) == folds)
        #expect(kFold(count: 20, k: 4, seed: 2) != folds)
        #expect(folds != kFold(count: 20, k: 4, shuffle: false))
    }

    @Test func stratifiedFoldsKeepTheClassProportions() {
        // 12 zeros and 6 ones in 3 folds: every fold validates on exactly 4 zeros and 2 ones.
        let labels = (0..<18).map { $0 % 3 == 0 ? 1.0 : 0.0 }
        let folds = stratifiedKFold(labels: labels, k: 3, seed: 5)
        expectPartition(folds, count: 18)
        for fold in folds {
            #expect(fold.validation.filter { labels[$0] == 0 }.count == 4)
            #expect(fold.validation.filter { labels[$0] == 1 }.count == 2)
        }
    }

    @Test func unevenStratifiedFoldsDifferByAtMostOne() {
        // 10 zeros, 5 ones, 2 twos in 4 folds: zeros 2 or 3 per fold, ones 1 or 2, twos 0 or 1, sizes 4 or 5.
        let labels = [Double](repeating: 0, count: 10) + [Double](repeating: 1, count: 5) + [2, 2]
        let folds = stratifiedKFold(labels: labels.reversed(), k: 4, seed: 9)
        expectPartition(folds, count: 17)
        for (label, range) in [(0.0, 2...3), (1.0, 1...2), (2.0, 0...1)] {
            let counts = folds.map { fold in fold.validation.filter { Array(labels.reversed())[$0] == label }.count }
            #expect(counts.allSatisfy(range.contains))
        }
        #expect(folds.map(\.validation.count).sorted() == [4, 4, 4, 5])
        #expect(stratifiedKFold(labels: labels.reversed(), k: 4, seed: 9) == folds)
        #expect(stratifiedKFold(labels: labels.reversed(), k: 4, seed: 10) != folds)
    }
}
