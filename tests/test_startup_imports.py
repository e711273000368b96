"""Start-up cost: commands that call no model import no model library.

Each case runs the real entry point in a fresh interpreter and lists, at exit, which of the
heavy model libraries (LangChain, openai, httpx or httpx2, the HTTP library openai uses)
ended up in sys.modules.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.processes import loaded, loaded_probe, run_followup

HEAVY = ("langchain_core", "langchain_openai", "langchain_community", "openai", "httpx", "httpx2")


def heavy_imports(args: list[str], tmp_path: Path) -> tuple[str, subprocess.CompletedProcess[str]]:
    done = run_followup(loaded_probe(*HEAVY), *args, home=tmp_path / "home", cwd=tmp_path)
    return loaded(done), done


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
    assert line == "LOADED []", line
