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


NICKNAMES = [
    # a name of another stem, tied to the person on the line that names them
    (["Margaret", "Quill"], 'WHO: MARGARET QUILL, OWNER. SHE SAID "CALL ME MAGS, PLEASE."', "Mags"),
    (["Roberta", "Finch"], '**2. Roberta Finch — Partner ("everyone calls me Bobbie")**', "Bobbie"),
    (["Darnell", "Okoye"], 'DO = Darnell Okoye, yard boss. said "nobody calls me Darnell"', "DO"),
    (["Luca", "Ferri"], '- the cooks all call him "Chef", Luca Ferri runs the pass', "Chef Ferri"),
    (["Ana", "Sousa"], "Chef Ana Sousa (head chef)\n- a shift with Chef Ana", "Chef Ana"),
]


@pytest.mark.parametrize(("parts", "text", "form"), NICKNAMES)
def test_a_nickname_the_notes_tie_to_the_person_is_the_greeting(
    parts: list[str], text: str, form: str
) -> None:
    assert preferred_name(parts, text) == form


@pytest.mark.parametrize(
    "text",
    [
        '- Darnell Okoye, yard boss. said "dont call me Darnell"',  # asked NOT to be
        "- Darnell said he'd call me Thursday",  # a day, not a name
        "- call him Darnell but i'm writing Mr Okoye so the email stays formal",  # set aside
        '- "call me Rocky" was what his old boss said',  # no line naming him
        "Chef Darnell Okoye ran the trial",  # a title before the full name
        'Darnell Okoye (owner) said "nobody calls me Chef Okoye lol"',  # nobody does
        'DARNELL OKOYE, OWNER. SAID "EVERYONE HERE CALLS ME CHEF"',  # a title, no name
    ],
)
def test_no_nickname_where_the_notes_do_not_tie_one_to_the_person(text: str) -> None:
    assert preferred_name(["Darnell", "Okoye"], text) is None


MAGS = {
    "candidate": "Noor Ahmadi",
    "company": "Quill Lock & Safe",
    "role": "Locksmith",
    "interview_date": "2026-11-24",
}
MAGS_NOTES = (
    "Interviewer: Margaret Quill, owner\n\n"
    '- she said "call me Mags, Mrs Quill is my mother-in-law" (Margaret Quill)\n'
    "- Margaret talked about the master key system for the hospital\n"
)


def test_a_greeting_by_the_nickname_the_notes_give_is_no_wrong_name() -> None:
    body = (
        "Hi Mags,\n\nThank you for meeting with me yesterday about the Locksmith role at "
        "Quill Lock & Safe. I enjoyed hearing about the master key system for the hospital."
        "\n\nBest regards,\nNoor Ahmadi\n"
    )
    assert "etiquette.recipient-name" not in ids(gated(MAGS_NOTES, body, MAGS))
    wrong = gated(MAGS_NOTES, body.replace("Hi Mags,", "Hi Meg,"), MAGS)
    assert "etiquette.recipient-name" in ids(wrong)


def test_a_short_name_is_no_shorthand_in_the_greeting() -> None:
    notes = "Interviewer: Mo Haddad, chief engineer\n\n- Mo talked about the recall sheets\n"
    front = {**MAGS, "company": "Hollow Reed Studios", "role": "Studio Assistant"}
    [draft] = offline(notes, front)
    assert draft.body.startswith(("Hi Mo,", "Hello Mo,", "Dear Mo,")), draft.body
    assert "writer.wording" not in ids(draft), [f.message for f in draft.findings]
