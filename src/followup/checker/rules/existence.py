"""existence: flag any of a list of phrases or patterns, minus listed exceptions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule, check_patterns, phrase_to_regex


class ExistenceRule(Rule):
    """Flags phrases (word-bounded, case-insensitive) or raw patterns wherever they occur."""

    extends: Literal["existence"] = "existence"
    tokens: list[str] = Field(default_factory=list, description="word-bounded regex phrases")
    patterns: list[str] = Field(default_factory=list, description="raw regexes, no boundaries")
    exceptions: list[str] = Field(
        default_factory=list, description="regexes; a hit that overlaps one of these is not flagged"
    )
    fix: str | None = Field(default=None, description="a suggested replacement (never auto)")
    ignorecase: bool = Field(default=True, description="false for case-sensitive patterns")
    _regex: re.Pattern[str] | None = PrivateAttr(default=None)
    _exceptions: re.Pattern[str] | None = PrivateAttr(default=None)

    @field_validator("tokens", "patterns", "exceptions")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return check_patterns(value)

    @model_validator(mode="after")
    def _has_something(self) -> ExistenceRule:
        if not self.tokens and not self.patterns:
            raise ValueError("an existence rule needs 'tokens' or 'patterns'")
        return self

    def compile(self) -> None:
        """Join every phrase and pattern into one case-insensitive alternation."""
        parts = []
        if self.tokens:
            joined = "|".join(phrase_to_regex(t) for t in self.tokens)
            parts.append(rf"\b(?:{joined})\b")
        parts.extend(f"(?:{phrase_to_regex(p)})" for p in self.patterns)
        flags = re.IGNORECASE if self.ignorecase else 0
        self._regex = re.compile("|".join(parts), flags)
        if self.exceptions:
            joined = "|".join(phrase_to_regex(e) for e in self.exceptions)
            self._exceptions = re.compile(joined, re.IGNORECASE)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit that no exception covers."""
        assert self._regex is not None
        hits = [m.span() for m in self._regex.finditer(doc.text) if m.end() > m.start()]
        if not hits:
            return
        covers: list[tuple[int, int]] = []
        if self._exceptions is not None:
            covers = [m.span() for m in self._exceptions.finditer(doc.text)]
        for start, end in hits:
            if any(cs < end and start < ce for cs, ce in covers):
                continue
            yield Match(start, end, self.fix)
