"""Picking the message kind from the dates and what the notes say was sent."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core import MessageKind
from followup.models import Notes
from followup.notes import understand_notes
from followup.writer.kind_choice import choose_kind

DAY = dt.date(2026, 3, 10)


def kind(text: str, days: int, **front: object) -> MessageKind:
    notes = Notes(front_matter={"date": DAY.isoformat(), **front}, text=text, source="n")
    brief = understand_notes(notes, DAY).brief
    return choose_kind(brief, notes, DAY + dt.timedelta(days=days)).kind


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("Good talk.", 1, MessageKind.THANK_YOU),
        ("Good talk. Sent thank-you 3/11.", 3, MessageKind.INQUIRY),  # the thank-you is done
        ("Good talk. Decision in a week.", 9, MessageKind.INQUIRY),
        ("thank-you sent 3/11\nfirst follow-up sent 3/19", 17, MessageKind.SECOND_INQUIRY),
        ("first follow-up sent\nsecond follow-up sent", 30, MessageKind.CHECK_IN),
        ("3/20: the search is on hold until April.", 25, MessageKind.CHECK_IN),
        ("4/1: they went w/ internal candidate :(", 25, MessageKind.KEEP_IN_TOUCH),
        ("got the no today", 12, MessageKind.KEEP_IN_TOUCH),
    ],
)
def test_the_kind_follows_the_timeline(text: str, days: int, expected: MessageKind) -> None:
    assert kind(text, days) is expected


def test_a_future_interview_says_so() -> None:
    notes = Notes(front_matter={"date": DAY.isoformat()}, text="x", source="n")
    choice = choose_kind(understand_notes(notes, DAY).brief, notes, DAY - dt.timedelta(days=2))
    assert choice.reason == "the interview is 2 days away"
