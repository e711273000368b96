"""The data folder (FOLLOWUP_HOME) is owner-only: the folder and every folder followup makes
in it 0700, every file it creates there 0600, whatever the umask (it was 0755 and 0644 for
llm-cache.sqlite and the style cache)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.faultserver import fault_server

FRONT = str(REPO / "examples" / "notes-frontmatter.md")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common umask 022, under which files come out 0644 unless made owner-only."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def modes(home: Path) -> dict[str, str]:
    """Every path under `home` (and home itself) with its mode in octal."""
    paths = [home, *sorted(home.rglob("*"))]
    return {str(p.relative_to(home.parent)): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths}


def assert_owner_only(home: Path) -> None:
    found = modes(home)
    wrong = {
        path: mode
        for path, mode in found.items()
        if mode != ("0o700" if (home.parent / path).is_dir() else "0o600")
    }
    assert not wrong, wrong


def test_everything_followup_makes_in_the_data_folder_is_owner_only(
    cli: Any, tmp_path: Path, open_umask: None
) -> None:
    home = tmp_path / "home"
    with fault_server("ok") as server:  # the model-call cache, llm-cache.sqlite
        r = cli("write", FRONT, "--to", "Maria", "--base-url", server.url, "--model", "m",
                "--today", "2026-11-25", "--max-rounds", "0")  # fmt: skip
    assert r.code in (0, 1), r.err
    assert (home / "llm-cache.sqlite").is_file()
    assert cli("plan", FRONT, "--today", "2026-11-24").code == 0  # history.sqlite
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Maria,\n\nThank you for your time.\n\nBest,\nSam\n", encoding="utf-8")
    cli("lint", str(draft))  # the style cache, in $FOLLOWUP_HOME/cache
    assert list((home / "cache").glob("*")), modes(home)
    assert_owner_only(home)


def test_an_eval_run_folder_is_owner_only(cli: Any, tmp_path: Path, open_umask: None) -> None:
    home = tmp_path / "home"
    r = cli("eval", str(REPO / "eval" / "cases" / "thank-you.yaml"), "--filter",
            "greenleaf-buyer-two-interviewers", "--min-pass", "0")  # fmt: skip
    assert r.code == 0, r.err
    runs = list((home / "eval-runs").iterdir())
    assert len(runs) == 1 and (runs[0] / "report.html").is_file(), modes(home)
    assert_owner_only(home)
