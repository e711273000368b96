"""Evaluation cases: read `eval/cases/*.yaml` (promptfoo's shape) into validated `Case` objects.

A case file holds `defaults` merged into every case (lists appended, mappings merged, scalars
overridden by the case) and `cases`. Everything is checked before any case runs: a malformed
file is one `InputError` naming the file, the case id and the field. The assertion types are
the registry in `assertions.py`; this module asks it whether a type exists, so the list of types
lives in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from followup.core import MessageKind
from followup.errors import InputError
from followup.evaluation.assertions import AssertionSpec, parse_assertion
from followup.yamlio import load_yaml

CASE_KEYS = {
    "id",
    "description",
    "notes",
    "kind",
    "today",
    "vars",
    "assert",
    "threshold",
    "history",
}
VAR_KEYS = {"to", "me", "company", "role", "share"}
STATUSES = ("ready", "review", "blocked", "refused")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Case:
    """One evaluation case: notes, what to write, and what the output must satisfy."""

    id: str
    file: Path
    notes_text: str
    notes_source: str
    kind: MessageKind | None  # None: auto, the writer picks
    today: dt.date | int | None  # a date, days after the interview, or None (today)
    vars: dict[str, str] = field(default_factory=dict)
    asserts: tuple[AssertionSpec, ...] = ()
    threshold: float = 1.0
    description: str = ""
    history: tuple[tuple[MessageKind, int], ...] | None = None  # what was sent: (kind, day)


def load_cases(paths: list[Path]) -> list[Case]:
    """Every case of the given files and folders (folders: their *.yaml files), validated."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.yaml") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such case file or folder")
    if not files:
        raise InputError(f"no case files (*.yaml) in {', '.join(map(str, paths))}")
    cases: list[Case] = []
    seen: dict[str, Path] = {}
    for file in files:
        for case in load_case_file(file):
            if case.id in seen:
                raise InputError(f"{file}: case {case.id}: id already used in {seen[case.id]}")
            seen[case.id] = file
            cases.append(case)
    return cases


def load_case_file(file: Path) -> list[Case]:
    """The cases of one file, with its defaults merged in."""
    try:
        data = load_yaml(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{file}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise InputError(f"{file}:{line}: invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise InputError(f"{file}: expected a mapping with a 'cases' list")
    unknown = set(data) - {"defaults", "cases", "description"}
    if unknown:
        raise InputError(f"{file}: unknown top-level key {sorted(unknown)[0]!r}")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise InputError(f"{file}: field 'defaults': expected a mapping")
    out = []
    for n, raw in enumerate(data["cases"], 1):
        if not isinstance(raw, dict):
            raise InputError(f"{file}: case #{n}: expected a mapping")
        case_id = str(raw.get("id") or f"#{n}")
        out.append(_build_case(file, case_id, merge_defaults(defaults, raw)))
    return out


def merge_defaults(defaults: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    """promptfoo's merge: lists appended, mappings merged, the case's scalars win."""
    merged = dict(defaults)
    for key, value in case.items():
        base = merged.get(key)
        if isinstance(base, list) and isinstance(value, list):
            merged[key] = [*base, *value]
        elif isinstance(base, dict) and isinstance(value, dict):
            merged[key] = {**base, **value}
        else:
            merged[key] = value
    return merged


def _build_case(file: Path, case_id: str, raw: dict[str, Any]) -> Case:
    def fail(field_name: str, problem: str) -> InputError:
        return InputError(f"{file}: case {case_id}: field '{field_name}': {problem}")

    unknown = set(raw) - CASE_KEYS
    if unknown:
        name = sorted(unknown)[0]
        raise fail(name, f"unknown field (known: {', '.join(sorted(CASE_KEYS))})")
    if not _ID.match(case_id):
        raise fail("id", "use lowercase letters, digits, dots and dashes")
    notes = raw.get("notes")
    if not isinstance(notes, str) or not notes.strip():
        raise fail("notes", "a notes file path or inline notes text is required")
    notes_text, source = _read_notes(file, notes, fail)
    kind_value = str(raw.get("kind", "thank-you"))
    kind: MessageKind | None
    if kind_value == "auto":
        kind = None
    else:
        try:
            kind = MessageKind(kind_value)
        except ValueError:
            valid = ", ".join(["auto", *(k.value for k in MessageKind)])
            raise fail("kind", f"{kind_value!r} is not one of {valid}") from None
    today = _parse_today(raw.get("today"), fail)
    variables = raw.get("vars") or {}
    if not isinstance(variables, dict):
        raise fail("vars", "expected a mapping")
    bad = set(variables) - VAR_KEYS
    if bad:
        raise fail(f"vars.{sorted(bad)[0]}", f"unknown (known: {', '.join(sorted(VAR_KEYS))})")
    history = _parse_history(raw.get("history"), fail)
    threshold = raw.get("threshold", 1.0)
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise fail("threshold", "a number from 0 to 1")
    asserts = raw.get("assert") or []
    if not isinstance(asserts, list):
        raise fail("assert", "expected a list")
    specs = []
    for i, item in enumerate(asserts):
        try:
            specs.append(parse_assertion(item, base=file.parent))
        except ValueError as exc:
            raise fail(f"assert[{i}]", str(exc)) from None
    return Case(
        id=case_id,
        file=file,
        notes_text=notes_text,
        notes_source=source,
        kind=kind,
        today=today,
        vars={k: str(v) for k, v in variables.items() if v is not None},
        asserts=tuple(specs),
        threshold=float(threshold),
        description=str(raw.get("description", "")),
        history=history,
    )


def _read_notes(file: Path, notes: str, fail: Any) -> tuple[str, str]:
    """Inline notes (several lines) or a path relative to the case file."""
    one_line = "\n" not in notes.strip()
    named = one_line and re.fullmatch(r"[\w./-]+\.\w{1,10}", notes.strip())
    exported = named and (file.parent / notes.strip()).is_file()  # "19-datasci-org.org"
    if not one_line or not (exported or re.search(r"\.(md|txt|markdown|eml)$", notes.strip())):
        return notes, f"{file.name} (inline)"
    path = (file.parent / notes.strip()).resolve()
    if not path.is_file():
        raise fail("notes", f"no such file {notes.strip()!r} (relative to {file.parent})")
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except UnicodeDecodeError:
        raise fail("notes", f"{notes.strip()} is not UTF-8 text") from None


def _parse_today(value: Any, fail: Any) -> dt.date | int | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise fail("today", f"{text!r}: use +N (days after the interview) or YYYY-MM-DD") from None


def _parse_history(value: Any, fail: Any) -> tuple[tuple[MessageKind, int], ...] | None:
    """`history: [{kind: thank-you, days: 1}, ...]`: what was sent, days after the interview."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise fail("history", "a list of {kind, days} entries")
    out = []
    for n, entry in enumerate(value):
        if not isinstance(entry, dict) or set(entry) != {"kind", "days"}:
            raise fail(f"history[{n}]", "needs exactly 'kind' and 'days'")
        try:
            out.append((MessageKind(str(entry["kind"])), int(entry["days"])))
        except ValueError:
            raise fail(
                f"history[{n}]", f"{entry['kind']!r} is not a kind, or days is not a number"
            ) from None
    return tuple(out)
