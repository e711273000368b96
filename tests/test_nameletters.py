"""The letters after a person's name, one reader for every place that reads the writer's
name (nameletters.py): names written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.candidateplace import as_person_name
from followup.models import Notes
from followup.nameletters import is_letters, split_letters
from followup.notes import understand_notes


@pytest.mark.parametrize(
    ("value", "name", "letters"),
    [
        ("Imogen Hart, MLIS", "Imogen Hart", "MLIS"),
        ("Aisha Kamara RVN", "Aisha Kamara", "RVN"),
        ("Hannah Bright BSc(Hons) MCOptom", "Hannah Bright", "BSc(Hons) MCOptom"),
        ("Dr. Farah Okoye, PharmD", "Dr. Farah Okoye", "PharmD"),
        ("Renata Vasquez, R.N.", "Renata Vasquez", "R.N."),
        ("Niamh Cole, PharmD, RPh", "Niamh Cole", "PharmD, RPh"),
        ("Minh Do", "Minh Do", ""),  # a surname the lexicon holds as a degree, written as one
        ("Dana Ma", "Dana Ma", ""),
        ("Yelena Price, Russian/Ukrainian", "Yelena Price, Russian/Ukrainian", ""),
        ("Dana", "Dana", ""),
    ],
)
def test_the_name_and_the_letters_after_it(value: str, name: str, letters: str) -> None:
    assert split_letters(value) == (name, letters)


@pytest.mark.parametrize(
    ("part", "letters"),
    [
        ("PharmD", True),
        ("BSc(Hons) MCOptom", True),
        ("Ph.D., MBA", True),
        ("EdD", True),
        ("Russian/Ukrainian", False),
        ("2,300 TT", False),
        ("Do", False),
        ("Stenness", False),
    ],
)
def test_what_is_letters_after_a_name(part: str, letters: bool) -> None:
    assert is_letters(part) is letters


def test_both_readers_of_the_writers_name_take_the_same_letters_off() -> None:
    # candidateplace.py reads the name alone; the "me:" label keeps the letters to sign with
    assert as_person_name("Farah Okoye, PharmD", "Farah Okoye, PharmD") == "Farah Okoye"
    notes = Notes(text="Me: Farah Okoye, PharmD\nMet Priya Shah (ops manager) at Larkfield.\n")
    brief = understand_notes(notes, dt.date(2026, 11, 26)).brief
    assert brief.candidate == "Farah Okoye, PharmD"
    notes = Notes(text="Me: Yelena Price, Russian/Ukrainian\nMet Priya Shah at Larkfield.\n")
    assert understand_notes(notes, dt.date(2026, 11, 26)).brief.candidate == "Yelena Price"
