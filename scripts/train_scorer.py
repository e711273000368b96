"""Train the etiquette scorer on eval/lint and write the JSON model the `scorer` rule ships.

    make scorer        (installs the [train] extra, then runs this)

Fits on the whole labelled set (see scripts/scorer_training.py for the model and how the
threshold is chosen), then writes src/followup/checker/styles/etiquette/pushy-tone.json:
the n-gram weights, the intercept, the threshold, and reference probabilities for a few
messages that tests/test_scorer.py reproduces with the standard-library scorer. Prints the
out-of-fold recall and false-positive rate of the scorer alone (5-fold, seeded), not its
training accuracy; scripts/lint_crossval.py gives the per-fold figures with the rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scorer_training import (
    LINT_SET,
    REPO,
    load_examples,
    out_of_fold,
    rule_flags,
    rules_only,
    train,
)

MODEL = REPO / "src" / "followup" / "checker" / "styles" / "etiquette" / "pushy-tone.json"
REFERENCES = 12  # messages whose probabilities go into the file for the fidelity test


def main() -> None:
    examples = load_examples(LINT_SET)
    messages = [e.message for e in examples]
    labels = np.array([m.should_flag for m in messages])
    ruled = rule_flags(rules_only(), messages)  # the threshold's budget counts their alarms
    decided = out_of_fold(examples, rules=ruled)
    caught, alarms = int(decided[labels].sum()), int(decided[~labels].sum())
    print(
        f"scorer alone, 5-fold out of fold: recall {caught / labels.sum():.3f} "
        f"({caught}/{int(labels.sum())}), false-positive rate {alarms / (~labels).sum():.3f} "
        f"({alarms}/{int((~labels).sum())})"
    )
    scorer = train(messages, [e.batch for e in examples], [bool(r) for r in ruled])
    step = max(1, len(messages) // REFERENCES)
    data = scorer.export(messages[::step][:REFERENCES], f"eval/lint ({len(messages)} messages)")
    MODEL.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n")
    size = MODEL.stat().st_size
    print(
        f"wrote {MODEL.relative_to(REPO)}: {len(data['weights'])} n-grams, "
        f"threshold {data['threshold']:.3f}, {size / 1024:.0f} KB"
    )


if __name__ == "__main__":
    main()
