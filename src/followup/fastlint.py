"""The fast path for `followup lint`: argparse instead of typer, so a pre-commit hook starts
in a fraction of the time (typer and pydantic together cost more than the whole check).

It accepts exactly the options of `cli.lint` (a test keeps the two in step) and hands
anything it does not understand, including --help and every usage error, to the full CLI,
so messages and help stay in one place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followup.core import MessageKind, Severity
from followup.errors import ExitCode, FollowupError, describe, describe_os_error

KINDS = ["auto", *(k.value for k in MessageKind)]


class _Fallback(Exception):
    """Raised instead of argparse's own error output."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Fallback(message)


def build_parser() -> argparse.ArgumentParser:
    """The lint options, mirroring cli.lint."""
    p = _Parser(prog="followup lint", add_help=False, allow_abbrev=False)
    p.add_argument("files", nargs="*")
    p.add_argument("--kind", choices=KINDS, default="auto")
    p.add_argument(
        "--format",
        "-f",
        dest="output_format",
        default="text",
        choices=["text", "json", "sarif", "github"],
    )
    p.add_argument("--fail-on", choices=[s.value for s in Severity], default=None)
    p.add_argument("--fix", action="store_true")
    p.add_argument("--stdout", action="store_true")
    p.add_argument("--config", type=Path, default=None)
    p.add_argument("--to", default=None)
    p.add_argument("--today", default=None)
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

    try:
        outcome = run_lint(
            ns.files,
            kind=None if ns.kind == "auto" else MessageKind(ns.kind),
            output_format=ns.output_format,
            fail_on=Severity(ns.fail_on) if ns.fail_on else None,
            fix=ns.fix,
            to_stdout=ns.stdout,
            config=ns.config,
            to=ns.to,
            today=ns.today,
        )
    except FollowupError as exc:
        print(describe(exc), file=sys.stderr)
        return int(exc.exit_code)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # e.g. --fix cannot write its backup
        print(describe_os_error(exc), file=sys.stderr)
        return int(ExitCode.USAGE)
    sys.stdout.write("".join(outcome.stdout))
    sys.stdout.flush()
    for line in outcome.stderr:
        print(line, file=sys.stderr)
    return outcome.code


def _full(args: list[str]) -> int:
    from followup.cli import main as full_main

    return full_main(["lint", *args])
