"""metric: word count, sentence length and reading grade, with limits per kind.

The reading grade is Flesch-Kincaid with a vowel-group syllable estimate. We compute it here
rather than through textstat: textstat pulls in pyphen's dictionaries at import and costs about
a millisecond per message, which the linter's start-up and throughput targets cannot afford.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from followup.checker.document import Document
from followup.checker.rules.base import Match, Rule
from followup.models import MessageKind

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Estimate syllables: vowel groups, less a silent final e; at least one."""
    w = word.lower()
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_grade(text: str, words: list[tuple[int, int]], sentences: int) -> float:
    """Flesch-Kincaid grade level of the text."""
    if not words:
        return 0.0
    n = len(words)
    syl = sum(syllables(text[s:e]) for s, e in words)
    return 0.39 * (n / max(sentences, 1)) + 11.8 * (syl / n) - 15.59


class Limits(BaseModel):
    """A range: either bound may be left open."""

    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    max: float | None = None


class MetricRule(Rule):
    """Measures the message and flags a value outside the range for its kind."""

    extends: Literal["metric"] = "metric"
    metric: Literal["words", "sentence-words", "grade"]
    min: float | None = None
    max: float | None = None
    per_kind: dict[MessageKind, Limits] = Field(default_factory=dict, alias="per-kind")

    @model_validator(mode="after")
    def _has_bound(self) -> MetricRule:
        if self.min is None and self.max is None and not self.per_kind:
            raise ValueError("a metric rule needs 'min', 'max' or 'per-kind'")
        return self

    def bounds(self, kind: MessageKind) -> tuple[float | None, float | None]:
        """(min, max) for this kind."""
        limits = self.per_kind.get(kind)
        if limits is None:
            return self.min, self.max
        return (
            limits.min if limits.min is not None else self.min,
            limits.max if limits.max is not None else self.max,
        )

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield a hit for each measurement outside the bounds."""
        low, high = self.bounds(doc.kind)
        words = doc.words
        if not words:
            return
        if self.metric == "words":
            n = len(words)
            if high is not None and n > high:
                yield Match(words[int(high)][0], words[-1][1], None, f"{n} words, limit {high:g}")
            elif low is not None and n < low:
                yield Match(words[0][0], words[-1][1], None, f"{n} words, minimum {low:g}")
        elif self.metric == "sentence-words":
            for start, end in doc.sentences:
                n = len(_WORDS_IN.findall(doc.text, start, end))
                if high is not None and n > high:
                    yield Match(start, end, None, f"{n} words, limit {high:g}")
        else:
            grade = reading_grade(doc.text, words, len(doc.sentences))
            if (high is not None and grade > high) or (low is not None and grade < low):
                yield Match(words[0][0], words[-1][1], None, f"grade {grade:.1f}")


_WORDS_IN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
