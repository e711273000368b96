"""The organisation words kept in one place (orgwords.py) and the readings by place built on
them (factplace.py's lone organisation of the title block, bannerfirm.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup import bannerfirm, factplace, noteheader, notenames, orgwords
from followup.labelwords import COMPANY_LABEL_WORDS, ROLE_LABEL_WORDS
from followup.models import Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 5, 2)


def facts(text: str) -> tuple[str | None, str | None]:
    brief = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY).brief
    return brief.company, brief.role


def test_every_reader_uses_the_one_list() -> None:
    assert notenames.ORG_SUFFIXES is orgwords.ORG_SUFFIXES
    assert factplace._ORG_SIGN is orgwords.ORG_SIGN
    assert noteheader._ORG_WORDS is orgwords.INSTITUTION
    assert bannerfirm.org_signed is orgwords.org_signed
    assert "stanowisko" in ROLE_LABEL_WORDS and "arbeitgeber" in COMPANY_LABEL_WORDS


@pytest.mark.parametrize(
    "name",
    [
        "Läänemere Digiriik OÜ",
        "Al-Noor Denim Mills (Pvt) Ltd",
        "Pracownia Organowa Sobczak i Syn",
        "Nordvik Laks AS",
        "Biuro Rachunkowe Sp. z o.o.",
        "Lotofaga Methodist College",
        "Maison Zellige Hotels",
        "Llyfrgell Caernarfon",
        "Tiwa & Co. Experiences Ltd",
    ],
)
def test_a_name_signed_as_an_organisation(name: str) -> None:
    assert orgwords.org_signed(name)


@pytest.mark.parametrize(
    "name", ["Priya Raman", "Kansas City", "Design Notes", "Apia Park", "College", "Jo As"]
)
def test_a_name_with_no_sign_of_an_organisation(name: str) -> None:
    assert not orgwords.org_signed(name)


@pytest.mark.parametrize(
    ("head", "firm"),
    [
        (
            "2025-06-03\nLäänemere Digiriik OÜ\nSenior backend dev, X-Road team\n",
            "Läänemere Digiriik OÜ",
        ),
        (
            "Interview Record - 17-02-2025 (Monday)\n"
            "Al-Noor Denim Mills (Pvt) Ltd, Sargodha Road, Faisalabad\nPost: QA Officer\n",
            "Al-Noor Denim Mills (Pvt) Ltd",
        ),
        (
            "Aso Lua 4/3/25 - Interview, Lotofaga Methodist College, Apia\n"
            "Position: Sports Coordinator\n",
            "Lotofaga Methodist College",
        ),
    ],
)
def test_the_one_organisation_of_the_title_block_is_the_company(head: str, firm: str) -> None:
    text = head + "\nMs Dana Pike - manager\n - asked about audits\n - I said we passed\n"
    assert facts(text)[0] == firm


def test_two_organisations_in_the_title_block_name_no_company() -> None:
    lines = ["2025-06-03", "Interview for the warehouse", "Nordvik Laks AS / Hamar Fisk AB"]
    assert factplace._lone_org(noteheader.Header(), lines) is None
    assert factplace._lone_org(noteheader.Header(), [*lines[:2], "Nordvik Laks AS"])


def test_the_job_that_opens_the_line_under_the_company() -> None:
    text = (
        "22/07/2024 - Tiwa & Co. Experiences Ltd, Victoria Island\n"
        "Senior Events Coordinator - panel interview, 3 of them, 1hr 20min\n"
        "Adaeze Okonkwo\n\nMRS FOLAKE ADEYEMI (MD)\n- she asked about my biggest event\n"
    )
    assert facts(text) == ("Tiwa & Co. Experiences Ltd", "Senior Events Coordinator")


def test_a_banner_with_a_plural_business_word_and_the_role_off_its_signs() -> None:
    text = (
        "=== Maison Zellige Hotels — Directeur d'exploitation (Médina) ===\n"
        "Entretien le 12/02/2025\n\nMme Claire Benali, COO\n- durabilité\n"
    )
    company, role = facts(text)
    assert company == "Maison Zellige Hotels"
    assert role is None or "=" not in role


def test_a_long_title_line_is_no_firm_without_a_firm_s_word() -> None:
    chat = (
        "[12/03/2025, 18:02] Me: ok notes before i forget\n"
        "[12/03/2025, 18:02] Me: interview today w pemberton & hale law, paralegal\n"
        "[12/03/2025, 18:03] Me: met grace oduya, senior associate. she asked about bundles\n"
    )
    assert facts(chat)[0] != "Ok Notes Before I Forget"
    firm = noteheader.Header(role="Autohaus Brenner GmbH")
    factplace._undo_misread(firm)
    assert (firm.company, firm.role) == ("Autohaus Brenner GmbH", None)
    title = noteheader.Header(role="Ok Notes Before I Forget")
    factplace._undo_misread(title)
    assert title.company is None


@pytest.mark.parametrize(
    ("line", "fact", "value"),
    [
        ("Posisi: Analis Kredit", "role", "Analis Kredit"),
        ("Perusahaan: PT Sinar Jaya", "company", "PT Sinar Jaya"),
        ("Puesto: Cocinero de Línea", "role", "Cocinero de Línea"),
    ],
)
def test_the_header_s_labels_in_other_languages(line: str, fact: str, value: str) -> None:
    assert "posisi" in ROLE_LABEL_WORDS and "perusahaan" in COMPANY_LABEL_WORDS
    header = noteheader.read_header(line + "\nMet Anna Nowak (HR)\n")
    assert getattr(header, fact) == value


def test_the_firm_between_the_meeting_s_word_and_the_job_by_elimination() -> None:
    text = (
        "# Cyfweliad – Sain Arfor – Senior Producer\n\nDydd Mercher 17 Mehefin 2026, 11:00\n"
        "Fi: Elin Haf Morgan\n\nPanel:\n- Dafydd Llewelyn – Managing Director\n"
        "- Sara Bowen – Executive Producer\n\n## Dafydd\n- asked for three pitches\n"
    )
    assert facts(text) == ("Sain Arfor", "Senior Producer")
    unknown = "Cyfweliad – Priya Raman – Senior Producer\n\n- she asked for pitches\n"
    assert facts(unknown)[0] != "Priya Raman"  # no one met is known: nothing to eliminate
