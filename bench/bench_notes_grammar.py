"""What the notes' grammar in a slot and the private-remark reader cost: prints its figures.

    python bench/bench_notes_grammar.py                   (this tree)
    python bench/bench_notes_grammar.py --baseline main   (a git ref's code, then this tree's,
                                                            alternating twice)

Slots: checker/rules/slots.slot_faults and clause_faults (the fragment rule's part, on the
lint path) over every line of every notes file in eval/cases/notes, as a draft's sentence,
five passes, in microseconds of CPU a line. Privacy: privacy.private_lines on each notes file
(its cache bypassed), in milliseconds of CPU a file: what a write reads first. In-process CPU
time, so a loaded machine's other programs count less than in wall time; compare trees only
within one run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def measure() -> dict[str, float]:
    from followup import privacy
    from followup.checker.rules.slots import clause_faults, slot_faults

    notes = [
        p.read_text(encoding="utf-8") for p in sorted((REPO / "eval/cases/notes").rglob("*.*"))
    ]
    lines = [
        f"I enjoyed our conversation about {ln.strip(' -*')}."
        for n in notes
        for ln in n.splitlines()
        if ln.strip()
    ]
    for line in lines[:50]:
        list(slot_faults(line))
    start = time.process_time()
    for _ in range(5):
        for line in lines:
            list(slot_faults(line))
            list(clause_faults(line))
    slots = (time.process_time() - start) / 5 / len(lines) * 1e6
    read = privacy._private_lines.__wrapped__  # the reader without its cache
    read(notes[0])
    start = time.process_time()
    for text in notes:
        read(text)
    private = (time.process_time() - start) / len(notes) * 1e3
    return {"slots_us_a_line": slots, "privacy_ms_a_file": private}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", metavar="REF", help="compare with the code at git REF")
    parser.add_argument("--src", type=Path, default=REPO / "src", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        from bench.trees import export_src, run_on

        base = export_src(args.baseline)
        try:
            for _ in range(2):
                for name, src in ((args.baseline, base), ("this tree", REPO / "src")):
                    figures = json.loads(run_on(__file__, src, "--json"))
                    print(
                        f"{name:>10}: slots {figures['slots_us_a_line']:.1f} us a line, "
                        f"private_lines {figures['privacy_ms_a_file']:.2f} ms a notes file"
                    )
        finally:
            shutil.rmtree(base.parent, ignore_errors=True)
        return
    sys.path.insert(0, str(args.src))
    figures = measure()
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"slots {figures['slots_us_a_line']:.1f} us a line, "
            f"private_lines {figures['privacy_ms_a_file']:.2f} ms a notes file"
        )


if __name__ == "__main__":
    main()
