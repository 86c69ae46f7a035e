#!/usr/bin/env python3
"""Reference numbers for the recommenders of ailab's MiniML.

Benchmark mode (what `ailab-bench ratings` runs):

    python3 scripts/bench_ratings_reference.py DATASET_DIR FOLDER [MODEL ...]

reads DATASET_DIR/train.csv and test.csv and FOLDER/folds.json (written by the Swift side: the same
k folds over the rating rows) and, for each of the models `baseline`, `svd`, `item-knn` asked for,
fits Surprise's `BaselineOnly`, `SVD` and `KNNBaseline` (item-based, pearson_baseline) with their
default options on every fold, then on all ratings. It prints one JSON line per model: cv_scores,
fit_seconds (median of 3 fits on all ratings), predict_seconds (the test rows) and peak_mb (VmHWM
after a reset). `als` has no Surprise counterpart and is skipped. Without Surprise it prints nothing.

Test-reference mode:

    python3 scripts/bench_ratings_reference.py --test-references

prints the numbers recorded in Tests/MiniMLTests/Recommenders: Surprise on a small fixed data set,
and pure-Python mirrors of MiniML's SeededGenerator, shuffle, SGD and ALS on the same data.
"""
import json
import math
import os
import statistics
import sys
import time

import numpy as np

from bench_memory import peak_mb, peak_reset

M64 = (1 << 64) - 1


class SeededGenerator:
    """MiniML's SeededGenerator: xoshiro256** seeded through SplitMix64."""

    def __init__(self, seed):
        state = seed
        self.s = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & M64
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
            self.s.append(z ^ (z >> 31))

    @staticmethod
    def rotl(x, k):
        return ((x << k) | (x >> (64 - k))) & M64

    def next(self):
        s0, s1, s2, s3 = self.s
        result = (self.rotl((s1 * 5) & M64, 7) * 9) & M64
        t = (s1 << 17) & M64
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        self.s = [s0, s1, s2, self.rotl(s3, 45)]
        return result

    def unit(self):
        return (self.next() >> 11) * 2.0 ** -53

    def gaussian(self):
        u1 = max(self.unit(), 5e-324)
        u2 = self.unit()
        return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)

    def draw_index(self, bound):
        product = self.next() * bound
        if product & M64 < bound:
            threshold = ((1 << 64) - bound) % bound
            while product & M64 < threshold:
                product = self.next() * bound
        return product >> 64


def shuffled(generator, rows):
    """MiniML's RowShuffler: Fisher-Yates from the last position down."""
    rows = list(rows)
    for index in range(len(rows) - 1, 0, -1):
        j = generator.draw_index(index + 1)
        rows[index], rows[j] = rows[j], rows[index]
    return rows


def number(ids):
    """Indices in order of first appearance, as RatingData (and Surprise) number users and items."""
    index, column = {}, []
    for x in ids:
        index.setdefault(x, len(index))
        column.append(index[x])
    return index, column


def mirror_svd(users, items, values, k, epochs, lr, reg, std, seed):
    """MatrixFactorization.fit step by step; returns predict(user, item) (unclipped) and the curve."""
    uidx, u = number(users)
    iidx, it = number(items)
    g = SeededGenerator(seed)
    p = [g.gaussian() * std for _ in range(len(uidx) * k)]
    q = [g.gaussian() * std for _ in range(len(iidx) * k)]
    bu, bi = [0.0] * len(uidx), [0.0] * len(iidx)
    mean = math.fsum(values) / len(values)
    shuffler = SeededGenerator(g.next())
    curve = []
    for _ in range(epochs):
        total = 0.0
        for row in shuffled(shuffler, range(len(values))):
            a, b = u[row], it[row]
            dot = 0.0
            for f in range(k):
                dot += p[a * k + f] * q[b * k + f]
            err = values[row] - (mean + bu[a] + bi[b] + dot)
            total += err * err
            bu[a] += lr * (err - reg * bu[a])
            bi[b] += lr * (err - reg * bi[b])
            for f in range(k):
                puf, qif = p[a * k + f], q[b * k + f]
                p[a * k + f] += lr * (err * qif - reg * puf)
                q[b * k + f] += lr * (err * puf - reg * qif)
        curve.append(math.sqrt(total / len(values)))

    def predict(user, item):
        a, b = uidx.get(user), iidx.get(item)
        e = mean + (bu[a] if a is not None else 0) + (bi[b] if b is not None else 0)
        if a is not None and b is not None:
            for f in range(k):
                e += p[a * k + f] * q[b * k + f]
        return e

    return predict, curve


