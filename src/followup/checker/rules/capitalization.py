"""capitalization: shouting in ALL CAPS, with real acronyms allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, PrivateAttr

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule

# An all-caps word: two or more capitals, optionally a lowercase plural "s" (APIs).
_CAPS_WORD = re.compile(r"(?<![\w’'])[A-Z][A-Z’']*[A-Z](?:s)?(?![\w’'])")


class CapitalizationRule(Rule):
    """Flags an all-caps word of `min-letters` or more, or a run of all-caps words.

    Words in `allow` (acronyms) never count, and neither does the recipient's company name.
    """

    extends: Literal["capitalization"] = "capitalization"
    min_letters: int = Field(default=4, ge=2, alias="min-letters")
    min_run: int = Field(default=2, ge=2, alias="min-run")
    allow: list[str] = Field(default_factory=list)
    _allow: frozenset[str] = PrivateAttr(default_factory=frozenset)

    def compile(self) -> None:
        """Upper-case the allow list once."""
        self._allow = frozenset(a.upper() for a in self.allow)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield long shouted words and runs of shouted words."""
        text = doc.text
        allowed = self._allow
        company = (doc.context.company or "").upper()
        run: list[tuple[int, int]] = []
        shouted_in_run = False

        def flush() -> Iterator[Match]:
            if len(run) >= self.min_run and shouted_in_run:
                yield Match(run[0][0], run[-1][1])
            elif len(run) == 1 and shouted_in_run:
                s, e = run[0]
                if e - s >= self.min_letters:
                    yield Match(s, e)

        for m in _CAPS_WORD.finditer(text):
            word = m.group().rstrip("s") if m.group().endswith("s") else m.group()
            is_acronym = word in allowed or word == company
            if run and text[run[-1][1] : m.start()].strip(" ,") != "":
                yield from flush()
                run, shouted_in_run = [], False
            run.append(m.span())
            shouted_in_run = shouted_in_run or not is_acronym
        yield from flush()
