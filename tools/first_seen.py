"""First-seen record: each independent lint batch checked by the checker it first met.

    .venv/bin/python tools/first_seen.py            (writes tools/first_seen.json and .md)
    .venv/bin/python tools/first_seen.py --table    (the table again from the JSON, no runs)

eval/lint/{clean,flagged}.yaml hold the independent batches under `# Independent batch XX`
headers, each appended in a commit after the batch's first run. For each batch this script
takes the source tree at the parent of the commit that added it (`git archive`, into a temp
folder: the checker as it was before anyone tuned a rule on the batch), checks that batch's
messages with it (labelled kind and `--kind auto`, default settings, a fresh FOLLOWUP_HOME)
and records every finding. From the record it prints, per rule id (the scorer is the rule
`etiquette.pushy-tone`), the clean messages it flagged and the flagged messages it caught on
text it had never seen: each rule's first-seen precision. A rule added after a batch never
fires on it here, so it can neither gain nor lose from that batch.

`apply_calibration` replays a calibration over the record (the rules' findings as they were,
with `weak:` floors applied), which is how the "after" columns of the first-seen table are
computed: only rules that existed when a batch was first run count for it.

No library does "check out each commit's tree and run it": `git archive | tar` is the least
machinery (no worktree bookkeeping to clean up), and the old tree runs in a subprocess with its
own `src` first on PYTHONPATH, using this venv's dependencies.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LINT = REPO / "eval" / "lint"
RECORD = Path(__file__).with_suffix(".json")
TABLE = Path(__file__).with_suffix(".md")
HEADER = re.compile(r"^# Independent batch (\w+)")
ANY_BATCH = re.compile(r"^#\s*\w+ batch", re.IGNORECASE)
SCORER = "etiquette.pushy-tone"

# Run inside the old tree: check each message of one batch folder, print the findings.
DRIVER = r"""
import json, sys
from pathlib import Path
from followup.checker.engine import Checker
from followup.evaluation.lintset import load_lint_set
checker = Checker.from_settings(None)
scorer = next(r for r in checker.rules if getattr(r, "extends", "") == "scorer")
out = []
for m in load_lint_set(Path(sys.argv[1])):
    row = {"flag": m.should_flag, "kind": m.kind.value, "text": m.text}
    row["probability"] = round(scorer.scorer.probability(m.text, m.kind.value), 4)
    row["threshold"] = round(scorer.scorer.threshold, 4)
    for mode, kind in (("labelled", m.kind), ("auto", None)):
        result = checker.check(m.text, kind)
        row[mode] = [[f.rule_id, f.severity.value, f.match] for f in result.findings]
        if kind is None:
            row["auto_kind"] = result.kind.value
    out.append(row)
print(json.dumps(out))
"""


def batch_sections(path: Path) -> dict[str, str]:
    """Each independent batch's part of a lint file (its header line to the next batch)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if ANY_BATCH.match(line):
            match = HEADER.match(line)
            current = sections.setdefault(match.group(1), []) if match else None
        if current is not None:
            current.append(line)
    return {name: "\n".join(lines) + "\n" for name, lines in sections.items()}


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.strip()


def added_in(name: str) -> str:
    """The commit that added batch `name`'s header to eval/lint/clean.yaml."""
    header = f"# Independent batch {name} "
    out = git("log", "--format=%H", "--reverse", "-S", header, "--", "eval/lint/clean.yaml")
    return out.splitlines()[0]


