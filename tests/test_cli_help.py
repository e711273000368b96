"""The CLI's face: every command's help renders plainly, and usage errors are one clean line."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from followup.cli import app


def command_paths() -> list[list[str]]:
    """Every command and subcommand of the app, as argument lists."""
    paths: list[list[str]] = [[]]

    def walk(command: Any, prefix: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


# What help must never show: Python type names as metavars, words rich markup swallowed
# (leaving empty brackets or parentheses), pydantic's wording.
LEAKS = ["<bool>", "<str>", "<int", "<float>", "<path>", "list[", "()", "[]", "( )", "Value error"]


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "followup")
def test_help_has_no_type_names_or_swallowed_words(cli: Any, path: list[str]) -> None:
    r = cli(*path, "--help")
    assert r.code == 0 and r.err == ""
    assert r.out.startswith("Usage: followup")
    leaked = [leak for leak in LEAKS if leak in r.out]
    assert leaked == [], r.out


def test_every_command_is_covered() -> None:
    assert {" ".join(p) for p in command_paths()} == {
        "",
        "lint",
        "write",
        "new",
        "eval",
        "rules",
        "rules show",
        "plan",
        "log",
        "log sent",
        "log list",
        "log status",
        "due",
        "export",
        "import",
    }


def test_bracketed_words_and_defaults_survive(cli: Any) -> None:
    write = cli("write", "--help").out
    assert "pip install '.[local]'" in " ".join(write.split())
    assert "[env var: FOLLOWUP_BASE_URL]" in write
    lint = " ".join(cli("lint", "--help").out.split())
    assert "[default: auto]" in lint
    assert "(default: fail-on in the config, else warning)" in lint
    assert "One of: auto, thank-you, inquiry, second-inquiry, check-in, keep-in-touch." in lint


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lint", "--kind", "bogus", "x.txt"], "Invalid value for '--kind': 'bogus' is not one of"),
        (["write", "--kind", "bogus"], "Invalid value for '--kind': 'bogus' is not one of"),
        (["lint", "--fail-on", "loud", "x.txt"], "Invalid value for '--fail-on': 'loud'"),
        (["write", "--format", "pdf"], "Invalid value for '--format'"),
    ],
)
def test_usage_errors_are_one_plain_line(cli: Any, args: list[str], message: str) -> None:
    r = cli(*args)
    assert r.code == 2
    assert r.err.count("\n") == 1 and message in r.err, r.err
    assert "Value error" not in r.err and "Traceback" not in r.err


@pytest.mark.parametrize(
    ("option", "suggestion"),
    [("--bogus", None), ("--retry", None), ("--gguff", "--gguf"), ("--base-ur", "--base-url")],
)
def test_unknown_option_suggests_only_near_typos(
    cli: Any, option: str, suggestion: str | None
) -> None:
    r = cli("write", option, "x")
    assert r.code == 2 and r.err.startswith(f"followup: error: No such option: {option}"), r.err
    if suggestion is None:
        assert "Possible options" not in r.err, r.err
    else:
        assert f"(Possible options: {suggestion})" in r.err, r.err
