"""A person written as a card, name over title (stackedperson.py). Made-up notes."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.notes import understand_notes
from followup.stackedperson import joined_cards

CARD = """parks job - trail crew lead
phone intv apr 2 2026

dale merriwether

verna szalai
supervisor
- trail maintenance, chainsaw cert
- she asked about working alone 10 days
"""


def test_a_name_over_a_title_over_bullets_is_one_person_line() -> None:
    assert "verna szalai - supervisor\n- trail" in joined_cards(CARD)
    assert "dale merriwether\n" in joined_cards(CARD)  # no title under it: not a card


def test_two_english_words_over_a_title_are_no_card() -> None:
    text = "next steps\nhiring manager\n- call back friday\n"
    assert joined_cards(text) == text


def test_the_person_on_the_card_gets_a_note() -> None:
    notes = Notes(front_matter={}, text=CARD, source="n.txt")
    reading = understand_notes(notes, dt.date(2026, 4, 3))
    assert [p.name for p in reading.brief.interviewers] == ["Verna Szalai"]
