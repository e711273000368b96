"""Front matter dates as people write them (issue 7: the reader accepts the keys and values
people write): natural and dotted dates are read the way the free text reads them, with the
same day-first/month-first rules; a value that names no day is a one-line error. Made-up
notes, none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.errors import InputError
from followup.models import Brief, Notes
from followup.notes import brief_from_notes, parse_date

TODAY = dt.date(2026, 6, 10)
TEXT = "Met Ines Varga, head of ops at Lumen Freight, for the planner job.\n- talked about routing"


def brief_of(today: dt.date = TODAY, **front: object) -> Brief:
    return brief_from_notes(Notes(front_matter=dict(front), text=TEXT, source="n.md"), today)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("19 May 2026", dt.date(2026, 5, 19)),
        ("May 19, 2026", dt.date(2026, 5, 19)),
        ("Tuesday 19th May", dt.date(2026, 5, 19)),
        ("03.06.2026", dt.date(2026, 6, 3)),  # dotted: day first
        ("3.6.26", dt.date(2026, 6, 3)),
        ("2026.05.04", dt.date(2026, 5, 4)),  # year first: year, month, day
        ("5/19/26", dt.date(2026, 5, 19)),  # slashes: month first, as in the free text
        ("24/02/2026", dt.date(2026, 2, 24)),  # ... unless only day first is a date
        ("6-1-2026", dt.date(2026, 6, 1)),
        ("last Tuesday", dt.date(2026, 6, 9)),
        ("yesterday", dt.date(2026, 6, 9)),
        ("the 2nd of June", dt.date(2026, 6, 2)),
        ("Mittwoch, 3. Juni 2026", dt.date(2026, 6, 3)),
        (dt.date(2026, 5, 1), dt.date(2026, 5, 1)),  # YAML read it as a date already
    ],
)
def test_interview_date_as_people_write_it(value: object, day: dt.date) -> None:
    assert brief_of(interview_date=value).interview_date == day
    assert brief_of(date=value).interview_date == day


def test_a_day_without_a_year_is_the_most_recent_one() -> None:
    assert brief_of(interview_date="19 Dec").interview_date == dt.date(2025, 12, 19)


def test_a_decision_date_without_a_year_is_the_next_one_after_the_interview() -> None:
    b = brief_of(interview_date="3 June 2026", decision_date="June 20")
    assert b.decision_date == dt.date(2026, 6, 20)
    b = brief_of(dt.date(2026, 12, 20), interview_date="15 Dec 2026", decision_date="Jan 8")
    assert b.decision_date == dt.date(2027, 1, 8)
    b = brief_of(interview_date="Monday 1 June 2026", decision_date="next Friday")
    assert b.decision_date == dt.date(2026, 6, 5)


def test_a_named_weekday_settles_which_number_is_the_day() -> None:
    assert parse_date("12.03.2026 Thu", TODAY) == dt.date(2026, 3, 12)  # 12 March: a Thursday
    assert parse_date("3.12.2025 (Wed)", TODAY) == dt.date(2025, 12, 3)
    assert parse_date("6-1-2026 Mon", TODAY) == dt.date(2026, 6, 1)
    assert parse_date("1-6-2026 (mon)", TODAY) == dt.date(2026, 6, 1)  # 6 Jan was a Tuesday


@pytest.mark.parametrize(
    "value", ["soon", "last week", "in May", "next month", "Ines", "1.5", "2026-25-11", "asap"]
)
def test_a_value_that_names_no_day_is_a_one_line_error(value: str) -> None:
    with pytest.raises(InputError) as err:
        brief_of(interview_date=value)
    message = str(err.value)
    assert "\n" not in message
    assert f"interview_date {value!r} is not a date" in message
    assert "2026-05-19" in message  # how to write it


@pytest.mark.parametrize(
    "text",
    [
        "we need 2-3 years of routing experience",
        "team of 14-16 planners",
        "running v1.2.3 of the tool",
        "server at 10.0.0.1",
        "budget went up 3.5% this year",
    ],
)
def test_number_ranges_and_versions_in_free_text_are_no_dates(text: str) -> None:
    assert parse_date(text, TODAY) is None
