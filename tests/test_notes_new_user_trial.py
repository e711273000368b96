"""Forms a new user's trial notes were misread in (session 4): a phone-screen opener with
commas, a mail-style sign-off at the end of the notes, and a person named only for a later
round. Made-up notes; each form has a should-read and a should-not-read example."""

from __future__ import annotations

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
