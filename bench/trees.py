"""The code at another git ref, run beside this tree's: shared by bench_lint.py --baseline
and scripts/compare_findings.py, which run a script once per tree and compare the output;
the timing of one whole process (wall and CPU time), which bench_lint.py's cold start and
bench_startup.py's round-robin both use; and a checker's Hyperscan passes started and waited
for, as the throughput, the instruction counts and the findings comparison all want them.

A ref's `src` folder is exported with `git archive` into a temporary folder; each run gets
its own FOLLOWUP_HOME (and so its own style cache) and puts its tree first on sys.path
through the script's `--src` option.
"""

from __future__ import annotations

import importlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def export_src(ref: str) -> Path:
    """The `src` folder of the code at `ref`, in a new temporary folder (the caller removes
    the folder's parent when done)."""
    tmp = Path(tempfile.mkdtemp(prefix="followup-baseline-"))
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", ref, "src"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
    return tmp / "src"


def run_on(script: str, src: Path, *args: str, home: str | None = None) -> str:
    """The stdout of `script --src SRC ARGS...`, run with a fresh FOLLOWUP_HOME, or with
    `home` (the caller's, kept: a second run finds the style cache and the Hyperscan
    databases the first one wrote, where a fresh one compiled main's 24 MB database again)."""
    own = home is None
    folder = tempfile.mkdtemp(prefix="followup-bench-") if home is None else home
    try:
        return subprocess.run(
            [sys.executable, script, "--src", str(src), *args],
            env={**os.environ, "FOLLOWUP_HOME": folder},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_process(
    cmd: list[str], env: dict[str, str], cwd: str | None = None, ok: Collection[int] | None = None
) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one whole process (its output discarded). On a shared
    machine wall time also counts other programs' turns; CPU time mostly does not. `ok`:
    the exit codes that count as a run (others stop the bench with its error); None: any."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if ok is not None and done.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode()}")
    return elapsed, children_cpu() - cpu


def scans_ready(checker: Any) -> None:
    """Start the checker's Hyperscan passes and wait until they are ready (multiscan.py): the
    steady state of a long run, where a checker loads them at its SCAN_AFTER-th message. A
    tree without them (an older ref) has no start_scan; one without the slots' pass (before
    lintspeed10) no slots.wait_scan."""
    start_scan = getattr(checker, "start_scan", None)
    scan = start_scan() if start_scan is not None else None
    if scan is not None:
        scan.wait()
    text_scan = getattr(checker, "text_scan", None)  # its twin over the text as written
    if text_scan is not None:  # (textscan.py; none before perf16)
        text_scan.wait()
    slots = importlib.import_module("followup.checker.rules.slots")
    wait_scan = getattr(slots, "wait_scan", None)
    if wait_scan is not None:
        wait_scan()
