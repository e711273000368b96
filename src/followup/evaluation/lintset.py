"""Score the checker on the labeled lint set in eval/lint/ (clean.yaml and flagged.yaml).

A message counts as flagged when it has at least one finding at warning level or above;
suggestions are style hints and do not count either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.errors import InputError
from followup.yamlio import load_yaml


@dataclass(frozen=True, slots=True)
class LabeledMessage:
    """One message of the set, with its kind and whether it must be flagged."""

    text: str
    kind: MessageKind
    should_flag: bool
    why: str = ""


@dataclass
class LintScore:
    """Recall on the flagged half, false-positive rate on the clean half, and the misses."""

    flagged_total: int = 0
    flagged_caught: int = 0
    clean_total: int = 0
    clean_flagged: int = 0
    misses: list[LabeledMessage] = field(default_factory=list)
    false_alarms: list[tuple[LabeledMessage, list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of must-flag messages that were flagged."""
        return self.flagged_caught / self.flagged_total if self.flagged_total else 0.0

    @property
    def false_positive_rate(self) -> float:
        """Share of clean messages that were flagged."""
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0


def load_lint_set(folder: Path) -> list[LabeledMessage]:
    """Read clean.yaml and flagged.yaml from a folder."""
    items: list[LabeledMessage] = []
    for name, should_flag in (("clean.yaml", False), ("flagged.yaml", True)):
        path = folder / name
        data = load_yaml(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise InputError(f"{path}: expected a list of messages")
        for entry in data:
            items.append(
                LabeledMessage(
                    text=str(entry["text"]),
                    kind=MessageKind(entry["kind"]),
                    should_flag=should_flag,
                    why=str(entry.get("why", "")),
                )
            )
    return items


def score_lint_set(checker: Checker, messages: list[LabeledMessage]) -> LintScore:
    """Check every message with its labeled kind and tally the result."""
    score = LintScore()
    for msg in messages:
        findings = checker.check(msg.text, msg.kind).findings
        hits = [f.rule_id for f in findings if f.severity.rank >= Severity.WARNING.rank]
        if msg.should_flag:
            score.flagged_total += 1
            if hits:
                score.flagged_caught += 1
            else:
                score.misses.append(msg)
        else:
            score.clean_total += 1
            if hits:
                score.clean_flagged += 1
                score.false_alarms.append((msg, hits))
    return score
