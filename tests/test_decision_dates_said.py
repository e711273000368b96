"""Stated decision dates read by their structure (trial 8, fault 12): a weekday after the
word that makes it a day ("by next wed"), a span ("within 1 week", "in a fortnight"), a
holiday as the latest date ("before Christmas"), the month's or the year's end, a part of
next week, a day of the month ("after the 15th"); and the forms that are no decision date:
the candidate's own deadline, another event on a weekday, a weekday that is "We"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup.timeline import decision_in_notes

THU = dt.date(2026, 11, 26)  # a Thursday, the vet receptionist's interview day (trial 8)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the trial's three, as typed
        ("they said they'll let me know by next wed", dt.date(2026, 12, 2)),
        ("Result will be informed within 1 week.", dt.date(2026, 12, 3)),
        ("They will decide before Christmas.", dt.date(2026, 12, 24)),
        # other ways people write them
        ("decision by end of month", dt.date(2026, 11, 30)),
        ("they'll decide in a fortnight", dt.date(2026, 12, 10)),
        ("HR said they'd let me know within a fortnight", dt.date(2026, 12, 10)),
        ("they decide after the 15th", dt.date(2026, 12, 15)),
        ("will be in touch by Tues.", dt.date(2026, 12, 1)),
        ("decision this friday", dt.date(2026, 11, 27)),
        ("Decision early next month.", dt.date(2026, 12, 10)),
        ("decision by next thurs", dt.date(2026, 12, 3)),
        ("we should hear back by xmas", dt.date(2026, 12, 24)),
        ("decision before the holidays", dt.date(2026, 12, 24)),
        ("we will be in touch before the end of the year", dt.date(2026, 12, 31)),
        ("result will be intimated in 2 weeks", dt.date(2026, 12, 10)),
        ("candidates will be notified by the 10th", dt.date(2026, 12, 10)),
        ("Results will be announced on Monday", dt.date(2026, 11, 30)),
        ("they'll get back to me in a week or two", dt.date(2026, 12, 10)),
        ("decision by next Monday", dt.date(2026, 11, 30)),
        ("we'll hear back early next week", dt.date(2026, 12, 1)),
        ("they said a decision mid next week", dt.date(2026, 12, 2)),
    ],
)
def test_a_stated_decision_date_is_read(line: str, expected: dt.date) -> None:
    assert decision_in_notes(line, THU) == expected


def test_next_weekday_is_in_the_week_after_the_interview() -> None:
    monday = dt.date(2026, 11, 23)
    assert decision_in_notes("they'll let me know by next wed", monday) == dt.date(2026, 12, 2)
    assert decision_in_notes("they'll let me know by wed", monday) == dt.date(2026, 11, 25)


def test_thanksgiving_is_the_day_before_the_fourth_thursday_of_november() -> None:
    early = dt.date(2026, 11, 10)
    assert decision_in_notes("they'll decide by Thanksgiving", early) == dt.date(2026, 11, 25)


def test_christmas_after_christmas_is_next_years() -> None:
    late = dt.date(2026, 12, 28)
    assert decision_in_notes("decision before Christmas", late) is None  # a year out: misread


@pytest.mark.parametrize(
    "line",
    [
        "I'll let them know by Friday about the other offer",
        "I need to decide by Friday on the Acme offer",
        "I must answer the other offer by wed",
        "I said I'd reply by Monday",
        "if nothing by next wed, send a note",
        "next steps: panel on Tue",
        "timeline: start on mon",
        "Wed: interview with Sam",
        "You will be contacted by HR.",
        "they asked if I could start by next Monday",
        "She'll email me the case study by Friday",
        "We decided to go for coffee after",
    ],
)
def test_no_decision_date_is_read(line: str) -> None:
    assert decision_in_notes(line, THU) is None


VET = """interview - paws & claws vet, reception job
thurs 26/11, met tom (practice owner) + shaz (practice mgr)
me: Mia Tran
tom asked how I'd deal with a client whose dog died on the table
shaz showed me the booking system, they're moving to ezyvet
they said they'll let me know by next wed
"""


def test_plan_says_the_decision_date_the_notes_state(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "vet.txt"
    notes.write_text(VET, encoding="utf-8")
    r = cli("plan", str(notes), "--no-track", "--today", "2026-11-27")
    assert r.code == 0, r.err
    assert "They said they would decide by Wed 2 Dec." in r.out
