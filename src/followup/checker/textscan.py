"""textscan: one Hyperscan pass over a message as written, for the passes the other misses.

The checker's Hyperscan pass (multiscan.py, started by engine.Checker.start_scan) scans the
lower-cased message for the case-insensitive patterns of the rules' pattern sets. Two kinds
of full-text work were left out of it, and each ran on every message:

- the rules' case-sensitive patterns (`notes-shorthand`'s "w/o" and lone "u", the
  placeholder rule's "[Name]" and "{{ }}"): they have no word trigger, so their rules were
  called for every message and searched it through, though nearly no message matches;
- the regular expressions some rules run over the whole text from their own code (the
  fragment rule's "a bare verb after a singular subject", "a span of time without 'for'",
  "a sentence stopping on 'the.'"; the greeting with a bare title; "hearing about" one's own
  work): a search through 900 characters each, on every message, and again nearly none
  matches.

This pass holds both, read as written (the case-insensitive ones with Hyperscan's caseless
flag), and the engine runs it beside the other on the text both dialects read alike
(multiscan.plain). Its hits join the other's for the pattern sets, so a case-sensitive
pattern is a candidate only where it can match, and a rule none of whose patterns can is
not called at all; for the full-text patterns a rule registered with `full_text`, the
message's `Planned.blocked` holds those it found no match possible for, and the rule skips
their search (`possible`). Prefilter mode only ever widens a pattern (multiscan.py), so a
pattern it does not report cannot match: every finding is the same.

A full-text pattern is registered here (`full_text`) where its module defines it, with its
flags; one registered after a checker started its pass is simply not in it, and runs.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from followup.lazyre import LazyPattern, lazy_compile

if TYPE_CHECKING:
    from followup.checker.document import Document

# Hyperscan ids of the full-text patterns start here, above any pattern set's number.
FULL_TEXT_BASE = 1 << 20
# The flags a full-text pattern may have: the rebuilt expression (multiscan.expression)
# drops anchors, so ^ and $ per line widen nothing it keeps; any other flag, and the pattern
# is not scanned (it runs, as before).
_FLAGS_OK = re.IGNORECASE | re.MULTILINE

# The registered patterns, by their number (from FULL_TEXT_BASE on), with their flags.
REGISTERED: list[tuple[LazyPattern, int]] = []


def full_text(source: str, flags: int = 0) -> LazyPattern:
    """A pattern (as lazy_compile makes it) that a rule searches whole messages with: the
    checker's text pass says for each message whether it can match (see `possible`)."""
    pattern = lazy_compile(source, flags)
    if not int(flags) & ~_FLAGS_OK:
        REGISTERED.append((pattern, int(flags)))
    return pattern


def possible(doc: Document, pattern: object) -> bool:
    """Whether a search of the whole message with the pattern can find anything: False only
    when the text pass found no match possible (see the module's docstring)."""
    planned = doc.planned
    return planned is None or pattern not in planned.blocked


def blocked_in(doc: Document) -> Container[object]:
    """The full-text patterns that cannot match the message (empty when nothing is known),
    for code that reads the message's text without the document."""
    planned = doc.planned
    return planned.blocked if planned is not None else ()
