"""capitalization: shouting in ALL CAPS, with real acronyms allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule

# An all-caps word: two or more capitals, optionally a lowercase plural "s" (APIs).
_CAPS_WORD = re.compile(r"(?<![\w’'])[A-Z][A-Z’']*[A-Z]s?(?![\w’'])")
_TWO_CAPS = re.compile(r"[A-Z][A-Z’']")  # cheap test first: no shouting without it


class CapitalizationRule(Rule):
    """Flags an all-caps word of `min-letters` or more, or a run of all-caps words.

    Words in `allow` (acronyms) never count, and neither does the recipient's company name.
    """

    extends = "capitalization"

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.min_letters: int = spec.get("min_letters", 4)
        self.min_run: int = spec.get("min_run", 2)
        self.allow: list[str] = spec.get("allow") or []
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
