"""`followup rules`, `rules show` and `new` on the fast path (argparse, fastpath.py): the
same output and exit codes as the typer commands, help and usage errors from typer, and
neither typer nor pydantic imported on the way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.processes import ENTRY, loaded, loaded_probe, run_followup

TYPER = "import sys; from followup.cli import main; sys.exit(main(sys.argv[1:]))"


def run(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_followup(code, *args, home=cwd / "home", cwd=cwd)


def same(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The fast path's run, once checked to print and exit as the typer command does."""
    fast, full = run(ENTRY, *args, cwd=cwd), run(TYPER, *args, cwd=cwd)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        full.returncode,
        full.stdout,
        full.stderr,
    )
    return fast


CASES = [
    ["rules"],
    ["rules", "show", "begging"],
    ["rules", "show", "etiquette.need-the-job"],
    ["rules", "show", "nope"],
    ["rules", "--config", str(REPO / "pyproject.toml")],
    ["rules", "--config", "missing.toml"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c[:3]) for c in CASES])
def test_rules_fast_path_prints_what_typer_prints(args: list[str], tmp_path: Path) -> None:
    same(args, tmp_path)


def test_new_fast_path_writes_what_typer_writes(tmp_path: Path) -> None:
    fast = run(ENTRY, "new", "fast.md", cwd=tmp_path)
    full = run(TYPER, "new", "full.md", cwd=tmp_path)
    assert fast.returncode == full.returncode == 0
    assert fast.stdout.replace("fast.md", "X") == full.stdout.replace("full.md", "X")
    assert (tmp_path / "fast.md").read_text() == (tmp_path / "full.md").read_text()
    again = run(ENTRY, "new", "fast.md", cwd=tmp_path)
    assert again.returncode == 2
    assert (
        again.stderr
        == "followup: error: fast.md: already exists; choose another name (nothing was changed)\n"
    )
    nowhere = run(ENTRY, "new", "no/such/x.md", cwd=tmp_path)
    assert (nowhere.returncode, nowhere.stderr) == (2, "followup: error: no/such: no such folder\n")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["rules", "--help"], "List the etiquette rules"),
        (["rules", "show", "--help"], "A rule id"),
        (["new", "--help"], "notes template"),
        (["rules", "show"], "followup: error: Missing argument 'RULE'."),
        (["rules", "bogus"], "followup: error: No such command 'bogus'."),
        (["new", "--bogus"], "followup: error: No such option: --bogus"),
        (["new", "a.md", "b.md"], "followup: error: Got unexpected extra argument(s) (b.md)"),
    ],
)
def test_help_and_usage_errors_come_from_typer(
    args: list[str], expected: str, tmp_path: Path
) -> None:
    fast = same(args, tmp_path)
    assert expected in fast.stdout + fast.stderr


@pytest.mark.parametrize("args", [["rules"], ["rules", "show", "begging"], ["new", "n.md"]])
def test_fast_path_imports_neither_typer_nor_pydantic(args: list[str], tmp_path: Path) -> None:
    run(ENTRY, "rules", cwd=tmp_path)  # builds the style cache, as a first run does
    done = run(loaded_probe("typer", "click", "pydantic", "yaml"), *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert loaded(done) == "LOADED []", done.stderr
