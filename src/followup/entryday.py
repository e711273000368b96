"""The interview's day when the notes are a dated entry written after it.

A diary or a journal dates an entry with the day it is written ("Diary, 12 March", "Tue 4
Nov -"), and its opening may say the interview was another day: "the interview was
yesterday", "went in to Clyde Freight on Tuesday", "interviewed last Friday". The entry's date
is then the day of writing, and the day that sentence says, counted back from it, is the
interview's.

Read by place and tense, not by a list of diary words: the date's own line says no meeting;
a sentence of the entry's opening (the date's block and the block after it) says the meeting
in the past tense, with a day relative to the writing (relative_date in notes.py: yesterday,
last night, on or last WEEKDAY) and no date of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

DateReader = Callable[[str, dt.date], dt.date | None]

# the meeting, in the languages notes are written in
MEETING = lazy_compile(
    r"\b(?:interview\w*|intvw|met|meeting|call|screen|onsite|panel|entrevista|entrevue|"
    r"entretien|gespräch|pohovor|intervju|colloquio)\b",
    re.I,
)
# said in the past: "was", "went", "had", "interviewed", "yesterday", "last Friday"
_PAST = lazy_compile(
    r"\b(?:was|were|went|had|did|interviewed|met|yesterday|last|hier|ayer|gestern)\b", re.I
)
# said of a day to come: "the interview is on Tuesday", "will call tomorrow", "next Monday"
_TO_COME = lazy_compile(
    r"\b(?:will|won['’]t|tomorrow|next|upcoming|is\s+on|are\s+on|going\s+to)\b|['’]ll\b", re.I
)
_SENTENCE = lazy_compile(r"(?<=[.!?;])\s+|\n")


def _opening(text: str, start: int) -> list[str]:
    """The sentences of the entry's opening: the date line's block and the block after it."""
    blocks = re.split(r"\n[ \t]*\n", text[start:].strip(), maxsplit=2)
    return [s.strip() for s in _SENTENCE.split("\n".join(blocks[:2])) if s.strip()]


def day_of_entry(
    day: dt.date,
    text: str,
    today: dt.date,
    parse_date: DateReader,
    relative_date: DateReader,
) -> dt.date:
    """The interview's day: the day an entry's opening says it was, counted back from the
    entry's own date `day` (see above); else `day` as it was read."""
    lines = text.splitlines()[:40]
    at = next((i for i, ln in enumerate(lines) if parse_date(ln, today) == day), None)
    if at is None or MEETING.search(lines[at]):
        return day  # "Interview 12 March": the date is the meeting's own
    start = sum(len(ln) + 1 for ln in lines[:at])
    for sentence in _opening(text, start):
        if not (MEETING.search(sentence) and _PAST.search(sentence)):
            continue
        if _TO_COME.search(sentence) or parse_date(sentence, today) is not None:
            continue
        said = relative_date(sentence, day)
        if said is not None and said <= day:
            return said
    return day
