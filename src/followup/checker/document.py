"""The text under check, with lazily computed words, sentences and line positions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from followup.models import MessageKind

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A sentence runs to . ! ? (possibly repeated) followed by space/end, or to a blank line.
SENTENCE_RE = re.compile(r"[^\s].*?(?:[.!?…]+(?=[\s\"')\]]|$)|(?=\n\s*\n)|$)", re.S)


@dataclass(slots=True)
class Context:
    """Facts from outside the text that context rules may use. All optional."""

    recipient: str | None = None
    company: str | None = None
    role: str | None = None
    days_since_interview: int | None = None
    inquiries_sent: int | None = None
    check_ins_last_30_days: int | None = None
    known_facts: str | None = None  # the notes' text, for the grounding rule
    extra: dict[str, str] = field(default_factory=dict)


class Document:
    """A message prepared for checking: masked text, kind, context."""

    __slots__ = ("_line_starts", "_sentences", "_words", "context", "kind", "text")

    def __init__(self, text: str, kind: MessageKind, context: Context | None = None) -> None:
        self.text = text
        self.kind = kind
        self.context = context or Context()
        self._line_starts: list[int] | None = None
        self._words: list[tuple[int, int]] | None = None
        self._sentences: list[tuple[int, int]] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in re.finditer("\n", self.text))
            self._line_starts = starts
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    @property
    def words(self) -> list[tuple[int, int]]:
        """Spans of the words, in order."""
        if self._words is None:
            self._words = [m.span() for m in WORD_RE.finditer(self.text)]
        return self._words

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the sentences (trimmed), in order."""
        if self._sentences is None:
            spans = []
            for m in SENTENCE_RE.finditer(self.text):
                start, end = m.span()
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                if end > start:
                    spans.append((start, end))
            self._sentences = spans
        return self._sentences
