"""Forms a new user's trial notes were misread in (session 4): a phone-screen opener with
commas, a mail-style sign-off at the end of the notes, and a person named only for a later
round. Made-up notes; each form has a should-read and a should-not-read example."""

from __future__ import annotations

import pytest

from followup.noteheader import read_header

OPENER = (
    "Phone screen with Daniel Osei from Quillfeather Press, for the Assistant Editor role, Nov 25."
)


def test_a_phone_screen_opener_with_commas_gives_company_role_and_person() -> None:
    header = read_header(OPENER + "\n\n- Daniel talked about the debut fiction list\n")
    assert header.company == "Quillfeather Press"
    assert header.role == "Assistant Editor"
    assert [p.name for p in header.people] == ["Daniel Osei"]


def test_from_a_person_then_a_title_is_still_a_person() -> None:
    header = read_header("got the no from Priyanka Sharma, eng mgr @ Stackly\n")
    assert header.company == "Stackly"
    assert [p.name for p in header.people] == ["Priyanka Sharma"]


def test_a_sign_off_that_ends_the_notes_names_the_writer() -> None:
    for ending, name in (("Thanks,\nSofia Reyes\n", "Sofia Reyes"), ("Best,\nSofia\n", "Sofia")):
        header = read_header(OPENER + "\n\n- Daniel talked about the list\n- more\n\n" + ending)
        assert header.candidate == name
        assert [p.name for p in header.people] == ["Daniel Osei"]


def test_a_pasted_signature_with_a_title_is_a_person_not_the_writer() -> None:
    header = read_header(OPENER + "\n\n- more\n\nBest,\nRuth Okonkwo, Hiring Manager\n")
    assert header.candidate is None
    assert "Ruth Okonkwo" in [p.name for p in header.people]


def test_a_person_named_for_a_later_round_was_not_met() -> None:
    header = read_header(OPENER + "\n- next round would be with Ines Marquez (managing editor)\n")
    assert [p.name for p in header.people] == ["Daniel Osei"]
    header = read_header("Met with Dana Kim (VP). I will meet Raj Patel next week.\n")
    assert [p.name for p in header.people] == ["Dana Kim"]


def test_people_met_at_a_final_round_were_met() -> None:
    header = read_header("Final round w/ Dana Kim (VP) and Raj Patel - 3/4\n- Dana: pricing\n")
    assert [p.name for p in header.people] == ["Dana Kim", "Raj Patel"]


def test_a_lower_case_topic_line_with_a_title_word_inside_is_no_person() -> None:
    header = read_header(
        "Acme CX — Team Lead\n\nInterviewers:\n1. Jomar Villanueva — Operations Manager\n\n"
        "- escalations — angry member whose claim was denied, how I'd support my agent\n"
    )
    assert [p.name for p in header.people] == ["Jomar Villanueva"]
    header = read_header("notes\n- jess park = mktg mgr\n- tomás ruiz-abreu, senior design lead\n")
    assert [p.name for p in header.people] == ["Jess Park", "Tomás Ruiz-Abreu"]


# A phone paste in lower case (the README's example, session 6): "dr." with its full stop
# in lower case is a title, not a sentence end, and a role read with the company before it
# ("brightwater dental, practice manager job") is the role alone.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "tues 11/24 2pm, met w/ dr. anita rao (owner) + kev simmons (ops lead)",
            ["Anita Rao", "Kev Simmons"],
        ),
        ("met w/ mrs. jo hart (hr) + ben ames (site lead)", ["Jo Hart", "Ben Ames"]),
        ("coffee chat w/ ms. ana lima (recruiter)", ["Ana Lima"]),
        ("Met with Dr. Anita Rao (owner). She was great", ["Anita Rao"]),
    ],
)
def test_a_lower_case_title_with_its_full_stop_keeps_the_people_after_it(
    line: str, names: list[str]
) -> None:
    header = read_header(f"interview notes - brightwater dental, practice manager job\n{line}\n")
    assert [p.name for p in header.people] == names


@pytest.mark.parametrize(
    ("title", "company", "role"),
    [
        (
            "interview notes - brightwater dental, practice manager job",
            "Brightwater Dental",
            "Practice Manager",
        ),
        ("Acme Corp - Data Analyst", "Acme Corp", "Data Analyst"),
    ],
)
def test_the_role_is_read_without_the_company_before_it(
    title: str, company: str, role: str
) -> None:
    header = read_header(f"{title}\nmet with Jo Bloggs (HR)\n")
    assert header.company == company
    assert header.role is not None and header.role.startswith(role)
    assert company.lower() not in header.role.lower()
