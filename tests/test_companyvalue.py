"""The company and the role as values a message can say (companyvalue.py): the company ends at
the firm, never an address; a value that still opens with a label is a label and its value.
The notes and names here are written for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.companyvalue import address_part, firm_only, label_of, quoted_firm, settle_values
from followup.models import Brief, Notes
from followup.notes import understand_notes
from followup.writer.valuecheck import why_not_a_value

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("company", "firm"),
    [
        (
            "Okyere Shea Processors Ltd., Plot 9 Tamale Road, Sagnarigu, Tamale",
            "Okyere Shea Processors Ltd.",
        ),
        ("Lakeside Learning Trust, 27 Samora Machel Avenue, Bulawayo", "Lakeside Learning Trust"),
        ("Nordlys Kontor AS, Storgata 14, Tromsø", "Nordlys Kontor AS"),
        ("Duna Szerviz Kft., Budafoki út 60., Budapest", "Duna Szerviz Kft."),
        ("Harbour Bakers, Kossuth utca 12", "Harbour Bakers"),
        ("Hadley Freight Ltd, Leeds", "Hadley Freight Ltd"),  # a town after the legal form
        ("Quarry Lane Bakers, P.O. Box 4410, Mombasa", "Quarry Lane Bakers"),
        ("Pinecrest Clinic, Harbour Road", "Pinecrest Clinic"),
        ("Delacroix Conseil, rue des Tanneurs 8", "Delacroix Conseil"),
    ],
)
def test_should_cut_the_company_at_the_firm(company: str, firm: str) -> None:
    assert firm_only(company) == firm


@pytest.mark.parametrize(
    "company",
    [
        "Abbey Road Studios",  # a street's name in the firm's own name
        "Studio 54",
        "3M",
        "Marlow Holdings, Inc.",  # a legal form after a comma is the firm's
        "Smith, Jones & Partners",
        "Vertexa Global Services, Pune",  # no legal form, no address: left to other readers
        "Crown Court Chambers",
        "Northwind Semiconductor, Fab 2",  # a site of the firm, no street
    ],
)
def test_should_keep_a_firm_that_holds_no_address(company: str) -> None:
    assert firm_only(company) == company
    assert address_part(company) is None


def test_a_value_that_is_only_an_address_is_no_company() -> None:
    assert firm_only("41 Kenneth Kaunda Avenue") is None
    assert address_part("41 Kenneth Kaunda Avenue") == "41 Kenneth Kaunda Avenue"


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("Amats: grāmatvedis", ("Amats", "grāmatvedis")),
        ("Poste : Chef de cuisine", ("Poste", "Chef de cuisine")),
        ("Applied for: Line Cook", ("Applied for", "Line Cook")),
    ],
)
def test_should_read_a_label_and_its_value(value: str, label: tuple[str, str]) -> None:
    assert label_of(value) == label


@pytest.mark.parametrize("value", ["Harbourside Dental", "Shift 10:30", "Data Analyst"])
def test_should_find_no_label_in_a_name(value: str) -> None:
    assert label_of(value) is None


def test_a_labelled_company_value_by_what_its_label_names() -> None:
    employer = Brief(company="Empresa: Frutas del Valle", role="Driver")
    settle_values(employer, "")
    assert (employer.company, employer.role) == ("Frutas del Valle", "Driver")
    job = Brief(company="Position: Pastry Chef", role="Maison Dorée")
    settle_values(job, "")  # the job's line read as the company; the firm read as the role
    assert (job.company, job.role) == ("Maison Dorée", "Pastry Chef")
    other = Brief(company="Amats: grāmatvedis", role="Accountant")
    settle_values(other, 'SIA "Ziemeļu Koks"\nAmats: grāmatvedis / accountant\n')
    assert (other.company, other.role) == ("Ziemeļu Koks", "Accountant")
    unread = Brief(company="Amats: grāmatvedis", role="Accountant")
    settle_values(unread, "Amats: grāmatvedis / accountant\n")
    assert unread.company == "Amats: grāmatvedis"  # nothing better: left for the gate to hold
    assert why_not_a_value(unread.company, "company", "") is not None


def test_a_labelled_role_keeps_a_job_title_and_drops_the_label() -> None:
    brief = Brief(company="Harlow Museum", role="Applied: Exhibitions Assistant")
    settle_values(brief, "")
    assert brief.role == "Exhibitions Assistant"


def test_quoted_firm_reads_a_legal_form_and_a_quoted_name_at_the_top() -> None:
    assert quoted_firm('UAB "Vilniaus Duona"\nPareigos: kepėjas\n') == "Vilniaus Duona"
    assert quoted_firm("ООО «Северный ветер»\n") == "Северный ветер"
    assert quoted_firm('Notes\nShe said "great fit"\n') is None


def test_the_reader_gives_the_brief_the_firm_without_its_address() -> None:
    text = (
        "Interview notes\n"
        "Date: 3 November 2026\n"
        "Company: Okyere Shea Processors Ltd., Plot 9 Tamale Road, Sagnarigu, Tamale\n"
        "Position: Stores Officer\n"
        "Applicant: Abena Sarpong\n\n"
        "Mr. Yaw Darko, Operations Manager\n"
        "- asked about stock counts at the depot\n"
    )
    brief = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY).brief
    assert brief.company == "Okyere Shea Processors Ltd."
    assert brief.role == "Stores Officer"


def test_the_job_line_read_as_the_company_gives_the_firm_beside_the_misread_role() -> None:
    text = "Samtale 3.11.2026 — Sisimiut, Qaqortoq Harbour Services A/S\nStilling: Havnefoged\n"
    brief = Brief(company="Stilling: Havnefoged", role="Sisimiut")
    settle_values(brief, text)
    assert (brief.company, brief.role) == ("Qaqortoq Harbour Services A/S", "Havnefoged")


def test_an_unknown_label_keeps_a_firm_name_and_drops_a_job() -> None:
    firm = Brief(company="Ettevõte: Tamme Puit OÜ", role="Saw Operator")
    settle_values(firm, "")
    assert firm.company == "Tamme Puit OÜ"
    job = Brief(company="Amats: Site Supervisor", role=None)
    settle_values(job, "Amats: Site Supervisor\nUzņēmums: Rīgas Būve\n")
    # "Amats" (job) and "Uzņēmums" (employer) are label words since labelwords.py holds the
    # Latvian ones: the job is the role, and the employer's labelled line the company
    assert (job.company, job.role) == ("Rīgas Būve", "Site Supervisor")
    unknown = Brief(company="Ametikoht: Site Supervisor", role=None)
    settle_values(unknown, "Ametikoht: Site Supervisor\n")
    assert unknown.company == "Ametikoht: Site Supervisor"  # a job, and no firm in its place


def test_a_fragment_or_a_person_gives_way_to_the_labelled_lines() -> None:
    text = (
        "Candidate: Chileshe Banda (Fitter, Grade II)\n"
        "Company: Kafue Cement Plc - Maintenance Department\n"
        "Position: Maintenance Fitter\n"
    )
    brief = Brief(company="Grade II)", role="Candidate: Chileshe Banda (Fitter", candidate=None)
    settle_values(brief, text)
    assert (brief.company, brief.role) == ("Kafue Cement Plc", "Maintenance Fitter")


def test_address_after_a_name_is_read_by_the_one_shape() -> None:
    from followup.companyvalue import address_after

    text = "I enjoyed meeting you at Acme Ltd., 22 Harper Road, Adum. Thanks again."
    end = text.index("Acme Ltd.") + len("Acme Ltd.")
    assert address_after(text, end) == "22 Harper Road"
    plain = "I enjoyed meeting you at Acme Ltd., and the team. 22 Harper Road is far."
    assert address_after(plain, plain.index(",")) is None
