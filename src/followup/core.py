"""The stdlib-only vocabulary every part shares: message kinds, severities and findings.

It imports nothing heavy, so the pre-send linter can start fast; models.py re-exports it
next to the writer's data types.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MessageKind(StrEnum):
    """The kinds of follow-up message, in the order the timeline sends them."""

    THANK_YOU = "thank-you"
    INQUIRY = "inquiry"
    SECOND_INQUIRY = "second-inquiry"
    CHECK_IN = "check-in"
    KEEP_IN_TOUCH = "keep-in-touch"


AUTO_KIND = "auto"  # lint's --kind default: infer the kind from the text


def kind_choices(auto: bool = False) -> tuple[str, ...]:
    """The --kind values: every message kind, after `auto` when the command infers one."""
    return ((AUTO_KIND,) if auto else ()) + tuple(k.value for k in MessageKind)


class Severity(StrEnum):
    """How much a finding hurts the candidate; ordered suggestion < warning < error."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for suggestion, 1 for warning, 2 for error."""
        return _RANK[self]


_RANK = {Severity.SUGGESTION: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One alert: a rule matched the span text[start:end]. Immutable; sorts by position."""

    rule_id: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int  # 1-based
    column: int  # 1-based, in characters
    match: str
    fix: str | None = None  # a suggested replacement for the span
    fix_is_safe: bool = False  # whether --fix may apply it unasked

    def sort_key(self) -> tuple[int, int, str]:
        """Findings sort by position, then rule id."""
        return (self.start, self.end, self.rule_id)
