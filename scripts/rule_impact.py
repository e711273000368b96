"""What a rule change changes on eval/lint: every finding of every message, before and after.

    python scripts/rule_impact.py --save before.json      # before the change
    python scripts/rule_impact.py --compare before.json   # after it

Records, for each of the labelled messages (as its labelled kind, and as each of the five
kinds), the rules that report a warning or an error (the shipped style, scorer included),
and compares two such records: per rule, the clean and flagged messages it newly fires on
or no longer fires on, and the messages whose verdict changed, with their batch. A rule
change that adds a false alarm on the clean set shows here before any fresh batch sees it.
`--kinds` prints which rules' findings depend on the kind a message is checked as.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from followup.checker.engine import Checker
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.core import MessageKind, Severity
from scorer_training import load_examples


def record() -> list[dict[str, object]]:
    """Each message's batch, label, kind and the rules that flag it under every kind."""
    checker = Checker(load_style(DEFAULT_STYLE))
    rows: list[dict[str, object]] = []
    for example in load_examples():
        m = example.message
        fired = {
            kind.value: sorted(
                {
                    f.rule_id
                    for f in checker.check(m.text, kind).findings
                    if f.severity.rank >= Severity.WARNING.rank
                }
            )
            for kind in MessageKind
        }
        rows.append(
            {
                "batch": example.batch,
                "kind": m.kind.value,
                "flag": m.should_flag,
                "text": m.text,
                "rules": fired,
            }
        )
    return rows


def summary(rows: list[dict[str, object]]) -> str:
    """Recall and false-positive rate as labelled."""
    flagged = [r for r in rows if r["flag"]]
    clean = [r for r in rows if not r["flag"]]
    caught = sum(1 for r in flagged if r["rules"][r["kind"]])  # type: ignore[index]
    alarms = sum(1 for r in clean if r["rules"][r["kind"]])  # type: ignore[index]
    return (
        f"recall {caught / len(flagged):.3f} ({caught}/{len(flagged)}), "
        f"false positives {alarms / len(clean):.3f} ({alarms}/{len(clean)})"
    )


def compare(before: list[dict[str, object]], after: list[dict[str, object]]) -> None:
    """Per rule, what it gained and lost (as labelled), and every changed verdict."""
    gained: Counter[tuple[str, bool]] = Counter()
    lost: Counter[tuple[str, bool]] = Counter()
    print(f"before: {summary(before)}\nafter:  {summary(after)}")
    for old, new in zip(before, after, strict=True):
        if old["text"] != new["text"]:
            raise SystemExit("the labelled set changed between the two records")
        kind = str(new["kind"])
        a, b = set(old["rules"][kind]), set(new["rules"][kind])  # type: ignore[index]
        for rule in b - a:
            gained[(rule, bool(new["flag"]))] += 1
        for rule in a - b:
            lost[(rule, bool(new["flag"]))] += 1
        if bool(a) != bool(b):
            what = "now flagged" if b else "now passes"
            side = "flagged" if new["flag"] else "clean"
            text = str(new["text"])[:110].replace("\n", " ")
            print(f"  batch {new['batch']} [{kind}, {side}] {what} {sorted(b or a)}: {text!r}")
    for rule in sorted({r for r, _ in gained | lost}):
        print(
            f"  {rule:<38} fires on +{gained[(rule, False)]}/-{lost[(rule, False)]} clean, "
            f"+{gained[(rule, True)]}/-{lost[(rule, True)]} flagged"
        )


def kind_dependence(rows: list[dict[str, object]]) -> None:
    """Which rules fire under some kinds and not others, and on which side."""
    depends: Counter[tuple[str, bool]] = Counter()
    verdicts = Counter()
    for row in rows:
        fired = row["rules"]  # type: ignore[assignment]
        every = set().union(*map(set, fired.values()))  # type: ignore[union-attr]
        for rule in every:
            if not all(rule in rs for rs in fired.values()):  # type: ignore[union-attr]
                depends[(rule, bool(row["flag"]))] += 1
        if len({bool(rs) for rs in fired.values()}) > 1:  # type: ignore[union-attr]
            verdicts[bool(row["flag"])] += 1
    for (rule, flag), n in sorted(depends.items(), key=lambda x: -x[1]):
        print(f"  {rule:<38} {'flagged' if flag else 'clean':<8} {n}")
    print(
        f"verdict depends on the kind: {verdicts[True]} flagged, {verdicts[False]} clean messages"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, metavar="FILE")
    parser.add_argument("--compare", type=Path, metavar="FILE")
    parser.add_argument("--kinds", action="store_true", help="which rules depend on the kind")
    args = parser.parse_args()
    rows = record()
    print(summary(rows))
    if args.save:
        args.save.write_text(json.dumps(rows), encoding="utf-8")
    if args.compare:
        compare(json.loads(args.compare.read_text(encoding="utf-8")), rows)
    if args.kinds:
        kind_dependence(rows)


if __name__ == "__main__":
    main()
