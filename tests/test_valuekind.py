"""valuekind.py: a company is never a date, an employment type, the job's label or the job's
own line; companyvalue.firm_only ends a firm's whole name before its place. Made-up notes."""

from __future__ import annotations

import pytest

from followup.companyvalue import firm_only
from followup.models import Brief
from followup.valuekind import calendar_only, employment_type, opening_firm, settle_kinds


@pytest.mark.parametrize("value", ["Full Time", "part-time / seasonal", "Vollzeit", "CDI"])
def test_employment_types(value: str) -> None:
    assert employment_type(value)


@pytest.mark.parametrize("value", ["Fulton Timber", "Permanent Press Ltd", "Port Officer"])
def test_no_employment_type(value: str) -> None:
    assert not employment_type(value)


@pytest.mark.parametrize("value", ["Weds 9th April", "2 Hydref 2025", "Mon 3/4"])
def test_calendar_only(value: str) -> None:
    assert calendar_only(value)


@pytest.mark.parametrize("value", ["April Dental", "Fab 3", "Studio 54", "Weds"])
def test_not_calendar_only(value: str) -> None:
    assert not calendar_only(value)


def _settled(company: str, role: str | None, text: str) -> Brief:
    brief = Brief(company=company, role=role)
    settle_kinds(brief, text)
    return brief


def test_a_date_read_as_the_company_gives_way_to_the_firm_after_at() -> None:
    text = "Thurs 6th March - interview @ Crannock Lighthouse Trust\nJob: Keeper\n"
    assert _settled("Thurs 6th March", "Keeper", text).company == "Crannock Lighthouse Trust"


def test_an_employment_type_gives_way_to_the_firm_the_opening_names() -> None:
    text = "Mon 2/6 - interview Harbour Line Freight Services, Tilbury\nDock Clerk - full time\n"
    brief = _settled("Full Time", "Dock Clerk", text)
    assert brief.company == "Harbour Line Freight Services"


def test_the_job_label_makes_the_value_the_job() -> None:
    text = "2025.03.01\nSunny Smile Dental, Newark\nRDH position - full time\n"
    brief = _settled("RDH position", "Full Time", text)
    assert (brief.company, brief.role) == ("Sunny Smile Dental", "RDH")


def test_the_job_line_in_two_languages_is_no_firm() -> None:
    text = "Metsa Puit OÜ. Pärnu.\nTöödejuhataja / works manager.\n"
    brief = _settled("Töödejuhataja", "Works Manager", text)
    assert brief.company == "Metsa Puit OÜ"


def test_with_no_firm_in_sight_the_company_is_unread() -> None:
    brief = _settled("Full Time", "Cook", "cook job, full time\nmet Ann\n")
    assert brief.company is None


def test_a_firm_is_kept() -> None:
    brief = _settled("Harbour Line Freight Services", "Dock Clerk", "anything\n")
    assert brief.company == "Harbour Line Freight Services"
    assert opening_firm("Notes\nabout nothing\n", None) is None


@pytest.mark.parametrize(
    ("value", "firm"),
    [
        ("Tawa Heritage Center in Flagstaff", "Tawa Heritage Center"),
        ("Acme Holdings, Inc.", "Acme Holdings, Inc."),
        ("Northwick General Hospital, Northwick & District NHS Trust", None),
    ],
)
def test_a_place_after_a_firms_whole_name_is_cut(value: str, firm: str | None) -> None:
    assert firm_only(value) == (firm or value)


def test_a_firm_beside_the_job_on_one_line_is_no_job_line() -> None:
    text = "Harbour Seagrass — Restoration Scientist\nmet Dr Ann Lee\n"
    brief = _settled("Harbour Seagrass", "Restoration Scientist", text)
    assert brief.company == "Harbour Seagrass"


def test_the_opening_firm_loses_an_emoji_and_the_meeting_word() -> None:
    assert opening_firm("💆 HARBOUR SKIN STUDIO interview!!\nmon 5/4\n", None) == (
        "HARBOUR SKIN STUDIO"
    )


def test_a_number_read_as_the_company_is_no_firm() -> None:
    assert _settled("11", "Esthetician", "Notes\nmon 5/4 @ 11\n").company is None


def test_the_title_lines_long_name_after_the_meeting_word() -> None:
    text = "# Cyfweliad – Cyngor Sir Ceredigion Aberaeron\n**Swydd:** Clerc\n"
    assert opening_firm(text, "Clerc") == "Cyngor Sir Ceredigion Aberaeron"
    assert opening_firm("Interview – Jane Smith\nnotes\n", None) is None  # a person's name


def test_a_company_no_reader_read_is_looked_for_by_place() -> None:
    brief = Brief(company=None, role="Clerk")
    settle_kinds(brief, "3 May - interview Harbour Line Freight Services\nClerk\n")
    assert brief.company == "Harbour Line Freight Services"


def test_a_sentence_with_an_ampersand_is_no_firm() -> None:
    text = "Interview for the Line Technician job, 2026-07-15\nHe asked about my A&P licence\n"
    assert opening_firm(text, "Line Technician") is None


def test_a_line_in_the_first_person_names_the_writers_own_job() -> None:
    assert opening_firm("Acme Freight Services - where I was until May\nnotes\n", None) is None
    text = "Weds 9th April - interview @ Wheal Kitto Heritage Mine\nJob: Guide\n"
    assert opening_firm(text, "Guide") == "Wheal Kitto Heritage Mine"  # "Mine" is no "mine"
