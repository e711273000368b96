"""Start-up cost: commands that call no model import no model library.

Each case runs the real entry point in a fresh interpreter and lists, at exit, which of the
heavy model libraries (LangChain, openai, httpx or httpx2, the HTTP library openai uses)
ended up in sys.modules.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

HEAVY = ("langchain_core", "langchain_openai", "langchain_community", "openai", "httpx", "httpx2")

PROBE = (
    "import atexit, sys\n"
    "def report():\n"
    "    heavy = sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1].split(',')))\n"
    "    print('HEAVY', heavy, file=sys.stderr)\n"
    "atexit.register(report)\n"
    "sys.argv = ['followup', *sys.argv[2:]]\n"
    "from followup.__main__ import run\n"
    "run()\n"
)


def heavy_imports(args: list[str], tmp_path: Path) -> tuple[str, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    env["FOLLOWUP_HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("HEAVY"))
    return line, done


@pytest.mark.parametrize(
    "args",
    [
        ["write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25"],
        ["write", str(REPO / "examples" / "notes-freetext.txt"), "--show-prompt"],
        ["rules"],
        ["rules", "show", "begging"],
        ["new", "notes.md"],
        ["--help"],
        ["write", "--help"],
        ["lint", "--help"],
    ],
    ids=[
        "write-offline",
        "write-show-prompt",
        "rules",
        "rules-show",
        "new",
        "help",
        "write-help",
        "lint-help",
    ],
)
def test_commands_without_a_model_import_no_model_library(args: list[str], tmp_path: Path) -> None:
    line, done = heavy_imports(args, tmp_path)
    assert done.returncode == 0, done.stderr
    assert line == "HEAVY []", line
