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

Tone rules that name the scorer model (`support:`) keep a hit only when the model reads the
message as pushy enough; in each fold they ask the fold's model, so "rules alone" is the
rules as they would run beside a scorer that never saw the batch.

Read the figures with this in mind: the rules were written against this whole set, so their
per-fold figures are in-sample (except batches 23-31, K, L, O, P, M, N, Q, R and U, which no
rule was changed for until checker round 7, and V-AC, read for checker round 10); only the
scorer column is truly out of sample. `--show` prints each held-out fold's misses and false
alarms (rules + scorer), with the rules that fired and the fold scorer's probability.
`--batches` holds out only the batches named; `--kind-feature` trains the scorer with the
message kind as a feature, as it was until checker round 8 (the default is without). `--target-
fpr` sets the share of clean training messages the scorer's threshold may flag
(scripts/scorer_training.py, TARGET_FPR).
`--extra` scores folders kept out of the set (a batch held aside) with the scorer trained on
all of it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scorer_training
from followup.checker.engine import Checker
from followup.checker.rules.existence import ExistenceRule
from followup.checker.rules.scorer import MODELS
from followup.core import MessageKind, Severity
from followup.evaluation.lintset import LabeledMessage, load_lint_set
from scorer_training import (
    SEED,
    Example,
    TrainedScorer,
    fragments,
    lint_model,
    load_examples,
    rule_flags,
    rules_only,
    train,
)
from train_kind_model import leave_one_batch_out

KIND_C = 3.0  # the kind model's regularisation (what make kind-model chooses today)
# The batches written by helpers briefed only on the domain, scored before anyone read them
# (eval/lint's comment headers): the closest the set has to messages nobody here has seen.
INDEPENDENT = {
    14: "E",
    15: "F",
    16: "G",
    17: "H",
    21: "I",
    22: "J",
    23: "K",
    24: "L",
    25: "O",
    26: "P",
    27: "M",
    28: "N",
    29: "Q",
    30: "R",
    31: "U",
    32: "S",
    33: "T",
    34: "V",
    35: "W",
    36: "Z",
    37: "X",
    38: "Y",
    39: "AA",
    40: "AB",
    41: "AC",
}


def support_with(checker: Checker, scorer: TrainedScorer) -> None:
    """Let the rules that ask the scorer for support ask this one (a fold's)."""
    model = lint_model(scorer)
    for rule in checker.rules:
        if isinstance(rule, ExistenceRule) and rule.support:
            MODELS[Path(rule.source).parent / rule.support] = model


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


SHOW = False  # --show: print each held-out fold's misses and false alarms


def show_errors(
    label: str, checker: Checker, scorer: TrainedScorer, messages: list[LabeledMessage]
) -> None:
    """Print the messages of a held-out fold that rules + scorer get wrong: a miss or a false
    alarm, its kind, the rules that fired, the fold scorer's probability and its threshold."""
    probs = scorer.probabilities(messages)
    for message, prob in zip(messages, probs, strict=True):
        fired = sorted(
            {
                f.rule_id
                for f in checker.check(message.text, message.kind).findings
                if f.severity.rank >= Severity.WARNING.rank
            }
        )
        if bool(fired) or prob >= scorer.threshold:
            if message.should_flag:
                continue
            verdict = "FALSE ALARM"
        elif message.should_flag:
            verdict = "MISS"
        else:
            continue
        text = " ".join(message.text.split())
        print(
            f"  {label} {verdict} ({message.kind.value}; scorer {prob:.3f} of "
            f"{scorer.threshold:.3f}; rules {', '.join(fired) or '-'}): {message.why}\n"
            f"      {text}"
        )


