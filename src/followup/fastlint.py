"""The fast path for `followup lint`: argparse instead of typer, so a pre-commit hook starts
in a fraction of the time (typer and pydantic together cost more than the whole check).

The parser is built from the same option definitions as the typer command (options.py),
environment variables included, and the same function turns the parsed values into
run_lint's arguments. Anything it does not understand, including --help and every usage
error, goes to the full CLI, so messages and help stay in one place.
"""

from __future__ import annotations

import argparse
import os
import sys

from followup.errors import exit_code_for
from followup.options import LINT, lint_arguments


class _Fallback(Exception):
    """Raised instead of argparse's own error output."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Fallback(message)


def build_parser() -> argparse.ArgumentParser:
    """The lint options (options.LINT), with defaults from the environment where an
    option has an environment variable."""
    p = _Parser(prog="followup lint", add_help=False, allow_abbrev=False)
    p.add_argument("files", nargs="*")
    for dest, opt in LINT.items():
        if opt.is_flag:
            p.add_argument(*opt.flags, dest=dest, action="store_true")
        else:
            default = opt.from_env(os.environ) or opt.default
            p.add_argument(*opt.flags, dest=dest, choices=opt.choices or None, default=default)
    return p


def main(args: list[str]) -> int:
    """Run `followup lint ARGS`; fall back to the full CLI for help and usage errors."""
    if any(a in ("-h", "--help") for a in args):
        return _full(args)
    try:
        ns = build_parser().parse_args(args)
    except _Fallback:
        return _full(args)
    from followup.checker.runner import run_lint

    values = vars(ns)
    try:
        outcome = run_lint(**lint_arguments(values.pop("files"), values))
        sys.stdout.write("".join(outcome.stdout))
    except (Exception, KeyboardInterrupt) as exc:
        code, line = exit_code_for(exc)
        if line:
            print(line, file=sys.stderr)
        return code
    return outcome.code


def _full(args: list[str]) -> int:
    from followup.cli import main as full_main

    return full_main(["lint", *args])
