"""The fast path for `followup lint`, `write`, `rules` and `new`: argparse instead of typer,
so a pre-commit hook, a write with the offline writer or a rules listing starts in a
fraction of the time (typer builds its commands and converts every value through pydantic
on each run).

The parsers are built from the same option definitions as the typer commands (options.py),
environment variables included, and the same functions turn the parsed values into what
the command runs with. Anything a parser does not understand, including --help and every
usage error, goes to the full CLI, so messages and help stay in one place.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup import keptcode

keptcode.install()  # before any of followup's dataclasses is made (keptcode.py)

from followup.errors import exit_code_for  # noqa: E402
from followup.options import (  # noqa: E402
    CONFIG,
    LINT,
    WRITE,
    Opt,
    lint_arguments,
    write_arguments,
)


class _Fallback(Exception):
    """Raised instead of argparse's own error output."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Fallback(message)


def _value_type(opt: Opt) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return opt.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def build_parser(command: str = "lint") -> argparse.ArgumentParser:
    """The options of `command` (options.LINT or options.WRITE), with defaults from the
    environment where an option has an environment variable."""
    p = _Parser(prog=f"followup {command}", add_help=False, allow_abbrev=False)
    if command == "lint":
        p.add_argument("files", nargs="*")
    else:
        p.add_argument("notes_file", nargs="?")
    for dest, opt in (LINT if command == "lint" else WRITE).items():
        if opt.is_flag:
            p.add_argument(*opt.flags, dest=dest, action="store_true")
            continue
        from_env = opt.from_env(os.environ)
        p.add_argument(
            *opt.flags,
            dest=dest,
            type=_value_type(opt),
            choices=opt.choices or None,
            default=opt.parse(from_env) if from_env else opt.default,
        )
    return p


def _parse(command: str, args: list[str]) -> dict[str, Any] | None:
    """The parsed values, or None when the full CLI must handle the arguments."""
    return _parse_with(lambda: build_parser(command), args)


def _parse_with(
    parser: Callable[[], argparse.ArgumentParser], args: list[str]
) -> dict[str, Any] | None:
    """The parsed values, or None when the full CLI must handle the arguments (help, and
    every usage error, so that their messages come from one place)."""
    if any(a in ("-h", "--help") for a in args):
        return None
    try:
        return vars(parser().parse_args(args))
    except (_Fallback, ValueError):
        return None


def _finish(run: Callable[[], int | None]) -> int:
    """Run a command; an exception becomes its line on stderr and its exit code."""
    try:
        return run() or 0
    except (Exception, KeyboardInterrupt) as exc:
        code, line = exit_code_for(exc)
        if line:
            print(line, file=sys.stderr)
        return code


def main(args: list[str]) -> int:
    """Run `followup lint ARGS`."""
    values = _parse("lint", args)
    if values is None:
        return _full("lint", args)

    def run() -> int:
        from followup.checker.runner import run_lint

        outcome = run_lint(**lint_arguments(values.pop("files"), values))
        outcome.print()
        return outcome.code

    return _finish(run)


def main_write(args: list[str]) -> int:
    """Run `followup write ARGS`."""
    values = _parse("write", args)
    if values is None:
        return _full("write", args)

    def run() -> int:
        from followup.writing import WriteOptions, write_command

        return write_command(WriteOptions(**write_arguments(values.pop("notes_file"), values)))

    return _finish(run)


def _config_parser(
    command: str, positional: str | None, *, config: bool = True
) -> argparse.ArgumentParser:
    """A parser for `command`: one optional positional argument, and --config (with its
    environment variable) unless `config` is false."""
    p = _Parser(prog=f"followup {command}", add_help=False, allow_abbrev=False)
    if positional is not None:
        p.add_argument(positional, nargs="?")
    if config:
        p.add_argument(*CONFIG.flags, dest="config", default=CONFIG.from_env(os.environ))
    return p


def main_rules(args: list[str]) -> int:
    """Run `followup rules [--config FILE]` or `followup rules show RULE [--config FILE]`."""
    show = args[:1] == ["show"]
    values = _parse_with(
        lambda: _config_parser("rules show" if show else "rules", "rule" if show else None),
        args[1:] if show else args,
    )
    if values is None or (show and not values["rule"]) or values["config"] == "":
        return _full("rules", args)
    config = Path(values["config"]) if values["config"] else None
    from followup.small_commands import list_rules, show_rule

    return _finish(lambda: show_rule(values["rule"], config) if show else list_rules(config))


def main_new(args: list[str]) -> int:
    """Run `followup new [FILE]`."""
    values = _parse_with(lambda: _config_parser("new", "path", config=False), args)
    if values is None or values["path"] == "":
        return _full("new", args)
    from followup.small_commands import new_notes

    return _finish(lambda: new_notes(Path(values["path"]) if values["path"] else None))


def _full(command: str, args: list[str]) -> int:
    from followup.cli import main as full_main

    return full_main([command, *args])
