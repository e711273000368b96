"""Panel blocks, a heading's firm after its department, people joined by "+", and facts the
tenth new-user trial found refused (issue 7). Each form is written here in voices of its own,
none copied from the trial's files or from eval/; each test has notes that should be read and
notes that should not (the nearest misreading)."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)


def read(text: str, today: dt.date = TODAY) -> Reading:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), today)


def people(text: str) -> dict[str, tuple[str | None, list[str], list[str]]]:
    return {p.name: (p.title, p.topics, p.concerns) for p in read(text).brief.interviewers}


# (1) "Interviewer N: NAME, TITLE" opens that person's part of the notes

PANEL = """Pastry Chef — Larkspur Hotel Group
tasting day, Wed 25 November 2026
Me: Ottoline Farrage

Interviewer 1: Bastien Moreau, Executive Chef
- asked about my laminated dough, I run croissants for 300 covers at Quayside
- he was concerned I have not costed a menu myself

Panelist #2 - Ms. Hadiza Bello (Food & Beverage Director)
- talked about the new rooftop bar opening in March
- asked how I'd train two commis chefs

Interviewer C: Rupert Tallis, Sous Chef
- mostly about the allergen matrix they keep for every dish
"""


def test_each_labelled_panel_block_belongs_to_its_person() -> None:
    found = people(PANEL)
    assert set(found) == {"Bastien Moreau", "Hadiza Bello", "Rupert Tallis"}
    bastien, hadiza, rupert = found["Bastien Moreau"], found["Hadiza Bello"], found["Rupert Tallis"]
    assert bastien[0] == "Executive Chef" and hadiza[0] == "Food & Beverage Director"
    assert any("laminated dough" in t for t in bastien[1])
    assert not any("rooftop" in t or "allergen" in t for t in bastien[1])
    assert any("rooftop bar" in t for t in hadiza[1]) and not any("dough" in t for t in hadiza[1])
    assert any("allergen matrix" in t for t in rupert[1])
    assert any("costed a menu" in c for c in bastien[2])
    assert not hadiza[2] and not rupert[2]  # the concern is Bastien's alone


def test_a_label_over_the_whole_panel_opens_nobodys_part() -> None:
    # the nearest misreading: "Interviewers: A, B" names the panel, it is not A's block
    found = people(
        "Pastry Chef — Larkspur Hotel Group\nMe: Ottoline Farrage\n\n"
        "Interviewers: Bastien Moreau, Hadiza Bello\n"
        "- talked about the new rooftop bar opening in March\n"
    )
    assert set(found) == {"Bastien Moreau", "Hadiza Bello"}
    assert found["Bastien Moreau"][1] == found["Hadiza Bello"][1]  # shared, not Bastien's
    one_line = people(
        "Pastry Chef — Larkspur Hotel Group\nMe: Ottoline Farrage\n\n"
        "Interviewer 1: Bastien Moreau and Hadiza Bello\n"
        "- talked about the new rooftop bar opening in March\n"
    )
    assert one_line["Bastien Moreau"][1] == one_line["Hadiza Bello"][1]


# (2) "ROLE, DEPARTMENT — FIRM": the part after the role's comma is the team, not the firm


def test_the_firm_after_a_dash_is_the_company_not_the_team_after_the_role() -> None:
    with_suffix = read(
        "Interview: Actuarial Analyst, Pensions — Harrowgate Mutual LLP\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert (with_suffix.company, with_suffix.role) == ("Harrowgate Mutual LLP", "Actuarial Analyst")
    by_its_name = read(
        "Interview: Staff Nurse, Oncology — Kilbride Royal Infirmary\n"
        "Interviewer: Maeve Dunleavy, ward sister\nCandidate: Wren Castellano\n"
    ).brief
    assert by_its_name.company == "Kilbride Royal Infirmary"


def test_a_firm_after_the_roles_comma_is_still_the_company() -> None:
    # the nearest misreading: with no other part, the words after the comma are the firm
    two_parts = read(
        "Interview: Actuarial Analyst, Harrowgate Mutual LLP\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert two_parts.company == "Harrowgate Mutual LLP"
    place_after = read(
        "Interview: Actuarial Analyst, Harrowgate Mutual LLP — Leeds\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert place_after.company == "Harrowgate Mutual LLP"  # the city is no firm
    team_only = read(
        "Interview: Actuarial Analyst, Pensions\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert team_only.company != "Pensions"  # a team alone is no company: better refused


# (4) "w/ NAME (TITLE) + NAME the TITLE": the second person is a person of their own

GROOMERS = """grooming salon interview - pawprint parlour
thurs 11/19 w/ dr. ines varga (practice owner) + tomas the head groomer
me: juniper hale

ines asked abt my hand-stripping, told her i do terriers most days
she seemed worried i've never used a hydraulic table, only manual ones
tomas asked how i'd handle a matted doodle that won't stand
"""


def test_a_first_name_then_the_job_after_a_plus_is_a_second_person() -> None:
    found = people(GROOMERS)
    assert set(found) == {"Ines Varga", "Tomas"}
    assert found["Ines Varga"][0] == "practice owner"  # nothing of Tomas in her title
    assert found["Tomas"][0] == "head groomer"
    assert any("matted doodle" in t for t in found["Tomas"][1])
    assert not any("matted doodle" in t for t in found["Ines Varga"][1])
    concern = found["Ines Varga"][2]
    assert concern and concern[0].endswith("only manual ones")  # no name glued onto it
    joined = people(GROOMERS.replace(" + tomas the", " and tomas the"))
    assert set(joined) == {"Ines Varga", "Tomas"}


def test_a_word_of_the_sentence_before_the_job_is_no_person() -> None:
    # the nearest misreading: "+ also the head groomer" names no one called "Also"
    for joined in ("+ also the head groomer", "+ later the head groomer", "+ the head groomer"):
        found = people(GROOMERS.replace("+ tomas the head groomer", joined))
        assert set(found) == {"Ines Varga"}, joined
