"""Render lint results as text, JSON, SARIF 2.1.0 or GitHub workflow annotations."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from followup import __version__
from followup.checker.engine import CheckResult
from followup.checker.rules import Rule
from followup.core import Finding, Severity

JSON_SCHEMA_ID = "followup-lint/1"
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}
GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


@dataclass(frozen=True, slots=True)
class FileReport:
    """One checked input: its name, the checked text and the result."""

    path: str
    text: str
    result: CheckResult


def end_position(text: str, finding: Finding) -> tuple[int, int]:
    """1-based (line, column) just past the span."""
    segment = text[finding.start : finding.end]
    lines = segment.count("\n")
    if lines == 0:
        return finding.line, finding.column + len(segment)
    return finding.line + lines, len(segment) - segment.rfind("\n")


# The text format reprints the line a finding is on, with the span marked. A message typed as
# one long paragraph is one line, and reprinting all of it for each finding made the output
# grow with the square of the message's length (a 60 KB paragraph printed 168 MB). A line
# longer than CONTEXT_LINE is cut to a window: CONTEXT_BEFORE characters before the span, at
# most CONTEXT_SPAN of the span, CONTEXT_AFTER after it, with an ellipsis where it was cut.
CONTEXT_LINE = 200
CONTEXT_BEFORE = 60
CONTEXT_SPAN = 100
CONTEXT_AFTER = 40
ELLIPSIS = "…"


def context_window(line: str, column: int, width: int) -> tuple[str, int, int]:
    """The part of `line` to print for a span at 1-based `column`, `width` characters wide:
    (the text, the span's 0-based offset in it, the width to mark). A line up to
    CONTEXT_LINE characters is printed whole."""
    offset = max(0, min(column - 1, len(line)))
    width = max(1, min(width, len(line) - offset))
    if len(line) <= CONTEXT_LINE:
        return line, offset, width
    width = min(width, CONTEXT_SPAN)
    start = max(0, offset - CONTEXT_BEFORE)
    end = min(len(line), offset + width + CONTEXT_AFTER)
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(line) else ""
    return f"{head}{line[start:end]}{tail}", offset - start + len(head), width


def counts(reports: list[FileReport]) -> Counter[Severity]:
    """How many findings of each severity."""
    return Counter(f.severity for r in reports for f in r.result.findings)


def format_text(reports: list[FileReport], *, color: bool = False) -> str:
    """`file:line:col severity rule-id message`, the line with the span marked, the fix."""
    styles = {
        Severity.ERROR: "\033[31m",
        Severity.WARNING: "\033[33m",
        Severity.SUGGESTION: "\033[36m",
    }
    reset, dim = ("\033[0m", "\033[2m") if color else ("", "")
    out: list[str] = []
    for report in reports:
        res = report.result
        out.append(
            f"{dim}# {report.path}: checked as {res.kind.value} ({_kind_origin(res)}){reset}"
        )
        lines = report.text.split("\n")
        for f in res.findings:
            sev = f"{styles[f.severity] if color else ''}{f.severity.value}{reset}"
            out.append(f"{report.path}:{f.line}:{f.column} {sev} {f.rule_id} {f.message}")
            source_line = lines[f.line - 1] if f.line - 1 < len(lines) else ""
            span = len(f.match.split("\n", 1)[0])
            shown, offset, width = context_window(source_line, f.column, span)
            out.append(f"    {shown}")
            out.append(f"    {' ' * offset}{'^' * width}")
            if f.fix is not None:
                label = "fix" if f.fix_is_safe else "suggestion"
                out.append(f"    {label}: {f.fix!r}" if f.fix else f"    {label}: remove it")
    c = counts(reports)
    files = len(reports)
    out.append(
        f"{plural(c[Severity.ERROR], 'error')}, {plural(c[Severity.WARNING], 'warning')}, "
        f"{plural(c[Severity.SUGGESTION], 'suggestion')} in {plural(files, 'file')}"
    )
    return "\n".join(out)


def _kind_origin(result: CheckResult) -> str:
    """Where the kind came from: "--kind", "front matter", or the words it was inferred from."""
    if result.kind_source == "auto":
        if not result.kind_cues:
            return "inferred; say --kind if it is wrong"
        cues = ", ".join(repr(c) for c in result.kind_cues)
        return f"inferred from {cues}; say --kind if it is wrong"
    how = {"option": "--kind", "front-matter": "front matter"}
    origin = how.get(result.kind_source, result.kind_source)
    if result.reads_as is not None:  # the kind given, and what the message reads as
        cues = ", ".join(repr(c) for c in result.reads_as.cues())
        other = result.reads_as.kind.value
        origin += f"; but it reads as {'an' if other[0] in 'aeiou' else 'a'} {other}"
        origin += f" (from {cues})" if cues else ""
    return origin


def finding_dict(text: str, f: Finding) -> dict[str, Any]:
    """The JSON shape of one finding (documented in the README)."""
    end_line, end_column = end_position(text, f)
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": end_line,
        "end_column": end_column,
        "start": f.start,
        "end": f.end,
        "match": f.match,
        "fix": f.fix,
        "fix_is_safe": f.fix_is_safe,
    }


def format_json(reports: list[FileReport], fail_on: Severity, errors: Sequence[str] = ()) -> str:
    """A stable JSON document: schema id, files with findings, the inputs that could not be
    read (`errors`, one line each), and a summary."""
    c = counts(reports)
    # `failed` agrees with the exit code: an input that could not be read fails the run (exit
    # 2) as a finding at or above `fail_on` does (exit 1).
    failed = bool(errors) or any(
        f.severity.rank >= fail_on.rank for r in reports for f in r.result.findings
    )
    doc = {
        "schema": JSON_SCHEMA_ID,
        "version": __version__,
        "files": [
            {
                "path": r.path,
                "kind": r.result.kind.value,
                "kind_source": r.result.kind_source,
                "kind_cues": list(r.result.kind_cues),
                "kind_reads_as": r.result.reads_as.kind.value if r.result.reads_as else None,
                "findings": [finding_dict(r.text, f) for f in r.result.findings],
            }
            for r in reports
        ],
        "errors": list(errors),
        "summary": {
            "files": len(reports),
            "error": c[Severity.ERROR],
            "warning": c[Severity.WARNING],
            "suggestion": c[Severity.SUGGESTION],
            "fail_on": fail_on.value,
            "failed": failed,
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False)


def plural(count: int, noun: str, nouns: str = "") -> str:
    """ "1 error", "2 errors", "0 errors"; `nouns` for an irregular plural ("fixes")."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")


