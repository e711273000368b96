"""The header's label words in other languages (labelwords.py, the one home of them), the
title line typed in lower case, and the interview's day against a diary entry's own date
(entryday.py). The notes here are made up for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.labelwords import (
    CANDIDATE_LABEL_WORDS,
    COMPANY_LABEL_WORDS,
    DATE_LABEL_WORDS,
    HEADER_FACT,
    ROLE_LABEL_WORDS,
)
from followup.models import Notes
from followup.noteheader import _LABEL, read_header
from followup.notes import parse_date, understand_notes


def _reading(text: str, today: dt.date) -> object:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), today)


@pytest.mark.parametrize(
    "word", [w for w in ROLE_LABEL_WORDS + COMPANY_LABEL_WORDS + DATE_LABEL_WORDS if "[" not in w]
)
def test_every_label_word_of_labelwords_is_a_header_label(word: str) -> None:
    m = _LABEL.match(f"{word.capitalize()} : Something Here")  # the French space too
    assert m is not None and m.group("label").lower() == word


def test_each_label_word_names_its_fact() -> None:
    assert HEADER_FACT["poste"] == "role" and HEADER_FACT["stelle"] == "role"
    assert HEADER_FACT["société"] == "company" and HEADER_FACT["firma"] == "company"
    assert HEADER_FACT["datum"] == "date" and HEADER_FACT["fecha"] == "date"
    assert all(HEADER_FACT[w] == "candidate" for w in CANDIDATE_LABEL_WORDS)


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        (
            "BOULANGERIE AUBRAC — Rodez — suivi\nPoste : Chef boulanger\nCandidat : Lucie Faure\n",
            "Boulangerie Aubrac",
            "Chef Boulanger",
        ),
        ("Notizen\nFirma: Spedition Kraus\nStelle: Disponent\n", "Spedition Kraus", "Disponent"),
        ("Entreprise : Atelier Morel\nPoste : Ébéniste\n", "Atelier Morel", "Ébéniste"),
        ("Empresa: Conservas Lira\nPuesto: Jefa de turno\n", "Conservas Lira", "Jefa De Turno"),
    ],
)
def test_labels_in_other_languages_give_the_company_and_the_role(
    text: str, company: str, role: str
) -> None:
    header = read_header(text)
    assert header.company == company
    assert (header.role or "").lower() == role.lower()


def test_the_candidate_label_in_french_and_czech() -> None:
    assert read_header("Poste : Caviste\nCandidat : Lucie Faure\n").candidate == "Lucie Faure"
    czech = "Pozice: skladník\nUchazeč: Jan Dvořák, řidič 10 let\n"
    assert read_header(czech).candidate == "Jan Dvořák"


def test_a_heading_that_says_interview_in_czech_is_no_company() -> None:
    header = read_header("POHOVOR — Pekárna Novák, s.r.o.\nPozice: pekař\n\nPan Novák - majitel\n")
    assert header.company == "Pekárna Novák, s.r.o."
    assert header.role == "Pekař"


def test_a_dotted_date_with_spaces_is_a_date() -> None:
    assert parse_date("Datum: 14. 10. 2025, 9:30", dt.date(2025, 10, 20)) == dt.date(2025, 10, 14)
    assert parse_date("2. patro, místnost 12", dt.date(2025, 10, 20)) is None


def test_a_lower_case_title_line_is_the_company_then_the_job() -> None:
    text = "notes - clyde freight, warehouse shift supervisor\n\nmet dave mccall (ops manager).\n"
    header = read_header(text)
    assert header.company == "Clyde Freight"
    assert header.role == "Warehouse Shift Supervisor"


DIARY = """Diary, 12 March

{opening} Met Dave McCall (Operations Manager) at Clyde Freight for the Warehouse Shift
Supervisor job. He asked about forklift tickets and the night shift.
"""


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("The interview was yesterday.", 11),
        ("Went in for the interview on Tuesday.", 10),  # 12 March 2026 is a Thursday
        ("Interview today, just got home.", 12),
        ("Quiet day.", 12),  # nothing says another day: the entry's date
    ],
)
def test_the_interview_day_said_in_a_diary_entry_wins_over_its_own_date(
    opening: str, day: int
) -> None:
    reading = _reading(DIARY.format(opening=opening), dt.date(2026, 3, 14))
    assert reading.brief.interview_date == dt.date(2026, 3, day)


def test_a_date_line_that_says_the_interview_is_the_interview_day() -> None:
    text = DIARY.replace("Diary, 12 March", "Interview 12 March").format(
        opening="Met the team yesterday for a coffee."
    )
    assert _reading(text, dt.date(2026, 3, 14)).brief.interview_date == dt.date(2026, 3, 12)


def test_a_day_to_come_is_not_the_interview_day() -> None:
    text = DIARY.format(opening="The second interview will be on Tuesday, they said.")
    assert _reading(text, dt.date(2026, 3, 14)).brief.interview_date == dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "line", ["Brackwater Labs onsite - notes", "# Brackwater Labs interview — my notes"]
)
def test_a_title_line_that_ends_with_the_notes_own_word_names_the_company(line: str) -> None:
    header = read_header(f"{line}\n\nmet Ana Ruiz (Engineering Manager), asked about CI.\n")
    assert header.company == "Brackwater Labs"


def test_a_title_line_of_the_company_and_interview_notes_keeps_the_company() -> None:
    text = "Brackwater Labs – interview notes\n\nRole: Data Engineer\nMe: Ana Ruiz\n"
    header = read_header(text)
    assert (header.company, header.role) == ("Brackwater Labs", "Data Engineer")


@pytest.mark.parametrize("name", ["Jane Smith", "Priya Sharma"])
def test_the_writer_s_name_over_the_notes_word_is_no_company(name: str) -> None:
    assert read_header(f"{name} - interview notes\n\nRole: Data Engineer\n").company is None


def test_a_candidate_written_in_cyrillic_signs_with_the_latin_spelling_beside_it() -> None:
    text = "Вакансия: Chemist\nКандидат: Айгерим Нурланова (Aigerim Nurlanova), a@b.kz\n"
    assert read_header(text).candidate == "Aigerim Nurlanova"


def test_welsh_and_russian_labels() -> None:
    text = "# Nodiadau\n**Cwmni:** Llechi Gwynedd\n**Swydd:** Site Manager\n"
    header = read_header(text)
    assert (header.company, header.role) == ("Llechi Gwynedd", "Site Manager")
    header = read_header("Компания: Caspian Lab\nДолжность: Chemist\n")
    assert (header.company, header.role) == ("Caspian Lab", "Chemist")


@pytest.mark.parametrize(
    ("line", "company"),
    [('SIA "Meža Dati"', "Meža Dati"), ("ООО «Ромашка»", "Ромашка"), ('UAB "Vilkas"', "Vilkas")],
)
def test_a_legal_form_then_a_quoted_name_is_the_company(line: str, company: str) -> None:
    assert read_header(f"{line}\nAmats: mežsargs\nMet Ilze Kalniņa, HR.\n").company == company
