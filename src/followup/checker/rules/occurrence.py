"""occurrence: a pattern may appear at most `max` times (per kind) in a message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule
from followup.core import MessageKind


class OccurrenceRule(Rule):
    """Counts a raw pattern over the message; flags the hits past the limit."""

    extends = "occurrence"

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.token: str = spec["token"]
        self.max: int = spec["max"]
        self.max_per_kind = {MessageKind(k): v for k, v in (spec.get("max_per_kind") or {}).items()}
        self.config_limit: str | None = spec.get("config_limit")
        self._parts = self.pattern_set([self.token])

    def limit(self, kind: MessageKind) -> int:
        """The limit that holds for this kind."""
        return int(self.max_per_kind.get(kind, self.max))

    def matches(self, doc: Document) -> Iterator[Match]:
        """One match spanning the first hit over the limit to the last hit."""
        limit = self.limit(doc.kind)
        hits = [(start, end) for start, end, _ in self.parts.finditer(doc)]
        if len(hits) > limit:
            first_over = hits[limit]
            yield Match(first_over[0], hits[-1][1], None, f"{len(hits)}, limit {limit}")
