"""substitution: a pattern and its better wording, offered as a fix action."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from followup.checker.document import Document
from followup.checker.patterns import phrase_to_regex
from followup.checker.rules.base import Match, Rule


def match_case(original: str, replacement: str) -> str:
    """Carry a leading capital from the original over to the replacement."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(Rule):
    """Flags each `swap` key (word-bounded regex) and suggests its value instead."""

    extends = "substitution"

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.swap: dict[str, str] = spec["swap"]
        self.safe = bool(spec.get("safe", True))
        self._replacements = list(self.swap.values())
        keys = [rf"(?<![\w])(?:{phrase_to_regex(k)})(?![\w])" for k in self.swap]
        self._parts = self.pattern_set(keys)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit with its replacement, capitalised like the original."""
        for start, end, i in self.parts.finditer(doc):
            fix = match_case(doc.text[start:end], self._replacements[i])
            yield Match(start, end, fix)
