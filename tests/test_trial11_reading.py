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
