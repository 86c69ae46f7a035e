import MiniML

extension Lab {
    /// The models `train` accepts for `competitionID`, the default first: text models for a text
    /// competition, recommenders for a ratings one, else the table models that do its task.
    public func models(for competitionID: String) throws -> [any ModelDescribing] {
        let competition = try competition(competitionID)
        let models: [any ModelDescribing]
        if try TextRecipe.load(for: competition) != nil {
            models = TextModelCatalog.all
        } else if RatingsRecipe.exists(for: competition) {
            models = RecommenderCatalog.all
        } else {
            let task = try FeatureRecipe.load(for: competition).task
            models = ModelCatalog.all.filter { $0.tasks.contains(task) }
        }
        let preferred = try defaultModel(for: competitionID)
        return models.filter { $0.name == preferred } + models.filter { $0.name != preferred }
    }
}
