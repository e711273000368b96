"""existence: flag any of a list of phrases or patterns, minus listed exceptions.

A tone rule may name a scorer model (`support: pushy-tone.json`, next to the rule file): its
hits then stand only when that model reads the message as pushy enough (see
rules/scorer.py, `supports`). The model is read only for a message the patterns hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from followup.checker.document import Document
from followup.checker.patterns import check_patterns, lowercase_pattern, phrase_to_regex
from followup.checker.prefilter import Trigger, dump_trigger, load_trigger, trigger_for
from followup.checker.rules.base import Match, Rule
from followup.checker.rules.scorer import supports

MAX_CHOSEN = 256  # alternations of chosen exceptions kept per rule (see _exceptions_among)


@dataclass(kw_only=True)
class ExistenceRule(Rule):
    """Flags phrases (word-bounded, case-insensitive) or raw patterns wherever they occur."""

    extends: ClassVar[str] = "existence"
    needs_hits: ClassVar[bool] = True  # no candidate pattern: no finding

    tokens: list[str] = field(default_factory=list)  # phrases: a space matches any space
    patterns: list[str] = field(default_factory=list)  # raw regular expressions
    exceptions: list[str] = field(default_factory=list)  # overlapping hits are not flagged
    fix: str | None = None
    ignorecase: bool = True
    support: str | None = None  # a scorer model file whose reading a hit needs (see above)
    # Set by the loader, never by a rule file: each exception's trigger from the style cache.
    exception_triggers: list[Any] | None = field(default=None, repr=False, compare=False)
    # The exceptions as one alternation, compiled on first use: as written, and lower-cased
    # where the document has a lower-cased form (see PatternSet). Most messages never need them.
    _exceptions: list[re.Pattern[str] | None] = field(
        default_factory=lambda: [None, None], init=False, repr=False, compare=False
    )
    # Alternations of some of the exceptions, by their places (see _exceptions_among).
    _chosen: dict[tuple[int, ...], re.Pattern[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The words (or literals) without which an exception cannot match (see prefilter.py).
    _exception_gate: list[Trigger] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def validate(self) -> None:
        """Every phrase and pattern compiles, and there is at least one."""
        super().validate()
        check_patterns("tokens", [phrase_to_regex(t) for t in self.tokens])
        check_patterns("exceptions", [phrase_to_regex(t) for t in self.exceptions])
        check_patterns("patterns", self.patterns)
        if not self.tokens and not self.patterns:
            raise ValueError("an existence rule needs 'tokens' or 'patterns'")
        if self.support is not None:
            path = self._support_path()
            if not path.is_file():
                raise ValueError(f"field 'support': no model file {path}")

    def __post_init__(self) -> None:
        super().__post_init__()
        flags = re.IGNORECASE if self.ignorecase else 0
        parts = [rf"\b(?:{phrase_to_regex(t)})\b" for t in self.tokens]
        parts += [f"(?:{p})" for p in self.patterns]  # raw: no phrase conversion
        self._parts = self.pattern_set(parts, flags)

    def cache_data(self) -> dict[str, Any]:
        """The fields for the style cache, with the exceptions' triggers."""
        data = super().cache_data()
        data["exception_triggers"] = [dump_trigger(t) for t in self._exception_triggers()]
        return data

    def _exception_triggers(self) -> list[Trigger]:
        """Each exception's trigger: cached with the style, else analysed on first use."""
        if self._exception_gate is None:
            cached = self.exception_triggers
            if cached is not None and len(cached) == len(self.exceptions):
                self._exception_gate = [load_trigger(t) for t in cached]
            else:
                self._exception_gate = [trigger_for(phrase_to_regex(e)) for e in self.exceptions]
        return self._exception_gate

    def exception_patterns(self) -> list[str]:
        """The exceptions, as the alternation below joins them."""
        return [phrase_to_regex(e) for e in self.exceptions]

    def _exception_spans(self, doc: Document) -> list[tuple[int, int]]:
        """Where the exceptions occur: case-insensitively, as one alternation. When the
        Hyperscan pass found none possible, or no exception's trigger holds, none can
        match, and the alternation is not run."""
        planned = doc.planned
        if planned is not None and id(self) in planned.settled:
            return []
        if planned is not None and planned.possible and doc.lower is not None:
            places = planned.possible.get(id(self))
            if places is not None:  # only these can match: the alternation of them finds
                # what the whole one finds (no other alternative matches anywhere)
                among = self._exceptions_among(tuple(sorted(places)))
                return [m.span() for m in among.finditer(doc.lower)]
        index = doc.index
        if index is not None and not any(
            trigger is None or all(map(index.holds, trigger))
            for trigger in self._exception_triggers()
        ):
            return []
        fast = doc.lower is not None
        rx = self._exceptions[fast]
        if rx is None:
            joined = "|".join(phrase_to_regex(e) for e in self.exceptions)
            if fast:
                rx = re.compile(lowercase_pattern(joined))
            else:
                rx = re.compile(joined, re.IGNORECASE)
            self._exceptions[fast] = rx
        return [m.span() for m in rx.finditer(doc.lower if doc.lower is not None else doc.text)]

    def _exceptions_among(self, places: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of some of the exceptions, in their order, lower-cased (compiled
        once per choice: a message can match few of them, and the whole alternation of up
        to 80 was tried at every position of the message)."""
        rx = self._chosen.get(places)
        if rx is None:
            if len(self._chosen) >= MAX_CHOSEN:
                self._chosen.clear()
            joined = "|".join(phrase_to_regex(self.exceptions[k]) for k in places)
            rx = self._chosen[places] = re.compile(lowercase_pattern(joined))
        return rx

    def _support_path(self) -> Path:
        return Path(self.source).parent / (self.support or "")

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield each hit that no exception overlaps (none when the supporting model
        reads the message as clean)."""
        hits = [(start, end) for start, end, _ in self.parts.finditer(doc)]
        if not hits:
            return
        if self.exceptions:
            covers = self._exception_spans(doc)
            hits = [(s, e) for s, e in hits if not any(cs < e and s < ce for cs, ce in covers)]
        if hits and (self.support is None or supports(self._support_path(), doc)):
            for start, end in hits:
                yield Match(start, end, self.fix)
