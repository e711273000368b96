"""The scorer's threshold by leave one batch out, with the rules and their weak floors.

    .venv/bin/python tools/scorer_lobo.py [PROBS.npy]   (needs the [train] extra: scikit-learn)

Each batch of eval/lint is scored by a scorer trained without it (scripts/scorer_training.py's
model, features and clean-sentence augmentation), so every probability here is out of sample.
The rules are the shipped ones (in sample on the older batches: they were written reading
them), checked as the labelled kind, and a weak rule's lone hit counts only when the held-out
probability reaches its `weak:` floor (checker/corroboration.py), as it would on fresh text.
For each threshold it prints the scorer alone and rules + scorer, over all batches and over
the independent ones, and the threshold chosen: among those keeping rules + scorer at or below
MAX_FPR out of sample, the highest whose recall is within RECALL_SLACK of the best of them (the
rules' false alarms on fresh text, tools/first_seen.md, leave the scorer little of a 0.05
budget). scripts/scorer_training.py ships it (FIXED_THRESHOLD). The scorer counts a message
only when the held-out model also reads one of its sentences alone at the scorer rule's
`sentence-floor` (pushy-tone.yml), as the lint path does.
Writes tools/scorer_lobo.txt; with PROBS.npy, keeps the held-out probabilities there (and reads
them back on the next run, for another look at the rules without 44 fits).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import scorer_training as st  # noqa: E402
from followup.checker.engine import Checker  # noqa: E402
from followup.checker.rules.scorer import sentences  # noqa: E402
from followup.checker.styles import DEFAULT_STYLE, load_style  # noqa: E402
from followup.core import Severity  # noqa: E402
from followup.evaluation.lintset import LabeledMessage  # noqa: E402

MAX_FPR = 0.03  # rules + scorer, out of sample, pooled over the batches
RECALL_SLACK = 0.005  # recall a higher threshold may give up for fewer false alarms
GRID = [round(0.80 + 0.01 * k, 2) for k in range(20)]
OUT = Path(__file__).with_suffix(".txt")


def independent_batches(examples: list[st.Example]) -> set[int]:
    """The batch numbers whose header says `Independent batch` (clean.yaml's count)."""
    batch, out = 1, set()
    for line in (st.LINT_SET / "clean.yaml").read_text(encoding="utf-8").splitlines():
        if st._BATCH.match(line):
            batch += 1
            if line.startswith("# Independent batch"):
                out.add(batch)
    return out & {e.batch for e in examples}


def out_of_batch(examples: list[st.Example]) -> np.ndarray:
    """Each message's probability from a scorer trained on the other batches (row 0), and
    the highest that scorer gives one of its sentences read alone (row 1, for the scorer
    rule's `sentence-floor`)."""
    messages = [e.message for e in examples]
    batches = np.array([e.batch for e in examples])
    probs = np.zeros(len(messages))
    best = np.zeros(len(messages))
    for held in sorted(set(batches.tolist())):
        rest = [i for i in range(len(messages)) if batches[i] != held]
        parts = [f for i in rest if not messages[i].should_flag for f in st.fragments(messages[i])]
        groups = [int(batches[i]) for i in rest] + [
            int(batches[i])
            for i in rest
            if not messages[i].should_flag
            for _ in st.fragments(messages[i])
        ]
        train = [messages[i] for i in rest] + parts
        labels = np.array([1 if m.should_flag else 0 for m in train])
        model = st._fit([st.features(m) for m in train], labels, np.array(groups))
        test = [i for i in range(len(messages)) if batches[i] == held]
        probs[test] = model.predict_proba([st.features(messages[i]) for i in test])[:, 1]
        for i in test:
            kind = messages[i].kind
            parts = [LabeledMessage(t, kind, False) for t in sentences(messages[i].text)]
            best[i] = max(model.predict_proba([st.features(m) for m in parts])[:, 1])
        print(f"batch {held}: {len(test)} held out", file=sys.stderr)
    return np.stack([probs, best])


def rule_verdicts(examples: list[st.Example]) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """(flagged by a rule that stands alone, lone weak hit, that rule's floor) per message."""
    rules = [r for r in load_style(DEFAULT_STYLE) if r.extends != "scorer"]
    floors = {r.id: r.weak for r in rules if r.weak is not None}
    checker = Checker([r.replace(weak=None) for r in rules])
    strong = np.zeros(len(examples), dtype=bool)
    lone = np.zeros(len(examples), dtype=bool)
    floor = [1.0] * len(examples)
    for i, e in enumerate(examples):
        result = checker.check(e.message.text, e.message.kind)
        fired = {f.rule_id for f in result.findings if f.severity.rank >= Severity.WARNING.rank}
        if len(fired) == 1 and next(iter(fired)) in floors:
            lone[i] = True
            floor[i] = float(floors[next(iter(fired))] or 0.0)
        elif fired:
            strong[i] = True
    return strong, lone, floor


def rates(flags: np.ndarray, labels: np.ndarray) -> str:
    caught, alarms = int(flags[labels].sum()), int(flags[~labels].sum())
    return (
        f"{caught / labels.sum():.3f} / {alarms / (~labels).sum():.3f} "
        f"({alarms:>2}/{int((~labels).sum())})"
    )


def main() -> None:
    examples = st.load_examples()
    labels = np.array([e.message.should_flag for e in examples])
    strong, lone, floor = rule_verdicts(examples)  # first: the rule files as they are now
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None  # optional .npy of the probabilities
    if cache is not None and cache.exists():
        both_rows = np.load(cache)
    else:
        both_rows = out_of_batch(examples)
        if cache is not None:
            np.save(cache, both_rows)
    probs, best = both_rows[0], both_rows[1]
    # The scorer rule's sentence condition (pushy-tone.yml `sentence-floor`): a message that
    # reaches the threshold counts only when one of its sentences reaches the floor alone.
    scorer_rule = next(r for r in load_style(DEFAULT_STYLE) if r.extends == "scorer")
    sentence_floor = getattr(scorer_rule, "sentence_floor", None) or 0.0
    focused = best >= sentence_floor
    supported = lone & (probs >= np.array(floor))
    independent = np.array([e.batch in independent_batches(examples) for e in examples])
    lines = [
        f"eval/lint: {len(examples)} messages, {len(set(e.batch for e in examples))} batches "
        f"(independent: {int(independent.sum())} messages); recall / false positives; "
        f"the scorer with its sentence floor {sentence_floor:g}",
        "rules alone (weak hits with the held-out scorer as their second signal): "
        f"{rates(strong | supported, labels)}; independent "
        f"{rates((strong | supported)[independent], labels[independent])}",
        "",
        f"{'threshold':<10} {'scorer alone':<24} {'rules + scorer':<24} "
        f"{'independent: scorer':<24} {'independent: both':<24}",
    ]
    allowed: list[tuple[float, float]] = []
    for cut in GRID:
        scorer = (probs >= cut) & focused
        both = strong | supported | scorer
        lines.append(
            f"{cut:<10.2f} {rates(scorer, labels):<24} {rates(both, labels):<24} "
            f"{rates(scorer[independent], labels[independent]):<24} "
            f"{rates(both[independent], labels[independent]):<24}"
        )
        fpr = float(both[~labels].mean())
        recall = float(both[labels].mean())
        if fpr <= MAX_FPR:
            allowed.append((cut, recall))
    if allowed:
        top = max(r for _, r in allowed)
        chosen = max(c for c, r in allowed if r >= top - RECALL_SLACK)
        lines.append(
            f"\nthresholds with rules + scorer at most {MAX_FPR}: from {allowed[0][0]:.2f} "
            f"(recall {top:.3f}); the highest within {RECALL_SLACK} of that recall, for the "
            f"fewest false alarms: {chosen:.2f}"
        )
    text = "\n".join(lines) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
