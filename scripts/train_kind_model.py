"""Train the `--kind auto` model and write src/followup/checker/kind_model.json.

    make kind-model        (installs scikit-learn through the [train] extra, then runs this)

A multinomial logistic regression over binary word and word-pair features (the same
features checker/kinds.py computes at lint time), fitted on the labelled messages in
eval/lint/. The classes are weighted by their inverse frequency, so the many inquiries do
not swallow the second inquiries and keep-in-touch notes. The regularisation strength is
picked by leave-one-batch-out accuracy (each batch the set was written in, held out in turn:
a new batch is what the model meets in use, and it scores lower than a random fold). The
script prints that accuracy per C and for the last two batches, the accuracy on the set
itself, and, with --held-out FILE..., the accuracy on other labelled files in the eval/lint
format. Weights too small to change a guess are dropped and the rest rounded.

Chosen by leave-one-batch-out accuracy of the shipped form (pruned, rounded) on the 697
messages of the thirteen batches: 0.801 with the previous settings (no class weights, C by
5-fold), 0.812 with balanced classes. That is within the noise of one set (a point is seven
messages); what limits it is the labels themselves (a second inquiry that never says it is
one reads as an inquiry; a reply to a rejection is labelled keep-in-touch). Tried with
scikit-learn's own predictions and not kept, since none gained more than a point: features
seen in one message only left out (+0.5), position tags on the first and last 25 words, day
and week mentions, cue patterns for an earlier message, a link or a meeting at an event,
word pairs over the whole message (+0.5, twice the pairs to look up on every guess), word
triples (-1), l2-normalised counts.

Session 13: refitted on 2,475 messages (batches AN and AO folded in) with C=1 kept (`--c 1`:
the search's four leave-one-batch-out passes took over twenty minutes on the loaded machine
without finishing); the "again" of a repeated apology or thanks is no feature (checker/kinds.py,
courtesy_again). In-sample shipped accuracy 0.992; the last two batches held out 1.000 and 0.977.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import LeaveOneGroupOut  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from followup.checker.kinds import MODEL_FILE, KindModel, kind_features, pack_weights  # noqa: E402
from followup.checker.prefilter import index_text  # noqa: E402
from followup.core import MessageKind  # noqa: E402
from followup.evaluation.kinds import training_digest  # noqa: E402
from followup.evaluation.lintset import LabeledMessage  # noqa: E402
from followup.yamlio import load_yaml  # noqa: E402
from scorer_training import LINT_SET, load_examples  # noqa: E402

C_VALUES = [0.3, 1.0, 3.0, 10.0]
TIE = 0.005  # leave-one-batch-out accuracies closer than this are a tie
IN_SAMPLE_TARGET = 0.95  # the shipped model on the labelled set (tests/test_kind_inference.py)
PRUNE_BELOW = 0.1  # smaller weights barely move a guess; dropping them keeps the file small
DIGITS = 2


def analyzer(text: str) -> list[str]:
    return sorted(kind_features(index_text(text)))


def pipeline(c: float) -> Any:
    return make_pipeline(
        CountVectorizer(analyzer=analyzer, binary=True),
        LogisticRegression(C=c, class_weight="balanced", max_iter=5000),
    )


def fit(messages: list[LabeledMessage], c: float) -> tuple[Any, dict[str, Any]]:
    """The fitted pipeline and the JSON data of the model the lint path reads."""
    fitted = pipeline(c).fit([m.text for m in messages], [m.kind.value for m in messages])
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
        "trained_on": f"eval/lint ({len(messages)} messages), C={c:g}",
        "set_digest": training_digest(messages),
        "kinds": order,
        "bias": [round(float(intercept[r]), DIGITS) for r in rows],
        "packed": {feature: pack_weights(w) for feature, w in weights.items()},
    }
    return fitted, data


def leave_one_batch_out(
    messages: list[LabeledMessage], batches: list[int], c: float, only: set[int] | None = None
) -> list[MessageKind]:
    """Each message's kind as guessed by a shipped-form model trained without its batch
    (with `only`, just the messages of those batches; the others keep the first kind)."""
    guesses: list[MessageKind] = list(MessageKind)[:1] * len(messages)
    groups = np.array(batches)
    for train, test in LeaveOneGroupOut().split(np.zeros(len(messages)), groups=groups):
        if only is not None and int(groups[test[0]]) not in only:
            continue
        _, data = fit([messages[i] for i in train], c)
        model = KindModel(data)
        for i in test:
            guesses[i] = model.guess(index_text(messages[i].text)).kind
    return guesses


def accuracy(model: KindModel, messages: list[LabeledMessage]) -> float:
    right = sum(model.guess(index_text(m.text)).kind is m.kind for m in messages)
    return right / len(messages)


def load_file(path: Path) -> list[LabeledMessage]:
    data = load_yaml(path.read_text(encoding="utf-8"))
    return [LabeledMessage(str(e["text"]), MessageKind(e["kind"]), False) for e in data]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", nargs="*", type=Path, default=[])
    parser.add_argument(
        "--c",
        type=float,
        help="fit this C without the search (on a loaded machine the search's "
        f"{len(C_VALUES)} leave-one-batch-out passes take an hour); still prints the last two "
        "batches' leave-one-batch-out accuracy",
    )
    args = parser.parse_args()
    examples = load_examples(LINT_SET)
    messages = [e.message for e in examples]
    batches = [e.batch for e in examples]
    last_two = sorted(set(batches))[-2:]
    scores = {}
    for c in C_VALUES if args.c is None else [args.c]:
        only = None if args.c is None else set(last_two)
        guesses = leave_one_batch_out(messages, batches, c, only)
        right = np.array([g is m.kind for g, m in zip(guesses, messages, strict=True)])
        scores[c] = float(right.mean()) if only is None else 0.0
        last = ", ".join(f"batch {b} {right[np.array(batches) == b].mean():.3f}" for b in last_two)
        print(f"C={c:<5g} leave-one-batch-out accuracy {scores[c]:.3f} ({last})")
        if only is not None:
            print("  (the whole set's leave-one-batch-out accuracy is not computed with --c)")
    # The strongest regularisation within TIE of the best: the gaps between C values are a
    # message or two, and a larger C keeps more weights (a bigger file to read on every run).
    # The shipped model must also read the labelled set itself right (the target,
    # IN_SAMPLE_TARGET): a C too strong for that is passed over for the next within TIE.
    best = max(scores.values())
    for best_c in sorted(c for c in scores if scores[c] >= best - TIE):
        fitted, data = fit(messages, best_c)
        shipped = KindModel(data)
        if accuracy(shipped, messages) >= IN_SAMPLE_TARGET:
            break
        print(f"C={best_c:g} reads only {accuracy(shipped, messages):.3f} of the set; next")
    fitted_right = sum(fitted.predict([m.text])[0] == m.kind.value for m in messages)
    print(f"chosen C={best_c:g}; {len(data['packed'])} features kept")
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
