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

    @property
    def precision(self) -> float:
        """Share of flagged messages that should have been flagged."""
        flagged = self.flagged_caught + self.clean_flagged
        return self.flagged_caught / flagged if flagged else 1.0

    def add(self, msg: LabeledMessage, hits: list[str]) -> None:
        """Tally one checked message."""
        if msg.should_flag:
            self.flagged_total += 1
            if hits:
                self.flagged_caught += 1
            else:
                self.misses.append(msg)
        else:
            self.clean_total += 1
            if hits:
                self.clean_flagged += 1
                self.false_alarms.append((msg, hits))

    def to_dict(self) -> dict[str, object]:
        """The JSON shape: counts and rates."""
        return {
            "flagged": self.flagged_total,
            "caught": self.flagged_caught,
            "clean": self.clean_total,
            "false_positives": self.clean_flagged,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "false_positive_rate": round(self.false_positive_rate, 4),
        }


def load_lint_set(folder: Path) -> list[LabeledMessage]:
    """Read clean.yaml and flagged.yaml from a folder."""
    items: list[LabeledMessage] = []
    for name, should_flag in (("clean.yaml", False), ("flagged.yaml", True)):
        path = folder / name
        if not path.is_file():
            raise InputError(f"{folder}: a labelled set needs clean.yaml and flagged.yaml")
        data = load_yaml(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise InputError(f"{path}: expected a list of messages")
        for n, entry in enumerate(data, 1):
            if not isinstance(entry, dict) or "text" not in entry or "kind" not in entry:
                raise InputError(f"{path}: message #{n}: needs 'kind' and 'text'")
            if entry["kind"] not in {k.value for k in MessageKind}:
                raise InputError(f"{path}: message #{n}: field 'kind': {entry['kind']!r} unknown")
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
    return evaluate_lint_set(checker, messages, auto_kind=False).overall


# Families of problems, read from a message's `why` label, for per-category recall.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "harassment question": ("did i get", "decision yet", "job for me", "presum", "outcome"),
    "rejection reply": ("reject", "argu", "sarcas", "mock", "chose someone"),
    "pressure": ("deadline", "ultimat", "demand", "guilt", "entitle", "pressure", "threat"),
    "pestering": (
        "silence",
        "pester",
        "nudge",
        "bump",
        "again",
        "repeated",
        "impatien",
        "heard back",
        "counting",
        "several",
        "chas",
        "badger",
    ),
    "desperation": (
        "need",
        "beg",
        "desperat",
        "self-",
        "family",
        "money",
        "pity",
        "unpaid",
        "for free",
        "anything",
        "apolog",
        "sorry",
        "plead",
    ),
    "check-in request": ("check-in", "asks for", "request"),
    "style": ("long", "shout", "caps", "emoji", "exclamation", "placeholder", "grade", "sentence"),
}


def category_of(msg: LabeledMessage) -> str:
    """The family a message's label names, or 'other'."""
    why = msg.why.lower()
    if not msg.should_flag:
        return "clean"
    for name, words in CATEGORIES.items():
        if any(w in why for w in words):
            return name
    return "other"


@dataclass
class LintEvaluation:
    """The checker on a labelled set: overall, per kind, per category, and the kinds it read."""

    auto_kind: bool
    overall: LintScore = field(default_factory=LintScore)
    per_kind: dict[str, LintScore] = field(default_factory=dict)
    per_category: dict[str, LintScore] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # labelled -> inferred

    @property
    def kind_accuracy(self) -> float:
        """Share of messages whose inferred kind is the labelled one (auto mode)."""
        total = sum(sum(row.values()) for row in self.confusion.values())
        right = sum(row.get(k, 0) for k, row in self.confusion.items())
        return right / total if total else 0.0


def evaluate_lint_set(
    checker: Checker, messages: list[LabeledMessage], *, auto_kind: bool
) -> LintEvaluation:
    """Check every message, with its labelled kind or with the kind the checker infers."""
    out = LintEvaluation(auto_kind=auto_kind)
    for msg in messages:
        result = checker.check(msg.text, None if auto_kind else msg.kind)
        hits = [f.rule_id for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
        out.overall.add(msg, hits)
        out.per_kind.setdefault(msg.kind.value, LintScore()).add(msg, hits)
        out.per_category.setdefault(category_of(msg), LintScore()).add(msg, hits)
        if auto_kind:
            row = out.confusion.setdefault(msg.kind.value, {})
            row[result.kind.value] = row.get(result.kind.value, 0) + 1
    return out
