#!/usr/bin/env python3
"""scikit-learn reference for `ailab-bench text` (not run by the tests, never by ailab itself).

Usage: bench_text_reference.py TRAIN_CSV TEXT_COLUMN TARGET_COLUMN FOLDS_JSON RUNS

Fits, on the given stratified folds and then on all rows:
  - TfidfVectorizer + LogisticRegression with the settings of ailab's `logistic` defaults
    (word 1-2-grams, min_df=2, sublinear_tf, C=10) and a tokenizer like ailab's Tokenizer;
  - CountVectorizer + MultinomialNB with the settings of ailab's `nb` defaults;
  - TfidfVectorizer() + LogisticRegression() at scikit-learn's own defaults.
Prints one JSON object per line: model, implementation, cv_scores (ROC AUC per fold),
fit_seconds (median of RUNS full fits, vectorising included), peak_mb (VmHWM while that
pipeline ran, after a reset), features (vocabulary size of the full fit).
"""
import csv
import json
import re
import statistics
import sys
import time

import numpy as np

from bench_memory import peak_mb, peak_reset
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline

TAG = re.compile(r"<[A-Za-z/!][^<>]{0,255}>")
TOKEN = r"[^\W_]+(?:'[^\W_]+)*"


def preprocess(text):
    """Like ailab's Tokenizer before splitting: tags become spaces, curly and cp1252 quotes become '."""
    return TAG.sub(" ", text).replace("\u2019", "'").replace("\x92", "'").lower()


def pipelines():
    ours = dict(preprocessor=preprocess, token_pattern=TOKEN, ngram_range=(1, 2), min_df=2)
    return [
        ("logistic", "scikit-learn", lambda: make_pipeline(
            TfidfVectorizer(sublinear_tf=True, **ours), LogisticRegression(C=10))),
        ("nb", "scikit-learn", lambda: make_pipeline(CountVectorizer(**ours), MultinomialNB())),
        ("tfidf+logistic defaults", "scikit-learn", lambda: make_pipeline(TfidfVectorizer(), LogisticRegression())),
    ]


def main():
    path, text_column, target_column, folds_path, runs = sys.argv[1:6]
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    documents = np.array([row[text_column] for row in rows], dtype=object)
    labels = np.array([float(row[target_column]) for row in rows])
    with open(folds_path) as f:
        folds = json.load(f)
    for name, implementation, make in pipelines():
        peak_reset()
        scores = []
        for fold in folds:
            model = make().fit(documents[fold["train"]], labels[fold["train"]])
            predicted = model.predict_proba(documents[fold["validation"]])[:, 1]
            scores.append(roc_auc_score(labels[fold["validation"]], predicted))
        times = []
        for _ in range(int(runs)):
            start = time.perf_counter()
            model = make().fit(documents, labels)
            times.append(time.perf_counter() - start)
        print(json.dumps({
            "model": name, "implementation": implementation, "cv_scores": scores,
            "fit_seconds": statistics.median(times), "peak_mb": peak_mb(),
            "features": len(model[0].vocabulary_),
        }), flush=True)


if __name__ == "__main__":
    main()
