"""The writer's own line in the notes' header and the chat sender who tells the interview
(ownline.py): notes written for this file, none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.noteheader import Header, Person
from followup.notes import understand_notes
from followup.ownline import chat_writer, not_a_sender, own_line_name, read_own_line

TODAY = dt.date(2026, 11, 26)
TITLE = "Larkfield Freight - interview - Tue 24 Nov\njob: Dispatcher\n"
MET = (
    "\nPRIYA SHAH - ops manager\n"
    "- she asked how I handle a driver who is late twice\n"
    "- Priya cares about the new routing software rollout\n"
    "\nOwen Blake - shift lead\n"
    "- showed me the yard; Owen runs the night rota\n"
    "\nNext: they decide by Friday\n"
)
PEOPLE = ["Priya Shah", "Owen Blake"]


def own(head: str) -> str | None:
    return own_line_name(TITLE + head + MET, PEOPLE, "Larkfield Freight", None)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Ailsa Corrigan, Stromness\n", "Ailsa Corrigan"),  # a name and a town
        ("R. J. Castellano, BMC USN (Ret.)\n", "R. J. Castellano"),  # initials and a rank
        ("- Selam Bekele, CNA (license renews June)\n", "Selam Bekele"),  # a bullet, letters
        ("Dra. Lucía Barreiro — MV, UdelaR 2016\n", "Lucía Barreiro"),  # a title, a degree
        ("Tadeusz Wrona, tel. 601 222 333\n", "Tadeusz Wrona"),  # the writer's phone
        ("Wade Tulley, Tulley Bucking Stock, Boulder WY\n", "Wade Tulley"),  # a business
    ],
)
def test_the_writers_own_line_in_the_header(head: str, name: str) -> None:
    assert own(head) == name


@pytest.mark.parametrize(
    "head",
    [
        "Ailsa Corrigan - dispatch manager\n",  # a job title alone: someone met
        "Interviewers:\nAilsa Corrigan, Stromness\n",  # under a list's label
        "Ailsa Corrigan, Stromness\n- asked about the rota\n",  # the line opens a block
        "Ailsa Corrigan, Larkfield Freight\n",  # the company's words: someone there
    ],
)
def test_a_person_met_is_never_the_writers_line(head: str) -> None:
    assert own(head) is None


def test_a_name_the_notes_use_again_is_someone_spoken_of() -> None:
    text = TITLE + "Ailsa Corrigan, Stromness\n" + MET + "Ailsa will phone me on Friday\n"
    assert own_line_name(text, PEOPLE, "Larkfield Freight", None) is None


def test_the_only_person_named_is_not_taken_without_the_writers_own_contact() -> None:
    body = "\nShe asked how I handle a driver who is late twice.\n"
    assert own_line_name(TITLE + "Ailsa Corrigan, Stromness\n" + body, [], None, None) is None
    mailed = TITLE + "Guðrún Sveinsdóttir, kt. on file, gudrun.sveins@simnet.is\n" + body
    assert own_line_name(mailed, [], "Larkfield Freight", None) == "Guðrún Sveinsdóttir"
    at_firm = TITLE + "Guðrún Sveinsdóttir, gudrun.sveins@larkfield.com\n" + body
    assert own_line_name(at_firm, [], "Larkfield Freight", None) is None


def test_a_greeting_to_the_writer_is_no_use_of_the_name() -> None:
    text = TITLE + "Ailsa Corrigan, Stromness\n" + MET + '13.6. Priya: "Thanks Ailsa, soon"\n'
    assert own_line_name(text, PEOPLE, "Larkfield Freight", None) == "Ailsa Corrigan"


def test_the_reading_taken_from_the_writers_line_is_undone() -> None:
    head = "Interview notes, Tue 24 Nov\nCompany: Larkfield Freight\nRole: Dispatcher\n"
    text = head + "Delroy Hume - porter 6 yrs, going for the desk now\n" + MET
    header = Header(
        company="Delroy Hume",
        role="porter 6 yrs",
        people=[Person("Delroy Hume", None), Person("Priya Shah", "ops manager")],
    )
    read_own_line(header, text)
    assert header.candidate == "Delroy Hume"
    assert [p.name for p in header.people] == ["Priya Shah"]
    # the facts the reader took from the writer's line are read again without it
    assert (header.company, header.role) == ("Larkfield Freight", "Dispatcher")


def test_a_named_writer_is_left_alone() -> None:
    header = Header(candidate="Kit Lane", people=[Person("Priya Shah", None)])
    read_own_line(header, TITLE + "Ailsa Corrigan, Stromness\n" + MET)
    assert header.candidate == "Kit Lane"


def test_a_part_of_the_name_read_from_the_address_is_made_whole_and_written_to_by_no_one() -> None:
    header = Header(
        candidate="Chef Ailsa",
        people=[Person("Priya Shah", None), Person("Ailsa Corrigan", None)],
    )
    read_own_line(header, TITLE + "Ailsa Corrigan — chef.ailsa@gmail.com\n" + MET)
    assert header.candidate == "Ailsa Corrigan"
    assert [p.name for p in header.people] == ["Priya Shah"]


CHAT = (
    "[16/02/2025, 19:42] Mina Rai: interview finish!! Larkfield Freight\n"
    "[16/02/2025, 19:44] Mina Rai: first Priya Shah, ops manager, she ask how i plan routes\n"
    "[16/02/2025, 19:46] Mina Rai: i show my rota from the depot, she like it\n"
    "[16/02/2025, 19:51] Mina Rai: then Owen, he ask me about night shift\n"
    "[16/02/2025, 20:03] {other}: well done!! salary?\n"
    "[16/02/2025, 20:09] {other}: send thank you email tomorrow!\n"
)


def test_the_chat_sender_who_tells_the_interview_is_the_writer() -> None:
    assert chat_writer(CHAT.format(other="Didi"), PEOPLE) == "Mina Rai"


@pytest.mark.parametrize(
    ("chat", "people"),
    [
        (CHAT.replace("Mina Rai", "Me").format(other="Didi"), PEOPLE),  # no name for the writer
        (CHAT.format(other="Didi"), [*PEOPLE, "Mina Rai"]),  # the sender is someone met
        (  # the relative tells as much of it in the first person: nothing is sure
            CHAT.format(other="Didi")
            + "[16/02/2025, 20:10] Didi: i met Priya Shah once, i think she is kind\n"
            + "[16/02/2025, 20:11] Didi: my friend says Owen is strict\n",
            PEOPLE,
        ),
    ],
)
def test_no_chat_sender_is_taken_when_it_is_not_sure(chat: str, people: list[str]) -> None:
    assert chat_writer(chat, people) is None


def test_the_chat_writer_signs_and_the_relative_never_does() -> None:
    reading = understand_notes(Notes(text=CHAT.format(other="Didi")), TODAY)
    assert reading.brief.candidate == "Mina Rai"
    assert all("Didi" not in p.name for p in reading.brief.interviewers)


def test_the_header_line_signs_and_is_written_to_by_no_one() -> None:
    text = TITLE + "Dra. Lucía Barreiro — MV, UdelaR 2016\n" + MET
    reading = understand_notes(Notes(text=text), TODAY)
    assert reading.brief.candidate == "Lucía Barreiro"
    assert all("Barreiro" not in p.name for p in reading.brief.interviewers)


def test_a_chat_senders_name_is_no_job() -> None:
    chat = CHAT.format(other="Didi")
    assert not_a_sender("Didi", chat) is None
    assert not_a_sender("Dispatcher", chat) == "Dispatcher"
    assert not_a_sender("Didi", "Didi interview notes\nMet Priya Shah\n") == "Didi"  # no chat


def test_the_title_line_is_the_writers_only_when_they_say_who_they_are() -> None:
    body = "\n" + MET.lstrip("\n")
    firm = "Larkfield Freight - interview - 24 Nov 2026\n" + body
    assert own_line_name(firm, PEOPLE, "Larkfield Freight", None) is None
    mine = "Delroy Hume - porter 6 yrs, going for the desk now\n" + body
    assert own_line_name(mine, PEOPLE, "Larkfield Freight", None) == "Delroy Hume"


def test_a_name_on_the_title_line_taken_for_the_firm_is_the_writers() -> None:
    body = "\n" + MET.lstrip("\n")
    mine = "Delroy Hume - Larkfield desk job - 24 Nov 2026\n" + body
    assert own_line_name(mine, PEOPLE, "Delroy Hume", None) == "Delroy Hume"
    firm = "Larkfield Freight - interview - 24 Nov 2026\n" + body
    assert own_line_name(firm, PEOPLE, "Larkfield Freight", None) is None  # a trade's word


def test_a_rank_before_the_writers_name_and_a_quoted_reply_to_them() -> None:
    from followup.candidateplace import candidate_by_place

    text = (
        "LARKFIELD AERODROME — dispatcher vacancy\n"
        "Self: Sqn Ldr (retd) Ewan Tulloch, ex-RAF, 22 yrs.\n\n"
        "Priya Shah — ops manager\n - asked about the night rota\n\n"
        '12 Mar Priya replied: "Ewan, thank you — all on hold till Easter."\n'
    )
    assert candidate_by_place(text, PEOPLE, "Larkfield Aerodrome", "Dispatcher") == "Ewan Tulloch"
    said_again = text + "Ewan asked about parking\n"  # the name used again: someone else
    assert candidate_by_place(said_again, PEOPLE, "Larkfield Aerodrome", "Dispatcher") is None


def test_one_chat_line_shape_for_every_reader() -> None:
    # chatlines.py: the notes reader (unchat) and the own-line reader read one shape
    from followup.chatlines import CHAT_LINE, CHAT_PREFIX
    from followup.notes import unchat

    line = "[16/02/2025, 19:42] Sita Gurung: interview went ok"
    m = CHAT_LINE.match(line)
    assert m and m["sender"] == "Sita Gurung" and m["said"] == "interview went ok"
    assert CHAT_PREFIX.sub("", line) == "interview went ok"
    dashed = "16/02/2025, 19:42 - Didi: salary?"
    assert CHAT_LINE.match(dashed)["sender"] == "Didi"  # type: ignore[index]
    assert "Sita Gurung:" not in unchat("\n".join([line, line, dashed]))
    assert CHAT_LINE.match("Notes: plain line") is None
