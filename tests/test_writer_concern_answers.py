"""A concern is answered with a sentence of the candidate's own, never with the notes' grammar:
the limit said again ("I have done JMeter only, not k6"), or a run-on whose second clause has
no article ("I learn fast and mobile is smaller part of role"). Those concerns are left out; a
clean answer is still said.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from tests.test_writer_composer import offline

ONE = "Interviewer: Marta Lindgren, engineering manager\n\n"
TOPIC = "- Marta talked about the nightly batch jobs moving to streaming\n"


@pytest.mark.parametrize(
    ("notes", "never"),
    [
        (
            ONE + TOPIC + "- her concern: load testing. I have done Gatling only, not k6.\n",
            "Gatling only",
        ),
        (
            ONE + TOPIC + "- her concern: I've used Tableau, not Looker.\n"
            "- I said I've used Tableau, not Looker.\n",
            "not Looker",
        ),
        (
            ONE + TOPIC + "- her concern was mobile testing\n"
            "- I said I learn fast and mobile is smaller part of role\n",
            "smaller part of role",
        ),
    ],
)
def test_a_concern_is_not_answered_in_the_notes_grammar(notes: str, never: str) -> None:
    [draft] = offline(notes)
    assert never not in draft.body, draft.body
    assert "concern" not in draft.body.lower(), draft.body


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        (
            ONE + TOPIC + "- her concern: load testing at their scale\n"
            "- My answer: I ran the k6 load tests for the checkout service last spring.\n",
            "I ran the k6 load tests for the checkout service last spring",
        ),
        (
            ONE + TOPIC + "- her concern was mobile testing\n"
            "- I said I have run the Appium suite for our two apps since 2023\n",
            "I have run the Appium suite for our two apps since 2023",
        ),
    ],
)
def test_a_clean_answer_of_the_candidates_own_is_still_said(notes: str, said: str) -> None:
    [draft] = offline(notes)
    assert said in draft.body, draft.body


CERT = ONE + TOPIC + "- Her concern: I don't have the NICU-MT certification yet.\n"


def test_the_first_clause_of_an_answer_is_said_when_only_the_second_is_the_notes() -> None:
    notes = CERT + (
        "- My answer: I'm registered for the NICU-MT training in May, and I'd be under "
        "supervision of their senior MT until then.\n"
    )
    [draft] = offline(notes)
    assert "I'm registered for the NICU-MT training in May." in draft.body, draft.body
    assert "their senior MT" not in draft.body
    assert draft.status == "ready", [f.rule_id for f in draft.findings]


def test_an_answer_in_the_notes_voice_throughout_is_left_out_and_the_gate_says_so() -> None:
    notes = CERT + "- My answer: I'd shadow their senior MT, and I'd follow their protocols.\n"
    [draft] = offline(notes)
    assert "their" not in draft.body, draft.body
    assert "writer.concern-left-out" in {f.rule_id for f in draft.findings}
    assert draft.status == "review"


KAFKA = ONE + TOPIC + "- CONCERN: I've done mostly batch work, very little Kafka.\n"


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        # an answer for the follow-up, said with the candidate first
        (
            KAFKA + "  - answer for the follow-up: the 3 Kafka migrations I led at Brightwell, "
            "+ I've signed up for the Confluent course\n",
            "I led 3 Kafka migrations at Brightwell.",
        ),
        # a second point with a subject of its own is cut off
        (
            CERT + "- I said I've run the NICU music sessions at Rowan House for a year, and "
            "live work taught me to be fast\n",
            "I've run the NICU music sessions at Rowan House for a year.",
        ),
        # an "and" joining two things the candidate did is kept
        (
            CERT + "- I said I've shadowed the NICU team, and I'm registered for May's course\n",
            "I've shadowed the NICU team",
        ),
    ],
)
def test_the_candidates_own_clause_is_said(notes: str, said: str) -> None:
    [draft] = offline(notes)
    assert said in draft.body, draft.body
    assert "+" not in draft.body and "taught me" not in draft.body


@pytest.mark.parametrize(
    ("notes", "never"),
    [
        # a noun phrase with no count is not turned into a claim
        (
            KAFKA + "  - answer for the follow-up: the streaming demo I watched at Brightwell\n",
            "streaming demo",
        ),
        # a point whose object is the line before it
        (CERT + "- I said I'm keen to learn it and I'd already watched their videos\n", "learn it"),
    ],
)
def test_a_point_that_is_not_a_sentence_of_the_candidates_is_left_out(
    notes: str, never: str
) -> None:
    [draft] = offline(notes)
    assert never not in draft.body, draft.body
