"""The lint fast path: same options as the typer command, same results, no model libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import typer

from followup.cli import KindOption, LintFormat, app
from followup.core import Severity
from followup.fastlint import build_parser
from tests.conftest import REPO


def test_fast_parser_accepts_exactly_the_typer_options() -> None:
    command = typer.main.get_command(app).commands["lint"]  # type: ignore[attr-defined]
    typer_opts = {opt for p in command.params for opt in p.opts if opt.startswith("-")} - {
        "--help",
        "-h",
    }
    fast_opts = {opt for action in build_parser()._actions for opt in action.option_strings}
    assert typer_opts == fast_opts
    fast = {a.dest: a.choices for a in build_parser()._actions}
    assert list(fast["kind"] or []) == [k.value for k in KindOption]
    assert list(fast["output_format"] or []) == [f.value for f in LintFormat]
    assert list(fast["fail_on"] or []) == [s.value for s in Severity]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOLLOWUP_HOME": str(home)}
    code = (
        "import sys; sys.argv = ['followup', *sys.argv[1:]];"
        "from followup.__main__ import run; run()"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )


def test_fast_path_end_to_end_imports_no_model_library(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("I really need this job. Did I get the job?\n", encoding="utf-8")
    probe = (
        f"import sys, runpy; sys.argv=['followup','lint',{str(draft)!r}];"
        "from followup import fastlint; code = fastlint.main(sys.argv[2:]);"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('langchain_core','langchain_openai','openai','typer','pydantic','yaml')];"
        "print('IMPORTED', sorted(set(m.split('.')[0] for m in bad)))"
    )
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    subprocess.run([sys.executable, "-c", probe], capture_output=True, env=env, check=False)
    warm = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert "IMPORTED []" in warm.stdout  # warm cache: not even pydantic or YAML
    assert "etiquette.need-the-job" in warm.stdout


def test_fast_path_hands_usage_errors_and_help_to_typer(tmp_path: Path) -> None:
    r = run("lint", "--bogus", home=tmp_path)
    assert r.returncode == 2
    assert (
        r.stderr.strip() == "followup: error: No such option: --bogus (see 'followup lint --help')"
    )
    r = run("lint", "--help", home=tmp_path)
    assert r.returncode == 0 and "--fail-on" in r.stdout


def test_fast_path_results_match_the_typer_command(tmp_path: Path) -> None:
    draft = str(REPO / "examples" / "draft-desperate.txt")
    fast = run("lint", "--format", "json", draft, home=tmp_path)
    import io
    from contextlib import redirect_stdout

    from followup.cli import main

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = main(["lint", "--format", "json", draft])
    assert fast.returncode == code == 1
    assert fast.stdout == buffer.getvalue()
