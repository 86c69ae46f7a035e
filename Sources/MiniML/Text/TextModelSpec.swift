/// A model of the text catalogue: its name, what it does, its hyperparameters (the vectoriser's and
/// the classifier's), and how to build an unfitted `TextPipeline` from them.
public struct TextModelSpec: ModelDescribing {
    /// The name used on the command line: `--model nbsvm`.
    public let name: String
    /// One line on what the model is.
    public let summary: String
    /// Its hyperparameters, with defaults.
    public let parameters: [ParameterSpec]
    /// Builds an unfitted pipeline from resolved parameters.
    /// Throws `MiniMLError.invalidParameter` for combinations the domains cannot express (a
    /// fractional `min_df` above 1).
    public let make: @Sendable (Parameters) throws -> TextPipeline

    /// Creates a spec.
    public init(name: String, summary: String, parameters: [ParameterSpec], make: @escaping @Sendable (Parameters) throws -> TextPipeline) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.make = make
    }
}
