"""substitution: a pattern and its better wording, offered as a fix action."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from followup.checker.document import Document
from followup.checker.patterns import check_patterns, phrase_to_regex
from followup.checker.rules.base import Match, Rule


def match_case(original: str, replacement: str) -> str:
    """Carry a leading capital from the original over to the replacement."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@dataclass(kw_only=True)
class SubstitutionRule(Rule):
    """Flags each `swap` key (word-bounded regex) and suggests its value instead."""

    extends: ClassVar[str] = "substitution"
    needs_hits: ClassVar[bool] = True  # no candidate pattern: no finding

    swap: dict[str, str]  # pattern -> replacement
    safe: bool = True  # type: ignore[misc]  # whether --fix may apply it unasked
    _replacements: list[str] = field(default_factory=list, init=False, repr=False)

    def validate(self) -> None:
        """At least one swap, and every key compiles without capturing groups."""
        super().validate()
        if not self.swap:
            raise ValueError("field 'swap': needs at least one pattern")
        check_patterns("swap", [phrase_to_regex(k) for k in self.swap], allow_groups=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._replacements = list(self.swap.values())
        keys = [rf"(?<![\w])(?:{phrase_to_regex(k)})(?![\w])" for k in self.swap]
        self._parts = self.pattern_set(keys)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit with its replacement, capitalised like the original."""
        for start, end, i in self.parts.finditer(doc):
            fix = match_case(doc.text[start:end], self._replacements[i])
            yield Match(start, end, fix)
