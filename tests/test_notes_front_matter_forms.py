"""Front matter kept as a form of the writer's own (issue 7, round 15): the keys people use
for the job, the employer, the day and the people met, and values with asides and terms after
them. Words of their own, none copied from eval/; each with the nearest misreading."""

from __future__ import annotations

import datetime as dt

from followup.models import Brief, Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 26)


def brief(front: dict[str, object], text: str = "- they asked about rotas\n") -> Brief:
    return understand_notes(Notes(front_matter=front, text=text, source="n.md"), TODAY).brief


def test_the_keys_of_a_form_kept_by_the_writer() -> None:
    b = brief(
        {
            "candidate": "Rhian Pugh",
            "applying_for": "Lettings Officer (Band 4), 37.5 hrs, hybrid",
            "school": "Glanmor Community School (Afon Learning Trust)",
            "interview_on": "2026-11-03",
            "who_i_met": ["Mr Emyr Davies (Business Manager) — said to email him with questions"],
        }
    )
    assert (b.role, b.company) == ("Lettings Officer", "Glanmor Community School")
    assert b.interview_date == dt.date(2026, 11, 3)
    assert [(p.name, p.title) for p in b.interviewers] == [("Emyr Davies", "Business Manager")]


def test_a_job_title_with_a_comma_and_no_terms_stays_whole() -> None:
    b = brief({"candidate": "Rhian Pugh", "role": "Head of Finance, Schools", "company": "Afon"})
    assert b.role == "Head of Finance, Schools"


def test_the_writers_name_without_the_aside_on_how_it_is_written() -> None:
    b = brief({"me": "Kovács Anna  (Anna Kovács on the CV)", "cég": "Rába Gépgyár Kft."})
    assert (b.candidate, b.company) == ("Kovács Anna", "Rába Gépgyár Kft.")


def test_a_name_given_in_both_orders_is_read_in_the_second() -> None:
    b = brief({"me": "Anna Kovács", "interviewers": ["Nagy Péter / Péter Nagy — plant manager"]})
    assert [p.name for p in b.interviewers] == ["Péter Nagy"]


def test_a_bullet_of_the_notes_is_no_company() -> None:
    b = brief(
        {"me": "Anna Kovács"}, "## Péter\n- PLC upgrades, S7-1500, safety\n- asked about OEE\n"
    )
    assert b.company is None or not b.company.startswith("-")
