"""Note phrases and concern answers the offline writer used to send in drafts marked ready
(issue 7, the lead's reading of ready drafts): a leftover word ("too"), two words joined by a
slash, a clause clipped of its verb ("... to a non-finance audience"), a verb and its particle
alone ("showing up"), a pile of bare nouns, a problem put on the recipient ("your denial
rates"), a concern answered in the notes' broken English or with a noun phrase after "that",
and two sentences in a row that open alike. The gate no longer takes "at present" or a common
noun before an arrow for a name typed in lower case.

The phrases are written for these tests; none is an eval case.
"""

from __future__ import annotations

import itertools
import re

import pytest

from followup.writer.phrases import settle
from tests.test_writer_composer import FACTS, gated, offline


@pytest.mark.parametrize(
    "phrase",
    [
        "a shortfall in a ward budget to a new board member",  # "(explain) ... to ..."
        "an outage timeline to the wider team",
        "showing up",  # a verb and its particle: no topic
        "reaching out",
        "merge and split on customer records",  # the notes' list of skills
        "crate/pallet/skid counts",  # three slashed items: the notes' list
        "price talks w suppliers",  # "w" for "with", its slash dropped
        "audited your kitchen suppliers",  # a verb with its subject left out
        "your weekend markets use volunteers",  # a clause where a topic belongs
    ],
)
def test_a_fragment_the_reader_cannot_place_is_left_out(phrase: str) -> None:
    assert settle(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Terraform too", "Terraform"),  # the notes' leftover word goes
        ("the loyalty app as well", "the loyalty app"),
        ("intake forms / referrals", "intake forms and referrals"),
        ("the tool library for drills/sanders", "the tool library for drills and sanders"),
        ("your readmission rates", "readmission rates"),  # a problem, not put on them
        ("your plans to open a second site", "your plans to open a second site"),
        ("safety and compliance for the new depot", "safety and compliance for the new depot"),
        ("the input/output ratio", "the input and output ratio"),
        ("managing your vendor backlog", "managing your vendor backlog"),
    ],
)
def test_a_phrase_is_said_without_the_notes_leftovers(phrase: str, said: str) -> None:
    assert settle(phrase) == said


def _answered_to_mara(concern: str, answer: str) -> str:
    """The body of the offline note to Mara, whose concern and the candidate's answer the
    notes hold."""
    text = f"Interviewer: Mara Quinn (night manager)\n- Mara's concern: {concern}\n- {answer}\n"
    (draft,) = offline(text, {**FACTS, "interviewers": [{"name": "Mara Quinn"}]})
    return draft.body


def test_a_concern_answered_in_broken_english_is_left_out() -> None:
    body = _answered_to_mara(
        "I have never sold to bakeries.",
        "I said: I am bakery owner, I know what bakery owner want from supplier.",
    )
    assert "bakery owner want" not in body and "I am bakery owner" not in body


def test_a_forgotten_point_that_is_a_noun_phrase_is_not_said_after_that() -> None:
    body = _answered_to_mara(
        "I have never led the late shift.",
        "should have said the 8 weeks I ran the late shift at Norbury",
    )
    assert "that the 8 weeks" not in body


def test_two_sentences_in_a_row_do_not_open_alike() -> None:
    text = (
        "Interviewer: Mara Quinn (night manager)\n"
        "- Mara talked about the handover board on the ward\n"
        "- Mara talked about the winter staffing rota\n"
        "- Mara asked about my experience with e-rostering\n"
        "- Ola talked about the pharmacy stock audit\n"
        "- Ola asked about my approach to the controlled drugs count\n"
    )
    people = [{"name": "Mara Quinn"}, {"name": "Ola Berg"}]
    for draft in offline(text, {**FACTS, "interviewers": people}):
        sentences = re.split(r"(?<=[.?!])\s+", draft.body)
        openings = [tuple(s.split()[:2]) for s in sentences if s.strip()]
        assert all(a != b for a, b in itertools.pairwise(openings)), draft.body


def _lower_case_flags(notes: str, middle: str) -> list[str]:
    """The words `writer.lower-case` flags in a model's note to Mara whose middle is given."""
    body = (
        "Hi Mara,\n\nThank you for meeting with me about the Data Platform Engineer role at "
        f"Pellworth Analytics. {middle} I would be glad to bring that care to Pellworth "
        "Analytics.\n\nBest regards,\nNoor Ahmadi\n"
    )
    draft = gated(notes, body, {**FACTS, "interviewers": [{"name": "Mara Quinn"}]})
    return [f.match for f in draft.findings if f.rule_id == "writer.lower-case"]


def test_at_present_and_a_common_noun_before_an_arrow_are_no_lower_case_names() -> None:
    flagged = _lower_case_flags(
        "- Mara asked how I'd fit audits into a busy night workflow -> batch them at 3am\n"
        "- I run the stores desk at present\n",
        "I enjoyed your question about fitting audits into a busy night workflow, and I was "
        "glad to share how I run the stores desk at present.",
    )
    assert "present" not in flagged and "workflow" not in flagged


def test_a_name_typed_in_lower_case_is_still_flagged() -> None:
    flagged = _lower_case_flags(
        "- Mara asked about my migration at cartwheel\n",
        "I was glad to tell you about my migration at cartwheel, and I enjoyed hearing how "
        "your team plans its releases.",
    )
    assert "cartwheel" in flagged


def test_a_word_of_the_role_as_typed_is_no_lower_case_name() -> None:
    """'at harvest' is a season when the role the notes typed holds 'harvest'; a name in the
    same slot that the role does not hold is still flagged."""
    notes = "- Mara said they run short at harvest, and asked about my move at cartwheel\n"
    body = (
        "Hi Mara,\n\nThank you for meeting with me about the Logistics Coordinator - Harvest "
        "role at Pellworth Analytics. I enjoyed hearing how your team staffs up for harvest, "
        "and I was glad to tell you about my move at cartwheel. I would be glad to bring that "
        "care to Pellworth Analytics.\n\nBest regards,\nNoor Ahmadi\n"
    )
    front = {
        **FACTS,
        "role": "logistics coordinator - harvest",
        "interviewers": [{"name": "Mara Quinn"}],
    }
    flagged = [
        f.match for f in gated(notes, body, front).findings if f.rule_id == "writer.lower-case"
    ]
    assert "harvest" not in flagged
    assert "cartwheel" in flagged


def test_a_forgotten_point_cut_before_a_plus_keeps_no_trailing_comma() -> None:
    """'... cut the backlog to 12, + ran the drills': the point said is cut before the '+',
    and the sentence ends with a full stop alone, never ',.'"""
    notes = (
        "Interviewer: Mara Quinn\n\n- Mara asked about the nightly loads\n\n"
        "forgot to say:\n- I rebuilt the loader at my last job, cut the backlog to 12, + ran "
        "the drills with the night team\n"
    )
    [draft] = offline(notes)
    assert ",." not in draft.body and ", ." not in draft.body


def test_a_forgotten_point_keeps_no_reminder_of_its_own() -> None:
    """'I passed the rigging ticket in May, forgot to mention': the point is said without the
    notes' reminder to themselves."""
    notes = (
        "Interviewer: Mara Quinn\n\n- Mara asked about the nightly loads\n\n"
        "forgot to say:\n- I passed the rigging ticket in May, forgot to mention\n"
    )
    [draft] = offline(notes)
    assert "forgot" not in draft.body.lower()