def mirror_als(users, items, values, k, reg, epochs, seed):
    """ALSFactorization.fit with numpy solves; returns predict(user, item) (unclipped) and the curve."""
    uidx, u = number(users)
    iidx, it = number(items)
    u, it, v = np.array(u), np.array(it), np.array(values, dtype=float)
    g = SeededGenerator(seed)
    Q = np.array([0.1 * g.gaussian() for _ in range(len(iidx) * k)]).reshape(len(iidx), k)
    P, bu, bi = np.zeros((len(uidx), k)), np.zeros(len(uidx)), np.zeros(len(iidx))
    mean = math.fsum(values) / len(values)

    def side(keys, others, other_factors, other_biases, n):
        F, b = np.zeros((n, k)), np.zeros(n)
        for a in range(n):
            rows = np.nonzero(keys == a)[0]
            X = np.hstack([other_factors[others[rows]], np.ones((len(rows), 1))])
            t = v[rows] - mean - other_biases[others[rows]]
            w = np.linalg.solve(X.T @ X + reg * len(rows) * np.eye(k + 1), X.T @ t)
            F[a], b[a] = w[:k], w[k]
        return F, b

    curve = []
    for _ in range(epochs):
        P, bu = side(u, it, Q, bi, len(uidx))
        Q, bi = side(it, u, P, bu, len(iidx))
        curve.append(float(np.sqrt(np.mean((v - (mean + bu[u] + bi[it] + np.sum(P[u] * Q[it], axis=1))) ** 2))))

    def predict(user, item):
        a, b = uidx.get(user), iidx.get(item)
        e = mean + (bu[a] if a is not None else 0) + (bi[b] if b is not None else 0)
        if a is not None and b is not None:
            e += float(P[a] @ Q[b])
        return float(e)

    return predict, curve


def small_ratings():
    """The fixed data set of the Swift tests: 12 users, 15 items, 72 ratings."""
    users, items, values = [], [], []
    for u in range(12):
        for i in range(15):
            if (u * 7 + i * 3) % 5 < 2:
                users.append(f"u{u}")
                items.append(f"m{i}")
                values.append(0.5 * (1 + (u * 3 + i * 5 + u * i) % 10))
    return users, items, values


def test_references():
    users, items, values = small_ratings()
    pairs = [("u0", "m1"), ("u3", "m4"), ("u11", "m14"), ("u5", "m7"), ("nobody", "m1"), ("u2", "nothing")]
    predict, curve = mirror_svd(users, items, values, k=5, epochs=30, lr=0.02, reg=0.05, std=0.1, seed=7)
    print("svd curve first/last", repr(curve[0]), repr(curve[-1]))
    print("svd", [repr(predict(a, b)) for a, b in pairs])
    predict, curve = mirror_als(users, items, values, k=3, reg=0.1, epochs=10, seed=7)
    print("als curve first/last", repr(curve[0]), repr(curve[-1]))
    print("als", [repr(predict(a, b)) for a, b in pairs])
    try:
        import pandas as pd
        from surprise import BaselineOnly, Dataset, KNNBaseline, Reader
    except ImportError:
        print("Surprise is not installed; no Surprise references")
        return
    frame = pd.DataFrame({"user": users, "item": items, "rating": values})
    trainset = Dataset.load_from_df(frame, Reader(rating_scale=(0.5, 5))).build_full_trainset()
    baseline = BaselineOnly(verbose=False).fit(trainset)
    print("surprise baseline (unclipped)", [repr(float(baseline.predict(a, b, clip=False).est)) for a, b in pairs])
    for k, min_k, shrinkage in [(40, 1, 100), (3, 2, 10)]:
        knn = KNNBaseline(k=k, min_k=min_k, sim_options={"name": "pearson_baseline", "user_based": False, "shrinkage": shrinkage},
                          verbose=False).fit(trainset)
        print(f"surprise knn k={k} min_k={min_k} shrinkage={shrinkage}", [repr(float(knn.predict(a, b, clip=False).est)) for a, b in pairs])


def benchmark(dataset, folder, models):
    try:
        import pandas as pd
        from surprise import SVD, BaselineOnly, Dataset, KNNBaseline, Reader
    except ImportError:
        return
    train = pd.read_csv(os.path.join(dataset, "train.csv"), dtype={"userId": str, "movieId": str})
    test = pd.read_csv(os.path.join(dataset, "test.csv"), dtype={"userId": str, "movieId": str})
    with open(os.path.join(folder, "folds.json")) as handle:
        folds = json.load(handle)
    reader = Reader(rating_scale=(0.5, 5))
    makers = {
        "baseline": ("surprise BaselineOnly", lambda: BaselineOnly(verbose=False)),
        "svd": ("surprise SVD", lambda: SVD(random_state=0)),
        "item-knn": ("surprise KNNBaseline",
                     lambda: KNNBaseline(sim_options={"name": "pearson_baseline", "user_based": False}, verbose=False)),
    }
    columns = ["userId", "movieId", "rating"]
    full = Dataset.load_from_df(train[columns], reader).build_full_trainset()
    for name in models:
        if name not in makers:
            continue
        label, make = makers[name]
        peak_reset()
        scores = []
        for fold in folds:
            trainset = Dataset.load_from_df(train.iloc[fold["train"]][columns], reader).build_full_trainset()
            algo = make().fit(trainset)
            held = train.iloc[fold["validation"]]
            predicted = np.array([algo.predict(u, i).est for u, i in zip(held["userId"], held["movieId"])])
            scores.append(float(np.sqrt(np.mean((predicted - held["rating"].to_numpy()) ** 2))))
        times = []
        for _ in range(3):
            start = time.perf_counter()
            algo = make().fit(full)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        [algo.predict(u, i).est for u, i in zip(test["userId"], test["movieId"])]
        predict_seconds = time.perf_counter() - start
        print(json.dumps({"model": name, "implementation": label, "cv_scores": scores,
                          "fit_seconds": statistics.median(times), "predict_seconds": predict_seconds,
                          "peak_mb": peak_mb()}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--test-references"]:
        test_references()
    else:
        benchmark(sys.argv[1], sys.argv[2], sys.argv[3:])
