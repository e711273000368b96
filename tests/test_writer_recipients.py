"""Whom the offline run writes to when no --to is given: a thank-you to everyone met but a
first round's contact the notes log as thanked already; any other message to the one person
the notes' plan names ("check-in to Bo only"), else the first person met.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.core import MessageKind
from followup.writer.kind_choice import planned_addressee, thanked_already
from tests.test_writer_composer import offline

NAMES = [["Ilse", "Marten"], ["Bo", "Lindqvist"]]


@pytest.mark.parametrize(
    "text",
    [
        "plan for friday: a short check-in to Bo only, no asking about the job",
        "Planning to email Bo only, he's the hiring contact.",
        "if nothing by the 20th -> 2nd and last follow-up to Mr Lindqvist",
        "keep in touch note to Bo next month (Ty in HR has his address)",  # Ty: a name
    ],
)
def test_the_plan_names_the_one_person_to_write_to(text: str) -> None:
    assert planned_addressee(text, NAMES) == 1


@pytest.mark.parametrize(
    "text",
    [
        "4/12 sent follow-up to Bo. no reply",  # what was sent, not the plan
        "thank-yous today to Ilse + Bo",  # a thank-you plan names two
        "Bo walked me round the drying sheds",  # no message at all
        "email both of them next week",  # no one named
    ],
)
def test_no_one_is_planned_where_the_notes_plan_no_one(text: str) -> None:
    assert planned_addressee(text, NAMES) is None


def test_a_thank_you_logged_by_name_is_read_and_one_to_both_is_not() -> None:
    assert thanked_already("- sent Ilse thank you 10th ✓", NAMES) == {0}
    assert thanked_already("- 3/2 sent thank-yous to both", NAMES) == set()
    assert thanked_already("- need to send Ilse a thank you", NAMES) == set()


FRONT = {
    "candidate": "Noor Ahmadi",
    "company": "Skarholm Smokehouse",
    "role": "Production Lead",
    "interview_date": "2026-11-10",
}
TWO_ROUNDS = (
    "## round 1 (phone, 3 Nov)\n"
    "Interviewer: Ilse Marten, operations manager\n"
    "- screening, my background at the Oban smokery\n"
    "- sent Ilse thank you 4th ✓\n\n"
    "## round 2 (on site)\n"
    "Interviewer: Bo Lindqvist, owner\n"
    "- Bo talked about the new cold-smoking kiln going in next spring\n"
    "- he asked how I would train the seasonal packers\n"
)


def test_a_second_rounds_thank_yous_skip_the_contact_thanked_after_the_first() -> None:
    drafts = offline(TWO_ROUNDS, FRONT)
    assert [d.recipient.name for d in drafts if d.recipient] == ["Bo Lindqvist"]


def test_with_no_one_logged_everyone_met_is_thanked() -> None:
    text = TWO_ROUNDS.replace("- sent Ilse thank you 4th ✓\n", "")
    names = {d.recipient.name for d in offline(text, FRONT) if d.recipient}
    assert names == {"Ilse Marten", "Bo Lindqvist"}


def test_an_inquiry_goes_to_the_person_the_plan_names() -> None:
    text = TWO_ROUNDS + "\nplanning to email Bo only about the timeline\n"
    front = {**FRONT, "interview_date": "2026-11-12"}
    [draft] = offline(text, front, kind=MessageKind.INQUIRY)
    assert draft.recipient is not None and draft.recipient.name == "Bo Lindqvist"
    assert draft.body.startswith(("Dear Bo", "Hi Bo", "Hello Bo", "Dear Mr. Lindqvist"))
