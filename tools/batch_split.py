"""Score the offline writer batch by batch, with the held-out batches split in two.

    .venv/bin/python tools/batch_split.py                 (runs `followup eval`, then the table)
    .venv/bin/python tools/batch_split.py --run DIR       (the table from a finished run folder)
    .venv/bin/python tools/batch_split.py --split n       (batches before n are for development)
    .venv/bin/python tools/batch_split.py --read t,u       (batches read after their first run)

The writer's held-out batches (eval/cases/heldout-*.yaml) were each written by someone who
never saw the writer. A change made while reading batches a..m and checked on batches n..z,
which its author did not read, is measured the way a new user's notes would measure it: that
is the point of the split (a reading form found in one batch rarely returns in the next).
This script prints only counts for the validation batches (passed, refused, the missing facts
named by refusals, drafts with no detail), never their notes or drafts, so that a developer
can look at the figure without learning the batch.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Collection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BATCH = re.compile(r"heldout-([a-z]+)\.yaml$")


def run_eval(out: Path) -> None:
    """Run the offline writer over every case (the run folder holds results.json)."""
    env = dict(os.environ, FOLLOWUP_HOME=tempfile.mkdtemp())
    cmd = [sys.executable, "-m", "followup", "eval", str(REPO / "eval" / "cases")]
    cmd += ["--out", str(out), "--min-pass", "0"]
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=False)


def batch_rows(results: dict) -> dict[str, Counter[str]]:
    """Per held-out batch letter: cases, passed, refused, drafts without a detail."""
    rows: dict[str, Counter[str]] = {}
    for case in results["cases"]:
        match = BATCH.search(case["file"])
        if not match:
            continue
        row = rows.setdefault(match.group(1), Counter())
        row["cases"] += 1
        row["passed"] += bool(case["passed"])
        if case["error"]:
            row["refused"] += 1
            missing = re.search(r"do not say: (.*)", case["error"])
            for fact in missing.group(1).split(", ") if missing else ["other"]:
                row["missing " + fact.strip()] += 1
        for draft in case["drafts"]:
            ids = {f["rule_id"] for f in draft["findings"]}
            row["drafts"] += 1
            row["ready"] += draft["status"] == "ready"
            row["no detail"] += "etiquette.specific-detail" in ids
    return rows


def is_development(letter: str, split: str, read: Collection[str]) -> bool:
    """Batches before the split letter, and later ones named as read after their first run."""
    return (len(letter), letter) < (len(split), split) or letter in read


def table(rows: dict[str, Counter[str]], split: str, read: Collection[str] = ()) -> str:
    lines = []
    for name, letters in (
        ("development", [b for b in rows if is_development(b, split, read)]),
        ("validation", [b for b in rows if not is_development(b, split, read)]),
    ):
        total: Counter[str] = Counter()
        for letter in sorted(letters, key=lambda b: (len(b), b)):
            total.update(rows[letter])
        per = ", ".join(
            f"{b.upper()} {rows[b]['passed']}/{rows[b]['cases']}"
            for b in sorted(letters, key=lambda b: (len(b), b))
        )
        facts = ", ".join(
            f"{k[8:]} {v}" for k, v in sorted(total.items()) if k.startswith("missing ")
        )
        lines.append(
            f"{name}: {total['passed']}/{total['cases']} passed, {total['refused']} refused"
            f" ({facts or 'none'}), drafts {total['ready']}/{total['drafts']} ready,"
            f" {total['no detail']} with no detail  [{per}]"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, help="a finished `followup eval --out` folder")
    parser.add_argument("--split", default="n", help="first validation batch letter")
    parser.add_argument(
        "--read",
        default="t,u,v,w,x,y,z,aa,ab,ac,ad",
        help="later batches read after their first run, counted as development (comma list)",
    )
    args = parser.parse_args()
    run = args.run or Path(tempfile.mkdtemp()) / "run"
    if args.run is None:
        run_eval(run)
    results = json.loads((run / "results.json").read_text(encoding="utf-8"))
    read = {b.strip().lower() for b in args.read.split(",") if b.strip()}
    print(table(batch_rows(results), args.split, read))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
