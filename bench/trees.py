"""The code at another git ref, run beside this tree's: shared by bench_lint.py --baseline
and scripts/compare_findings.py, which run a script once per tree and compare the output.

A ref's `src` folder is exported with `git archive` into a temporary folder; each run gets
its own FOLLOWUP_HOME (and so its own style cache) and puts its tree first on sys.path
through the script's `--src` option.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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


def run_on(script: str, src: Path, *args: str) -> str:
    """The stdout of `script --src SRC ARGS...`, run with a fresh FOLLOWUP_HOME."""
    home = tempfile.mkdtemp(prefix="followup-bench-")
    try:
        return subprocess.run(
            [sys.executable, script, "--src", str(src), *args],
            env={**os.environ, "FOLLOWUP_HOME": home},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        shutil.rmtree(home, ignore_errors=True)