def report(
    name: str,
    folds: list[tuple[str, list[int]]],
    examples: list[Example],
    checker: Checker,
    labels: np.ndarray,
    ruled: np.ndarray,
    guessed: list[LabeledMessage] | None = None,
) -> None:
    """Train a scorer per fold on the rest; print rules (supported by that scorer), scorer
    and rules + scorer per fold, and with `guessed` (the messages as the kinds a held-out
    kind model guessed) rules + scorer checking those kinds."""
    print(f"\n== {name} ==")
    auto_head = "   rules + scorer, kind auto" if guessed is not None else ""
    head = f"{'fold':<14} {'rules alone':<40} {'scorer alone':<40} {'rules + scorer':<40}"
    print(head + auto_head)
    by_rules = np.zeros(len(examples), dtype=bool)
    by_rules_guessed = np.zeros(len(examples), dtype=bool) if guessed is not None else None
    by_scorer = np.zeros(len(examples), dtype=bool)
    by_scorer_guessed = np.zeros(len(examples), dtype=bool)
    sentences = sentence_alarms = 0
    crowded: list[str] = []  # folds whose clean messages get two or more false alarms
    crowded_guessed: list[str] = []
    for label, test in folds:
        held = set(test)
        rest = [i for i in range(len(examples)) if i not in held]
        scorer = train(
            [examples[i].message for i in rest],
            [examples[i].batch for i in rest],
            [bool(ruled[i]) for i in rest],
        )
        support_with(checker, scorer)
        by_rules[test] = rule_flags(checker, [examples[i].message for i in test])
        by_scorer[test] = scorer.flags([examples[i].message for i in test])
        if guessed is not None and by_rules_guessed is not None:
            by_rules_guessed[test] = rule_flags(checker, [guessed[i] for i in test])
            by_scorer_guessed[test] = scorer.flags([guessed[i] for i in test])
        if SHOW:
            show_errors(label, checker, scorer, [examples[i].message for i in test])
        parts = [f for i in test if not labels[i] for f in fragments(examples[i].message)]
        sentences += len(parts)
        sentence_alarms += int(scorer.flags(parts).sum()) if parts else 0
        y = labels[test]
        if int((by_rules[test] | by_scorer[test])[~y].sum()) >= 2:
            crowded.append(label)
        auto = ""
        if by_rules_guessed is not None:
            auto = "   " + rates(by_rules_guessed[test] | by_scorer_guessed[test], y)
            if int((by_rules_guessed[test] | by_scorer_guessed[test])[~y].sum()) >= 2:
                crowded_guessed.append(label)
        print(
            f"{label:<14} {rates(by_rules[test], y):<40} {rates(by_scorer[test], y):<40} "
            f"{rates(by_rules[test] | by_scorer[test], y):<40}{auto}"
        )
    held = [i for _, test in folds for i in test]  # every held-out message, in fold order
    y, r, s = labels[held], by_rules[held], by_scorer[held]
    auto = ""
    if by_rules_guessed is not None:
        auto = "   " + rates(by_rules_guessed[held] | by_scorer_guessed[held], y)
    print(f"{'all':<14} {rates(r, y):<40} {rates(s, y):<40} {rates(r | s, y):<40}{auto}")
    independent = [i for label, test in folds if label.endswith(")") for i in test]
    if independent:
        y, r, s = labels[independent], by_rules[independent], by_scorer[independent]
        auto = ""
        if by_rules_guessed is not None:
            both = by_rules_guessed[independent] | by_scorer_guessed[independent]
            auto = "   " + rates(both, y)
        name = "independent"
        print(f"{name:<14} {rates(r, y):<40} {rates(s, y):<40} {rates(r | s, y):<40}{auto}")
    print(
        f"folds whose clean messages get 2+ false alarms (rules + scorer): {len(crowded)} of "
        f"{len(folds)}" + (f" ({', '.join(crowded)})" if crowded else "")
    )
    if guessed is not None:
        print(
            f"the same with the kind guessed: {len(crowded_guessed)} of {len(folds)}"
            + (f" ({', '.join(crowded_guessed)})" if crowded_guessed else "")
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
    parser.add_argument("--target-fpr", type=float, default=scorer_training.TARGET_FPR)
    parser.add_argument(
        "--min-batches",
        type=int,
        default=scorer_training.MIN_BATCHES,
        help="keep only n-grams used in at least this many training batches",
    )
    parser.add_argument(
        "--crowded-share",
        type=float,
        default=scorer_training.CROWDED_SHARE,
        help="choose the threshold so that at most this share of training batches get 2+ false "
        "alarms, rules and scorer together (a negative value: --target-fpr pooled instead)",
    )
    parser.add_argument(
        "--batches",
        type=int,
        nargs="+",
        metavar="N",
        help="hold out only these batches (each still judged by models trained on all others)",
    )
    parser.add_argument(
        "--kind-feature",
        action=argparse.BooleanOptionalAction,
        default=scorer_training.KIND_FEATURE,
        help="whether the scorer reads the message's kind",
    )
    parser.add_argument(
        "--show", action="store_true", help="print each held-out fold's misses and false alarms"
    )
    args = parser.parse_args()
    global SHOW
    SHOW = args.show
    scorer_training.TARGET_FPR = args.target_fpr
    share = args.crowded_share
    scorer_training.CROWDED_SHARE = share if share is not None and share >= 0 else None
    scorer_training.MIN_BATCHES = args.min_batches
    scorer_training.KIND_FEATURE = args.kind_feature
    examples = load_examples()
    messages = [e.message for e in examples]
    labels = np.array([m.should_flag for m in messages])
    checker = rules_only()
    # The rules' verdicts with the shipped scorer's support, for budgeting each fold's
    # threshold (scorer_training.CROWDED_SHARE); computed before any fold's model replaces it.
    ruled = rule_flags(checker, messages)
    print(f"eval/lint: {len(messages)} messages, {int(labels.sum())} to flag")

    if not args.batches_only:
        split = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        folds = [
            (f"fold {k + 1}", [int(i) for i in test])
            for k, (_, test) in enumerate(split.split(np.zeros(len(labels)), labels))
        ]
        report("stratified 5-fold", folds, examples, checker, labels, ruled)

    batches = sorted({e.batch for e in examples})
    by_batch = [
        (
            f"batch {b}" + (f" ({INDEPENDENT[b]})" if b in INDEPENDENT else ""),
            [i for i, e in enumerate(examples) if e.batch == b],
        )
        for b in batches
        if not args.batches or b in args.batches
    ]
    only = set(args.batches) if args.batches else None
    kinds = leave_one_batch_out(messages, [e.batch for e in examples], KIND_C, only)
    guessed = as_kinds(messages, kinds)
    judged = [i for i, e in enumerate(examples) if only is None or e.batch in only]
    right = sum(kinds[i] is messages[i].kind for i in judged)
    print(
        f"\nkind guessed by a model trained without the message's batch: "
        f"{right / len(judged):.3f} right ({right}/{len(judged)})"
    )
    report("leave one batch out", by_batch, examples, checker, labels, ruled, guessed)

    if args.extra:
        scorer = train(messages, [e.batch for e in examples], [bool(r) for r in ruled])
        support_with(checker, scorer)
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
