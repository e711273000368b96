"""The day each person was met, when the notes are a dated log.

A job-search log dates each line ("2024-06-10 16:00  phone screen w/ Rachel Kim, recruiter",
"2024-06-14 11:00  interview w/ Jordan Avery, Director of Learning"): the day that opens the
first line naming a person with a meeting word is the day the candidate met them. The notes'
readers find the people; this reads their days by the lines' place, so an inquiry to Jordan
speaks of the June 14 interview, not of the recruiter's screen four days before it.

Only a log is read so: three or more lines open with a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.entryday import MEETING
from followup.lazyre import lazy_compile

DateReader = Callable[[str, dt.date], dt.date | None]

# a line that opens with a date: "2024-06-10 16:00", "10/06/2024", "Jun 14 -", "14.06.2024:"
_DATED_LINE = lazy_compile(
    r"^[ \t]*(?:[-*][ \t]*)?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2})\b",
    re.M,
)


def days_met(
    text: str, names: Iterable[str], today: dt.date, parse_date: DateReader
) -> dict[str, dt.date]:
    """Each named person's day, from the first dated log line that names them (by full name or
    first name) with a meeting word; {} when the notes are no log."""
    lines = [ln for ln in text.splitlines() if _DATED_LINE.match(ln)]
    if len(lines) < 3:
        return {}
    days: dict[str, dt.date] = {}
    for name in names:
        first = name.split()[0]
        said = re.compile(rf"\b(?:{re.escape(name)}|{re.escape(first)})\b")
        for line in lines:
            if said.search(line) and MEETING.search(line):
                day = parse_date(line, today)
                if day is not None:
                    days[name] = day
                break
    return days
