"""capitalization: shouting in ALL CAPS, told apart from acronyms by what the word is.

A word in capitals is shouted when it is an ordinary word ("REALLY", "PLEASE LET ME KNOW")
and an acronym when it is not ("HPLC", "IFRS 17", "SAP PP"). The ordinary words are a list
shipped as data next to the rule file (`common-words:`, written by
scripts/build_common_words.py from the project's own prose, where acronyms only ever appear in
capitals); an `allow:` list names acronyms that are also words (IT, US). A capital token
joined to digits or by a hyphen (PRINCE2, MALDI-TOF, COVID-19) is a name or code, never
shouting; one of more than seven letters is a word even when the list lacks it (acronyms are
short); a word read as a listed word plus an ending needs a base of four letters (LOLER is
no 'lol' + 'er'). A rule without a word list treats every capital word outside `allow:` as shouted.
A capital word is also a name, not shouting, when it stands next to a name: after a
capitalised word inside a sentence ("Manhattan SCALE", "Oracle FUSION"), or beside an unknown
acronym in the same run ("NICE IEX"), and then everywhere else in the message too ("the NICE
online training"): product and company names are often ordinary words in capitals, and
shouting stands among ordinary lower-case words ("I REALLY need", "Following up AGAIN").
No library: a set lookup per capital word is all it takes, and the lint path stays light.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule

# An all-caps word: two or more capitals, optionally a lowercase plural "s" (APIs); not part
# of a token joined to digits or by a hyphen (PRINCE2, MALDI-TOF). The checks on what comes
# before are made after the first capital ("(?<![\w’'].)" is "(?<![\w’'])" one character
# on): a pattern that opens with a character class lets the regex engine skip to the next
# capital in C, where leading lookbehinds were tried at every position (19 µs a 150-word
# message, now 8; the same matches).
_CAPS_WORD = re.compile(r"[A-Z](?<![\w’'].)(?<!\w-.)[A-Z’']*[A-Z]s?(?![\w’']|-\w)")
_TWO_CAPS = re.compile(r"[A-Z][A-Z’']")  # cheap test first: no shouting without it
# A capitalised word (Manhattan, Oracle) right before a capital word, inside a sentence: after
# a lower-case word, a digit or a comma.
# a product or system named as what the work was done with or in ("with IDEA at", "in NICE,")
_TOOL_BEFORE = re.compile(r"\b(?:with|using|via|in|into|on|from|through)\s+$")
_TOOL_AFTER = re.compile(r"\s*[,.;:)]|\s+(?:at|for|to|and|in|on|during|as|since|software|system)\b")
_NAME_BEFORE = re.compile(r"(?<=[a-z0-9,] )[A-Z][a-z]+[A-Za-z]* $")
# Endings an ordinary word may carry in capitals (NEEDED, WAITING, REALLY, ANSWERS).
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "est")
_MIN_STEM = 3
LONGEST_ACRONYM = 7  # a capital word longer than this is read as a word (IMPORTANT, EXTREMELY)


def read_word_list(path: Path) -> frozenset[str]:
    """The words of a list file: one a line, lower case, `#` lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@dataclass(kw_only=True)
class CapitalizationRule(Rule):
    """Flags an ordinary word in capitals of `min-letters` or more, or a run of `min-run`
    of them. Acronyms (not ordinary words, or in `allow`) and the recipient's company name
    never count."""

    extends: ClassVar[str] = "capitalization"

    min_letters: int = 4  # a single all-caps word this long is shouting
    min_run: int = 2  # so is a run of this many all-caps words
    allow: list[str] = field(default_factory=list)  # acronyms
    common_words: str = ""  # a file next to the rule file: the ordinary words, one a line
    _allow: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    _common: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def validate(self) -> None:
        """Both limits are at least 2; the word list (when named) reads."""
        super().validate()
        if self.min_letters < 2 or self.min_run < 2:
            raise ValueError("fields 'min-letters' and 'min-run': must be 2 or more")
        if self.common_words:
            try:
                words = self.words
            except OSError as exc:
                raise ValueError(f"field 'common-words': {exc.strerror}") from None
            if words is not None and not words:
                raise ValueError("field 'common-words': the list is empty")

    def __post_init__(self) -> None:
        super().__post_init__()
        self._allow = frozenset(a.upper() for a in self.allow)

    @property
    def words(self) -> frozenset[str] | None:
        """The ordinary words, read on first use; None when the rule names no list."""
        if self._common is None and self.common_words:
            self._common = read_word_list(Path(self.source).parent / self.common_words)
        return self._common

    def is_ordinary(self, word: str) -> bool:
        """Whether a capital word outside `allow` is an ordinary word (so, shouted)."""
        words = self.words
        if words is None:
            return True
        lower = word.lower()
        if "'" in lower or "’" in lower:  # DON'T, CAN’T: contractions are words
            return True
        if lower in words or len(lower.rstrip("s")) > LONGEST_ACRONYM:
            return True
        stems = [
            lower[: -len(ending)]
            for ending in _ENDINGS
            if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM
        ]
        # The word read as a listed word plus an ending needs a base of four letters or more:
        # an unknown acronym of a few capitals can look like a short word plus an ending
        # (LOLER, a UK lifting regulation, is no 'lol' + 'er'); TRULY (true), WAITED (wait).
        return any(
            (len(stem) > _MIN_STEM and stem in words)
            or stem + "e" in words  # CLOSED -> close
            or (len(stem) > _MIN_STEM and stem[-1] == stem[-2] and stem[:-1] in words)  # STOPPED
            for stem in stems
        )

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield long shouted words and runs of shouted words, names left out."""
        text = doc.text
        if not _TWO_CAPS.search(text):
            return
        company = (doc.context.company or "").upper()
        runs: list[list[tuple[str, int, int, bool]]] = []  # (word, start, end, ordinary)
        for m in _CAPS_WORD.finditer(text):
            word = m.group()
            bare = word[:-1] if word.endswith("s") else word
            is_acronym = word in self._allow or bare in self._allow or bare == company
            ordinary = not is_acronym and self.is_ordinary(word)
            if not runs or text[runs[-1][-1][2] : m.start()].strip(" ,") != "":
                runs.append([])
            runs[-1].append((word, m.start(), m.end(), ordinary))
        names = {word for run in runs if self._is_name(text, run) for word, *_ in run}
        for run in runs:
            shouted = [len(w) for w, _, _, ordinary in run if ordinary and w not in names]
            if len(shouted) >= self.min_run or any(n >= self.min_letters for n in shouted):
                yield Match(run[0][1], run[-1][2])

    def _is_name(self, text: str, run: list[tuple[str, int, int, bool]]) -> bool:
        """Whether a run of capital words is (part of) a name: one ordinary word beside an
        acronym no list knows ("NICE IEX"), or a run after a capitalised word inside a
        sentence ("Manhattan SCALE")."""
        ordinary = sum(1 for *_, o in run if o)
        unknown = any(not o and w.rstrip("s") not in self._allow for w, _, _, o in run)
        if ordinary == 1 and unknown:
            return True
        start = run[0][1]
        if _NAME_BEFORE.search(text, max(0, start - 40), start):
            return True
        # one word as the object of a tool's preposition, then a pause or a preposition:
        # "something similar with IDEA at my firm", "forecasting in NICE," (a product)
        end = run[-1][2]
        return (
            len(run) == 1
            and _TOOL_BEFORE.search(text, max(0, start - 12), start) is not None
            and _TOOL_AFTER.match(text, end) is not None
        )
