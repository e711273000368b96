"""capitalization: shouting in ALL CAPS, with real acronyms allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule

# An all-caps word: two or more capitals, optionally a lowercase plural "s" (APIs).
_CAPS_WORD = re.compile(r"(?<![\w’'])[A-Z][A-Z’']*[A-Z]s?(?![\w’'])")
_TWO_CAPS = re.compile(r"[A-Z][A-Z’']")  # cheap test first: no shouting without it


@dataclass(kw_only=True)
class CapitalizationRule(Rule):
    """Flags an all-caps word of `min-letters` or more, or a run of all-caps words.

    Words in `allow` (acronyms) never count, and neither does the recipient's company name.
    """

    extends: ClassVar[str] = "capitalization"

    min_letters: int = 4  # a single all-caps word this long is shouting
    min_run: int = 2  # so is a run of this many all-caps words
    allow: list[str] = field(default_factory=list)  # acronyms
    _allow: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def validate(self) -> None:
        """Both limits are at least 2."""
        super().validate()
        if self.min_letters < 2 or self.min_run < 2:
            raise ValueError("fields 'min-letters' and 'min-run': must be 2 or more")

    def __post_init__(self) -> None:
        super().__post_init__()
        self._allow = frozenset(a.upper() for a in self.allow)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield long shouted words and runs of shouted words."""
        text = doc.text
        if not _TWO_CAPS.search(text):
            return
        company = (doc.context.company or "").upper()
        run: list[tuple[int, int]] = []
        shouted = False
        for m in _CAPS_WORD.finditer(text):
            word = m.group()
            bare = word[:-1] if word.endswith("s") else word
            is_acronym = word in self._allow or bare in self._allow or bare == company
            if run and text[run[-1][1] : m.start()].strip(" ,") != "":
                yield from self._flush(run, shouted)
                run, shouted = [], False
            run.append(m.span())
            shouted = shouted or not is_acronym
        yield from self._flush(run, shouted)

    def _flush(self, run: list[tuple[int, int]], shouted: bool) -> Iterator[Match]:
        if not shouted:
            return
        if len(run) >= self.min_run:
            yield Match(run[0][0], run[-1][1])
        elif len(run) == 1 and run[0][1] - run[0][0] >= self.min_letters:
            yield Match(*run[0])