def short_description(description: str) -> str:
    """A rule's description cut to its first sentence (SARIF's shortDescription: "a concise
    description", where fullDescription holds all of it)."""
    return _SENTENCE_END.split(description.strip(), maxsplit=1)[0]


def format_sarif(reports: list[FileReport], rules: list[Rule], errors: Sequence[str] = ()) -> str:
    """SARIF 2.1.0 with every rule described and every finding located; an input that could
    not be read is an error notification of the run's invocation (SARIF 3.20.21)."""
    index = {r.id: i for i, r in enumerate(rules)}
    driver_rules = [
        {
            "id": r.id,
            "name": r.id.split(".", 1)[-1],
            "shortDescription": {"text": short_description(r.description or r.id)},
            "fullDescription": {"text": r.description or r.id},
            "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
            "properties": {"type": r.extends},
        }
        for r in rules
    ]
    results = []
    for report in reports:
        for f in report.result.findings:
            end_line, end_column = end_position(report.text, f)
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": end_line,
                "endColumn": end_column,
                "snippet": {"text": f.match},
            }
            location = {"uri": report.path}
            result: dict[str, Any] = {
                "ruleId": f.rule_id,
                "level": SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": location, "region": region}}
                ],
            }
            if f.rule_id in index:
                result["ruleIndex"] = index[f.rule_id]
            if f.fix is not None:
                result["fixes"] = [
                    {
                        "description": {"text": f"Replace with {f.fix!r}"},
                        "artifactChanges": [
                            {
                                "artifactLocation": location,
                                "replacements": [
                                    {
                                        "deletedRegion": {k: region[k] for k in list(region)[:4]},
                                        "insertedContent": {"text": f.fix},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "followup",
                        "version": __version__,
                        "rules": driver_rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not errors,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": e}} for e in errors
                        ],
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(reports: list[FileReport]) -> str:
    """One `::error file=...,line=...::message` workflow command per finding."""
    out = []
    for report in reports:
        for f in report.result.findings:
            end_line, end_column = end_position(report.text, f)
            props = (
                f"file={_escape_property(report.path)},line={f.line},col={f.column},"
                f"endLine={end_line},endColumn={end_column},title={_escape_property(f.rule_id)}"
            )
            out.append(f"::{GITHUB_LEVEL[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(out)
