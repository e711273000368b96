"""The text under check, with lazily computed words, sentences and line positions."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from followup.checker.prefilter import (
    Planned,
    TextIndex,
    index_text,
    lower_keeping_offsets,
    word_starts,
)
from followup.core import MessageKind

TOKEN_RE = re.compile(r"\S+")  # a word, for counting: what str.split() returns
# A sentence ends at . ! ? … (possibly repeated) before white space or the end, or at a
# blank line: r"[.!?…]+(?=[\s\"')\]]|$)|\n[ \t]*\n" as first written (see the tests), written to
# open with one character class, so that the regex engine skips to the next candidate in C
# instead of trying both branches at every position (15 µs a 150-word message, now 5; a
# property test holds the two equal).
SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*(?=[\s\"')\]]|$)|(?<=\n)[ \t]*\n)")


@dataclass(slots=True)
class Context:
    """Facts from outside the text that context rules may use. All optional."""

    recipient: str | None = None
    recipient_email: str | None = None  # the To: address; its domain names the company
    company: str | None = None
    role: str | None = None
    # The other interviewers' topics (name -> topics), for the wrong-interviewer-topic rule.
    other_topics: dict[str, list[str]] = field(default_factory=dict)
    days_since_interview: int | None = None
    inquiries_sent: int | None = None
    check_ins_last_30_days: int | None = None
    known_facts: str | None = None  # the notes' text, for the grounding rule
    topics: list[str] | None = None  # what was discussed, for the specific-detail rule
    days_until_decision: int | None = None  # the employer's stated decision date, from today
    # The sent history: (kind, days after the interview) of each message that went out.
    history: tuple[tuple[MessageKind, int], ...] | None = None
    interview_date: dt.date | None = None  # turns "day 7" into "Tue 1 Dec" in messages
    status: str | None = None  # the application's status (history.Status), as the history has it
    extra: dict[str, str] = field(default_factory=dict)


class Document:
    """A message prepared for checking: masked text, kind, context."""

    __slots__ = (
        "_bounds",
        "_index",
        "_line_starts",
        "_sentences",
        "_starts",
        "_word_count",
        "_words",
        "context",
        "kind",
        "lower",
        "planned",
        "text",
        "use_triggers",
    )

    def __init__(
        self,
        text: str,
        kind: MessageKind,
        context: Context | None = None,
        *,
        use_triggers: bool = True,
    ) -> None:
        self.text = text
        self.use_triggers = use_triggers
        # The lower-cased text where lower-casing keeps every offset and case-insensitive
        # matching (see lower_keeping_offsets), else None; pattern sets run their faster
        # case-sensitive forms against it.
        self.lower: str | None = lower_keeping_offsets(text) if use_triggers else None
        self._index: TextIndex | None = None
        self._starts: dict[str, list[int]] | None = None
        self._word_count: int | None = None
        # Patterns whose first trigger clause holds, found by the engine for all rules at
        # once; each pattern set verifies the rest only if its rule runs.
        self.planned: Planned | None = None
        self.kind = kind
        self.context = context or Context()
        self._line_starts: list[int] | None = None
        self._words: list[tuple[int, int]] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._bounds: list[tuple[int, int]] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in re.finditer("\n", self.text))
            self._line_starts = starts
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    @property
    def index(self) -> TextIndex | None:
        """Folded text and word set for pattern triggers; None when triggers are off."""
        if not self.use_triggers:
            return None
        if self._index is None:
            self._index = index_text(self.text)
        return self._index

    @property
    def word_starts(self) -> dict[str, list[int]]:
        """Where each word starts (see TextIndex.parts), when the text has a lower-cased form;
        empty otherwise."""
        if self._starts is None:
            index = self.index
            if index is None or index.parts is None or index.starts is None:
                self._starts = {}
            else:
                self._starts = word_starts(index.parts[1::2], index.starts)
        return self._starts

    @property
    def word_count(self) -> int:
        """How many words the text has: white-space separated, as word processors count."""
        if self._word_count is None:
            self._word_count = len(self.text.split())
        return self._word_count

    @property
    def words(self) -> list[tuple[int, int]]:
        """Spans of the words (the same ones word_count counts), in order."""
        if self._words is None:
            self._words = [m.span() for m in TOKEN_RE.finditer(self.text)]
        return self._words

    def word_start(self, k: int) -> int:
        """Where word k (from 0, below word_count) starts, without listing every word: the
        rest of the text after k splits at white space begins there."""
        if self._words is not None:
            return self._words[k][0]
        return len(self.text) - len(self.text.split(None, k)[-1])

    @property
    def words_end(self) -> int:
        """Where the last word ends (the text has words)."""
        return len(self.text.rstrip())

    @property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """Raw (start, stop) of each stretch between sentence ends; some may be blank."""
        if self._bounds is None:
            bounds: list[tuple[int, int]] = []
            start = 0
            for m in SENTENCE_END_RE.finditer(self.text):
                stop = m.end() if m.group()[0] != "\n" else m.start()
                bounds.append((start, stop))
                start = m.end()
            bounds.append((start, len(self.text)))
            self._bounds = bounds
        return self._bounds

    @property
    def sentence_count(self) -> int:
        """How many sentences there are (non-blank stretches)."""
        text = self.text
        return sum(1 for a, b in self.sentence_bounds if b > a and not text[a:b].isspace())

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the sentences (trimmed of white space), in order."""
        if self._sentences is None:
            spans: list[tuple[int, int]] = []
            for start, stop in self.sentence_bounds:
                _add_trimmed(self.text, start, stop, spans)
            self._sentences = spans
        return self._sentences


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append text[start:end] without surrounding white space, if anything is left."""
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        offset = start + (len(segment) - len(segment.lstrip()))
        spans.append((offset, offset + len(stripped)))
