/// Limited-memory BFGS (Liu & Nocedal 1989) for smooth unconstrained minimisation, with the
/// stopping rules scikit-learn gives SciPy's L-BFGS-B for `LogisticRegression`.
///
/// Each iteration takes the two-loop-recursion direction from the last `memory` curvature pairs
/// and a step satisfying the strong Wolfe conditions (c₁ = 1e-4, c₂ = 0.9; Nocedal & Wright,
/// Algorithms 3.5–3.6, with safeguarded cubic interpolation). It stops when the largest gradient
/// entry is at most `gradientTolerance`, when an iteration lowers the objective by at most
/// `relativeReductionTolerance` relative to max(|f|, 1), after `maxIterations` iterations, or when
/// the line search cannot find a step within `maxEvaluationsPerSearch` evaluations.
struct LBFGS {
    /// The most iterations (scikit-learn's `max_iter`).
    let maxIterations: Int
    /// Stop once max |∂f/∂xᵢ| ≤ this (scikit-learn's `tol`, SciPy's `gtol`).
    let gradientTolerance: Double
    /// Stop once (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ this (SciPy's `ftol`; scikit-learn uses 64 ε).
    let relativeReductionTolerance = 64 * Double.ulpOfOne
    /// Curvature pairs kept (SciPy's `maxcor`).
    let memory = 10
    /// Function evaluations allowed in one line search (scikit-learn's `maxls`).
    let maxEvaluationsPerSearch = 50

    /// The point reached and the iterations taken.
    struct Result {
        var x: [Double]
        var iterations: Int
    }

    /// One evaluated point along the search direction: step length, value, directional derivative.
    private struct Trial {
        var step: Double
        var value: Double
        var slope: Double
    }

    /// Minimises `objective`, which returns f(x) and writes ∇f(x) into its second argument.
    /// - Complexity: O(iterations × (evaluation cost + memory × dimension)).
    func minimize(from start: [Double], _ objective: (_ x: [Double], _ gradient: inout [Double]) -> Double) -> Result {
        let dimension = start.count
        var x = start
        var gradient = [Double](repeating: 0, count: dimension)
        var value = objective(x, &gradient)
        var steps: [[Double]] = [], changes: [[Double]] = [], inverseCurvatures: [Double] = []
        var iterations = 0
        while iterations < maxIterations, largestMagnitude(gradient) > gradientTolerance {
            var direction = Self.searchDirection(gradient, steps: steps, changes: changes, inverseCurvatures: inverseCurvatures)
            var slope = Self.dot(gradient, direction)
            if !(slope < 0) {
                steps.removeAll(); changes.removeAll(); inverseCurvatures.removeAll()
                direction = gradient.map { -$0 }
                slope = -Self.dot(gradient, gradient)
            }
            let initialStep = steps.isEmpty ? min(1, 1 / Self.dot(direction, direction).squareRoot()) : 1
            guard let (newX, newValue, newGradient) = lineSearch(
                x: x, value: value, direction: direction, slope: slope, initialStep: initialStep, objective)
            else { break }
            iterations += 1
            let step = zip(newX, x).map { $0 - $1 }
            let change = zip(newGradient, gradient).map { $0 - $1 }
            let curvature = Self.dot(step, change)
            if curvature > Double.ulpOfOne * Self.dot(change, change) {
                if steps.count == memory {
                    steps.removeFirst(); changes.removeFirst(); inverseCurvatures.removeFirst()
                }
                steps.append(step)
                changes.append(change)
                inverseCurvatures.append(1 / curvature)
            }
            let reduction = (value - newValue) / max(abs(value), abs(newValue), 1)
            x = newX
            value = newValue
            gradient = newGradient
            if reduction <= relativeReductionTolerance { break }
        }
        return Result(x: x, iterations: iterations)
    }

