"""The day each person was met in a dated job-search log (logdays.py): an inquiry to the
interviewer speaks of their interview, not of the recruiter's screen days before it."""

from __future__ import annotations

import datetime as dt

from followup.logdays import days_met
from followup.models import Notes
from followup.notes import parse_date, understand_notes

LOG = (
    "2024-06-05 09:10  applied via referral (Kevin Osei) - Solstice Learning, Curriculum"
    " Designer\n"
    "2024-06-10 16:00  phone screen w/ Rachel Kim, recruiter. nice. 20 min.\n"
    "2024-06-14 11:00  interview w/ Jordan Avery, Director of Learning. discussed K-8 math"
    " units.\n"
    "2024-06-14 11:50  Jordan said they'd decide by the end of next week\n"
    "2024-06-28 --     nothing heard. want to send a polite inquiry to Jordan.\n"
)
TODAY = dt.date(2024, 6, 28)


def test_each_person_is_met_on_the_day_of_their_meeting_line() -> None:
    days = days_met(LOG, ["Rachel Kim", "Jordan Avery", "Kevin Osei"], TODAY, parse_date)
    assert days == {"Rachel Kim": dt.date(2024, 6, 10), "Jordan Avery": dt.date(2024, 6, 14)}


def test_notes_that_are_no_log_give_no_days() -> None:
    text = "2024-06-14 interview w/ Jordan Avery\nshe asked about math units\n"
    assert days_met(text, ["Jordan Avery"], TODAY, parse_date) == {}


def test_the_interview_is_the_last_round_of_the_log() -> None:
    """New-user trial 16: "my interview on June 10" (the recruiter's screen) to Jordan."""
    reading = understand_notes(Notes(front_matter={}, text=LOG, source="log.txt"), TODAY)
    assert reading.brief.interview_date == dt.date(2024, 6, 14)
    assert reading.day_met("Jordan Avery") == dt.date(2024, 6, 14)
