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
