"""Gate benchmarks: what the writer's context rules add to a check, and what privacy costs.

    .venv/bin/python bench/bench_gate.py

1. The labelled lint messages checked as thank-you notes with the full etiquette style and
   with the gate's rules left out (the ones tests/test_gate_batch.py checks: the seven new
   context rules plus placeholder and specific-detail), alternating, best of 5 passes over
   2,000 messages in one process. These rules run on the lint path too.
2. `privacy.private_lines` and `privacy.redact` over every notes file in eval/cases/notes
   (uncached: the files outnumber the caches). The writer pays this once per notes text.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.test_gate_batch import GATE_RULES  # noqa: E402

from followup import privacy  # noqa: E402
from followup.checker.engine import Checker  # noqa: E402
from followup.checker.styles import DEFAULT_STYLE, load_style  # noqa: E402
from followup.core import MessageKind  # noqa: E402


def lint_messages(count: int) -> list[str]:
    texts = [
        item["text"]
        for name in ("clean", "flagged")
        for item in yaml.safe_load((REPO / "eval" / "lint" / f"{name}.yaml").read_text())
    ]
    rng = random.Random(1)
    return [rng.choice(texts) for _ in range(count)]


def per_message(checker: Checker, batch: list[str]) -> float:
    start = time.perf_counter()
    for text in batch:
        checker.check(text, MessageKind.THANK_YOU)
    return (time.perf_counter() - start) / len(batch) * 1e6


def gate_rule_cost() -> None:
    batch = lint_messages(2000)
    full = Checker(load_style(DEFAULT_STYLE))
    without = Checker(
        [r for r in load_style(DEFAULT_STYLE) if r.id.split(".", 1)[1] not in GATE_RULES]
    )
    runs: dict[str, list[float]] = {"full style": [], "without the gate rules": []}
    for _ in range(5):
        runs["full style"].append(per_message(full, batch))
        runs["without the gate rules"].append(per_message(without, batch))
    for name, times in runs.items():
        print(
            f"check, {name}: best {min(times):.0f} us/message, "
            f"median {statistics.median(times):.0f} (2000 lint-set messages, 5 passes)"
        )
    added = min(runs["full style"]) - min(runs["without the gate rules"])
    print(f"the gate rules add {added:.0f} us per message (best against best)")


def privacy_cost() -> None:
    # 43 files cycled through caches of 16: every call below computes afresh.
    notes = [p.read_text() for p in sorted((REPO / "eval" / "cases" / "notes").glob("*.*"))]
    for name, func in (("private_lines", privacy.private_lines), ("redact", privacy.redact)):
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for text in notes:
                func(text)
            best = min(best, (time.perf_counter() - start) / len(notes) * 1e6)
        print(f"privacy.{name}: {best:.0f} us per notes file (best of 5, {len(notes)} files)")


if __name__ == "__main__":
    gate_rule_cost()
    privacy_cost()
