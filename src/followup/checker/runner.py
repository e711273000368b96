"""Lint inputs end to end: read, pick the kind and context, check, fix safely, render.

Both front ends (the typer command and the fast path in fastpath.py) call `run_lint`.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.fixes import apply_safe_fixes
from followup.checker.formatters import (
    FileReport,
    format_github,
    format_json,
    format_sarif,
    format_text,
    plural,
)
from followup.checker.samespan import one_per_span
from followup.checker.suppression import blank
from followup.config import discover_settings
from followup.core import MessageKind, Severity
from followup.errors import ExitCode, InputError, describe, print_out
from followup.inputs import SourceText, expand_folders, read_source
from followup.timeline import parse_day


def kind_from_front_matter(source: SourceText) -> MessageKind | None:
    """A `kind:` in front matter, validated."""
    value = source.front_matter.get("kind")
    if value is None:
        return None
    try:
        return MessageKind(str(value))
    except ValueError:
        valid = ", ".join(k.value for k in MessageKind)
        raise InputError(f"{source.name}: front matter kind {value!r}; valid: {valid}") from None


def context_for(source: SourceText, to: str | None = None, today: dt.date | None = None) -> Context:
    """Recipient, their address and the company, from .eml headers or front matter (`to:`,
    `company:`); with --to (or an .eml's To: address) the sent history adds the cadence
    facts."""
    fm = source.front_matter
    recipient, address = source.recipient_name, source.recipient_email
    to_line = _str_or_none(fm.get("to"))
    if to_line and "@" in to_line and not (recipient or address):
        # "to: rhale@verdant.org" names no one (as an .eml's bare To: address does);
        # "to: Rebecca Hale <rhale@verdant.org>" names Rebecca Hale
        from email.utils import parseaddr

        name, address = parseaddr(to_line)
        recipient = name or None
    elif to_line and not recipient:
        recipient = to_line
    context = Context(
        recipient=recipient,
        recipient_email=address or None,
        company=_str_or_none(fm.get("company")),
    )
    who = to or context.recipient_email
    if who:
        from followup.history import lint_facts  # stdlib sqlite3, only when asked

        facts = lint_facts(who, today or dt.date.today(), required=to is not None)
        if facts:
            context = replace(context, **facts)
    return context


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def lint_source(
    checker: Checker,
    source: SourceText,
    kind: MessageKind | None,
    *,
    to: str | None = None,
    today: dt.date | None = None,
) -> FileReport:
    """Check one input; --kind beats front matter, which beats inference."""
    if source.body_start and not source.text[source.body_start :].strip():
        raise InputError(f"{source.name}: has front matter but no message after it")
    kind_source = "option"
    if kind is None:
        kind = kind_from_front_matter(source)
        kind_source = "front-matter"
    text = blank(source.text, 0, source.body_start) if source.body_start else source.text
    context = context_for(source, to, today)
    result = checker.check(text, kind, context, kind_source=kind_source)
    # one fault named once in what the user reads (samespan.py); the engine keeps every rule's
    # finding, so each rule's own examples, the writer's gate and the evaluator see them all
    result = replace(result, findings=one_per_span(result.findings))
    if kind is not None:  # a kind given: say when the message clearly reads as another
        from followup.checker.kind_mismatch import reads_as_other

        result = replace(result, reads_as=reads_as_other(text, kind))
    return FileReport(source.name, text, result)


def lint_inputs(
    checker: Checker,
    args: list[str],
    kind: MessageKind | None,
    stdin: BinaryIO | None = None,
    errors: list[str] | None = None,
    *,
    to: str | None = None,
    today: dt.date | None = None,
) -> tuple[list[SourceText], list[FileReport]]:
    """Read and check every input. One that cannot be read or checked is left out, and its
    error goes to `errors` (or is raised when no list is given), so a missing file among
    several does not hide the others' findings."""
    sources: list[SourceText] = []
    reports: list[FileReport] = []
    for arg in args:
        try:
            source = read_source(arg, stdin)
            report = lint_source(checker, source, kind, to=to, today=today)
        except InputError as exc:
            if errors is None:
                raise
            errors.append(describe(exc))
            continue
        sources.append(source)
        reports.append(report)
        if errors is not None:
            errors.extend(f"followup: warning: {source.name}:{w}" for w in report.result.warnings)
    return sources, reports


def backup_path(path: Path) -> Path:
    """A backup name that does not exist yet: x.txt.bak, then x.txt.bak.1, ..."""
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak.{n}")
        n += 1
    return candidate


def fix_source(source: SourceText, report: FileReport, *, to_stdout: bool) -> tuple[str, int]:
    """The fixed text (front matter and all) and how many fixes were applied."""
    if source.is_email and not to_stdout:
        raise InputError(f"{source.name}: --fix does not rewrite .eml files; add --stdout")
    return apply_safe_fixes(source.text, report.result.findings)


def write_fixed(source: SourceText, fixed: str) -> Path:
    """Write the fixed text in place after copying the original to a fresh backup."""
    assert source.path is not None
    backup = backup_path(source.path)
    original = source.path.read_bytes()
    backup.write_bytes(original)
    source.path.write_bytes(source.encode(fixed))  # the file's own line endings and BOM
    return backup


@dataclass
class LintOutcome:
    """What to print, on stdout and stderr (one line each), and the exit code."""

    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    code: int = 0

    def print(self) -> None:
        """Print both streams; a reader gone from one (`| head`) loses neither the other's
        lines nor the exit code (errors.print_out)."""
        print_out("".join(self.stdout))
        print_out("".join(f"{line}\n" for line in self.stderr), err=True)


def run_lint(
    files: list[str],
    *,
    kind: MessageKind | None = None,
    output_format: str = "text",
    fail_on: Severity | None = None,
    fix: bool = False,
    to_stdout: bool = False,
    config: Path | None = None,
    stdin: BinaryIO | None = None,
    color: bool | None = None,
    to: str | None = None,
    today: str | None = None,
) -> LintOutcome:
    """Lint the inputs and render the result; raise FollowupError for bad input."""
    args = expand_folders(files) or ["-"]
    if args == ["-"] and stdin is None and sys.stdin.isatty():
        raise InputError("no input: give draft files, or pipe text in ('-' reads stdin)")
    if to_stdout and not fix:
        raise InputError("--stdout goes with --fix")
    settings = discover_settings(explicit=config)
    checker = Checker.from_settings(settings)
    threshold = fail_on or (settings.fail_on if settings else Severity.WARNING)
    as_of = parse_day(today, "--today", prefer="current_period") if today is not None else None
    outcome = LintOutcome()
    sources, reports = lint_inputs(checker, args, kind, stdin, outcome.stderr, to=to, today=as_of)
    if not reports:  # nothing could be read: the errors say why
        outcome.code = int(ExitCode.USAGE)
        return outcome

    if fix:
        printed_fixed_text = False
        for i, (source, report) in enumerate(zip(sources, reports, strict=True)):
            here = to_stdout or source.path is None
            fixed, applied = fix_source(source, report, to_stdout=here)
            if here:  # the line endings and BOM --fix keeps in place (its encoding: stdout's)
                outcome.stdout.append(source.as_written(fixed))
                printed_fixed_text = True
            elif applied:
                backup = write_fixed(source, fixed)
                outcome.stdout.append(
                    f"{source.name}: applied {plural(applied, 'fix', 'fixes')}; "
                    f"original kept as {backup}\n"
                )
                source.text = fixed
                reports[i] = lint_source(checker, source, kind, to=to, today=as_of)
            else:
                outcome.stdout.append(f"{source.name}: no safe fixes to apply\n")
        if printed_fixed_text:
            outcome.code = _exit_code(reports, threshold, outcome)
            return outcome

    unread = unread_inputs(outcome)
    if output_format == "json":
        outcome.stdout.append(format_json(reports, threshold, unread) + "\n")
    elif output_format == "sarif":
        outcome.stdout.append(format_sarif(reports, checker.rules, unread) + "\n")
    elif output_format == "github":
        text = format_github(reports)
        outcome.stdout.append(text + "\n" if text else "")
    else:
        if color is None:
            color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        outcome.stdout.append(format_text(reports, color=color) + "\n")
    outcome.code = _exit_code(reports, threshold, outcome)
    return outcome


def unread_inputs(outcome: LintOutcome) -> list[str]:
    """The inputs that could not be linted, one line each (lint_inputs puts an error line on
    stderr for each; its warnings are not counted)."""
    prefix = "followup: error: "
    return [line.strip().removeprefix(prefix) for line in outcome.stderr if line.startswith(prefix)]


def _exit_code(reports: list[FileReport], threshold: Severity, outcome: LintOutcome) -> int:
    """2 when an input could not be linted, else 1 when any finding is at or above the
    threshold, else 0."""
    if unread_inputs(outcome):
        return int(ExitCode.USAGE)
    failed = any(f.severity.rank >= threshold.rank for r in reports for f in r.result.findings)
    return 1 if failed else 0
