"""Running followup in a fresh interpreter, as a user's shell would, and seeing which
modules it loaded: the start-up tests' shared helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENTRY = (
    "import sys; sys.argv = ['followup', *sys.argv[1:]]; from followup.__main__ import run; run()"
)


def loaded_probe(*modules: str) -> str:
    """Code that runs the entry point and, at exit, prints `LOADED [...]` on stderr: which
    of `modules` were imported (a name with no dot also counts its submodules)."""
    wanted = repr(sorted(modules))
    return (
        "import atexit, sys\n"
        f"wanted = {wanted}\n"
        "def report():\n"
        "    names = set(sys.modules) | {m.split('.')[0] for m in sys.modules}\n"
        "    print('LOADED', sorted(n for n in wanted if n in names), file=sys.stderr)\n"
        "atexit.register(report)\n"
        f"{ENTRY}\n"
    )


def run_followup(
    code: str, *args: str, home: Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -c code ARGS` with FOLLOWUP_HOME=home, no model configured, no config
    from the environment, no stdin."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL", "FOLLOWUP_CONFIG")
    }
    env["FOLLOWUP_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def loaded(done: subprocess.CompletedProcess[str]) -> str:
    """The `LOADED [...]` line a probe printed."""
    return next(line for line in done.stderr.splitlines() if line.startswith("LOADED"))
