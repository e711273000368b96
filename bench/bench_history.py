"""History and schedule benchmarks. Prints its figures.

    .venv/bin/python bench/bench_history.py      (also run by `make bench`)

- import cost of dateparser and icalendar (each in a fresh process, median of N), which is
  why neither loads on the lint path;
- the first decision-date parse in a process (dateparser loads its English data then);
- whole-process `followup lint` on one message, without and with `--to` (which opens the
  history and adds the cadence rules), alternating, median of N;
- whole-process `followup log sent` and `followup due` with two tracked applications.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FOLLOWUP = str(BIN / "followup")
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
INQUIRY = (
    "Hi Maria,\n\nI'm writing to follow up on my interview for the Product Analyst role. "
    "I'm still very interested. Could you share where things stand?\n\nBest,\nSam\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median_ms(cmd: list[str], env: dict[str, str]) -> float:
    return statistics.median(timed(cmd, env) for _ in range(RUNS)) * 1000


def import_costs(env: dict[str, str]) -> None:
    base = median_ms([sys.executable, "-c", "pass"], env)
    for module in ("dateparser", "icalendar"):
        total = median_ms([sys.executable, "-c", f"import {module}"], env)
        print(f"import {module}: {total - base:.0f} ms (median of {RUNS} fresh processes)")
    probe = (
        "import time, datetime as dt; from followup.timeline import decision_from_text as d;"
        "t = time.perf_counter(); d('Decision in two weeks.', dt.date(2026, 11, 24));"
        "a = time.perf_counter(); d('They will decide by Friday.', dt.date(2026, 11, 24));"
        "b = time.perf_counter();"
        "print(f'{(a - t) * 1000:.0f} {(b - a) * 1000:.1f}')"
    )
    first, second = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"decision date: first parse in a process {first} ms (imports), next {second} ms")


def commands(env: dict[str, str], tmp: Path) -> None:
    notes = str(REPO / "examples" / "notes-frontmatter.md")
    subprocess.run([FOLLOWUP, "plan", notes, "--today", "2026-11-24"], env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run(
        [FOLLOWUP, "plan", str(REPO / "examples" / "notes-freetext.txt"), "--today",
         "2026-11-21"], env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    draft = tmp / "inquiry.txt"
    draft.write_text(INQUIRY, encoding="utf-8")
    plain = [FOLLOWUP, "lint", str(draft), "--today", "2026-11-27"]
    with_to = [*plain, "--to", "maria.chen@northwind.example"]
    for _ in range(3):  # warm the style cache and the file cache
        subprocess.run(plain, env=env, stdout=subprocess.DEVNULL, check=False)
    a: list[float] = []
    b: list[float] = []
    for _ in range(RUNS):
        a.append(time.perf_counter())
        subprocess.run(plain, env=env, stdout=subprocess.DEVNULL, check=False)
        a[-1] = time.perf_counter() - a[-1]
        b.append(time.perf_counter())
        subprocess.run(with_to, env=env, stdout=subprocess.DEVNULL, check=False)
        b[-1] = time.perf_counter() - b[-1]
    print(f"followup lint, one message:        median {statistics.median(a) * 1000:.0f} ms")
    print(f"followup lint --to (history):      median {statistics.median(b) * 1000:.0f} ms")
    log = [FOLLOWUP, "log", "sent", str(draft), "--to", "Maria", "--kind", "inquiry",
           "--date", "2026-12-07", "--today", "2026-12-07"]  # fmt: skip
    print(f"followup log sent:                 median {median_ms(log, env):.0f} ms")
    due = [FOLLOWUP, "due", "--date", "2026-12-07"]
    print(f"followup due (2 applications):     median {median_ms(due, env):.0f} ms")
    plan = [FOLLOWUP, "plan", notes, "--no-track", "--today", "2026-11-24"]
    print(f"followup plan:                     median {median_ms(plan, env):.0f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as home:
        env = {**os.environ, "FOLLOWUP_HOME": home}
        import_costs(env)
        commands(env, Path(home))


if __name__ == "__main__":
    main()
