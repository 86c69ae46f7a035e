extension ModelSpec {
    /// Gaussian naive Bayes (``GaussianNaiveBayes``), `--model naive-bayes`, for classification, with
    /// scikit-learn's parameter `var_smoothing` (1e-9).
    public static let gaussianNaiveBayes = ModelSpec(
        name: "naive-bayes",
        summary: "Gaussian naive Bayes: one normal distribution per class and feature, combined by Bayes' rule",
        tasks: [.classification],
        parameters: [
            ParameterSpec(
                "var_smoothing", "share of the largest feature variance added to every variance, for stability",
                domain: .real(lower: 0, upper: .infinity), default: .real(1e-9)
            ),
        ],
        make: { parameters, _ in
            GaussianNaiveBayes(varianceSmoothing: parameters.real("var_smoothing"))
        }
    )
}
