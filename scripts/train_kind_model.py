"""Train the `--kind auto` model and write src/followup/checker/kind_model.json.

    make kind-model        (installs scikit-learn through the [train] extra, then runs this)

A multinomial logistic regression over binary word and word-pair features (the same
features checker/kinds.py computes at lint time), fitted on the labelled messages in
eval/lint/. The regularisation strength is picked by 5-fold cross-validation; the script
prints the cross-validated accuracy (the honest estimate for messages it never saw), the
accuracy on the set itself, and, with --held-out FILE..., the accuracy on other labelled
files in the eval/lint format. Weights too small to change a guess are dropped and the
rest rounded, and the script checks that the shipped file guesses exactly like the fitted
model before it writes it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from followup.checker.kinds import MODEL_FILE, KindModel, kind_features, pack_weights  # noqa: E402
from followup.checker.prefilter import index_text  # noqa: E402
from followup.core import MessageKind  # noqa: E402
from followup.evaluation.kinds import training_digest  # noqa: E402
from followup.evaluation.lintset import LabeledMessage, load_lint_set  # noqa: E402
from followup.yamlio import load_yaml  # noqa: E402

C_VALUES = [0.3, 1.0, 3.0, 10.0, 30.0]
PRUNE_BELOW = 0.1  # smaller weights barely move a guess; dropping them keeps the file small
DIGITS = 2


def analyzer(text: str) -> list[str]:
    return sorted(kind_features(index_text(text)))


def pipeline(c: float):  # type: ignore[no-untyped-def]
    return make_pipeline(
        CountVectorizer(analyzer=analyzer, binary=True),
        LogisticRegression(C=c, max_iter=5000),
    )


def accuracy(model: KindModel, messages: list[LabeledMessage]) -> float:
    right = sum(model.guess(index_text(m.text)).kind is m.kind for m in messages)
    return right / len(messages)


def load_file(path: Path) -> list[LabeledMessage]:
    data = load_yaml(path.read_text(encoding="utf-8"))
    return [LabeledMessage(str(e["text"]), MessageKind(e["kind"]), False) for e in data]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    messages = load_lint_set(REPO / "eval" / "lint")
    texts = [m.text for m in messages]
    labels = [m.kind.value for m in messages]
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    cv = {c: cross_val_score(pipeline(c), texts, labels, cv=folds).mean() for c in C_VALUES}
    best_c = max(C_VALUES, key=lambda c: (cv[c], -c))
    for c in C_VALUES:
        print(f"C={c:<5g} 5-fold cross-validated accuracy {cv[c]:.3f}")
    fitted = pipeline(best_c).fit(texts, labels)
    vectorizer, regression = fitted.steps[0][1], fitted.steps[1][1]
    order = [k.value for k in MessageKind]
    rows = [list(regression.classes_).index(k) for k in order]
    coef, intercept = regression.coef_, regression.intercept_
    weights = {
        feature: [round(float(coef[r, j]), DIGITS) for r in rows]
        for feature, j in sorted(vectorizer.vocabulary_.items())
        if max(abs(coef[r, j]) for r in rows) >= PRUNE_BELOW
    }
    data = {
        "trained_on": f"eval/lint ({len(messages)} messages), C={best_c:g}",
        "set_digest": training_digest(messages),
        "kinds": order,
        "bias": [round(float(intercept[r]), DIGITS) for r in rows],
        "packed": {feature: pack_weights(w) for feature, w in weights.items()},
    }
    shipped = KindModel(data)
    fitted_right = sum(fitted.predict([m.text])[0] == m.kind.value for m in messages)
    print(f"chosen C={best_c:g}; {len(weights)} features kept of {len(vectorizer.vocabulary_)}")
    print(
        f"accuracy on the set it was fitted on: fitted {fitted_right / len(messages):.3f}, "
        f"shipped {accuracy(shipped, messages):.3f}"
    )
    for path in args.held_out:
        held = load_file(path)
        print(f"held-out {path}: {accuracy(shipped, held):.3f} of {len(held)}")
    MODEL_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(REPO)} ({MODEL_FILE.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
