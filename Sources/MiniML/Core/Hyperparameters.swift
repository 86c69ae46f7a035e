import Foundation

/// A hyperparameter's value.
public enum ParameterValue: Equatable, Sendable, CustomStringConvertible {
    case integer(Int)
    case real(Double)
    case choice(String)
    case boolean(Bool)

    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .real(let value): value == value.rounded() && abs(value) < 1e15 ? String(format: "%.1f", value) : "\(value)"
        case .choice(let value): value
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

/// The values a hyperparameter may take.
public enum ParameterDomain: Equatable, Sendable, CustomStringConvertible {
    /// Whole numbers in a closed range.
    case integer(ClosedRange<Int>)
    /// Real numbers between `lower` and `upper`; each bound may be open (excluded).
    case real(lower: Double, upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false)
    /// One of these words.
    case choice([String])
    /// true or false.
    case boolean

    /// The domain in words: "an integer from 1 to 1000", "a number > 0", "one of: l1, l2".
    public var description: String {
        switch self {
        case .integer(let range):
            return range.upperBound == .max ? "an integer ≥ \(range.lowerBound)" : "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .real(let lower, let upper, let lowerOpen, let upperOpen):
            let low = lower == -.infinity ? nil : (lowerOpen ? "> " : "≥ ") + shortNumber(lower)
            let high = upper == .infinity ? nil : (upperOpen ? "< " : "≤ ") + shortNumber(upper)
            return "a number " + [low, high].compactMap { $0 }.joined(separator: " and ")
        case .choice(let words):
            return "one of: " + words.joined(separator: ", ")
        case .boolean:
            return "true or false"
        }
    }

    /// Parses `text` into a value of this domain, or explains why it cannot.
    public func parse(_ text: String) -> Result<ParameterValue, ParameterError.Reason> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .integer(let range):
            guard let value = Int(trimmed) else { return .failure(.notOfType) }
            return range.contains(value) ? .success(.integer(value)) : .failure(.outOfRange)
        case .real(let lower, let upper, let lowerOpen, let upperOpen):
            guard let value = Double(trimmed), value.isFinite else { return .failure(.notOfType) }
            let aboveLower = lowerOpen ? value > lower : value >= lower
            let belowUpper = upperOpen ? value < upper : value <= upper
            return aboveLower && belowUpper ? .success(.real(value)) : .failure(.outOfRange)
        case .choice(let words):
            return words.contains(trimmed) ? .success(.choice(trimmed)) : .failure(.outOfRange)
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "1": return .success(.boolean(true))
            case "false", "no", "0": return .success(.boolean(false))
            default: return .failure(.notOfType)
            }
        }
    }
}

/// One documented hyperparameter of a model.
public struct ParameterSpec: Equatable, Sendable {
    /// The name used on the command line: `--param max_depth=6`.
    public let name: String
    /// What it controls, in one line.
    public let summary: String
    /// Allowed values.
    public let domain: ParameterDomain
    /// The value used when none is given.
    public let defaultValue: ParameterValue

    /// Creates a parameter spec.
    public init(_ name: String, _ summary: String, domain: ParameterDomain, default defaultValue: ParameterValue) {
        self.name = name
        self.summary = summary
        self.domain = domain
        self.defaultValue = defaultValue
    }
}

/// A bad `--param`: which one and why; the message lists what is allowed.
public struct ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong with it.
    public enum Reason: Error, Equatable, Sendable {
        case unknownName, notOfType, outOfRange, malformed
    }
    /// The model the parameter was given to.
    public let model: String
    /// The text as given, e.g. "max_depth=abc".
    public let given: String
    /// What was wrong.
    public let reason: Reason
    /// The model's parameters, for the message.
    public let allowed: [ParameterSpec]

    public var description: String {
        let name = given.split(separator: "=", maxSplits: 1).first.map(String.init) ?? given
        let spec = allowed.first { $0.name == name }
        switch reason {
        case .malformed:
            return "'\(given)' is not of the form name=value"
        case .unknownName:
            return "\(model) has no parameter '\(name)'; its parameters are: \(allowed.map(\.name).joined(separator: ", "))"
        case .notOfType, .outOfRange:
            return "\(model) parameter \(name) must be \(spec?.domain.description ?? "valid"), not '\(given.dropFirst(name.count + 1))'"
        }
    }
}

