"""Faults from new-user trial 16's notes, each reproduced on the code before its fix."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.notelines import LineKind
from followup.notes import understand_notes

PANEL = (
    "Panel interview - Harborview Public Library Foundation\n"
    "Role: Development Coordinator\n"
    "June 4, 2024\n\n"
    "Panel:\n"
    " * Angela Brooks - Executive Director\n"
    " * Ray Nguyen - Major Gifts Officer\n\n"
    "Angela: asked about donor database experience (Raiser's Edge) -- I described migrating 9k"
    " records at Eastside Arts\n"
    "Ray: wanted to know how I'd steward mid-level donors; I talked about the impact letters\n"
)


def test_a_figure_that_counts_things_is_no_pay() -> None:
    """ "migrating 9k records" made Angela's only line private, and her note was blocked."""
    reading = understand_notes(
        Notes(front_matter={}, text=PANEL, source="n.txt"), dt.date(2024, 6, 5)
    )
    line = next(ln for ln in reading.lines if "9k records" in ln.text)
    assert line.kind is not LineKind.PRIVATE, line
    angela = next(p for p in reading.brief.interviewers if p.name == "Angela Brooks")
    assert angela.topics, reading.brief


def test_a_figure_in_thousands_beside_pay_words_stays_private() -> None:
    text = PANEL + "Ray: asked what I want, I said 85k\n"
    reading = understand_notes(
        Notes(front_matter={}, text=text, source="n.txt"), dt.date(2024, 6, 5)
    )
    public = [ln.text for ln in reading.lines if ln.kind is not LineKind.PRIVATE]
    assert public and not any("85k" in text for text in public), public
    assert not any("85k" in t for p in reading.brief.interviewers for t in p.topics)


ONSITE = (
    "onsite w/ Marcus Lee (hiring mgr) @ Fernhill Robotics - 5/20\n"
    "role: firmware eng II\n"
    "- mtg w/ MLee 1hr, then lunch w/ team, then whiteboard w/ 2 engs\n"
    "- ML asked abt RTOS exp, CAN bus debugging -> told story re: the brake ctrl bug\n"
    "- he said team is moving to Rust for new boards, v excited abt that\n"
)


def test_then_ends_the_people_a_with_names() -> None:
    """ "then lunch w/ team, then whiteboard w/ 2 engs" gave a person "Whiteboard" (a blocked
    note "Hello Whiteboard," and exit 1 for the run)."""
    reading = understand_notes(
        Notes(front_matter={}, text=ONSITE, source="n.txt"), dt.date(2024, 5, 21)
    )
    assert [p.name for p in reading.brief.interviewers] == ["Marcus Lee"], reading.brief
