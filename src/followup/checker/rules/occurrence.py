"""occurrence: a pattern may appear at most `max` times (per kind) in a message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from followup.checker.document import Document
from followup.checker.patterns import check_patterns
from followup.checker.rules.base import Match, Rule
from followup.core import MessageKind


@dataclass(kw_only=True)
class OccurrenceRule(Rule):
    """Counts a raw pattern over the message; flags the hits past the limit."""

    extends: ClassVar[str] = "occurrence"
    needs_hits: ClassVar[bool] = True  # no candidate pattern: no finding

    token: str  # a raw regular expression
    max: int
    max_per_kind: dict[MessageKind, int] = field(default_factory=dict)
    config_limit: Literal["max-questions"] | None = None  # the setting that overrides max
    at_most: int | None = None  # more hits than this are another rule's business

    def validate(self) -> None:
        """The token compiles; limits are not negative."""
        super().validate()
        check_patterns("token", [self.token])
        if self.max < 0 or any(v < 0 for v in self.max_per_kind.values()):
            raise ValueError("field 'max': must be 0 or more")
        if self.at_most is not None and self.at_most <= self.max:
            raise ValueError("field 'at-most': must be more than 'max'")

    def __post_init__(self) -> None:
        super().__post_init__()
        self.max_per_kind = {MessageKind(k): v for k, v in self.max_per_kind.items()}
        self._parts = self.pattern_set([self.token])

    def limit(self, kind: MessageKind) -> int:
        """The limit that holds for this kind."""
        return int(self.max_per_kind.get(kind, self.max))

    def matches(self, doc: Document) -> Iterator[Match]:
        """One match spanning the first hit over the limit to the last hit."""
        limit = self.limit(doc.kind)
        hits = [(start, end) for start, end, _ in self.parts.finditer(doc)]
        if len(hits) > limit and (self.at_most is None or len(hits) <= self.at_most):
            first_over = hits[limit]
            yield Match(first_over[0], hits[-1][1], None, f"{len(hits)}, limit {limit}")
