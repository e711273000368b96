"""What every rule type shares: its fields and defaults, kinds, examples, the match
protocol, and the pattern set with its triggers.

Rule types are standard-library dataclasses: cheap to build from cached data, so checking
needs neither YAML nor pydantic once a style is cached (pydantic validates them only when
a rule file changes; see checker/spec.py).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, NamedTuple

from followup.checker.document import Document
from followup.checker.patterns import PatternSet
from followup.checker.prefilter import anchor_for, load_anchor, load_trigger, trigger_for
from followup.core import MessageKind, Severity


class Match(NamedTuple):
    """A raw hit from a rule: a span, and optionally a fix and a message detail."""

    start: int
    end: int
    fix: str | None = None
    detail: str | None = None


@dataclass(kw_only=True)
class Rule:
    """One rule: the fields every rule file has, with their defaults. Each rule type is a
    subclass that adds its own fields (declared once, with defaults, as dataclass fields),
    checks them in `validate`, compiles in `__post_init__`, and implements `matches`.

    The dataclass is both the schema and the runtime object: checker/spec.py validates a
    rule file against it (unknown keys are an error), and a cached style is rebuilt by
    calling it with the cached fields, without YAML or pydantic.
    """

    extends: ClassVar[str] = ""  # the name rule files give in `extends:`
    safe: ClassVar[bool] = False  # whether its fixes may be applied unasked
    # True for a type that finds nothing unless one of its patterns is a candidate for the
    # message (existence, occurrence, substitution): the engine then skips the call.
    needs_hits: ClassVar[bool] = False

    id: str
    message: str
    examples: dict[str, list[str | dict[str, Any]]]
    severity: Severity = Severity.WARNING
    kinds: list[MessageKind] | None = None
    description: str = ""
    # A weak rule (checker/corroboration.py): its finding is a warning only when a second
    # signal agrees (another rule's warning, or the style's scorer at this probability or
    # more); alone and below it, a suggestion. None: the rule stands alone.
    weak: float | None = None
    source: str = ""
    # Set by the loader, never by a rule file: the pattern triggers from the style cache.
    triggers: list[Any] | None = field(default=None, repr=False, compare=False)
    anchors: list[Any] | None = field(default=None, repr=False, compare=False)  # likewise
    _parts: PatternSet | None = field(default=None, init=False, repr=False, compare=False)
    _kinds: frozenset[MessageKind] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self.severity = Severity(self.severity)
        self.kinds = [MessageKind(k) for k in self.kinds] if self.kinds else None
        self._kinds = frozenset(self.kinds) if self.kinds else None

    def validate(self) -> None:
        """Checks beyond the field types (raise ValueError naming the field); run once,
        when a rule file is validated, not on every load from the cache."""
        if not self.message:
            raise ValueError("field 'message': must not be empty")
        for side in ("flag", "pass"):
            if not self.examples.get(side):
                raise ValueError(f"field 'examples': needs at least one '{side}' example")
        if self.weak is not None and not 0.0 <= self.weak < 1.0:
            raise ValueError("field 'weak': must be a probability from 0 up to 1")
        unknown = set(self.examples) - {"flag", "pass"}
        if unknown:
            raise ValueError(f"field 'examples': unknown key {sorted(unknown)[0]!r}")

    def cache_data(self) -> dict[str, Any]:
        """The rule's fields as plain data for the style cache, with its type and triggers."""
        data: dict[str, Any] = {"extends": self.extends}
        for f in fields(self):
            if f.init:
                data[f.name] = getattr(self, f.name)
        data["triggers"] = self._parts.dump_triggers() if self._parts is not None else None
        data["anchors"] = self._parts.dump_anchors() if self._parts is not None else None
        return data

    def pattern_set(self, patterns: list[str], flags: int = re.IGNORECASE) -> PatternSet:
        """The rule's patterns with their triggers (cached, or analysed now)."""
        ignorecase = bool(flags & re.IGNORECASE)
        if self.triggers is not None and len(self.triggers) == len(patterns):
            triggers = [load_trigger(t) for t in self.triggers]
        else:
            triggers = [trigger_for(p, ignorecase) for p in patterns]
        if self.anchors is not None and len(self.anchors) == len(patterns):
            anchors = [load_anchor(a) for a in self.anchors]
        else:
            anchors = [anchor_for(p, ignorecase) for p in patterns]
        return PatternSet(patterns, flags, triggers, anchors)

    @property
    def parts(self) -> PatternSet:
        """The rule's pattern set (for rule types that have one)."""
        assert self._parts is not None, f"{type(self).__name__} has no patterns"
        return self._parts

    def pattern_sets(self) -> list[PatternSet]:
        """The rule's pattern sets, for the engine's shared word index."""
        return [self._parts] if self._parts is not None else []

    def exception_patterns(self) -> list[str]:
        """Case-insensitive patterns whose absence lets the rule skip its exception test
        (see Planned.settled); none for most rule types."""
        return []

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
        """The message with {match}, {fix} and {detail} filled in; the quoted match on one
        line (a phrase broken over two lines is quoted with a space), so a finding stays one
        line in the text and GitHub formats."""
        msg = self.message
        if "{" not in msg:
            return msg
        return (
            msg.replace("{match}", " ".join(doc.text[match.start : match.end].split()))
            .replace("{fix}", match.fix or "")
            .replace("{detail}", match.detail or "")
        )
