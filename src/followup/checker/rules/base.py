"""What every rule type shares: metadata, kinds, examples, the match protocol, prefilter.

Rule objects are plain Python built from an already validated spec (see checker/spec.py),
so checking needs neither YAML nor pydantic once a style is cached.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from followup.checker.document import Document
from followup.checker.patterns import PatternSet
from followup.checker.prefilter import load_trigger, trigger_for
from followup.core import MessageKind, Severity


class Match(NamedTuple):
    """A raw hit from a rule: a span, and optionally a fix and a message detail."""

    start: int
    end: int
    fix: str | None = None
    detail: str | None = None


class Rule:
    """Common fields; subclasses read their own fields, compile, and implement `matches`."""

    extends = ""
    safe = False  # whether its fixes may be applied unasked

    def __init__(self, spec: dict[str, Any]) -> None:
        self.id: str = spec["id"]
        self.message: str = spec["message"]
        self.severity = Severity(spec.get("severity", "warning"))
        kinds = spec.get("kinds")
        self.kinds: list[MessageKind] | None = [MessageKind(k) for k in kinds] if kinds else None
        self._kinds = frozenset(self.kinds) if self.kinds else None
        self.description: str = spec.get("description", "")
        self.source: str = spec.get("source", "")
        self.examples: dict[str, list[Any]] = spec.get("examples", {})
        # Triggers of the rule's patterns, from the style cache when it has them.
        self._cached_triggers: list[Any] | None = spec.get("triggers")
        self._parts: PatternSet | None = None  # rule types that match patterns set this

    def pattern_set(self, patterns: list[str], flags: int = re.IGNORECASE) -> PatternSet:
        """The rule's patterns with their triggers (cached, or analysed now)."""
        if self._cached_triggers is not None and len(self._cached_triggers) == len(patterns):
            triggers = [load_trigger(t) for t in self._cached_triggers]
        else:
            triggers = [trigger_for(p, bool(flags & re.IGNORECASE)) for p in patterns]
        return PatternSet(patterns, flags, triggers)

    def triggers(self) -> list[Any] | None:
        """The JSON form of the triggers, for the style cache; None for rules without."""
        return self._parts.dump_triggers() if self._parts is not None else None

    @property
    def parts(self) -> PatternSet:
        """The rule's pattern set (for rule types that have one)."""
        assert self._parts is not None, f"{type(self).__name__} has no patterns"
        return self._parts

    def pattern_sets(self) -> list[PatternSet]:
        """The rule's pattern sets, for the engine's shared word index."""
        return [self._parts] if self._parts is not None else []

    def applies_to(self, kind: MessageKind) -> bool:
        """True when the rule checks messages of this kind."""
        return self._kinds is None or kind in self._kinds

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield every hit in the document."""
        raise NotImplementedError

    def replace(self, **changes: Any) -> Rule:
        """A shallow copy with some attributes changed (compiled patterns are shared)."""
        clone = copy.copy(self)
        for key, value in changes.items():
            setattr(clone, key, value)
        return clone

    def render_message(self, doc: Document, match: Match) -> str:
        """The message with {match}, {fix} and {detail} filled in."""
        msg = self.message
        if "{" not in msg:
            return msg
        return (
            msg.replace("{match}", doc.text[match.start : match.end])
            .replace("{fix}", match.fix or "")
            .replace("{detail}", match.detail or "")
        )
