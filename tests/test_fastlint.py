"""The lint fast path: same options as the typer command, same results, no model libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from followup.cli import app
from followup.core import Severity, kind_choices
from followup.fastpath import build_parser
from followup.options import LINT_FORMATS
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
    assert list(fast["kind"] or []) == list(kind_choices(auto=True))
    assert list(fast["output_format"] or []) == list(LINT_FORMATS)
    assert list(fast["fail_on"] or []) == [s.value for s in Severity]


FAST = (
    "import sys; sys.argv = ['followup', *sys.argv[1:]]; from followup.__main__ import run; run()"
)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOLLOWUP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", FAST, *args], capture_output=True, text=True, env=env, check=False
    )


def test_fast_path_end_to_end_imports_no_model_library(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("I really need this job. Did I get the job?\n", encoding="utf-8")
    probe = (
        f"import sys, runpy; sys.argv=['followup','lint',{str(draft)!r}];"
        "from followup import fastpath; code = fastpath.main(sys.argv[2:]);"
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


SETTINGS_CASES = [
    ([], {}),
    (["--kind", "inquiry", "-f", "json", "--fail-on", "error", "--fix", "--stdout", "a.txt"], {}),
    (["--config", "flag.toml", "a.txt", "b.md"], {"FOLLOWUP_CONFIG": "env.toml"}),
    (["a.txt"], {"FOLLOWUP_CONFIG": "env.toml"}),
    (["a.txt"], {"FOLLOWUP_CONFIG": ""}),
]


@pytest.mark.parametrize(("args", "env"), SETTINGS_CASES)
def test_both_front_ends_parse_the_same_settings(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    from followup import fastpath
    from followup.checker import runner
    from followup.cli import main

    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    seen: list[dict[str, Any]] = []

    def record(*files: Any, **kwargs: Any) -> runner.LintOutcome:
        seen.append({"files": list(files[0]) if files else kwargs.pop("files"), **kwargs})
        return runner.LintOutcome()

    monkeypatch.setattr(runner, "run_lint", record)
    assert fastpath.main(list(args)) == 0
    assert main(["lint", *args]) == 0
    fast, full = seen
    assert fast == full
    if "--config" not in args and env.get("FOLLOWUP_CONFIG"):
        assert fast["config"] == Path(env["FOLLOWUP_CONFIG"])


def test_both_front_ends_read_the_same_config_files(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Hi Maria,\n\nI just wanted to check in again. Did I get the job?\n\nSam\n", "utf-8"
    )
    env_config = tmp_path / "env.toml"
    env_config.write_text('fail-on = "error"\ndisable = ["hedging"]\n', encoding="utf-8")
    (tmp_path / ".followup.toml").write_text('disable = ["pestering"]\n', encoding="utf-8")
    typer_path = (
        "import sys; from followup.cli import main; sys.exit(main(['lint', *sys.argv[1:]]))"
    )
    for env in ({}, {"FOLLOWUP_CONFIG": str(env_config)}):
        results = []
        for code, command in ((FAST, ["lint"]), (typer_path, [])):
            done = subprocess.run(
                [sys.executable, "-c", code, *command, "--format", "json", str(draft)],
                capture_output=True,
                text=True,
                check=False,
                cwd=tmp_path,
                env={**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home"), **env},
            )
            results.append((done.returncode, done.stdout, done.stderr))
        assert results[0] == results[1], env
        rules = {f["rule_id"] for f in json.loads(results[0][1])["files"][0]["findings"]}
        if env:  # FOLLOWUP_CONFIG wins over the .followup.toml found upward
            assert "etiquette.hedging" not in rules and "etiquette.pestering" in rules
            assert json.loads(results[0][1])["summary"]["fail_on"] == "error"
        else:
            assert "etiquette.pestering" not in rules and "etiquette.hedging" in rules


WRITE_CASES = [
    ([], {}),
    (
        [
            *("notes.md", "--kind", "check-in", "--to", "Ana", "--me", "Sam"),
            *("--company", "Acme", "--role", "Designer", "-f", "json", "--eml", "out"),
            *("--timeout", "2.5", "--retries", "0", "--max-rounds", "1", "--no-cache"),
            *("--show-prompt", "--today", "2026-11-25", "--gguf", "m.gguf"),
            *("--config", "c.toml", "--share", "https://x.org T"),
        ],
        {},
    ),
    (["-"], {"FOLLOWUP_MODEL": "smollm2", "FOLLOWUP_BASE_URL": "http://127.0.0.1:1/v1"}),
    (["n.md", "--model", "m"], {"FOLLOWUP_MODEL": "other", "FOLLOWUP_CONFIG": "env.toml"}),
]


@pytest.mark.parametrize(("args", "env"), WRITE_CASES)
def test_both_write_front_ends_parse_the_same_options(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    from followup import fastpath, writing
    from followup.cli import main

    for key in ("FOLLOWUP_CONFIG", "FOLLOWUP_MODEL", "FOLLOWUP_BASE_URL"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    seen: list[writing.WriteOptions] = []

    def record(options: writing.WriteOptions) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(writing, "write_command", record)
    assert fastpath.main_write(list(args)) == 0
    assert main(["write", *args]) == 0
    fast, full = seen
    assert fast == full
    assert fast.model == (
        args[args.index("--model") + 1] if "--model" in args else env.get("FOLLOWUP_MODEL")
    )


def test_write_fast_path_hands_usage_errors_and_help_to_typer(tmp_path: Path) -> None:
    r = run("write", "--retries", "99", home=tmp_path)
    assert r.returncode == 2
    assert r.stderr.startswith("followup: error: Invalid value for '--retries'")
    assert r.stderr.count("\n") == 1
    r = run("write", "--help", home=tmp_path)
    assert r.returncode == 0 and "--max-rounds N" in r.stdout
