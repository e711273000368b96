"""The company, the role and the people met read by their place in the notes (factplace.py):
a header line's parts, a pasted mail's card and subject, a labelled job in another language, a
person's block, someone named with a word of respect who opens a sentence; and what is never
taken (a person for the company, initials or a line in capitals for a person)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.factplace import read_fact_places
from followup.models import Notes
from followup.noteheader import Header, Person
from followup.notes import Reading, keep_recipients, understand_notes

TODAY = dt.date(2026, 12, 1)


def read(text: str) -> Reading:
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    keep_recipients(reading)
    return reading


def met(text: str) -> list[str]:
    return [p.name for p in read(text).brief.interviewers]


NOTES_01 = """\
Brightwater Analytics | Data Engineer II | 3 Nov

Priya Raman
- asked about Airflow DAG design, backfills
- worried I have no Spark streaming experience
- said the team is moving to dbt next quarter

Tom Ellery
- walked through their Snowflake cost problems
- liked my story about cutting warehouse spend 30%

next: recruiter will call by Friday
"""
NOTES_03 = """\
Vorstellungsgespräch – Logistikplaner @ Kranz Spedition GmbH
Datum: 12.11.2026

Gesprächspartner: Herr Markus Lind (Teamleiter Disposition), Frau Petra Osei (HR)

Herr Lind fragte nach meiner Erfahrung mit SAP TM und Tourenplanung.
Frau Osei wollte wissen, ob ich Schichtarbeit machen kann.
Vergessen: ich habe den Staplerschein.
"""
NOTES_04 = """\
PT Sinar Jaya Abadi - Staff Akuntansi
wawancara hari Senin 9 November

Ketemu Ibu Ratna Sari (HRD manager) dan Bapak Hendra Wijaya (kepala keuangan).
Ibu Ratna tanya soal pengalaman pakai Accurate dan pajak PPh 21.
Pak Hendra tanya soal rekonsiliasi bank, dia khawatir saya belum pernah closing bulanan sendiri.
Hasil diumumkan minggu depan.
"""
NOTES_07 = """\
TOKYO — Hoshino Design Studio — UX Researcher (contract)
Thu 5 Nov, 14:00 JST, video

Tanaka-san (research lead) asked about my diary studies and how I recruit participants in Japan.
Mori-san (design manager) asked about working with engineers, she said the team is small, 6 people.
Tanaka-san worried my Japanese is business level only.
They will reply next week.
"""
NOTES_09 = """\
Panel
1. Dr. Amara Nwosu — Clinical Lead
2. Mr. Owen Price — Practice Manager

Role: Practice Nurse, Elmfield Surgery
Date: 20/11/2026

Dr Nwosu asked about chronic disease clinics (diabetes reviews), cervical screening.
Mr Price asked about rota flexibility and EMIS.
Concern: Dr Nwosu not sure I have enough immunisation experience.
Outcome in 2 weeks.
"""
NOTES_10 = """\
ramesh kumar notes
job: junior developer at Zenlogic Software, Pune
interview 10 nov

Suresh sir (tech lead) asked about Java collections, HashMap internals, and a SQL join question.
Kavita ma'am from HR asked about notice period and relocation.
Suresh sir said my problem solving was good but worried I don't know Spring Boot.
Result by next Monday.
"""
NOTES_12 = """\
Entretien — Assistante de direction chez Lumière Conseil (Lyon)
mardi 17 novembre

J'ai rencontré Mme Claire Dubois (directrice générale) et M. Julien Garnier (responsable RH).
Mme Dubois m'a demandé comment je gère un agenda chargé et les déplacements.
M. Garnier a parlé du télétravail, deux jours par semaine.
Point faible selon Mme Dubois : pas d'expérience en anglais juridique.
Réponse sous dix jours.
"""


def test_a_pipe_header_and_person_blocks() -> None:
    reading = read(NOTES_01)
    assert reading.brief.company == "Brightwater Analytics"
    assert reading.brief.role == "Data Engineer II"
    assert met(NOTES_01) == ["Priya Raman", "Tom Ellery"]
    assert reading.brief.candidate is None  # the first block is someone met, not the writer


def test_german_header_and_herr_frau() -> None:
    brief = read(NOTES_03).brief
    assert (brief.company, brief.role) == ("Kranz Spedition GmbH", "Logistikplaner")
    assert [p.name for p in brief.interviewers] == ["Markus Lind", "Petra Osei"]


def test_ibu_and_bapak_who_ask_are_met_by_full_name() -> None:
    assert met(NOTES_04) == ["Ratna Sari", "Hendra Wijaya"]


def test_san_speakers_are_met() -> None:
    assert met(NOTES_07) == ["Tanaka", "Mori"]


def test_a_numbered_panel_is_never_the_company() -> None:
    brief = read(NOTES_09).brief
    assert brief.company == "Elmfield Surgery"
    assert [p.name for p in brief.interviewers] == ["Amara Nwosu", "Owen Price"]


def test_sir_and_maam_after_a_first_name() -> None:
    assert met(NOTES_10) == ["Suresh", "Kavita"]


def test_french_chez_and_mme_m() -> None:
    brief = read(NOTES_12).brief
    assert (brief.company, brief.role) == ("Lumière Conseil", "Assistante de direction")
    assert [p.name for p in brief.interviewers] == ["Claire Dubois", "Julien Garnier"]
    assert [p.honorific for p in brief.interviewers] == ["Ms.", "Mr."]


MAIL = """\
From: Roy, Chantal
To: Owen Bakker
Subject: Interview - Park Warden (GT-04) - Banff Field Unit

