"""Cross-validated recall and false-positive rate on eval/lint, rules alone and rules + scorer.

    make crossval        (or: .venv/bin/python scripts/lint_crossval.py [--extra FOLDER ...])

Needs the `[train]` extra (scikit-learn). For each fold the scorer is trained on the other
folds only (threshold included) and judges the held-out fold; the pattern rules are the
shipped ones minus the shipped scorer, so "rules alone" is what they score today. Two splits:
stratified 5-fold (seeded), and leave-one-batch-out (each batch the set was written in, held
out in turn; batch 1 is the original set). A message counts as flagged when a rule reports a
warning or an error, as in tests/test_lint_set.py. Leave one batch out is also scored as
`--kind auto` meets it: a kind model trained without the batch (scripts/train_kind_model.py)
guesses each held-out message's kind, and the rules and the scorer check it as that kind.

Read the figures with this in mind: the rules were written against this whole set, so their
per-fold figures are in-sample; only the scorer column is truly out of sample. `--extra`
scores folders kept out of the set (a batch held aside) with the scorer trained on all of it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from followup.checker.engine import Checker
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.core import MessageKind, Severity
from followup.evaluation.lintset import LabeledMessage, load_lint_set
from scorer_training import SEED, Example, fragments, load_examples, train
from train_kind_model import leave_one_batch_out

KIND_C = 3.0  # the kind model's regularisation (what make kind-model chooses today)


def rules_only() -> Checker:
    """The shipped etiquette style without its scorer rule."""
    return Checker([r for r in load_style(DEFAULT_STYLE) if r.extends != "scorer"])


def rule_flags(checker: Checker, messages: list[LabeledMessage]) -> np.ndarray:
    """Whether the rules flag each message (a warning or an error), checked as its kind."""
    return np.array(
        [
            any(
                f.severity.rank >= Severity.WARNING.rank
                for f in checker.check(m.text, m.kind).findings
            )
            for m in messages
        ]
    )


def as_kinds(messages: list[LabeledMessage], kinds: list[MessageKind]) -> list[LabeledMessage]:
    """The messages labelled with other kinds (a guess), for checking them as those kinds."""
    return [
        LabeledMessage(m.text, k, m.should_flag, m.why)
        for m, k in zip(messages, kinds, strict=True)
    ]


def rates(flags: np.ndarray, labels: np.ndarray) -> str:
    """'recall r (a/b)  FPR f (c/d)'; a '-' for a side the folder has no messages on."""
    caught, flagged = int(flags[labels].sum()), int(labels.sum())
    alarms, clean = int(flags[~labels].sum()), int((~labels).sum())
    recall = f"{caught / flagged:.3f}" if flagged else "  -  "
    fpr = f"{alarms / clean:.3f}" if clean else "  -  "
    return f"recall {recall} ({caught:>3}/{flagged:<3}) FPR {fpr} ({alarms:>2}/{clean:<3})"


def report(
    name: str,
    folds: list[tuple[str, list[int]]],
    examples: list[Example],
    by_rules: np.ndarray,
    labels: np.ndarray,
    guessed: list[LabeledMessage] | None = None,
    by_rules_guessed: np.ndarray | None = None,
) -> None:
    """Train a scorer per fold on the rest; print rules, scorer and rules + scorer per fold,
    and with `guessed` (the messages as the kinds a held-out kind model guessed) rules +
    scorer checking those kinds."""
    print(f"\n== {name} ==")
    auto_head = "   rules + scorer, kind auto" if guessed is not None else ""
    head = f"{'fold':<10} {'rules alone':<40} {'scorer alone':<40} {'rules + scorer':<40}"
    print(head + auto_head)
    by_scorer = np.zeros(len(examples), dtype=bool)
    by_scorer_guessed = np.zeros(len(examples), dtype=bool)
    sentences = sentence_alarms = 0
    for label, test in folds:
        held = set(test)
        rest = [e for i, e in enumerate(examples) if i not in held]
        scorer = train([e.message for e in rest], [e.batch for e in rest])
        by_scorer[test] = scorer.flags([examples[i].message for i in test])
        if guessed is not None:
            by_scorer_guessed[test] = scorer.flags([guessed[i] for i in test])
        parts = [f for i in test if not labels[i] for f in fragments(examples[i].message)]
        sentences += len(parts)
        sentence_alarms += int(scorer.flags(parts).sum()) if parts else 0
        y = labels[test]
        auto = ""
        if by_rules_guessed is not None:
            auto = "   " + rates(by_rules_guessed[test] | by_scorer_guessed[test], y)
        print(
            f"{label:<10} {rates(by_rules[test], y):<40} {rates(by_scorer[test], y):<40} "
            f"{rates(by_rules[test] | by_scorer[test], y):<40}{auto}"
        )
    auto = ""
    if by_rules_guessed is not None:
        auto = "   " + rates(by_rules_guessed | by_scorer_guessed, labels)
    print(
        f"{'all':<10} {rates(by_rules, labels):<40} {rates(by_scorer, labels):<40} "
        f"{rates(by_rules | by_scorer, labels):<40}{auto}"
    )
    print(
        f"single sentences of the held-out clean messages, as messages: scorer FPR "
        f"{sentence_alarms / sentences:.3f} ({sentence_alarms}/{sentences})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="FOLDER")
    parser.add_argument(
        "--batches-only", action="store_true", help="leave one batch out only (no 5-fold)"
    )
    args = parser.parse_args()
    examples = load_examples()
    messages = [e.message for e in examples]
    labels = np.array([m.should_flag for m in messages])
    checker = rules_only()
    by_rules = rule_flags(checker, messages)
    print(f"eval/lint: {len(messages)} messages, {int(labels.sum())} to flag")

    if not args.batches_only:
        split = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        folds = [
            (f"fold {k + 1}", [int(i) for i in test])
            for k, (_, test) in enumerate(split.split(np.zeros(len(labels)), labels))
        ]
        report("stratified 5-fold", folds, examples, by_rules, labels)

    batches = sorted({e.batch for e in examples})
    by_batch = [
        (f"batch {b}", [i for i, e in enumerate(examples) if e.batch == b]) for b in batches
    ]
    kinds = leave_one_batch_out(messages, [e.batch for e in examples], KIND_C)
    guessed = as_kinds(messages, kinds)
    right = sum(k is m.kind for k, m in zip(kinds, messages, strict=True))
    print(
        f"\nkind guessed by a model trained without the message's batch: "
        f"{right / len(messages):.3f} right ({right}/{len(messages)})"
    )
    by_rules_guessed = rule_flags(checker, guessed)
    report("leave one batch out", by_batch, examples, by_rules, labels, guessed, by_rules_guessed)

    if args.extra:
        scorer = train(messages, [e.batch for e in examples])
        for folder in args.extra:
            extra = load_lint_set(folder)
            y = np.array([m.should_flag for m in extra])
            r, s = rule_flags(checker, extra), scorer.flags(extra)
            print(f"\n== {folder} (kept out of the set; scorer trained on all of eval/lint) ==")
            print(f"rules alone    {rates(r, y)}")
            print(f"scorer alone   {rates(s, y)}")
            print(f"rules + scorer {rates(r | s, y)}")


if __name__ == "__main__":
    main()
