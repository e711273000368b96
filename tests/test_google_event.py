"""A pasted Google Calendar event (calendarinvite.py): its title pairs the candidate with the
firm, "NAME <> FIRM (JOB)"; and the one reader of an invitation's greeted candidate
(invitepeople.py). The notes here are made up for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

from followup.calendarinvite import read_google_event
from followup.models import Notes
from followup.noteheader import Header
from followup.notes import understand_notes

EVENT = """```
Panel interview: Tomás Ferreira <> Quillon Robotics (Controls Engineer)
Tuesday, 3 March 2026 ⋅ 10:00am – 12:00pm
Join with Google Meet: meet.google.com/abc-defg-hij
Guests
  Hana Obi - organiser
  Lars Berg
  tomas.ferreira.dev@gmail.com
View all guest info  ·  Reply for tomas.ferreira.dev@gmail.com  Yes
```

Hana Obi (Head of Controls) asked about PLC ladder logic and our SCADA migration.
Lars Berg (Senior Engineer) asked about safety interlocks.
"""


def test_the_title_pair_gives_the_firm_the_job_and_the_candidate() -> None:
    header = Header()
    read_google_event(header, EVENT)
    assert header.company == "Quillon Robotics"
    assert header.role == "Controls Engineer"
    assert header.candidate == "Tomás Ferreira"


def test_a_title_pair_neither_side_of_which_is_the_candidate_says_nothing() -> None:
    header = Header()
    read_google_event(header, EVENT.replace("Reply for tomas.ferreira.dev", "Reply for hana.obi"))
    assert (header.company, header.role, header.candidate) == (None, None, None)


def test_an_event_is_read_into_the_brief() -> None:
    reading = understand_notes(
        Notes(front_matter={}, text=EVENT, source="n.txt"), dt.date(2026, 3, 4)
    )
    assert reading.brief.company == "Quillon Robotics"
    assert reading.brief.candidate == "Tomás Ferreira"
    assert reading.brief.interview_date == dt.date(2026, 3, 3)


def test_the_greeted_attendee_of_a_comma_list_is_the_candidate() -> None:
    text = (
        "Subject: Interview - Line Cook - Harbor Grill\nWhen: Wed 10am\nWhere: Harbor Grill\n"
        "Attendees: Hollis Grant, Desmond Achebe\n\nHi Desmond, looking forward to it.\n\n"
        "Hollis (Head Chef) asked about the grill station and weekend brunch.\n"
    )
    reading = understand_notes(
        Notes(front_matter={}, text=text, source="n.txt"), dt.date(2026, 3, 4)
    )
    assert reading.brief.candidate == "Desmond Achebe"
    assert [p.name for p in reading.brief.interviewers] == ["Hollis Grant"]
