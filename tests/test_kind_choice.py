"""Picking the message kind from the dates and what the notes say was sent."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core import MessageKind
from followup.models import Notes
from followup.notes import understand_notes
from followup.writer.kind_choice import choose_kind, inquiries_logged, thank_you_logged

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
        # nothing logged as sent: the first inquiry, never a second one that claims a first
        ("Good talk. Sent thank-you 3/11.", 16, MessageKind.INQUIRY),
        ("Good talk.", 30, MessageKind.INQUIRY),
        ("Good talk. Article for her: https://example.org/broadband", 30, MessageKind.CHECK_IN),
    ],
)
def test_the_kind_follows_the_timeline(text: str, days: int, expected: MessageKind) -> None:
    assert kind(text, days) is expected


def test_a_future_interview_says_so() -> None:
    notes = Notes(front_matter={"date": DAY.isoformat()}, text="x", source="n")
    choice = choose_kind(understand_notes(notes, DAY).brief, notes, DAY - dt.timedelta(days=2))
    assert choice.reason == "the interview is 2 days away"


@pytest.mark.parametrize(
    ("text", "logged"),
    [
        ("what i've sent:\n- follow-up to Danny on wed feb 12 (day 9). no reply", 1),
        ("LOG\n10 Mar - thank yous to Kai + Flick\n19 Mar - 1st follow-up to Flick: still keen", 1),
        ("- followed up w/ Dana on the 12th, she said next week", 1),
        ("thank-you sent 3/11\nfirst follow-up sent 3/19\nsecond follow-up sent 3/27", 2),
        # a tick marks it sent, whatever the rest of the line says
        ("21 Jan  1st follow-up (after the 20th) ✓ — auto-reply: on leave until 26 Jan", 1),
        # the note being written now, a plan, someone else's follow-up, a topic
        ("27 Mar - nothing yet. Sending Flick the 2nd follow-up today.", 0),
        ("plan: follow up on day 8 if nothing", 0),
        ("30 Jan  2nd follow-up today if nothing, then stop (✓ = sent)", 0),
        ("recruiter said she'd follow up on the 12th", 0),
        ("Tobias talked about the follow-up process on Monday", 0),
    ],
)
def test_inquiries_logged_as_sent(text: str, logged: int) -> None:
    assert inquiries_logged(text) == logged


def test_a_logged_follow_up_makes_the_next_one_the_second_inquiry() -> None:
    log = "what i've sent:\n- follow-up to Danny on wed mar 19 (day 9). no reply"
    assert kind(log, 16) is MessageKind.SECOND_INQUIRY
    assert kind("nothing sent yet", 16) is MessageKind.INQUIRY


@pytest.mark.parametrize(
    "line",
    [
        "sent thank-you 11/20",
        "I sent her a thank-you on Oct 21.",
        "thank-you note sent",
        "Thank you email: sent 11/20",
        "TY sent",
        "- [x] thank-you to Dana",
        "10 Mar - thank yous to Kai + Flick",
        "emailed my thank you last night",
        "fired off a quick thank you email after lunch",
        "Thank-you: done",
    ],
)
def test_a_record_of_sending_counts_as_the_thank_you(line: str) -> None:
    assert thank_you_logged(line)
    assert kind(f"Good talk.\n{line}", 2) is MessageKind.INQUIRY


@pytest.mark.parametrize(
    "line",
    [
        # advice, plans and to-dos are not a record of sending (trial 6, 8-ramble.txt)
        "my mom says I should send a thank you right away so here I am",
        "need to send the thank-you",
        "send a thank you tmrw",
        "going to send a thank-you tonight",
        "Remember to send thank you notes",
        "- [ ] send thank-you",
        "todo: thank you note",
        # not sent, or never
        "I haven't sent the thank-you yet",
        "I should have sent a thank-you",
        "thank-you not sent yet",
        "if I sent a thank-you they would reply",
        # someone else's thanks
        "She said thank you for coming",
    ],
)
def test_a_plan_or_advice_to_send_is_no_thank_you(line: str) -> None:
    assert not thank_you_logged(line)
    assert kind(f"Good talk.\n{line}", 2) is MessageKind.THANK_YOU


@pytest.mark.parametrize(
    ("text", "logged"),
    [
        ("I sent a thank-you on Oct 21 and an inquiry on Oct 30.", 1),
        ("follow-up email sent Monday", 1),
        ("haven't sent a follow-up yet", 0),
        ("should I send a follow-up?", 0),
        ("I need to send the follow-up tomorrow", 0),
        ("I should have sent a follow-up last week", 0),
    ],
)
def test_an_inquiry_counts_only_when_it_was_sent(text: str, logged: int) -> None:
    assert inquiries_logged(text) == logged