Good afternoon Owen,

You are invited to an interview.

Regards,
Chantal Roy
HR Advisor | Conseillere en RH
Parks Canada | Parcs Canada

my notes:
- Chantal asked about shift work
"""


def test_a_mails_card_and_subject() -> None:
    header = Header(candidate="Owen Bakker")
    read_fact_places(header, MAIL, MAIL)
    assert (header.company, header.role) == ("Parks Canada", "Park Warden")


def test_the_candidates_own_mail_card_is_no_company() -> None:
    mine = MAIL.replace("Chantal Roy\nHR", "Owen Bakker\nHR")
    header = Header(candidate="Owen Bakker")
    read_fact_places(header, mine, mine)
    assert header.company is None


@pytest.mark.parametrize(
    "block",
    [
        "R O-G (the P&C lady)\n- asked about rotas\n- said the team is small\n",
        "NAKALIMUTAN KO\n- asked about rotas\n- said the team is small\n",
    ],
)
def test_initials_and_capitals_are_no_person(block: str) -> None:
    header = Header()
    read_fact_places(header, "Acme Ltd - Clerk\n\n" + block, "")
    assert header.people == []


def test_a_person_mentioned_only_is_not_met() -> None:
    text = "Acme Ltd - Clerk\n\nI was told to ask for Mrs Janet Pryce at the desk.\n"
    header = Header()
    read_fact_places(header, text, text)
    assert header.people == []


def test_a_role_beside_a_place_of_one_word_gives_no_company() -> None:
    header = Header()
    read_fact_places(header, "Senior Analyst - Leeds - 3 Nov\n\nnotes\n", "")
    assert header.company is None


def test_a_person_beside_the_job_is_not_the_company() -> None:
    header = Header()
    read_fact_places(header, "Priya Raman | Data Engineer\n\nPriya asked about SQL\n", "")
    assert header.company is None


def test_a_stelle_label_is_the_role() -> None:
    text = "Autohaus Brenner GmbH, Esslingen\nStelle: Kfz-Mechatroniker / Diagnosetechniker\n"
    header = Header(company="Autohaus Brenner GmbH")
    read_fact_places(header, text, text)
    assert header.role == "Kfz-Mechatroniker"


def test_an_organisations_line_over_the_job_line() -> None:
    text = "Kemper & Hale Architects\nJunior Architect\nMon 30 Nov\n\nSophie asked about Revit.\n"
    brief = read(text).brief
    assert (brief.company, brief.role) == ("Kemper & Hale Architects", "Junior Architect")


def test_at_with_and_for_in_one_line() -> None:
    text = (
        "second round with Ortega Landscaping for the crew lead job\n"
        "met the owner Luis Ortega at the yard\n"
        "Luis asked about irrigation repair\nLuis said he'd call by Friday\n"
    )
    brief = read(text).brief
    assert brief.company == "Ortega Landscaping"
    assert [p.name for p in brief.interviewers] == ["Luis Ortega"]


def test_spanish_sra_and_sr_with_their_article() -> None:
    text = (
        "Entrevista - Analista de Datos - Grupo Altamar\njueves 3 de diciembre\n\n"
        "La Sra. Lucía Herrera preguntó por Power BI.\nEl Sr. Tomás Vidal preguntó por Python.\n"
    )
    brief = read(text).brief
    assert (brief.company, brief.role) == ("Grupo Altamar", "Analista de Datos")
    assert [p.name for p in brief.interviewers] == ["Lucía Herrera", "Tomás Vidal"]


def test_the_employers_domain_spelled_in_the_notes() -> None:
    text = (
        "SUMMARY:Interview: Payroll Specialist\n"
        "ORGANIZER;CN=Nadia Brooks:mailto:nadia.brooks@helixpay.com\n"
        "LOCATION:Helix Pay HQ, 4th floor\n\nNadia asked about garnishments.\n"
    )
    header = Header(role="Payroll Specialist")
    read_fact_places(header, text, text)
    assert header.company == "Helix Pay"


def test_a_company_label_in_german() -> None:
    text = "Firma: Biolab Analytik GmbH\nPosition: Chemielaborant\n\nDr. Vogel fragte nach HPLC.\n"
    header = Header()
    read_fact_places(header, text, text)
    assert header.company == "Biolab Analytik GmbH"


def test_a_full_name_whose_first_name_speaks() -> None:
    text = (
        "Pinecrest Credit Union - Member Service Representative\n"
        "Met with the branch manager (Tasha Greene).\n"
        "Tasha asked about cross-selling.\n"
    )
    assert met(text) == ["Tasha Greene"]


def test_a_first_name_alone_must_speak_twice() -> None:
    once = "Little Fern Coffee - Barista\n\nZoe (the owner) asked about latte art.\n"
    twice = once + "Zoe said she'd message me Friday.\n"
    header = Header(company="Little Fern Coffee", role="Barista")
    read_fact_places(header, once, once)
    assert header.people == []
    read_fact_places(header, twice, twice)
    assert [p.name for p in header.people] == ["Zoe"]


@pytest.mark.parametrize("name", ["Bruce McKenzie", "LaToya Simmons", "Frank DeLuca"])
def test_a_capital_inside_a_surname_is_no_firm(name: str) -> None:
    header = Header(people=[Person(name=name)])
    read_fact_places(header, f"Acme Ltd - Clerk\n\n{name.split()[0]} asked about rotas.\n", "")
    assert [p.name for p in header.people] == [name]


def test_a_meeting_word_read_as_the_company_is_undone() -> None:
    header = Header(company="Vorstellungsgespräch", role="Logistikplaner @ Kranz Spedition GmbH")
    read_fact_places(header, "Vorstellungsgespräch – Logistikplaner @ Kranz Spedition GmbH\n", "")
    assert (header.company, header.role) == ("Kranz Spedition GmbH", "Logistikplaner")


@pytest.mark.parametrize(
    ("line", "firm", "job"),
    [
        (
            "Sollicitatiegesprek | Verpleegkundige | Ziekenhuis Rivierenland | 2 dec",
            "Ziekenhuis Rivierenland",
            "Verpleegkundige",
        ),
        (
            "Rozmowa kwalifikacyjna – Księgowa – Biuro Rachunkowe Nowak Sp. z o.o. – 1.12",
            "Biuro Rachunkowe Nowak Sp. z o.o.",
            "Księgowa",
        ),
        (
            "Entrevista – Técnica de Enfermagem – Hospital Santa Clara – 30/11",
            "Hospital Santa Clara",
            "Técnica de Enfermagem",
        ),
    ],
)
def test_header_lines_in_other_languages(line: str, firm: str, job: str) -> None:
    brief = read(line + "\n\nnotes about the talk\n").brief
    assert (brief.company, brief.role) == (firm, job)


def test_a_title_left_on_a_listed_name_comes_off() -> None:
    header = Header(people=[Person(name="Operator Karen White")])
    read_fact_places(header, "Cascade Water District, Operator II\n", "")
    assert [p.name for p in header.people] == ["Karen White"]


def test_the_domain_firm_keeps_its_kind_of_organisation() -> None:
    text = "Vertex Access Solutions interview\n\nemail: s.mcleish@vertexaccess.co.uk\n"
    header = Header()
    read_fact_places(header, "notes\n", text)
    assert header.company == "Vertex Access Solutions"


@pytest.mark.parametrize(
    ("line", "job"),
    [
        ("Acme Ltd — Head of Operations — 3 Nov", "Head of Operations"),
        ("Acme Ltd — Leeds City Centre — 3 Nov", None),
        ("Acme Ltd — Jo Whitfield — 3 Nov", None),
        ("Acme Ltd — Glasgow Harbour", None),
    ],
)
def test_the_job_by_elimination_beside_the_company(line: str, job: str | None) -> None:
    header = Header(company="Acme Ltd")
    read_fact_places(header, line + "\n\nnotes\n", "")
    assert header.role == job


def test_lower_case_notes_name_someone_met_by_their_job() -> None:
    text = (
        "acme brewing co - sales rep\n\n"
        "met with jess okonkwo-marsh whos the sales director and then the tour\n"
        "jess asked about accounts\n"
    )
    header = Header(company="Acme Brewing Co", role="Sales Rep")
    read_fact_places(header, text, text)
    assert [(p.name, p.title) for p in header.people] == [("Jess Okonkwo-Marsh", "Sales Director")]


def test_a_lower_case_name_without_a_job_is_not_taken() -> None:
    text = "acme brewing co - sales rep\n\nmet with jess okonkwo-marsh the other day\n"
    header = Header(company="Acme Brewing Co", role="Sales Rep")
    read_fact_places(header, text, text)
    assert header.people == []


@pytest.mark.parametrize(
    ("line", "firm"),
    [
        ("Deckhand — Corran Harbour Marina", "Corran Harbour Marina"),
        ("Research Assistant | Monash University", "Monash University"),
        ("Assistant Baker @ Sunrise Bakery", "Sunrise Bakery"),
    ],
)
def test_a_firm_opening_like_a_day_or_month_is_no_date(line: str, firm: str) -> None:
    header = Header()
    read_fact_places(header, line + "\n\nnotes\n", "")
    assert header.company == firm


@pytest.mark.parametrize(
    ("text", "firm", "job"),
    [
        (
            "Greystone Insurance - Claims Adjuster - 2 Dec\n\nKaren asked about claims.\n",
            "Greystone Insurance",
            "Claims Adjuster",
        ),
        (
            "Round 1 — phone with Priya (recruiter), Nov 20\n"
            "Company: Orbitall Systems, role: QA Engineer\n\nDev asked about Cypress.\n",
            "Orbitall Systems",
            "QA Engineer",
        ),
        (
            "Quick notes on the Fairhaven Library interview (Library Assistant), Mon.\n\n"
            "Rosa said they'd let me know.\n",
            "Fairhaven Library",
            "Library Assistant",
        ),
        (
            "Notes from call w/ Hiring Manager — Jeff Tan — Sunbeam Solar — Installer\n\n"
            "Jeff asked about roof work.\n",
            "Sunbeam Solar",
            "Installer",
        ),
    ],
)
def test_header_forms_read_by_their_parts(text: str, firm: str, job: str) -> None:
    brief = read(text).brief
    assert (brief.company, brief.role) == (firm, job)
    assert brief.candidate != firm


def test_a_one_word_firm_only_from_the_address_of_someone_met() -> None:
    theirs = "notes\n\nLaToya asked about PSLF.\nemail: lsimmons@bellmont.edu\nBellmont is big.\n"
    header = Header(role="Counselor", people=[Person(name="LaToya Simmons")])
    read_fact_places(header, theirs, theirs)
    assert header.company == "Bellmont"
    mine = "notes\n\nemail me at me@bellmont.edu\nBellmont is big.\n"
    header = Header(role="Counselor", people=[Person(name="LaToya Simmons")])
    read_fact_places(header, mine, mine)
    assert header.company is None


BOARD = """\
Acme Parks - Park Warden

