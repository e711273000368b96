"""Reading notes as people write them: openers, shorthand, names, private lines, sure phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notelines import LineKind, PhraseKind, sure_phrase
from followup.notes import understand_notes
from followup.writer.share import parse_share

TODAY = dt.date(2026, 11, 26)


def read(text: str, **front: object) -> object:
    return understand_notes(Notes(front_matter=front, text=text, source="n.txt"), TODAY)


@pytest.mark.parametrize(
    ("text", "company", "role", "person", "title"),
    [
        (
            "Met with Keisha Montgomery, Regional Operations Manager at Ridgeway Freight,\n"
            "on Feb 18, 2026 for the Dispatch Supervisor role.",
            "Ridgeway Freight",
            "Dispatch Supervisor",
            "Keisha Montgomery",
            "Regional Operations Manager",
        ),
        (
            "Phone screen with Daniel Fairbanks from Cobalt Bank\nRole: Credit Analyst II",
            "Cobalt Bank",
            "Credit Analyst II",
            "Daniel Fairbanks",
            None,
        ),
        (
            "onsite w/ Hana Kowalczyk (hiring mgr) for the Senior Gameplay Programmer job @ "
            "Moonwake Studios",
            "Moonwake Studios",
            "Senior Gameplay Programmer",
            "Hana Kowalczyk",
            "hiring manager",
        ),
        (
            "granite state bank, branch mgr role (concord), int 4/14/26 w/ steve o'malley "
            "(regional mgr)",
            "Granite State Bank",
            "Branch Manager",
            "Steve O'Malley",
            "regional manager",
        ),
        (
            "INTERVIEW NOTES - ACME ROBOTICS - CONTROLS ENGINEER\n"
            "3pm w/ Tom Reyes (CTO) - he asked how I'd tune a PID loop.",
            "Acme Robotics",
            "Controls Engineer",
            "Tom Reyes",
            "CTO",
        ),
        (
            "Spoke to Maria from Greenway Health (recruiter) on 9/30/26 re: Clinical Data Analyst.",
            "Greenway Health",
            "Clinical Data Analyst",
            "Maria",
            None,
        ),
    ],
)
def test_openers(text: str, company: str, role: str, person: str, title: str | None) -> None:
    brief = read(text).brief  # type: ignore[attr-defined]
    assert (brief.company, brief.role) == (company, role)
    assert brief.interviewers[0].name == person
    assert brief.interviewers[0].title == title


def test_honorifics_are_titles_not_names() -> None:
    brief = read("Interviewer: Dr. Angela Moreno, Principal\nCompany: Ashford\n").brief  # type: ignore[attr-defined]
    [p] = brief.interviewers
    assert (p.honorific, p.name, p.title) == ("Dr.", "Angela Moreno", "Principal")


def test_front_matter_aliases_and_unknown_keys() -> None:
    reading = read(
        "x", name="Sam", position="Buyer", date="2026-03-10", interviewer="Priya Raman", salry=1
    )
    brief = reading.brief  # type: ignore[attr-defined]
    assert (brief.candidate, brief.role, brief.interview_date) == (
        "Sam",
        "Buyer",
        dt.date(2026, 3, 10),
    )
    assert [p.name for p in brief.interviewers] == ["Priya Raman"]
    [warning] = reading.warnings  # type: ignore[attr-defined]
    assert warning.startswith("n.txt: front matter key 'salry' is not used; did you mean")


def test_template_placeholders_are_missing_facts() -> None:
    reading = read("Company: <Company Name>\nPosition: <Position>\nInterviewer: <Name> (<Title>)")
    assert reading.missing() == ["company", "role", "interviewer", "candidate"]  # type: ignore[attr-defined]


def test_private_lines_are_never_usable() -> None:
    reading = read(
        "Interviewer: Megan Foster\n- SALARY: they offered 85k, i want 95.\n"
        "- (private) my current boss doesn't know\n- she's big on the rental program\n"
    )
    # the private lines are gone before the reader reads (privacy.public_notes): what is left
    # of each is a private line, never usable, with none of its words
    texts = [ln.text for ln in reading.lines]  # type: ignore[attr-defined]
    assert not any("85k" in t or "boss" in t or "SALARY" in t for t in texts)
    private = [ln for ln in reading.lines if "private line removed" in ln.text]  # type: ignore[attr-defined]
    assert [ln.kind for ln in private] == [LineKind.PRIVATE, LineKind.PRIVATE]
    assert not any(ln.usable for ln in private)
    assert "85k" not in reading.public_text()  # type: ignore[attr-defined]
    [topic] = [ln for ln in reading.lines if ln.phrase]  # type: ignore[attr-defined]
    assert (topic.phrase, topic.phrase_kind) == ("the rental program", PhraseKind.TOPIC)


@pytest.mark.parametrize(
    ("phrase", "sure"),
    [
        ("the new STEM club you're launching", True),
        ("I handle conflicting priorities", False),  # a first-person clause, not a topic
        ("the team is migrating to Kafka", False),  # a clause
        ("their boards keep failing", False),
        ("staff retention", True),
    ],
)
def test_only_sure_phrases_are_used(phrase: str, sure: bool) -> None:
    assert sure_phrase(phrase, PhraseKind.TOPIC) is sure


def test_share_in_either_order() -> None:
    a = parse_share("https://example.org/r Churn report")
    b = parse_share('"Churn report" https://example.org/r')
    assert a == b and a.title == "Churn report"


def test_an_opener_with_a_name_and_a_title_gives_its_topic() -> None:
    import datetime as dt

    from followup.models import Notes
    from followup.notes import understand_notes

    text = "Talked with Ana Lima (Design Lead) about the onboarding flow redesign.\n"
    reading = understand_notes(Notes(text=text, source="n.txt"), dt.date(2026, 3, 4))
    [line] = reading.lines
    assert (line.about, line.phrase) == ("Ana Lima", "the onboarding flow redesign")
