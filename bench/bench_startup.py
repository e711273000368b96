"""Start-up benchmark: `followup write` (offline writer) against `followup lint`. Prints
the medians and the ratio.

    .venv/bin/python bench/bench_startup.py      (also run by `make bench`)

Both as whole processes through the installed `followup` script, alternating, median of
BENCH_RUNS (default 21) runs each after three warm-up runs (warm files, style cache
built): `followup write examples/notes-frontmatter.md` with no model configured (two
thank-you notes, each checked) and `followup lint examples/draft-clean.txt` (one message).
Target: write at most 1.5 times lint.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLLOWUP = str(Path(sys.executable).parent / "followup")
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
TARGET = 1.5


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode()}")
    return elapsed


def main() -> None:
    home = tempfile.mkdtemp(prefix="followup-bench-")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    env["FOLLOWUP_HOME"] = home
    write = [FOLLOWUP, "write", str(REPO / "examples" / "notes-frontmatter.md")]
    lint = [FOLLOWUP, "lint", str(REPO / "examples" / "draft-clean.txt")]
    for _ in range(3):
        timed(write, env)
        timed(lint, env)
    writes: list[float] = []
    lints: list[float] = []
    for _ in range(RUNS):
        writes.append(timed(write, env))
        lints.append(timed(lint, env))
    shutil.rmtree(home, ignore_errors=True)
    w, li = statistics.median(writes), statistics.median(lints)
    print(f"start-up, followup write (offline, bundled example): median {w * 1000:.0f} ms")
    print(f"start-up, followup lint (one message):                median {li * 1000:.0f} ms")
    verdict = "met" if w / li <= TARGET else "not met"
    ratio = w / li
    print(f"ratio write / lint over {RUNS} runs each: {ratio:.2f} (target ≤ {TARGET}, {verdict})")


if __name__ == "__main__":
    main()
