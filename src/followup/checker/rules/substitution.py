"""substitution: a pattern and its better wording, offered as a fix action."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule, check_patterns, phrase_to_regex


def match_case(original: str, replacement: str) -> str:
    """Carry a leading capital from the original over to the replacement."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(Rule):
    """Flags each `swap` key (word-bounded regex) and suggests its value instead."""

    extends: Literal["substitution"] = "substitution"
    swap: dict[str, str] = Field(min_length=1, description="pattern -> replacement")
    safe: bool = Field(default=True, description="whether --fix may apply it unasked")
    _regex: re.Pattern[str] | None = PrivateAttr(default=None)
    _replacements: list[str] = PrivateAttr(default_factory=list)

    @field_validator("swap")
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        check_patterns(list(value), allow_groups=False)
        return value

    def compile(self) -> None:
        """One alternation with one group per key, so a hit knows its replacement."""
        self._replacements = list(self.swap.values())
        groups = "|".join(f"({phrase_to_regex(k)})" for k in self.swap)
        self._regex = re.compile(rf"(?<![\w])(?:{groups})(?![\w])", re.IGNORECASE)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit with its replacement, capitalised like the original."""
        assert self._regex is not None
        for m in self._regex.finditer(doc.text):
            if m.end() == m.start() or m.lastindex is None:
                continue
            fix = match_case(m.group(), self._replacements[m.lastindex - 1])
            yield Match(m.start(), m.end(), fix)
