#!/usr/bin/env python3
"""Reference side of `ailab-bench models`: the scikit-learn (and LightGBM) counterparts of ailab's models,
fitted on exactly the matrices and folds ailab-bench wrote, so both sides are measured in the same run.

Usage: bench_reference.py DIR   (DIR holds train.csv, target.csv, test.csv, folds.json from ailab-bench)
Prints one JSON object per line: model, implementation, cv_scores, fit_seconds (median of 3), peak_mb,
and the test predictions (in the transformed target's units) written to DIR/<implementation>-<model>.csv.
Optional: needs numpy and scikit-learn; LightGBM is used when installed. Never run by ailab itself.
"""
import json
import statistics
import sys
import time

import numpy as np

from bench_memory import peak_mb, peak_reset


def models():
    from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
    from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, Ridge
    from sklearn.neighbors import KNeighborsRegressor
    from sklearn.tree import DecisionTreeRegressor

    found = {
        "linear": ("scikit-learn", lambda: LinearRegression()),
        "ridge": ("scikit-learn", lambda: Ridge(alpha=1.0)),
        "lasso": ("scikit-learn", lambda: Lasso(alpha=1.0)),
        "elastic-net": ("scikit-learn", lambda: ElasticNet(alpha=1.0, l1_ratio=0.5)),
        "knn": ("scikit-learn", lambda: KNeighborsRegressor(n_neighbors=5)),
        "tree": ("scikit-learn", lambda: DecisionTreeRegressor(random_state=0)),
        "forest": ("scikit-learn", lambda: RandomForestRegressor(n_estimators=100, random_state=0, n_jobs=2)),
        "gbdt": ("scikit-learn", lambda: HistGradientBoostingRegressor(random_state=0)),
    }
    rows = [(name, impl, make) for name, (impl, make) in found.items()]
    try:
        from lightgbm import LGBMRegressor

        rows.append(("gbdt", "lightgbm", lambda: LGBMRegressor(random_state=0, verbose=-1, n_jobs=2)))
    except ImportError:
        pass
    return rows


def main():
    folder = sys.argv[1]
    x = np.loadtxt(f"{folder}/train.csv", delimiter=",", ndmin=2)
    y = np.loadtxt(f"{folder}/target.csv", delimiter=",")
    x_test = np.loadtxt(f"{folder}/test.csv", delimiter=",", ndmin=2)
    with open(f"{folder}/folds.json") as f:
        folds = json.load(f)
    only = set(sys.argv[2:])
    for name, implementation, make in models():
        if only and name not in only:
            continue
        peak_reset()
        scores = []
        for fold in folds:
            model = make().fit(x[fold["train"]], y[fold["train"]])
            error = model.predict(x[fold["validation"]]) - y[fold["validation"]]
            scores.append(float(np.sqrt(np.mean(error ** 2))))
        times = []
        for _ in range(3):
            start = time.perf_counter()
            model = make().fit(x, y)
            times.append(time.perf_counter() - start)
        predictions = f"{folder}/{implementation}-{name}.csv"
        np.savetxt(predictions, model.predict(x_test))
        print(json.dumps({
            "model": name, "implementation": implementation, "cv_scores": scores,
            "fit_seconds": statistics.median(times), "peak_mb": peak_mb(), "predictions": predictions,
        }), flush=True)


if __name__ == "__main__":
    main()
