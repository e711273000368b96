"""The notes' opening block read part by part (openingblock.py): each short line, and each
comma, dash or sentence part of it, classified by what it is, and the facts taken by
elimination. The notes here are made up for these tests in the forms batch AB and a new
user's trial were misread in; none is an eval case."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import understand_notes
from followup.openingblock import Kind, classify, opening_parts, past_employers, people_in_opening

TODAY = dt.date(2026, 6, 1)
BODY = """
Gareth Pryce - yard foreman
 - asked about the plasma cutter and the weld test, I passed the 3G plate
 - he cares about fit-up and reading drawings
"""


def _brief(text: str, front: dict[str, object] | None = None):  # type: ignore[no-untyped-def]
    notes = Notes(front_matter=front or {}, text=text, source="test.txt")
    return understand_notes(notes, TODAY).brief


def test_the_firm_on_a_bare_second_line_before_its_town() -> None:
    text = "HMF interview   5/12/26  Tues 9am\nHollin Marine Fabrication, Barry Island\n"
    text += "Pipe welder, nights\nOwain Griffiths\n" + BODY
    brief = _brief(text)
    assert brief.company == "Hollin Marine Fabrication"
    assert brief.candidate == "Owain Griffiths"


def test_the_firm_as_a_sentence_of_its_own_before_the_job_label() -> None:
    text = "Mon 4 May. Harbour office.\nNorthwind Ferry Charters. Job: Deck Officer, summer.\n"
    text += "Tenzin Norbu Lama\n" + BODY
    assert _brief(text).company == "Northwind Ferry Charters"


def test_a_title_label_over_notes_words_then_the_firm_and_its_town() -> None:
    text = "Title: Interview notes. Ashdown and Sons Organs, York.\nDate: Monday 3 May 2026.\n"
    text += "Candidate: Peter Lumb.\nRole: Organ Builder.\n" + BODY
    assert _brief(text).company == "Ashdown and Sons Organs"


def test_a_front_matter_title_names_the_firm_after_the_notes_words() -> None:
    front = {"title": "Interview record — Pine Hollow University", "candidate": "Ann Cole"}
    text = "Panel:\n" + BODY
    assert _brief(text, front).company == "Pine Hollow University"


def test_another_languages_preposition_before_the_firm() -> None:
    text = "5/11/2026 – mercoledì\nColloquio alla Cantina Sociale Monti Alti, Nuoro (NU)\n"
    text += "Posto: cantiniere\nSalvatore Deiana\n" + BODY
    assert _brief(text).company == "Cantina Sociale Monti Alti"


def test_me_then_a_name_in_an_opening_sentence() -> None:
    text = "Weds 3 June\n\nInterview for the boatyard job at Penmarrow Boatworks. Me, Tamsin "
    text += "Keverne, 9 years at sea, 3 as mate. Very nervous.\n" + BODY
    assert _brief(text).candidate == "Tamsin Keverne"


def test_the_owner_of_the_notes_labelled_by_what_the_title_calls_them() -> None:
    text = "dad's interview notes (typed by Mina bc dad types slow)\nCopperleaf Cafe - Leeds\n"
    text += "Head Cook\nmon 6/1/2026\ndad = Hoang Van Minh\n" + BODY
    assert _brief(text).candidate == "Hoang Van Minh"


def test_a_person_with_a_title_in_the_opening_is_met_and_never_the_firm() -> None:
    text = "Phone screen - Wanjiku Otieno (recruiter), Larchmont Mutual Insurance\n"
    text += "Role: Claims Analyst\nCall 5/20 2:30pm\n- they're hybrid\n"
    text += "- she said next step is a panel, she'll schedule\n"
    brief = _brief(text)
    assert brief.company == "Larchmont Mutual Insurance"
    assert [i.name for i in brief.interviewers] == ["Wanjiku Otieno"]


def test_the_candidates_past_job_is_never_the_firm_they_met() -> None:
    text = "Yesterday I have interview with Mrs. Solveig Berg, she is the manager of the "
    text += "warehouse department in Fjordlink Cargo AS.\nThe position is Freight Planner.\n"
    text += "We have speak about the new crane and about my before job at Kuehne.\n"
    brief = _brief(text)
    assert brief.company == "Fjordlink Cargo AS"


def test_past_employers_are_the_firms_of_my_past_or_current_job() -> None:
    text = "told him about my before job at DSV and my old job at Maersk Line. Met at Tesla."
    assert past_employers(text) == {"DSV", "Maersk Line"}


def test_a_sentence_is_never_the_role() -> None:
    text = "Met with Ravi Menon, VP Engineering at Quillon Analytics on Monday.\n"
    text += "45 min call. Discussed the churn model and the Q1 plan.\n"
    text += "He liked my dashboards. Said he'd loop in the CFO.\n"
    assert _brief(text).role is None


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        ("Hollin Marine Fabrication", Kind.FIRM),
        ("Pipe welder", Kind.ROLE),
        ("Owain Griffiths", Kind.PERSON),
        ("5/12/26", Kind.DATE),
        ("Interview notes", Kind.LABEL),
        ("Me", Kind.ME),
    ],
)
def test_each_part_is_classified_by_what_it_is(part: str, kind: Kind) -> None:
    found = [p for p in opening_parts(part + "\n\nmore text\n") if p.text == part]
    assert found and found[0].kind is kind


def test_a_town_after_the_firm_on_its_line_is_a_place() -> None:
    parts = opening_parts("Hollin Marine Fabrication, Barry Island\n- more\n")
    assert [p.kind for p in parts] == [Kind.FIRM, Kind.PLACE]


def test_an_attendee_with_an_address_in_angle_brackets_is_no_template_blank() -> None:
    text = "Interview: Shift Lead – Ypsilanti – Omar Haddad\n"
    text += "Where: Brightfield Grocers – District Office\n"
    text += "Attendees: Wendell Pruitt; Omar Haddad <omar.h@example.com>\n\n"
    text += "Wendell Pruitt (District Mgr)\n- asked about shrink, told him under 2%\n"
    notes = Notes(text=text, source="test.txt")
    reading = understand_notes(notes, TODAY)
    assert "interviewer" not in reading.placeholders
    assert "Wendell Pruitt" in [i.name for i in reading.brief.interviewers]


def test_a_checklists_bare_boxes_are_list_lines() -> None:
    text = "Kestrel Freight — Senior Backend Engineer\nMe: Ales Navarro\n\n"
    text += "Checklist: People (2/2)\n[x] Wiktoria Nowacka — Engineering Manager\n"
    text += "    - Kafka, consumer lag, on-call rota\n[x] Bartosz — tech lead\n"
    text += "    - system design, idempotent payment API\n"
    names = [i.name for i in _brief(text).interviewers]
    assert "Wiktoria Nowacka" in names


def test_a_firm_beside_the_meetings_word_is_sure_only_by_an_organisations_word() -> None:
    assert classify("Interview Mekong Thread Collective")[:2] == (Kind.FIRM, True)
    assert classify("Interview Mark Brenner")[1] is False  # the writer's own name, maybe
    assert classify("Acme Foods interview")[:2] == (Kind.FIRM, True)
    assert classify("Mark Baker interview")[1] is False


def test_a_headings_own_name_with_a_bracketed_craft_is_no_one_met() -> None:
    heading = "Ana Souza (glassblower) — my notebook\n- more\n"
    assert people_in_opening(opening_parts(heading)) == []
    screen = "Phone screen - Tendai Moyo (recruiter), Larchmont Mutual Insurance\n- more\n"
    assert [p.name for p in people_in_opening(opening_parts(screen))] == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "text",
    [
        "My current employer is Acme Corp, but I want out.",
        "Acme Corp - where I was until May",
        "Before this I worked at Acme Corp (5 yrs).",
    ],
)
def test_the_writers_present_or_past_job_in_more_forms(text: str) -> None:
    assert past_employers(text) == {"Acme Corp"}


def test_a_firm_named_like_a_document_is_kept() -> None:
    text = "Harbour Daily Record - Features Editor\nMe: Ines Quaresma\n\n"
    text += "Wiremu Tane - editor in chief\n- asked about long reads and the archive\n"
    assert _brief(text).company == "Harbour Daily Record"
