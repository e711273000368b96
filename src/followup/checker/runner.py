"""Lint inputs end to end: read, pick the kind and context, check, fix safely, render.

Both front ends (the typer command and the fast path in fastpath.py) call `run_lint`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
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
)
from followup.checker.suppression import blank
from followup.config import discover_settings
from followup.core import MessageKind, Severity
from followup.errors import InputError
from followup.inputs import SourceText, read_source


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


def context_for(source: SourceText) -> Context:
    """Recipient and company from .eml headers or front matter (`to:`, `company:`)."""
    fm = source.front_matter
    recipient = source.recipient_name or _str_or_none(fm.get("to"))
    return Context(recipient=recipient, company=_str_or_none(fm.get("company")))


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def lint_source(checker: Checker, source: SourceText, kind: MessageKind | None) -> FileReport:
    """Check one input; --kind beats front matter, which beats inference."""
    if source.front_matter and not source.text[source.body_start :].strip():
        raise InputError(f"{source.name}: has front matter but no message after it")
    kind_source = "option"
    if kind is None:
        kind = kind_from_front_matter(source)
        kind_source = "front-matter"
    text = blank(source.text, 0, source.body_start) if source.body_start else source.text
    result = checker.check(text, kind, context_for(source), kind_source=kind_source)
    return FileReport(source.name, text, result)


def lint_inputs(
    checker: Checker, args: list[str], kind: MessageKind | None, stdin: BinaryIO | None = None
) -> tuple[list[SourceText], list[FileReport]]:
    """Read every input first (so a bad one fails before any output), then check each."""
    sources = [read_source(a, stdin) for a in args]
    return sources, [lint_source(checker, s, kind) for s in sources]


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
    source.path.write_text(fixed, encoding="utf-8")
    return backup


@dataclass
class LintOutcome:
    """What to print and the exit code."""

    stdout: list[str] = field(default_factory=list)
    code: int = 0


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
) -> LintOutcome:
    """Lint the inputs and render the result; raise FollowupError for bad input."""
    args = files or ["-"]
    if args == ["-"] and stdin is None and sys.stdin.isatty():
        raise InputError("no input: give draft files, or pipe text in ('-' reads stdin)")
    if to_stdout and not fix:
        raise InputError("--stdout goes with --fix")
    settings = discover_settings(explicit=config)
    checker = Checker.from_settings(settings)
    threshold = fail_on or (settings.fail_on if settings else Severity.WARNING)
    sources, reports = lint_inputs(checker, args, kind, stdin)
    outcome = LintOutcome()

    if fix:
        printed_fixed_text = False
        for i, (source, report) in enumerate(zip(sources, reports, strict=True)):
            here = to_stdout or source.path is None
            fixed, applied = fix_source(source, report, to_stdout=here)
            if here:
                outcome.stdout.append(fixed)
                printed_fixed_text = True
            elif applied:
                backup = write_fixed(source, fixed)
                outcome.stdout.append(
                    f"{source.name}: applied {applied} fix(es); original kept as {backup}\n"
                )
                source.text = fixed
                reports[i] = lint_source(checker, source, kind)
            else:
                outcome.stdout.append(f"{source.name}: no safe fixes to apply\n")
        if printed_fixed_text:
            outcome.code = _exit_code(reports, threshold)
            return outcome

    if output_format == "json":
        outcome.stdout.append(format_json(reports, threshold) + "\n")
    elif output_format == "sarif":
        outcome.stdout.append(format_sarif(reports, checker.rules) + "\n")
    elif output_format == "github":
        text = format_github(reports)
        outcome.stdout.append(text + "\n" if text else "")
    else:
        if color is None:
            color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        outcome.stdout.append(format_text(reports, color=color) + "\n")
    outcome.code = _exit_code(reports, threshold)
    return outcome


def _exit_code(reports: list[FileReport], threshold: Severity) -> int:
    """1 when any finding is at or above the threshold, else 0."""
    failed = any(f.severity.rank >= threshold.rank for r in reports for f in r.result.findings)
    return 1 if failed else 0
