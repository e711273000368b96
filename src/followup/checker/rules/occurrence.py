"""occurrence: a pattern may appear at most `max` times (per kind) in a message."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule, check_patterns
from followup.models import MessageKind


class OccurrenceRule(Rule):
    """Counts a raw pattern over the message; flags the hits past the limit."""

    extends: Literal["occurrence"] = "occurrence"
    token: str = Field(min_length=1, description="a raw regex, counted case-insensitively")
    max: int = Field(ge=0)
    max_per_kind: dict[MessageKind, int] = Field(default_factory=dict, alias="max-per-kind")
    config_limit: str | None = Field(
        default=None,
        alias="config-limit",
        description="the per-kind setting in [limits] that overrides max (e.g. max-questions)",
    )
    _regex: re.Pattern[str] | None = PrivateAttr(default=None)

    @field_validator("token")
    @classmethod
    def _compiles(cls, value: str) -> str:
        check_patterns([value])
        return value

    def compile(self) -> None:
        """Compile the counted pattern."""
        self._regex = re.compile(self.token, re.IGNORECASE)

    def limit(self, kind: MessageKind) -> int:
        """The limit that holds for this kind."""
        return self.max_per_kind.get(kind, self.max)

    def matches(self, doc: Document) -> Iterator[Match]:
        """One match spanning the first hit over the limit to the last hit."""
        assert self._regex is not None
        limit = self.limit(doc.kind)
        hits = [m.span() for m in self._regex.finditer(doc.text) if m.end() > m.start()]
        if len(hits) > limit:
            first_over = hits[limit]
            yield Match(first_over[0], hits[-1][1], None, f"{len(hits)} (limit {limit})")
