"""No person is a topic (topicguard.py), and a person summed up is an opinion (privacy.py):
batch AC's surf instructor got "I especially enjoyed our conversation about Keoni Kahananui"
(his own name) and then "... about the serious guy" (his note on the director), both ready."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import understand_notes
from followup.privacy import classify_sentence

NOTES = (
    "hale kai resort interview notes 11/5\n"
    "lead surf instructor + ocean safety, kaanapali beach activities desk\n"
    "- keoni kahananui\n\n"
    "mr bradley tanaka (risk + safety director)\n"
    "- serious guy, clipboard\n"
    "- rip currents, flags, how many students per instructor\n"
    "- asked about incident reports, I did em for da county when I was junior guard\n"
)


def test_the_candidates_name_and_a_description_are_no_topics() -> None:
    reading = understand_notes(
        Notes(front_matter={}, text=NOTES, source="n.txt"), dt.date(2025, 11, 6)
    )
    topics = [t.lower() for p in reading.brief.interviewers for t in p.topics]
    assert topics, reading.brief
    assert not any("keoni" in t or "guy" in t for t in topics), topics


@pytest.mark.parametrize(
    ("line", "private"),
    [
        ("serious guy, clipboard", True),
        ("leilani cute", True),
        ("nice lady.", True),
        ("the new guy they hired starts monday", False),
        ("asked about my S&C programme", False),
    ],
)
def test_a_person_summed_up_is_an_opinion(line: str, private: bool) -> None:
    assert (classify_sentence(line) is not None) is private
