"""A line about what "we" (the candidate and the whole panel) talked about belongs to every
panelist with no topic of their own (panellines.py).

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

from followup.models import Interviewer, Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 24)

PANEL = """Company: Oakridge Public Library
Role: Digital Services Librarian
Me: Jo Kim
Panel interview on Nov 23 with:
- Helen Voss, Head of Public Services
- Raj Patel, IT Manager
- Sofia Mendes, Youth Services Librarian
We talked about the e-book lending platform, the teen coding club, and how I would train staff.
Raj asked about my experience with Koha.
They will decide before the holidays.
"""


def people(text: str) -> dict[str, Interviewer]:
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    return {p.name: p for p in reading.brief.interviewers}


def test_a_panelist_with_no_topic_gets_an_item_of_the_panels_line() -> None:
    met = people(PANEL)
    assert met["Helen Voss"].topics
    assert met["Sofia Mendes"].topics
    # each a different item of the line, so the notes to colleagues differ
    assert not set(met["Helen Voss"].topics) & set(met["Sofia Mendes"].topics)
    said = " ".join(met["Helen Voss"].topics + met["Sofia Mendes"].topics)
    assert "e-book lending platform" in said and "teen coding club" in said
    # "decide" is next steps, no topic
    assert not any("decide" in t for p in met.values() for t in p.topics)


def test_a_panelist_with_a_topic_of_their_own_keeps_only_theirs() -> None:
    met = people(PANEL)
    assert met["Raj Patel"].topics == ["my experience with Koha"]


def test_a_we_line_in_a_persons_own_part_stays_theirs() -> None:
    text = """Company: Oakridge Public Library
Role: Digital Services Librarian
Me: Jo Kim

Helen Voss (Head of Public Services)
We talked about the e-book lending platform and the teen coding club.

Raj Patel (IT Manager)
he was running late, short chat
"""
    met = people(text)
    assert met["Helen Voss"].topics
    assert not met["Raj Patel"].topics
