"""The name the notes say people use: "staff call him Zaki Bey", "(Chef Liam)", "everyone calls
him Tanaka-san". The offline writer greets with it ("Dear Zaki Bey,"), and the gate flags a
draft, a model's too, that drops the honorific ("Hi Zaki,").

The notes here are written for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.writer.gate import has_honorific, preferred_name
from tests.test_writer_composer import gated, ids, offline

FORMS = [
    (["Zaki", "Arslan"], "- staff call him Zaki Bey, it's a formal place", "Zaki Bey"),
    (["Liam", "Costigan"], "1. Liam Costigan - Executive Chef (Chef Liam)", "Chef Liam"),
    (["Kenji", "Tanaka"], "- everyone calls him Tanaka-san", "Tanaka-san"),
    (["Ernesto", "Ruiz"], "- the crew call him Don Ernesto", "Don Ernesto"),
    (["Ravi", "Mehta"], "- people call him Ravi Ji", "Ravi Ji"),
    (["Ayşe", "Demir"], "Ayşe Demir (Ayşe Hanım), plant manager", "Ayşe Hanım"),
    (["Siobhán", "Kelly"], "- she said call me Siobhán", "Siobhán"),  # no honorific
]


@pytest.mark.parametrize(("parts", "line", "form"), FORMS)
def test_the_name_people_use_is_read_with_its_honorific(
    parts: list[str], line: str, form: str
) -> None:
    assert preferred_name(parts, line) == form
    assert has_honorific(form) is (form != parts[0])


@pytest.mark.parametrize(
    "line",
    [
        "Priya Nair - HR Advisor (Ibu Priya, very friendly)",  # the candidate's own habit
        "- he'll call me Monday",
        "- Don't forget the portfolio",
    ],
)
def test_no_name_form_is_read_where_the_notes_give_none(line: str) -> None:
    assert preferred_name(["Priya", "Nair"], line) is None


ZAKI = {
    "candidate": "Noor Ahmadi",
    "company": "Anatolia Textiles",
    "role": "Production Planner",
    "interview_date": "2026-11-24",
}
ZAKI_NOTES = (
    "Interviewer: Zaki Arslan, plant director\n\n"
    "- staff call him Zaki Bey\n"
    "- Zaki talked about the new dye-house scheduling system\n"
    "- he asked how I would plan changeovers on the looms\n"
)


def test_the_offline_writer_greets_with_the_honorific() -> None:
    [draft] = offline(ZAKI_NOTES, ZAKI)
    assert draft.body.startswith("Dear Zaki Bey,"), draft.body
    assert "writer.honorific" not in ids(draft)


def test_the_gate_flags_a_greeting_that_drops_the_honorific() -> None:
    body = (
        "Hi Zaki,\n\nThank you for meeting with me yesterday about the Production Planner "
        "role at Anatolia Textiles. I enjoyed hearing about the new dye-house scheduling "
        "system.\n\nBest regards,\nNoor Ahmadi\n"
    )
    draft = gated(ZAKI_NOTES, body, ZAKI)
    assert "writer.honorific" in ids(draft) and draft.status != "ready"


@pytest.mark.parametrize("greeting", ["Dear Zaki Bey,", "Dear Mr. Arslan,"])
def test_the_gate_passes_the_used_or_the_formal_form(greeting: str) -> None:
    body = (
        f"{greeting}\n\nThank you for meeting with me yesterday about the Production Planner "
        "role at Anatolia Textiles. I enjoyed hearing about the new dye-house scheduling "
        "system.\n\nBest regards,\nNoor Ahmadi\n"
    )
    assert "writer.honorific" not in ids(gated(ZAKI_NOTES, body, ZAKI))
