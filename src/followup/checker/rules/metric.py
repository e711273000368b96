"""metric: word count, sentence length and reading grade, with limits per kind.

The reading grade is Flesch-Kincaid with a vowel-group syllable estimate computed in three
regex passes over the whole text. We do it here rather than through textstat: textstat
loads pyphen's dictionaries at import and counts word by word, which costs more than the
whole rest of a check and would break the linter's start-up and throughput targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule
from followup.core import MessageKind

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouy\W]e\b")  # "make", "time" (also "table": close enough)
# A paragraph ends at a blank line (spaces or tabs allowed on it).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _ascii_class(ch: str) -> str:
    if ch == "e":
        return "e"
    if ch in "aiouy":
        return "v"
    return "c" if ch.isalnum() or ch == "_" else " "


# On ASCII text the two regexes above reduce to counting in a string of character classes
# (v vowel, e the letter e, c other word characters, space the rest), which bytes.translate
# builds in one C pass: an order of magnitude faster than the regexes, with the same counts.
_CLASSES = bytes(ord(_ascii_class(chr(b))) for b in range(128)) + b" " * 128
_VOWELS_AS_ONE = bytes.maketrans(b"ve", b"vv")


def syllable_count(lower: str) -> int:
    """Estimated syllables in a lower-cased text: vowel groups, less silent final e's."""
    if not lower.isascii():
        return len(_VOWEL_GROUP.findall(lower)) - len(_SILENT_E.findall(lower))
    classes = lower.encode("ascii").translate(_CLASSES)
    vowels = classes.translate(_VOWELS_AS_ONE)
    groups = vowels.count(b"cv") + vowels.count(b" v") + vowels.startswith(b"v")
    silent = classes.count(b"ce ") + classes.endswith(b"ce")
    return groups - silent


def reading_grade(lower: str, words: int, sentences: int) -> float:
    """Flesch-Kincaid grade level of a lower-cased text."""
    if words == 0:
        return 0.0
    return 0.39 * (words / max(sentences, 1)) + 11.8 * (syllable_count(lower) / words) - 15.59


@dataclass(kw_only=True)
class MetricRule(Rule):
    """Measures the message and flags a value outside the range for its kind."""

    extends: ClassVar[str] = "metric"

    metric: Literal["words", "sentence-words", "paragraph-words", "grade"]
    min: float | None = None
    max: float | None = None
    per_kind: dict[MessageKind, dict[Literal["min", "max"], float | None]] = field(
        default_factory=dict
    )

    def validate(self) -> None:
        """At least one bound."""
        super().validate()
        if self.min is None and self.max is None and not self.per_kind:
            raise ValueError("a metric rule needs 'min', 'max' or 'per-kind'")

    def __post_init__(self) -> None:
        super().__post_init__()
        self.per_kind = {MessageKind(k): dict(v) for k, v in self.per_kind.items()}

    @property
    def config_limit(self) -> str | None:
        """The setting that overrides the maximum: limits.<kind>.max-words for word counts."""
        return "max-words" if self.metric == "words" else None

    def bounds(self, kind: MessageKind) -> tuple[float | None, float | None]:
        """(min, max) for this kind."""
        limits = self.per_kind.get(kind, {})
        low, high = limits.get("min"), limits.get("max")
        return (self.min if low is None else low, self.max if high is None else high)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield a hit for each measurement outside the bounds."""
        low, high = self.bounds(doc.kind)
        n = doc.word_count
        if n == 0:
            return
        if self.metric == "words":
            if high is not None and n > high:
                detail = f"{n} words, limit {high:g}"
                yield Match(doc.word_start(int(high)), doc.words_end, None, detail)
            elif low is not None and n < low:
                detail = f"{n} words, minimum {low:g}"
                yield Match(doc.word_start(0), doc.words_end, None, detail)
        elif self.metric == "sentence-words":
            if high is None or n <= high:
                return  # no sentence can be longer than the whole text
            for start, stop in doc.sentence_bounds:
                if stop - start + 1 <= 2 * high:
                    continue  # words need a character and a separator each: cannot exceed
                segment = doc.text[start:stop]
                count = len(segment.split())
                if count > high:
                    first = start + len(segment) - len(segment.lstrip())
                    last = start + len(segment.rstrip())
                    yield Match(first, last, None, f"{count} words, limit {high:g}")
        elif self.metric == "paragraph-words":
            if high is not None and n > high:  # no paragraph is longer than the whole text
                yield from _long_paragraphs(doc.text, high)
        else:
            lower = doc.lower if doc.lower is not None else doc.text.lower()
            grade = reading_grade(lower, n, doc.sentence_count)
            if (high is not None and grade > high) or (low is not None and grade < low):
                yield Match(doc.word_start(0), doc.words_end, None, f"grade {grade:.1f}")


def _long_paragraphs(text: str, high: float) -> Iterator[Match]:
    """A hit for each paragraph (text between blank lines) of more than `high` words."""
    start = 0
    for gap in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = gap.start() if gap is not None else len(text)
        segment = text[start:stop]
        count = len(segment.split())
        if count > high:
            first = start + len(segment) - len(segment.lstrip())
            last = start + len(segment.rstrip())
            yield Match(first, last, None, f"{count} words in one paragraph, limit {high:g}")
        if gap is not None:
            start = gap.end()
