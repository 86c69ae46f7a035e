import AilabTestSupport
import Foundation
import Grader
import Lab
import MiniML
import Testing

@Suite("Feature recipes")
struct FeatureRecipeTests {
    @Test("the house-prices recipe: log target, MSSubClass as a category, the quality scales in order")
    func housePrices() throws {
        let root = CourseRoot(url: repositoryRoot(from: #filePath))
        let recipe = try FeatureRecipe.load(for: root.competition("house-prices"))
        #expect(recipe.task == .regression)
        #expect(recipe.targetTransform == .log)
        #expect(recipe.types == ["MSSubClass": .categorical])
        #expect(recipe.missingCategory == "None")
        #expect(recipe.ordinal["KitchenQual"] == ["None", "Po", "Fa", "TA", "Gd", "Ex"])
        #expect(recipe.ordinal.count == 19)
        #expect(recipe.numericImpute == .median)
    }

    @Test("without features.json the recipe follows the metric")
    func standardRecipe() throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        let recipe = try FeatureRecipe.load(for: CourseRoot(url: course.url).competition("toy"))
        #expect(recipe == FeatureRecipe.standard(for: .rmse))
        #expect(FeatureRecipe.standard(for: .rocAUC).task == .classification)
        #expect(FeatureRecipe.standard(for: .rmseOfLogs).targetTransform == .log)
    }

    @Test("a bad recipe names the file and the problem", arguments: [
        (#"{"scale": "zscore"}"#, "scale must be standard, minmax or none, not 'zscore'"),
        (#"{"numericImpute": "mode"}"#, "numericImpute must be median, mean or zero, not 'mode'"),
        (#"{"targetTransform": "sqrt"}"#, "targetTransform: Cannot initialize TargetTransform from invalid String value sqrt"),
        (#"{"ordinal": {"A": "Po,Fa"}}"#, "ordinal.A should be a list"),
        (#"{"oneHotMinFrequency": 0}"#, "oneHotMinFrequency must be at least 1"),
        ("{", "not valid JSON"),
    ])
    func badRecipe(json: String, expected: String) throws {
        let course = try TemporaryCourse()
        defer { course.remove() }
        let file = course.url.appending(path: "datasets/toy/features.json")
        try Data(json.utf8).write(to: file)
        do {
            _ = try FeatureRecipe.load(for: CourseRoot(url: course.url).competition("toy"))
            Issue.record("the recipe \(json) was accepted")
        } catch let error as CourseError {
            #expect(error.description.hasPrefix(file.path + ": "))
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
