"""Lint inputs end to end: read, pick the kind and context, check, and apply fixes safely."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.fixes import apply_safe_fixes
from followup.checker.formatters import FileReport
from followup.checker.suppression import blank
from followup.errors import InputError
from followup.inputs import SourceText, read_source
from followup.models import MessageKind


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