def run_batch(commit: str, name: str, clean: str, flagged: str, work: Path) -> list[dict[str, Any]]:
    """The findings of the checker at `commit`^ on one batch."""
    tree = work / commit[:10]
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(
            ["git", "archive", f"{commit}^", "src"], cwd=REPO, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    folder = work / f"batch-{name}"
    folder.mkdir()
    (folder / "clean.yaml").write_text(clean or "[]\n", encoding="utf-8")
    (folder / "flagged.yaml").write_text(flagged or "[]\n", encoding="utf-8")
    home = work / f"home-{name}"
    home.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "FOLLOWUP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(folder)],
        cwd=home,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


def record() -> dict[str, Any]:
    clean = batch_sections(LINT / "clean.yaml")
    flagged = batch_sections(LINT / "flagged.yaml")
    names = list(dict.fromkeys([*clean, *flagged]))
    out: dict[str, Any] = {"batches": []}
    with tempfile.TemporaryDirectory(prefix="first-seen-") as tmp:
        for name in names:
            commit = added_in(name)
            rows = run_batch(commit, name, clean.get(name, ""), flagged.get(name, ""), Path(tmp))
            print(f"batch {name}: {len(rows)} messages on {commit[:7]}^", file=sys.stderr)
            out["batches"].append({"name": name, "added_in": commit[:7], "messages": rows})
    return out


# The calibration replayed over the record: rule id -> the scorer probability a lone hit needs.
# A "weak" rule's hit makes a message count as flagged only when a second signal agrees:
# another rule's warning on the message, or the scorer reading it at this probability or
# more (the rule's `weak:` field in its YAML file); else it is a suggestion (info). Chosen by
# `choose_weak` on this record (see the README); `shipped_calibration` reads the rule files.
def shipped_calibration() -> dict[str, float]:
    """Rule id -> `weak:` floor, read from the shipped etiquette rule files."""
    import yaml

    folder = REPO / "src" / "followup" / "checker" / "styles" / "etiquette"
    out: dict[str, float] = {}
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("weak") is not None:
            out[f"etiquette.{path.stem}"] = float(data["weak"])
    return out


FLOORS = (0.2,)  # the floor choose_weak uses (0.1 and 0.3 were tried: see the README)


def flagged_by(message: dict[str, Any], mode: str, weak: dict[str, float]) -> set[str]:
    """The rules whose findings make a message count as flagged after the calibration."""
    strong = {rule for rule, severity, _ in message[mode] if severity in ("warning", "error")}
    if len(strong) >= 2:
        return strong
    return {r for r in strong if r not in weak or message["probability"] >= weak[r]}


def lone_effect(batches: list[dict[str, Any]], rule: str, floor: float) -> tuple[int, int]:
    """(catches lost, false alarms removed) if `rule` were weak at `floor` on these batches."""
    lost = removed = 0
    for batch in batches:
        for m in batch["messages"]:
            fired = {r for r, s, _ in m["labelled"] if s in ("warning", "error")}
            if fired == {rule} and m["probability"] < floor:
                lost += m["flag"]
                removed += not m["flag"]
    return lost, removed


def choose_weak(batches: list[dict[str, Any]]) -> dict[str, float]:
    """The calibration these batches support: one floor for all, and every rule (the scorer
    aside) whose lone hits below it were more often false alarms than catches; the floor is
    the one that removes most false alarms net of catches lost."""
    rules = {r for b in batches for m in b["messages"] for r, _, _ in m["labelled"]} - {SCORER}
    best: tuple[int, dict[str, float]] = (0, {})
    for floor in FLOORS:
        chosen, gain = {}, 0
        for rule in sorted(rules):
            lost, removed = lone_effect(batches, rule, floor)
            if removed > lost:
                chosen[rule] = floor
                gain += removed - lost
        if gain > best[0]:
            best = (gain, chosen)
    return best[1]


def apply_calibration(
    data: dict[str, Any], weak: dict[str, float] | None, mode: str
) -> list[tuple[str, int, int, int, int]]:
    """Per batch: (name, caught, flagged, false alarms, clean) with `weak` applied; None:
    nested, each batch with the calibration choose_weak picks on all the other batches."""
    rows = []
    for batch in data["batches"]:
        rest = [b for b in data["batches"] if b is not batch]
        used = choose_weak(rest) if weak is None else weak
        caught = alarms = n_flag = n_clean = 0
        for m in batch["messages"]:
            hit = bool(flagged_by(m, mode, used))
            if m["flag"]:
                n_flag += 1
                caught += hit
            else:
                n_clean += 1
                alarms += hit
        rows.append((batch["name"], caught, n_flag, alarms, n_clean))
    return rows


def per_rule(data: dict[str, Any], mode: str) -> dict[str, list[int]]:
    """Rule id -> [flagged messages it caught, clean messages it flagged, clean ones where it
    was the only warning]."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for batch in data["batches"]:
        for m in batch["messages"]:
            fired = {r for r, severity, _ in m[mode] if severity in ("warning", "error")}
            for rule in fired:
                table[rule][0 if m["flag"] else 1] += 1
                if not m["flag"] and len(fired) == 1:
                    table[rule][2] += 1
    return dict(table)


def markdown(data: dict[str, Any]) -> str:
    lines = [
        "# First-seen record (tools/first_seen.py)",
        "",
        "Each independent batch checked by the checker at the parent of the commit that "
        "folded it into eval/lint (labelled kind). A message counts when a rule reports a "
        "warning or an error.",
        "",
        "## Per rule, over all batches",
        "",
        "| rule | flagged caught | clean flagged | clean, the only warning | first-seen precision "
        f"| the only warning, scorer below {FLOORS[0]}: caught / clean |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    table = per_rule(data, "labelled")
    for rule, (tp, fp, alone) in sorted(table.items(), key=lambda kv: (-kv[1][1], -kv[1][0])):
        lost, removed = lone_effect(data["batches"], rule, FLOORS[0])
        lines.append(
            f"| {rule} | {tp} | {fp} | {alone} | {tp / (tp + fp):.2f} | {lost} / {removed} |"
        )
    lines += [
        "",
        "## Per batch (labelled kind)",
        "",
        "before: the record as it is. nested: each batch with the weak rules and floor that "
        "choose_weak picks on the other batches (out of sample for the calibration too). "
        "shipped: with the `weak:` floors of the rule files (chosen on all batches).",
        "",
        "| batch | on | before: recall | before: FP | nested: recall | nested: FP "
        "| shipped: recall | shipped: FP |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    columns = [
        apply_calibration(data, {}, "labelled"),
        apply_calibration(data, None, "labelled"),
        apply_calibration(data, shipped_calibration(), "labelled"),
    ]
    totals = [[0, 0, 0, 0] for _ in columns]
    for k, batch in enumerate(data["batches"]):
        cells = []
        for column, total in zip(columns, totals, strict=True):
            _, c, f, a, n = column[k]
            cells.append(f"{c / f:.3f} | {a / n:.3f} ({a}/{n})")
            for j, v in enumerate((c, f, a, n)):
                total[j] += v
        lines.append(f"| {batch['name']} | {batch['added_in']}^ | " + " | ".join(cells) + " |")
    cells = [f"{c / f:.3f} ({c}/{f}) | {a / n:.3f} ({a}/{n})" for c, f, a, n in totals]
    lines.append("| all | | " + " | ".join(cells) + " |")
    chosen = choose_weak(data["batches"])
    lines.append("")
    lines.append(
        "choose_weak on all batches: "
        + (", ".join(f"{r.split('.', 1)[-1]} {v}" for r, v in sorted(chosen.items())) or "none")
    )
    lines += ["", "## False alarms (labelled kind)", ""]
    for batch in data["batches"]:
        for m in batch["messages"]:
            fired = sorted({r for r, s, _ in m["labelled"] if s in ("warning", "error")})
            if fired and not m["flag"]:
                spans = "; ".join(
                    f"{r.split('.', 1)[-1]}: '{' '.join(t.split())[:70]}'"
                    for r, s, t in m["labelled"]
                    if s in ("warning", "error")
                )
                lines.append(f"- {batch['name']}: {spans}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", action="store_true", help="rebuild the table from the JSON")
    args = parser.parse_args()
    if args.table:
        data = json.loads(RECORD.read_text(encoding="utf-8"))
    else:
        data = record()
        RECORD.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    TABLE.write_text(markdown(data), encoding="utf-8")
    print(TABLE.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
