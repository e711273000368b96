"""Compare every finding of the checker at a git ref with this tree's, message by message.

    python scripts/compare_findings.py --baseline main

A speed change to the checker must not change what it finds. This script runs the checker
of the code at REF (exported to a temporary folder) and of this tree, each in its own
process with its own style cache, over every message of eval/lint/ (under its labelled kind
and under `--kind auto`) and over mixed messages built like the bench's, and compares the
full results: the kind (and the cues `--kind auto` names for it), and each finding's rule
id, severity, span, line, column, message and fix. It prints the first differences and
exits 1 if there are any, 0 if none.

    python scripts/compare_findings.py --out before.jsonl [--no-scan]
    (change the checker)
    python scripts/compare_findings.py --out after.jsonl [--no-scan]; diff before.jsonl after.jsonl

writes this tree's results to a file instead, one check a line (the kind asked for, the
kind found, its cues and every finding), so that two states of one tree can be diffed.
`--no-scan` checks without the Hyperscan passes (the word triggers alone, as a single
`followup lint` and a checker's first messages do).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from trees import export_src, run_on, scans_ready  # noqa: E402  (bench/trees.py)


def _messages(mixed: int) -> list[tuple[str, str | None]]:
    """(text, kind or None for auto): the lint set both ways, then mixed messages."""
    from followup.evaluation.lintset import load_lint_set

    labelled = load_lint_set(REPO / "eval" / "lint")
    out: list[tuple[str, str | None]] = [(m.text, m.kind.value) for m in labelled]
    out += [(m.text, None) for m in labelled]
    rng = random.Random(11)
    texts = [m.text for m in labelled]
    for _ in range(mixed):
        words = " ".join(rng.choice(texts) for _ in range(4)).split()[:150]
        out.append((" ".join(words), None))
    return out


def dump(mixed: int, scan: bool = True) -> list[Any]:
    """Every message's kind and findings as plain data (`scan`: with the Hyperscan passes
    where the tree has them, from the first message; else never started)."""
    from followup.checker.engine import Checker
    from followup.core import MessageKind

    checker = Checker.from_settings()
    if scan:
        # A tree with the Hyperscan passes (multiscan.py) uses them from the first message
        # here, so that every message they can read goes through them.
        scans_ready(checker)
    elif hasattr(checker, "_checked"):
        checker._checked = -1  # never starts them
    results: list[Any] = []
    for text, kind in _messages(mixed):
        result = checker.check(text, MessageKind(kind) if kind else None)
        findings = [
            [f.rule_id, f.severity.value, f.start, f.end, f.line, f.column, f.message, f.fix]
            for f in result.findings
        ]
        cues = list(getattr(result, "kind_cues", ()))  # what `--kind auto` names as its cues
        results.append([text[:80], kind, result.kind.value, findings, cues])
    return results


def compare(ref: str, mixed: int) -> int:
    baseline = export_src(ref)
    try:
        before, after = (
            json.loads(run_on(__file__, src, "--dump", "--mixed", str(mixed)))
            for src in (baseline, REPO / "src")
        )
    finally:
        shutil.rmtree(baseline.parent, ignore_errors=True)
    differ = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    findings = sum(len(r[3]) for r in after)
    print(
        f"{len(after)} checks ({len(after) - mixed} of the lint set's messages, under their "
        f"kind and under auto, and {mixed} mixed), {findings} findings: {len(differ)} differ "
        f"between {ref} and this tree"
    )
    for a, b in differ[:10]:
        print(f"  {a[0]!r} (kind {a[1] or 'auto'}):\n    {ref}: {a[2:]}\n    this tree: {b[2:]}")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", metavar="REF", default="main", help="git ref (main)")
    parser.add_argument("--src", type=Path, default=REPO / "src", help=argparse.SUPPRESS)
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mixed", type=int, default=1000, help="mixed messages (1000)")
    parser.add_argument("--out", type=Path, help="write this tree's results to a file")
    parser.add_argument("--no-scan", action="store_true", help="with --out: no Hyperscan pass")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src))
    if args.out is not None:
        rows = dump(args.mixed, scan=not args.no_scan)
        args.out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        print(f"{len(rows)} checks, {sum(len(r[3]) for r in rows)} findings: {args.out}")
    elif args.dump:
        print(json.dumps(dump(args.mixed)))
    else:
        sys.exit(compare(args.baseline, args.mixed))


if __name__ == "__main__":
    main()
