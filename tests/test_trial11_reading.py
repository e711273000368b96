"""Trial 11's notes, read as a new user wrote them (session 11): a post written before the
name on the interviewer's line ("Interviewer: Principal Denise Harper") is the title."""

from __future__ import annotations

import pytest

from followup.noteheader import parse_people, read_header


@pytest.mark.parametrize(
    ("value", "name", "title"),
    [
        ("Principal Denise Harper", "Denise Harper", "Principal"),
        ("Dean Ana Ruiz", "Ana Ruiz", "Dean"),
        ("Headteacher Gwen Pryce-Jones", "Gwen Pryce-Jones", "Headteacher"),
        ("Councillor Tom Okafor", "Tom Okafor", "Councillor"),
    ],
)
def test_a_post_before_a_full_name_is_the_title(value: str, name: str, title: str) -> None:
    [person] = parse_people(value)
    assert (person.name, person.title) == (name, title)


def test_the_labelled_interviewer_with_a_post_first_is_read() -> None:
    header = read_header(
        "Company: Lakeside School District\nInterviewer: Principal Denise Harper\n"
    )
    assert [(p.name, p.title) for p in header.people] == [("Denise Harper", "Principal")]


def test_a_post_word_alone_before_one_name_is_no_person() -> None:
    """'Principal Skinner' or 'Dean Martin' alone: one word after the post is not read as
    a post and a first name (the rank reader needs a full name after it)."""
    assert parse_people("Principal Skinner") == []


def test_a_scenario_the_interviewer_walked_through_is_theirs_not_the_candidates() -> None:
    """Trial 11's 10: "Pete: walked through a hail-damage claim scenario" is what Pete
    presented; the draft said "I was glad to have the chance to tell you about a hail-damage
    claim scenario", a false statement. Only "walked through my ..." (or "I walked ...",
    "walked him through ...") is the candidate's."""
    from followup.noteheader import Person
    from followup.notelines import LineKind, classify_notes

    pete = [Person("Pete Gallagher", None, None)]
    theirs = classify_notes("Pete: walked through a hail-damage claim scenario\n", pete)
    assert all(ln.kind is not LineKind.CANDIDATE for ln in theirs if "hail" in ln.text)
    mine = classify_notes("Pete: walked him through my backup roster\n", pete)
    assert any(ln.kind is LineKind.CANDIDATE for ln in mine if "roster" in ln.text)


def test_a_post_before_a_title_is_a_title_not_a_person() -> None:
    """'Mr. Kwame Osei, Principal Transportation Planner': the post word opens his title; the
    two capitalised words after it are no person's name (batch D's panel gained a note to
    'Transportation Planner' when 'Principal' became a post)."""
    people = parse_people("Mr. Kwame Osei, Principal Transportation Planner")
    assert [(p.name, p.title) for p in people] == [
        ("Kwame Osei", "Principal Transportation Planner")
    ]