/// Resolved hyperparameters: every parameter of a model with its given or default value.
public struct Parameters: Equatable, Sendable {
    private var values: [String: ParameterValue]

    /// The defaults of `specs`, overridden by `values`.
    public init(_ specs: [ParameterSpec], values: [String: ParameterValue] = [:]) {
        self.values = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, values[$0.name] ?? $0.defaultValue) })
    }

    /// The value of `name`, which must be one of the model's parameters.
    public subscript(name: String) -> ParameterValue {
        guard let value = values[name] else { preconditionFailure("no parameter named \(name)") }
        return value
    }

    /// An integer parameter.
    public func integer(_ name: String) -> Int {
        guard case .integer(let value) = self[name] else { preconditionFailure("\(name) is not an integer parameter") }
        return value
    }

    /// A real parameter (integers are accepted too).
    public func real(_ name: String) -> Double {
        switch self[name] {
        case .real(let value): return value
        case .integer(let value): return Double(value)
        default: preconditionFailure("\(name) is not a real parameter")
        }
    }

    /// A choice parameter.
    public func choice(_ name: String) -> String {
        guard case .choice(let value) = self[name] else { preconditionFailure("\(name) is not a choice parameter") }
        return value
    }

    /// A boolean parameter.
    public func boolean(_ name: String) -> Bool {
        guard case .boolean(let value) = self[name] else { preconditionFailure("\(name) is not a boolean parameter") }
        return value
    }
}

/// What every catalogue entry tells about itself, whatever data its models learn from (a feature matrix,
/// text, ratings): the command-line name, one line on what it is, and its hyperparameters with defaults.
/// `resolve` turns `name=value` strings into `Parameters` for any of them.
public protocol ModelDescribing: Sendable {
    /// The name used on the command line: `--model gbdt`.
    var name: String { get }
    /// One line on what the model is.
    var summary: String { get }
    /// Its hyperparameters, with defaults.
    var parameters: [ParameterSpec] { get }
}

extension ModelDescribing {
    /// Parses `name=value` strings into parameters, every unspecified one at its default.
    /// - Throws: `ParameterError` for the first malformed, unknown, ill-typed or out-of-range one.
    public func resolve(_ assignments: [String]) throws(ParameterError) -> Parameters {
        var values: [String: ParameterValue] = [:]
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ParameterError(model: name, given: assignment, reason: .malformed, allowed: parameters)
            }
            guard let spec = parameters.first(where: { $0.name == parts[0] }) else {
                throw ParameterError(model: name, given: assignment, reason: .unknownName, allowed: parameters)
            }
            switch spec.domain.parse(parts[1]) {
            case .success(let value): values[spec.name] = value
            case .failure(let reason): throw ParameterError(model: name, given: assignment, reason: reason, allowed: parameters)
            }
        }
        return Parameters(parameters, values: values)
    }
}

/// A model of the catalogue for feature matrices: its name, what it does, its hyperparameters, and how
/// to build it.
public struct ModelSpec: ModelDescribing {
    /// The name used on the command line: `--model gbdt`.
    public let name: String
    /// One line on what the model is.
    public let summary: String
    /// The tasks it supports.
    public let tasks: [Task]
    /// Its hyperparameters, with defaults.
    public let parameters: [ParameterSpec]
    /// Builds an unfitted estimator for a task from resolved parameters.
    public let make: @Sendable (Parameters, Task) -> any Estimator

    /// Creates a spec.
    public init(
        name: String, summary: String, tasks: [Task], parameters: [ParameterSpec],
        make: @escaping @Sendable (Parameters, Task) -> any Estimator
    ) {
        self.name = name
        self.summary = summary
        self.tasks = tasks
        self.parameters = parameters
        self.make = make
    }
}

private func shortNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
}
