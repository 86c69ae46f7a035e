import AilabTestSupport
import Foundation
import Testing

@Suite("ailab train and ailab models, end to end")
struct TrainEndToEndTests {
    let repository = repositoryRoot(from: #filePath)

    @Test("ailab train house-prices --model gbdt writes a submission that ailab submit accepts")
    func gbdtHousePrices() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["AILAB_DB": folder.appending(path: "ailab.sqlite").path, "AILAB_ROOT": repository.path]
        let train = try run(ailabBinaryURL(), ["train", "house-prices", "--model", "gbdt"], environment: env, in: folder)
        #expect(train.status == 0, "stderr: \(train.stderr)")
        #expect(train.stdout.contains("Trained gbdt on house-prices: 1460 rows"))
        #expect(train.stdout.contains("5-fold cross-validation"))
        #expect(train.stdout.contains("Wrote 1470 predictions to house-prices-gbdt.csv"))
        // Not a terminal: no progress bar on standard error.
        #expect(train.stderr.isEmpty)
        // The CV score line reads "CV score     0.1xxxx ± 0.0xxxx"; a boosted model on this data is well under 0.2.
        let cvLine = try #require(train.stdout.split(separator: "\n").first { $0.contains("CV score") })
        let cv = try #require(Double(cvLine.split(separator: " ")[2]))
        #expect(cv > 0.05 && cv < 0.2)

        let submit = try run(ailabBinaryURL(), ["submit", "house-prices", "house-prices-gbdt.csv", "-m", "gbdt"], environment: env, in: folder)
        #expect(submit.status == 0, "stderr: \(submit.stderr)")
        let scoreLine = try #require(submit.stdout.split(separator: "\n").first { $0.contains("public score") })
        let publicScore = try #require(Double(scoreLine.split(separator: " ")[2]))
        // Far better than the constant sample submission (0.44906 on the public part).
        #expect(publicScore < 0.2)
    }

    @Test("ailab models lists every model with its parameters and defaults")
    func models() throws {
        let result = try run(ailabBinaryURL(), ["models"], environment: [:])
        #expect(result.status == 0)
        for name in ["linear", "ridge", "lasso", "elastic-net", "logistic", "linear-svm", "knn", "naive-bayes", "tree", "forest", "gbdt"] {
            #expect(result.stdout.contains("\n\(name) — ") || result.stdout.hasPrefix("\(name) — "), "missing \(name)")
        }
        #expect(result.stdout.contains("learning_rate"))
        #expect(result.stdout.contains("alpha"))
    }

    @Test("an unknown model or a bad parameter is a usage error listing what is allowed", arguments: [
        (["--model", "xgboost"], "the models are: linear, ridge"),
        (["--model", "ridge", "--param", "alpha=-1"], "ridge parameter alpha must be a number"),
        (["--model", "ridge", "--param", "beta=1"], "ridge has no parameter 'beta'; its parameters are:"),
        (["--model", "gbdt", "--param", "max_iter=lots"], "gbdt parameter max_iter must be an integer"),
        (["--model", "ridge", "--param", "alpha"], "'alpha' is not of the form name=value"),
        (["--cv", "1"], "--cv must be between 2 and 20"),
    ])
    func badRequests(arguments: [String], expected: String) throws {
        let result = try run(ailabBinaryURL(), ["train", "house-prices"] + arguments, environment: ["AILAB_ROOT": repository.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains(expected), "stderr: \(result.stderr)")
    }
}