    /// −H·g by the two-loop recursion, H the L-BFGS inverse-Hessian approximation.
    private static func searchDirection(
        _ gradient: [Double], steps: [[Double]], changes: [[Double]], inverseCurvatures: [Double]
    ) -> [Double] {
        var q = gradient
        var weights = [Double](repeating: 0, count: steps.count)
        for k in steps.indices.reversed() {
            let weight = inverseCurvatures[k] * dot(steps[k], q)
            weights[k] = weight
            for i in q.indices { q[i] -= weight * changes[k][i] }
        }
        if let lastStep = steps.last, let lastChange = changes.last {
            let scale = dot(lastStep, lastChange) / dot(lastChange, lastChange)
            for i in q.indices { q[i] *= scale }
        }
        for k in steps.indices {
            let correction = weights[k] - inverseCurvatures[k] * dot(changes[k], q)
            for i in q.indices { q[i] += correction * steps[k][i] }
        }
        return q.map { -$0 }
    }

    /// A step along `direction` meeting the strong Wolfe conditions: the new point, its value and
    /// gradient; nil when none was found within the evaluation budget.
    private func lineSearch(
        x: [Double], value: Double, direction: [Double], slope: Double, initialStep: Double,
        _ objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> ([Double], Double, [Double])? {
        let decrease = 1e-4, curvature = 0.9
        var evaluations = 0
        var trialX = x
        var trialGradient = [Double](repeating: 0, count: x.count)
        func evaluate(_ step: Double) -> Trial {
            for i in x.indices { trialX[i] = x[i] + step * direction[i] }
            let trialValue = objective(trialX, &trialGradient)
            evaluations += 1
            return Trial(step: step, value: trialValue, slope: Self.dot(trialGradient, direction))
        }
        func sufficientlyLower(_ trial: Trial) -> Bool {
            trial.value <= value + decrease * trial.step * slope
        }
        func flatEnough(_ trial: Trial) -> Bool { abs(trial.slope) <= -curvature * slope }

        // Bracketing: grow the step until it overshoots the minimum along the line.
        var previous = Trial(step: 0, value: value, slope: slope)
        var step = initialStep
        var bracket: (low: Trial, high: Trial)?
        while bracket == nil, evaluations < maxEvaluationsPerSearch {
            let trial = evaluate(step)
            if !sufficientlyLower(trial) || (previous.step > 0 && trial.value >= previous.value) {
                bracket = (previous, trial)
            } else if flatEnough(trial) {
                return (trialX, trial.value, trialGradient)
            } else if trial.slope >= 0 {
                bracket = (trial, previous)
            } else {
                previous = trial
                step *= 2
            }
        }
        // Zoom: shrink the bracket, keeping at `low` the best point with sufficient decrease.
        guard var (low, high) = bracket else { return nil }
        while evaluations < maxEvaluationsPerSearch, abs(high.step - low.step) > Double.ulpOfOne * max(1, low.step) {
            let trial = evaluate(Self.interpolatedStep(low, high))
            if !sufficientlyLower(trial) || trial.value >= low.value {
                high = trial
            } else {
                if flatEnough(trial) { return (trialX, trial.value, trialGradient) }
                if trial.slope * (high.step - low.step) >= 0 { high = low }
                low = trial
            }
        }
        // Out of budget: settle for the best point with sufficient decrease, if any.
        guard low.step > 0 else { return nil }
        let settled = evaluate(low.step)
        return (trialX, settled.value, trialGradient)
    }

    /// The minimiser of the cubic through two trials, kept at least a tenth of the interval away
    /// from both ends; the midpoint when the cubic has no usable minimiser.
    private static func interpolatedStep(_ a: Trial, _ b: Trial) -> Double {
        let d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.step - b.step)
        let discriminant = d1 * d1 - a.slope * b.slope
        let lower = min(a.step, b.step), upper = max(a.step, b.step), margin = 0.1 * (upper - lower)
        guard discriminant >= 0 else { return (a.step + b.step) / 2 }
        let d2 = (b.step > a.step ? 1.0 : -1.0) * discriminant.squareRoot()
        let step = b.step - (b.step - a.step) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2)
        guard step.isFinite else { return (a.step + b.step) / 2 }
        return min(max(step, lower + margin), upper - margin)
    }

    private func largestMagnitude(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in LinearAlgebra.dot(pa.baseAddress!, pb.baseAddress!, count: pa.count) }
        }
    }
}
