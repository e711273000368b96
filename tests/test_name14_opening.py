"""The writer's name standing alone in the notes' opening (openingname.py, candidateplace.py):
notes written for this file, none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.candidateplace import (
    candidate_by_place,
    mailed_to_self,
    name_misread_as_role,
    writer_marked,
)
from followup.notes import Notes, brief_from_notes
from followup.openingname import opening_lines, standing_parts

MET = (
    "Mr. Owen Blake - Warehouse Manager\n"
    "- asked about forklift hours and the night shift rota\n"
    "- worried I have not run a team; told him I trained six new starters\n\n"
    "Ms. Lena Duarte - HR\n- start date, the induction week\n"
)
PEOPLE = ["Owen Blake", "Lena Duarte"]


def place(head: str) -> str | None:
    return candidate_by_place(head + "\n" + MET, PEOPLE, "Norbridge Freight", "Shift Lead")


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Norbridge Freight - Shift Lead\nKeturah Mbeki, Walsall\n", "Keturah Mbeki"),
        ("Norbridge Freight - Shift Lead\n- Jo-Ann Pereira (Joanna on the CV)\n", "Jo-Ann Pereira"),
        ("FILE NOTE - Norbridge Freight\nPrepared by: Tendai Moyo\n", "Tendai Moyo"),
        (
            "Went to Norbridge Freight today, nervous but ok. — Amara N. Eze\n",
            "Amara N. Eze",
        ),
        (
            "Long day. Writing it down now. Dafydd Rhys - for the Shift Lead post.\n",
            "Dafydd Rhys",
        ),
    ],
)
def test_a_name_standing_alone_in_the_opening_is_the_writers(head: str, name: str) -> None:
    assert place(head) == name


@pytest.mark.parametrize(
    "head",
    [
        # a name inside a sentence, a label naming someone met, a titled name: not the writer
        "Norbridge Freight - Shift Lead\nI met Tendai Moyo at the gate first\n",
        "Norbridge Freight - Shift Lead\nInterviewer: Tendai Moyo\n",
        "Norbridge Freight - Shift Lead\nMs. Tendai Moyo, Site Director\n",
        "Norbridge Freight - Shift Lead\nTendai Moyo - Site Director\n",  # a name and a title
        "Norbridge Freight\nTendai Moyo, shift lead\n",  # the role after the name: the one met
        # the name used again lower in the notes: someone the notes talk about
        "Norbridge Freight - Shift Lead\nTendai Moyo, Walsall\n\nTendai Moyo said hello\n",
        # two different names standing alone: nothing is sure
        "Norbridge Freight - Shift Lead\nTendai Moyo\nKeturah Mbeki\n",
    ],
)
def test_no_one_else_becomes_the_writer(head: str) -> None:
    assert place(head) is None


def test_the_opening_ends_at_the_first_person_met_or_a_list_label() -> None:
    text = "Norbridge Freight\nTendai Moyo\nPanel:\n- Keturah Mbeki\n"
    assert opening_lines(text, []) == ["Norbridge Freight", "Tendai Moyo"]
    assert opening_lines("Top line\nOwen Blake - manager\nlater\n", PEOPLE) == ["Top line"]


def test_a_line_is_cut_at_sentences_and_separators_not_at_an_initial() -> None:
    assert standing_parts("Home late. — Ifrah A. Farah") == [
        ("Home late", ""),
        ("Ifrah A. Farah", ""),
    ]
    assert standing_parts("Recruiter: Dana Whitaker") == []
    assert standing_parts("- Jerome Bautista, 2/O") == [("Jerome Bautista", "2/O")]
    # what stands after a comma is an aside: "Santa Cruz" is where, not who
    assert standing_parts("ENTREVISTA 10-03-2025, Santa Cruz") == [
        ("ENTREVISTA 10-03-2025", "Santa Cruz")
    ]


def test_a_role_that_is_the_writers_name_misread_is_no_role() -> None:
    assert name_misread_as_role("Ifrah A", "Ifrah A. Farah")
    assert name_misread_as_role("F. Donnelly", "Frank Donnelly")
    assert not name_misread_as_role("Shift Lead", "Ifrah A. Farah")
    assert not name_misread_as_role("Farah", "Farah")


def test_a_me_label_before_the_writers_own_words_gives_the_name() -> None:
    assert place("Norbridge Freight, Shift Lead\nme - Keturah Mbeki obviously lol\n") == (
        "Keturah Mbeki"
    )


def test_a_mail_the_writer_sent_themselves_is_signed_by_its_sender() -> None:
    head = "From: Tendai Moyo <tendai.m@mailbox.example>\nTo: myself\nSubject: notes\n\n"
    # the sender read as someone met by another reader is still the writer
    got = candidate_by_place(head + MET, [*PEOPLE, "Tendai Moyo"], "Norbridge Freight", "Lead")
    assert got == "Tendai Moyo"
    assert mailed_to_self(head) == "Tendai Moyo"
    assert mailed_to_self(head.replace("myself", "Owen Blake")) is None


def test_the_sender_mailing_themselves_is_no_one_to_write_to() -> None:
    notes = (
        "From: Tendai Moyo <tendai.m@mailbox.example>\nTo: myself\n\n"
        "Interview at Norbridge Freight for the Shift Lead post, 3 March 2025.\n\n" + MET
    )
    brief = brief_from_notes(Notes(front_matter={}, text=notes, source="t"), dt.date(2025, 3, 5))
    assert brief.candidate == "Tendai Moyo"
    assert all("Moyo" not in p.name for p in brief.interviewers)


def test_a_name_the_notes_mark_as_the_writers_is_no_one_met() -> None:
    notes = (
        "Subject: Interview - Claims Adjuster - Mr. WONG Tsz Hin\n"
        "Required: WONG Tsz Hin Marcus; Lee, Grace\n\n"
        "my notes (Marcus) - 18/9\n\n"
        "Ms. Grace Lee - Claims Director\n- typhoon claims, triage\n- worried I lack marine cases\n"
    )
    assert writer_marked("WONG Tsz Hin Marcus", notes)
    assert not writer_marked("Grace Lee", notes)
    brief = brief_from_notes(Notes(front_matter={}, text=notes, source="t"), dt.date(2025, 9, 19))
    assert brief.candidate == "Marcus Wong"
    assert [p.name for p in brief.interviewers] == ["Grace Lee"]


def test_english_words_standing_alone_are_a_post_or_a_place_not_the_writer() -> None:
    text = "Kopjes Wildlife Lodge — Camp Host\n\nInterviewer: Owen Blake, Manager.\n- guests\n"
    assert candidate_by_place(text, ["Owen Blake"], "Kopjes Wildlife Lodge", None) is None
