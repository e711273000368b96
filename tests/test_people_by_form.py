"""People met read by form: a line head with an honorific (honorificpeople.py), a front-matter
value that is a person (frontmatterpeople.py), the courtesy titles of other languages
(notenames.HONORIFICS). The notes here are made up for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

from followup.frontmatterpeople import is_person_value
from followup.honorificpeople import honorific_people
from followup.models import Notes
from followup.notenames import split_honorific
from followup.notes import understand_notes

TODAY = dt.date(2026, 5, 20)

CAPS_HEADS = """Andes Trails S.A.C. - Lead Guide
entrevista 18/05/2026, Cusco
Rosa Condori Ticona

SRA. LUCIA MAMANI - Gerente de Operaciones
- asked about altitude sickness protocol, the pulse oximeter every night
- Lucia care about the porters, fair pay

MR. DAVID HOLLOWAY (co-owner, British)
- Leave No Trace, he wants zero plastic treks
"""


def test_a_line_head_with_an_honorific_names_a_person_met() -> None:
    people = honorific_people(CAPS_HEADS)
    assert [(p.name, p.title, p.honorific) for p in people] == [
        ("Lucia Mamani", "Gerente de Operaciones", "Ms."),
        ("David Holloway", "co-owner, British", "Mr."),
    ]


def test_the_people_met_by_their_heads_get_notes() -> None:
    reading = understand_notes(Notes(front_matter={}, text=CAPS_HEADS, source="n.txt"), TODAY)
    assert [p.name for p in reading.brief.interviewers] == ["Lucia Mamani", "David Holloway"]


def test_an_honorific_in_running_text_is_no_head() -> None:
    assert honorific_people("we talked about how Mr. Holloway runs the office") == []


def test_courtesy_titles_of_other_languages_are_honorifics() -> None:
    assert split_honorific("Madame Isabelle Chappatte") == ("Ms.", "Isabelle Chappatte")
    assert split_honorific("Mme Geneviève Roy") == ("Ms.", "Geneviève Roy")
    assert split_honorific("Señor Pablo Ruiz") == ("Mr.", "Pablo Ruiz")


def test_a_front_matter_value_that_is_a_person_is_someone_met() -> None:
    assert is_person_value("Ms. Lorraine Kessler, Production Manager")
    assert is_person_value("Raj Patel (Ops Lead)")
    assert not is_person_value("Acme Corp, Boston")
    assert not is_person_value("Senior Bench Jeweler")
    notes = Notes(
        front_matter={"company": "Halcyon", "contact": "Ms. Lorraine Kessler, Production Manager"},
        text="- Lorraine walked me through the shop, 12 benches\n",
        source="n.md",
    )
    reading = understand_notes(notes, TODAY)
    assert [p.name for p in reading.brief.interviewers] == ["Lorraine Kessler"]


NORDIC = """Interview 12.08.2026 — Nuuk, Arctic Survey A/S
Stilling: senior fisheries observer
Aviaja Kleist

Nivi Lynge — biologist, stock assessment
- length measurements, otoliths

Hr. Mikkel Sørensen — afdelingsleder (head of inspection)
- he asked about bycatch recording
"""


def test_a_danish_hr_with_its_full_stop_is_a_courtesy_title_and_hr_alone_is_not() -> None:
    assert [(p.name, p.honorific) for p in honorific_people(NORDIC)] == [("Mikkel Sørensen", "Mr.")]
    assert honorific_people("HR Business Partner - Jane Doe") == []
    reading = understand_notes(Notes(front_matter={}, text=NORDIC, source="n.txt"), TODAY)
    assert [p.name for p in reading.brief.interviewers] == ["Nivi Lynge", "Mikkel Sørensen"]


def test_an_honorific_name_with_a_bracketed_title_in_running_text_is_met_when_none_is() -> None:
    text = (
        "Harcourt Hotel – Linen Supervisor\nInterview Mon 13 April 2026, ask for Mrs Pryce "
        "(Executive Housekeeper)\n\nOnly Mrs Janet Pryce in the end. She asked about stains.\n"
    )
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    assert [p.name for p in reading.brief.interviewers] == ["Janet Pryce"]
    other = text + "\nWorked under Dr. Ames (Head of Surgery) before.\n"
    assert "Ames" not in str(honorific_people(other))  # running text is no line head


def test_a_label_or_letters_after_a_name_are_no_part_of_it() -> None:
    text = (
        "Mr Mehta Q1 - talk me through a fitting\n"
        "Mr Mehta CONCERN - not trained in microsuction\n"
        "Dr James Whitlock MRCVS — clinical director\n"
    )
    assert [p.name for p in honorific_people(text)] == ["Mehta", "James Whitlock"]


def test_people_already_found_keep_the_readers_order() -> None:
    text = (
        "Port Commission - Harbor Patrol\nBeau Thibodeaux\n\n"
        "Cap'n Ray Guidry - Harbor Master\n - navigation aids\n\n"
        "Mrs. Denise Landry - HR\n - state benefits\n - she said I'll reach out\n"
    )
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    assert reading.brief.interviewers[0].name == "Denise Landry"
