"""monthwords.py: a labelled date with its month's name in another language; labelwords'
front matter keys read without their accents."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.labelwords import folded, front_matter_field
from followup.models import Brief, Notes
from followup.monthwords import day_in_any_language, labelled_day, month_lexicon
from followup.notes import brief_from_notes, parse_date

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Dydd Iau, 2 Hydref 2025, 11.00", dt.date(2025, 10, 2)),  # Welsh
        ("2025. május 20., kedd, 9:30", dt.date(2025, 5, 20)),  # Hungarian, year first
        ("3 de março de 2025", dt.date(2025, 3, 3)),  # Portuguese, "de" between
        ("12. joulukuuta", dt.date(2024, 12, 12)),  # no year: the latest up to today
    ],
)
def test_a_month_in_another_language(value: str, day: dt.date) -> None:
    assert day_in_any_language(value, TODAY) == day


@pytest.mark.parametrize("value", ["no date here 12", "Set 12", "kl 10.00", "Hydref"])
def test_an_english_word_or_a_month_with_no_day_is_no_date(value: str) -> None:
    assert day_in_any_language(value, TODAY) is None


def test_the_lexicon_leaves_out_english_words_and_shared_names() -> None:
    lexicon = month_lexicon()
    assert lexicon["hydref"] == 10 and lexicon["majus"] == 5
    assert "here" not in lexicon and "listopad" not in lexicon  # English; two months


def test_the_ordinary_reader_comes_first() -> None:
    assert labelled_day("14 March 2025", TODAY, parse_date) is None  # parse_date's own
    assert labelled_day("Dydd Iau, 2 Hydref 2025\nnext line", TODAY, parse_date) == dt.date(
        2025, 10, 2
    )


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("ceg", "company"),
        ("cég", "company"),
        ("allas", "role"),
        ("datum", "interview_date"),
        ("jelolt", "candidate"),
        ("hely", None),
    ],
)
def test_front_matter_keys_without_accents(key: str, field: str | None) -> None:
    assert front_matter_field(key) == field


def test_folded() -> None:
    assert folded("Május") == "majus"


def _brief(text: str, **front: object) -> Brief:
    return brief_from_notes(Notes(front_matter=dict(front), text=text, source="n.md"), TODAY)


def test_front_matter_typed_without_accents_gives_the_facts() -> None:
    front = {"ceg": "CityRail Service Kft.", "allas": "villamos-karbantartó szerelő"}
    front |= {"datum": "2025. május 20., kedd, 9:30", "jelolt": "Horváth Gábor"}
    brief = _brief("## Kovács Péter – műhelyvezető\n- asked about bogie inspections\n", **front)
    assert brief.company == "CityRail Service Kft."
    assert brief.interview_date == dt.date(2025, 5, 20)


def test_a_labelled_welsh_date_is_the_interview_day() -> None:
    brief = _brief(
        "# Cyfweliad – Awdurdod Parc Cenedlaethol Eryri\n"
        "**Swydd:** Swyddog Cyswllt Ffermio / Farm Liaison Officer\n"
        "**Dyddiad:** Dydd Iau, 2 Hydref 2025, 11.00\n\n"
        "- **Dr Siân Pritchard** – Head of Land Management\n  - peatland restoration\n"
    )
    assert brief.interview_date == dt.date(2025, 10, 2)


def test_a_weekdays_name_is_no_persons() -> None:
    from followup.monthwords import a_day_name

    assert a_day_name("Dydd Iau")  # Welsh: Thursday
    assert not a_day_name("Juma")  # one word may be a name
    assert not a_day_name("Dewi Roberts")
