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


def test_warm_offline_write_of_valid_front_matter_imports_no_pydantic(tmp_path: Path) -> None:
    """notes.py needs pydantic only to report malformed front matter (its ValidationError). The
    second run is the warm one (style rules and the front matter's parse cached)."""
    args = ["write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25"]
    for _ in range(2):
        done = run_followup(loaded_probe("pydantic"), *args, home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert loaded(done) == "LOADED []"


def test_malformed_front_matter_still_reports_pydantics_message(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        "---\ncompany: Northwind\nrole: Analyst\ninterview_date: 2026-11-20\n"
        "interviewers:\n  - name: Maria Chen\n    email: [1, 2]\n---\nWe talked about churn.\n",
        encoding="utf-8",
    )
    done = run_followup(
        loaded_probe("pydantic"), "write", str(notes), home=tmp_path / "home", cwd=tmp_path
    )
    assert done.returncode == 2, done.stderr
    assert "front matter interviewers[0].email: " in done.stderr
    assert "Traceback" not in done.stderr
