"""PatternSet: a rule's regular expressions, run only when their trigger words are there.

It owns compiling (lazily, once, or rebuilt from the style cache: precompiled.py), the
faster lower-cased forms for text that lower-cases without moving an offset
(prefilter.lower_keeping_offsets: ASCII, accents, emoji), trying an anchored pattern only
where its anchor words start, and leftmost-first non-overlapping matching. Which patterns
are candidates for a message, and which words anchor them, is decided by prefilter.py; this
module only runs them. The standard library's re is used throughout: the third-party regex
module is slower to import and match for these patterns, and nothing here needs its extras.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import methodcaller
from typing import Any

from followup.checker import precompiled
from followup.checker.document import Document
from followup.checker.prefilter import (
    LEADS,
    Anchor,
    Trigger,
    TriggerIndex,
    dump_anchor,
    dump_trigger,
)
from followup.lazyre import lazy_compile


def phrase_to_regex(phrase: str) -> str:
    """Let a space match any run of white space and an apostrophe match either form."""
    return phrase.replace(" ", r"\s+").replace("'", "['’]")


def lowercase_pattern(pattern: str) -> str:
    """Lower-case a pattern's literal characters but not its escapes (\\S stays \\S).

    Run by run (the text between escapes lowered at once), not character by character: the
    writer builds its privacy prefilter (privacy.py) from 16,000 characters of patterns on
    every run. A run lowers as its characters do one at a time (`_lower_run`)."""
    return _ESCAPE_OR_RUN.sub(_lower_run, pattern)


# an escape (\\N{NAME} whole, even unclosed: to the end), or a run of characters between escapes
_ESCAPE_OR_RUN = lazy_compile(r"\\N\{[^}]*\}?|\\.|[^\\]+|\\", re.S)


def _lower_run(m: re.Match[str]) -> str:
    run = m.group()
    if run[0] == "\\":
        return run
    # str.lower() of a whole run differs from its characters' only where a capital sigma ends
    # a word (final sigma); outside ASCII, lower each character as the pattern's own
    return run.lower() if run.isascii() else "".join(ch.lower() for ch in run)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PatternSet:
    """A rule's patterns, each compiled on first use and run only when its trigger is there.

    Matches come back leftmost first and never overlap; at one position the earlier pattern
    wins, as in one big alternation.

    On such text (ASCII, and most other) each pattern runs in a faster form: lower-cased
    against the lower-cased text instead of with IGNORECASE, and without its leading `\\b`
    (which stops the regex engine from skipping ahead by first character); the boundary is
    checked on each hit instead, and a hit without one resumes the search one character on,
    so the results are exactly those of the original pattern (a property test compares the
    two). A pattern with anchor words is not searched at all but tried where they start.
    """

    __slots__ = (
        "_compiled",
        "_fast",
        "_index",
        "anchors",
        "flags",
        "ignorecase",
        "patterns",
        "trigger_list",
    )

    def __init__(
        self,
        patterns: list[str],
        flags: int,
        triggers: list[Trigger],
        anchors: list[Anchor] | None = None,
    ) -> None:
        self.patterns = patterns
        self.anchors = anchors if anchors is not None else [None] * len(patterns)
        self.flags = flags
        self.ignorecase = bool(flags & re.IGNORECASE)  # enum arithmetic is slow; do it once
        self.trigger_list = triggers
        self._index: TriggerIndex | None = None  # built on first use: a checker needs none
        self._compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
        self._fast: list[tuple[re.Pattern[str], str | None] | None] = [None] * len(patterns)

    @property
    def index(self) -> TriggerIndex:
        """The triggers filed for lookup, for a pattern set checked on its own (a checker
        tests all its sets' triggers at once, see GlobalIndex)."""
        if self._index is None:
            self._index = TriggerIndex(self.trigger_list)
        return self._index

    def regex(self, i: int) -> re.Pattern[str]:
        """Pattern i, compiled as written."""
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = re.compile(self.patterns[i], self.flags)
        return compiled

    def fast_regex(self, i: int) -> tuple[re.Pattern[str], str | None]:
        """Pattern i for lower-cased text, and the leading check it needs (from the style
        cache's compiled patterns when it has them)."""
        fast = self._fast[i]
        if fast is None:
            fast = precompiled.lookup(self.patterns[i], int(self.flags))
            if fast is None:
                pattern, flags, lead = fast_form(self.patterns[i], self.flags)
                fast = (re.compile(pattern, flags), lead)
            self._fast[i] = fast
        return fast

    def _scan(self, i: int, doc: Document, first_only: bool = False) -> list[tuple[int, int]]:
        if doc.lower is None:
            return [m.span() for m in self.regex(i).finditer(doc.text)]
        lower = doc.lower if self.ignorecase else doc.text
        anchor = self.anchors[i]  # only a pattern with a leading boundary has anchors
        index = doc.index
        if anchor is not None and index is not None and index.parts is not None:
            words = anchor & index.words
            if not words:  # no match can start anywhere: not even compiled
                return []
            rx = (self._fast[i] or self.fast_regex(i))[0]
            return _anchored(rx, lower, words, doc.word_starts, first_only)
        rx, lead = self.fast_regex(i)
        if lead is None:
            return [m.span() for m in rx.finditer(lower)]
        spans: list[tuple[int, int]] = []
        pos, size = 0, len(lower)
        while pos <= size:
            m = rx.search(lower, pos)
            if m is None:
                break
            start, end = m.span()
            before = _is_word(lower[start - 1]) if start > 0 else False
            if lead == "boundary":
                after = _is_word(lower[start]) if start < size else False
                ok = before != after
            else:
                ok = not before
            if not ok:
                pos = start + 1
                continue
            spans.append((start, end))
            if first_only:
                break
            pos = end if end > start else start + 1
        return spans

    def search(self, i: int, doc: Document) -> bool:
        """Whether pattern i occurs in the document (fast form where there is doc.lower)."""
        if doc.lower is None:
            return self.regex(i).search(doc.text) is not None
        rx, lead = self.fast_regex(i)
        if lead is not None:
            return bool(self._scan(i, doc, first_only=True))
        target = doc.lower if self.ignorecase else doc.text
        return rx.search(target) is not None

    def finditer(self, doc: Document) -> list[tuple[int, int, int]]:
        """(start, end, pattern index) of every non-overlapping match."""
        found: list[tuple[int, int, int]] = []
        index = doc.index
        planned = doc.planned
        if planned is not None and index is not None and self in planned.indexed:
            # The checker looked up the message's words for all its pattern sets at once.
            todo = planned.todo(self, index)
        else:
            todo = self.index.candidates(index)
        if doc.lower is not None and index is not None and index.parts is not None:
            # _scan's anchored case inline: most candidates take it, and a call, two
            # property reads and a generator each cost more than the matching they lead to.
            target = doc.lower if self.ignorecase else doc.text
            anchors, fast, present = self.anchors, self._fast, index.words
            starts: dict[str, list[int]] | None = None
            for i in todo:
                anchor = anchors[i]
                if anchor is None:
                    found.extend((start, end, i) for start, end in self._scan(i, doc))
                    continue
                words = anchor & present
                if not words:
                    continue
                if starts is None:
                    starts = doc.word_starts
                rx = (fast[i] or self.fast_regex(i))[0]
                for start, end in _anchored(rx, target, words, starts, False):
                    found.append((start, end, i))
        else:
            for i in todo:
                found.extend((start, end, i) for start, end in self._scan(i, doc))
        if len(found) > 1:
            found.sort(key=lambda hit: (hit[0], hit[2]))
        kept: list[tuple[int, int, int]] = []
        last_end = -1
        for start, end, i in found:
            if start >= last_end and end > start:
                kept.append((start, end, i))
                last_end = end
        return kept

    def dump_triggers(self) -> list[Any]:
        """JSON form of the triggers."""
        return [dump_trigger(t) for t in self.trigger_list]

    def dump_anchors(self) -> list[Any]:
        """JSON form of the anchors."""
        return [dump_anchor(a) for a in self.anchors]


def fast_form(pattern: str, flags: int) -> tuple[str, int, str | None]:
    """A pattern's fast form: without its leading boundary (which it names), and lower-cased
    instead of IGNORECASE; with its flags."""
    lead = None
    for prefix, kind in LEADS:
        if pattern.startswith(prefix):
            pattern, lead = pattern[len(prefix) :], kind
            break
    if flags & re.IGNORECASE:
        pattern, flags = lowercase_pattern(pattern), flags & ~re.IGNORECASE
    return pattern, int(flags), lead


def compiled_entries(sets: list[PatternSet]) -> dict[tuple[str, int], precompiled.Entry]:
    """Every pattern's fast form, compiled, for the style cache (see precompiled.py)."""
    entries: dict[tuple[str, int], precompiled.Entry] = {}
    for ps in sets:
        for pattern in ps.patterns:
            key = (pattern, int(ps.flags))
            if key not in entries:
                fast, flags, lead = fast_form(pattern, ps.flags)
                code = precompiled.code_for(fast, flags)
                if code is not None:
                    entries[key] = (fast, flags, lead, code)
    return entries


def _anchored(
    rx: re.Pattern[str],
    target: str,
    words: frozenset[str],
    starts: dict[str, list[int]],
    first_only: bool,
) -> list[tuple[int, int]]:
    """The matches of a boundary-led pattern (without its boundary) that start where one of
    its anchor words (`words`: those the text has) starts: the same as searching, since no
    match can start elsewhere, and the boundary holds at the start of every word."""
    if len(words) == 1:
        found = list(filter(None, map(rx.match, repeat(target), starts[next(iter(words))])))
    else:  # each word's starts in turn: most candidates match nowhere, and need no sort
        found = [m for w in words for m in filter(None, map(rx.match, repeat(target), starts[w]))]
        if len(found) > 1:
            found.sort(key=_start_of)  # no two words start at one place
    spans: list[tuple[int, int]] = []
    last_end = 0
    # Every start is tried in one C-level pass (a match that a kept one overlaps is dropped
    # after instead of never tried: the same spans, without a Python step per start).
    for m in found:
        start = m.start()  # the position it was tried at
        if start >= last_end:
            last_end = m.end()
            spans.append((start, last_end))
            if first_only:
                break
    return spans


_start_of = methodcaller("start")


def check_patterns(name: str, patterns: list[str], *, allow_groups: bool = True) -> None:
    """Raise ValueError naming the field for a pattern that does not compile."""
    for p in patterns:
        try:
            compiled = compile_checked(p)
        except ValueError as exc:
            raise ValueError(f"field '{name}': {exc}") from None
        if not allow_groups and compiled.groups:
            raise ValueError(f"field '{name}': pattern {p!r} has a capturing group; use (?:...)")


def compile_checked(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile; raise ValueError with the reason for a bad pattern."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