{label}
 - Dale Sorensen, Chief Park Warden
 - Kim Nguyen, Park Warden

Dale asked about enforcement.
"""


def test_a_list_of_names_with_their_jobs_is_the_people_met() -> None:
    header = Header(company="Acme Parks", role="Park Warden")
    text = BOARD.format(label="The board will be:")
    read_fact_places(header, text, text)
    assert [p.name for p in header.people] == ["Dale Sorensen", "Kim Nguyen"]


def test_the_candidates_referees_are_not_met() -> None:
    header = Header(company="Acme Parks", role="Park Warden")
    text = BOARD.format(label="My references:").replace("Dale asked", "They asked")
    read_fact_places(header, text, text)
    assert header.people == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Barista interview notes, Tuesday\n\nWent to Bean & Leaf's new shop on Main St.\n"
            "Chloe asked about milk steaming.\n",
            "Bean & Leaf",
        ),
        (
            "Product Designer, 2nd round\n\nThe Loomly team was great.\n"
            "Sasha asked about my design system work.\n",
            "Loomly",
        ),
        (
            "Junior Accountant — phone screen — Nov 30\n\n"
            "Call with Helen Ward from Ashcombe & Partners (she's the audit manager).\n"
            "Helen asked about Xero.\n",
            "Ashcombe & Partners",
        ),
        (
            "Site Engineer interview — 1 Dec\n\n"
            "I'm currently a graduate engineer at Balfour Beatty Group. This interview was "
            "with Kier Group for their Site Engineer role.\nPaul asked about setting out.\n",
            "Kier Group",
        ),
    ],
)
def test_the_firm_named_in_a_sentence_about_the_meeting(text: str, firm: str) -> None:
    brief = read(text).brief
    assert brief.company == firm
    assert brief.role and not brief.role.lower().startswith("their")


def test_the_candidates_own_firm_is_eliminated() -> None:
    text = "Site Engineer\n\nI met the team at Balfour Beatty Group, where I currently work.\n"
    header = Header(role="Site Engineer")
    read_fact_places(header, text, text)
    assert header.company is None
