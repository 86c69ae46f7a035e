import Lab
import MiniML
import TerminalUI

/// Keys on the training page.
extension AppState {
    mutating func trainKey(_ key: Key, _ effects: inout [Effect]) {
        guard var lab, case .train(var train) = lab.page else { return }
        if train.isRunning {
            if key == .escape || key == .character("c") {
                if case .running(let progress, false) = train.run {
                    train.run = .running(progress, cancelling: true)
                    effects.append(.cancelTraining)
                }
                message = "Cancelling: training stops after the current step."
            } else {
                message = "Training is running: Esc cancels it."
            }
        } else if train.editing != nil {
            editKey(key, &train)
        } else {
            switch key {
            case .up, .character("k"): train.field = max(train.field - 1, 0)
            case .down, .character("j"): train.field = min(train.field + 1, train.fieldCount - 1)
            case .left, .character("h"): stepField(&train, by: -1)
            case .right, .character("l"): stepField(&train, by: 1)
            case .enter:
                if train.field == 0 { stepField(&train, by: 1) } else { train.editing = currentText(train) }
            case .character("d"):
                if let parameter = train.parameterAtCursor { train.values[parameter.name] = nil }
                if train.field == 1 { train.folds = TrainState.defaultFolds }
            case .character("t"):
                guard let model = train.model else { return }
                train.run = .running(nil, cancelling: false)
                effects.append(.startTraining(
                    competitionID: train.competitionID, model: model.name, parameters: train.assignments, folds: train.folds,
                    outputPath: "\(train.competitionID)-\(model.name).csv"))
            case .character("s"):
                guard case .finished(let report) = train.run else {
                    message = "Train a model first (t); s then submits its predictions."
                    return
                }
                lab.page = .submit(SubmitState(competitionID: train.competitionID, trainedFile: report.outputPath, viewport: Layout(size: size).bodyHeight))
                effects.append(.listFolder(path: "."))
                self.lab = lab
                return
            case .escape, .character("q"):
                closeLabPage()
                return
            default:
                message = "Unknown key here; ? lists the keys."
            }
        }
        lab.page = .train(train)
        self.lab = lab
    }

    /// The text of the field at the cursor, to start editing from.
    private func currentText(_ train: TrainState) -> String {
        if let parameter = train.parameterAtCursor { return train.value(of: parameter) }
        return String(train.folds)
    }

    /// ←/→: the previous or next model, a fold less or more, or the previous or next word of a choice.
    private mutating func stepField(_ train: inout TrainState, by step: Int) {
        switch train.field {
        case 0:
            guard !train.models.isEmpty else { return }
            train.modelIndex = (train.modelIndex + step + train.models.count) % train.models.count
            train.values = [:]
        case 1:
            train.folds = min(max(train.folds + step, TrainState.foldRange.lowerBound), TrainState.foldRange.upperBound)
        default:
            guard let parameter = train.parameterAtCursor else { return }
            switch parameter.domain {
            case .choice(let words):
                let index = words.firstIndex(of: train.value(of: parameter)) ?? 0
                setValue(words[(index + step + words.count) % words.count], for: parameter, in: &train)
            case .boolean:
                setValue(train.value(of: parameter) == "true" ? "false" : "true", for: parameter, in: &train)
            default:
                message = "Enter edits this value; d puts back its default."
            }
        }
    }

    /// Keys while typing a value: characters, Backspace, Enter to check and keep it, Esc to drop it.
    private mutating func editKey(_ key: Key, _ train: inout TrainState) {
        guard let text = train.editing else { return }
        switch key {
        case .character(let character):
            train.editing = text + String(character)
        case .backspace:
            train.editing = String(text.dropLast())
        case .escape:
            train.editing = nil
        case .enter:
            if let parameter = train.parameterAtCursor {
                switch parameter.domain.parse(text) {
                case .success:
                    setValue(text.trimmingCharacters(in: .whitespaces), for: parameter, in: &train)
                    train.editing = nil
                case .failure:
                    message = "\(parameter.name) must be \(parameter.domain); \"\(text)\" is not. Esc keeps the old value."
                }
            } else if let folds = Int(text.trimmingCharacters(in: .whitespaces)), TrainState.foldRange.contains(folds) {
                train.folds = folds
                train.editing = nil
            } else {
                message = "Folds must be a whole number from 2 to 20; \"\(text)\" is not."
            }
        default:
            break
        }
    }

    /// Stores a typed value, or forgets it when it is the default.
    private func setValue(_ text: String, for parameter: ParameterSpec, in train: inout TrainState) {
        train.values[parameter.name] = text == "\(parameter.defaultValue)" ? nil : text
    }
}
