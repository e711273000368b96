"""A pronoun's contraction at a line's end ("he'll schedule") is not a person met: trial 15
got a "ready" thank-you greeting "Hi He'Ll,"; a surname's apostrophe stays a name."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import understand_notes
from followup.notpeople import contraction_name

TODAY = dt.date(2026, 11, 21)


def met(text: str) -> list[str]:
    notes = Notes(front_matter={}, text=text, source="n.txt")
    return [p.name for p in understand_notes(notes, TODAY).brief.interviewers]


@pytest.mark.parametrize("name", ["He'Ll Schedule", "She'd Ask", "They’re Hiring"])
def test_a_contraction_is_no_name(name: str) -> None:
    assert contraction_name(name)


@pytest.mark.parametrize("name", ["Aoife O'Brien", "Priya D'Souza", "Ngaio N’Diaye"])
def test_a_surnames_apostrophe_is_a_name(name: str) -> None:
    assert not contraction_name(name)


def test_phone_screen_notes_meet_no_he_ll() -> None:
    people = met(
        "Phone screen - Marcus Lee (recruiter), Fennick Insurance\n"
        "Role: Claims Operations Analyst\nCall 11/20 2:30pm, 20 min\n"
        "- asked why leaving current job -> said growth\n"
        "- he said next step is a panel with the claims team, he'll schedule\n"
    )
    assert not any("'" in p.lower() and "ll" in p.lower() for p in people), people
