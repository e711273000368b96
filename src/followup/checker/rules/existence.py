"""existence: flag any of a list of phrases or patterns, minus listed exceptions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from followup.checker.document import Document
from followup.checker.patterns import phrase_to_regex
from followup.checker.rules.base import Match, Rule


class ExistenceRule(Rule):
    """Flags phrases (word-bounded, case-insensitive) or raw patterns wherever they occur."""

    extends = "existence"

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.tokens: list[str] = spec.get("tokens") or []
        self.patterns: list[str] = spec.get("patterns") or []
        self.exceptions: list[str] = spec.get("exceptions") or []
        self.fix: str | None = spec.get("fix")
        self.ignorecase: bool = spec.get("ignorecase", True)
        flags = re.IGNORECASE if self.ignorecase else 0
        parts = [rf"\b(?:{phrase_to_regex(t)})\b" for t in self.tokens]
        parts += [f"(?:{p})" for p in self.patterns]  # raw: no phrase conversion
        self._parts = self.pattern_set(parts, flags)
        self._exceptions = (
            re.compile("|".join(phrase_to_regex(e) for e in self.exceptions), re.IGNORECASE)
            if self.exceptions
            else None
        )

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit that no exception overlaps."""
        hits = [(start, end) for start, end, _ in self.parts.finditer(doc)]
        if not hits:
            return
        covers: list[tuple[int, int]] = []
        if self._exceptions is not None:
            covers = [m.span() for m in self._exceptions.finditer(doc.text)]
        for start, end in hits:
            if any(cs < end and start < ce for cs, ce in covers):
                continue
            yield Match(start, end, self.fix)
