"""The writer's own name where people put it in their notes' header, and the sign-off check
(candidateplace.py, signoffname.py): notes written for this file, none copied from eval/."""

from __future__ import annotations

import pytest

from followup.candidateplace import candidate_by_place
from followup.core import MessageKind
from followup.models import Draft
from followup.signoffname import not_a_person, sign_off_findings

MET = (
    "Ms. Priya Shah - ops manager\n"
    "- she asked how I handle a driver who is late twice\n"
    "- she cares about the new routing software rollout\n"
    "\nNext: they decide by Friday\n"
)
PEOPLE = ["Priya Shah"]


def place(text: str) -> str | None:
    return candidate_by_place(text, PEOPLE, "Larkfield Freight", "Dispatcher")


@pytest.mark.parametrize(
    ("head", "name"),
    [
        # a name alone, or after a bullet or a dash, under the title line
        ("LARKFIELD FREIGHT - Dispatcher - interview 24/11\n- Joanna Okafor\n\n", "Joanna Okafor"),
        ("Larkfield Freight, dispatcher, 24 Nov\n— Ruairí Mac Suibhne\n\n", "Ruairí Mac Suibhne"),
        ("larkfield freight - dispatcher\ninterview tues\n- bec townsend\n\n", "Bec Townsend"),
        # the name in two spellings or scripts: the Latin one, the first
        ("Larkfield Freight - Dispatcher\nCatrìona Moireach / Catriona Murray\n\n", None),
        ("Larkfield Freight - Dispatcher\nΓιάννης Κωστόπουλος (Giannis Kostopoulos)\n\n", None),
        # in brackets after the title, or after a dash on it
        ("Dispatcher job - interview notes (Siobhán Ó Briain / Shiv)\n\n", "Siobhán Ó Briain"),
        ("INTERVIEW RECORD - Md. Rashedul Karim\nLarkfield Freight\n\n", "Md. Rashedul Karim"),
        # what the writer brings, or their own phone, beside the name
        ("Larkfield Freight\nYusuf Demir - licensed HGV driver, BA Logistics\n\n", "Yusuf Demir"),
        ("Larkfield Freight\nOla Brzezińska, tel. 601 222 333, ola.b@wp.pl\n\n", "Ola Brzezińska"),
        # said in a sentence
        ("Me being Eilidh Grant, the dispatcher job at Larkfield.\n\n", "Eilidh Grant"),
    ],
)
def test_the_writers_name_in_the_header(head: str, name: str | None) -> None:
    got = place(head + MET)
    if name is None:  # the two spellings: the Latin one, whichever it is, and one person
        assert got in {"Catriona Murray", "Catrìona Moireach", "Giannis Kostopoulos"}
    else:
        assert got == name


def test_a_first_name_made_whole_from_the_invite() -> None:
    invite = "Required: WONG Ka Ming Kelvin; Shah, Priya\n\nmy notes (Kelvin) after the call\n\n"
    assert place(invite + MET) == "Kelvin Wong"


def test_a_signature_after_a_closing_sentence() -> None:
    assert place("Larkfield Freight - Dispatcher\n\n" + MET + "\nGod bless. — Tavita Lemalu") == (
        "Tavita Lemalu"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Larkfield Freight - Dispatcher\n- Priya Shah\n\n",  # someone met, not the writer
        "Larkfield Freight - Dispatcher\nPanel:\nOwen Blake\n\n",  # under a list's label
        "Larkfield Freight - Dispatcher\nOwen Blake\nOffice Manager\n\n",  # a name over a title
        "Larkfield Freight - Dispatcher\n- Orlando East\nMet at the Orlando East depot\n\n",
        "Larkfield Freight - Dispatcher\n- Beckley WV\n\n",
    ],
)
def test_no_writer_name_where_the_header_holds_someone_or_somewhere_else(head: str) -> None:
    assert place(head + MET) is None


@pytest.mark.parametrize(
    ("name", "notes", "company"),
    [
        ("Beckley WV", "Interview in Beckley WV on Tuesday", ""),
        ("Orlando East", "Branch: Orlando East\nmet in Orlando East", ""),
        ("Ycolon Pharmd", "reply to ycolon.pharmd@gmail.com", ""),
        ("Interview Notes", "", ""),
        ("Larkfield Freight", "", "Larkfield Freight"),
        ("Harbour Services Ltd", "", ""),
        ("learned on Homag", "", ""),  # batch X: the words of a note line signed the draft
        ("Junior Marine Superintendent", "", ""),  # batch X: the job signed the draft
    ],
)
def test_a_sign_off_that_is_no_person(name: str, notes: str, company: str) -> None:
    assert not_a_person(name, notes, company) is not None


@pytest.mark.parametrize(
    ("name", "notes"),
    [
        ("Adam West", "- Adam West\nmet Priya"),  # a compass word as a surname
        ("Dylan Park", "me: Dylan Park"),
        ("JP Okoro", "JP Okoro"),
        ("Siobhán Ó Murchú", "siobhan.omurchu@gmail.com Siobhán Ó Murchú"),
        ("Dana Whitaker", "dana.whitaker@example.org"),  # a name read from an address
        ("Ana de la Cruz", "me: Ana de la Cruz"),  # lower-case particles of a name
        ("Dean Officer-Martin", "Dean Officer-Martin"),
    ],
)
def test_a_persons_sign_off_passes(name: str, notes: str) -> None:
    assert not_a_person(name, notes) is None


def _draft(body: str) -> Draft:
    return Draft(kind=MessageKind.THANK_YOU, subject="Thank you", body=body)


def test_the_gate_flags_a_place_as_the_signature() -> None:
    body = "Dear Ms. Shah,\n\nThank you for your time.\n\nBest regards,\nBeckley WV"
    found = sign_off_findings(_draft(body), "Beckley WV", "notes from Beckley WV")
    assert [f.rule_id for f in found] == ["writer.sign-off"]
    assert found[0].match == "Beckley WV"


def test_the_gate_passes_a_persons_signature() -> None:
    body = "Dear Ms. Shah,\n\nThank you for your time.\n\nBest regards,\nJoanna Okafor"
    assert sign_off_findings(_draft(body), "Joanna Okafor", "- Joanna Okafor") == []


def test_a_signature_over_the_writers_phone_and_address() -> None:
    signed = "\nThanks,\nJoanna Okafor\n(555) 201-3344\njo@example.org\n"
    assert place("Larkfield Freight - Dispatcher\n\n" + MET + signed) == "Joanna Okafor"


def test_a_name_beside_the_writers_phone_after_a_bar() -> None:
    head = "Larkfield Freight - Dispatcher\nYusuf Demir | 07700 900123 | yd@example.org\n\n"
    assert place(head + MET) == "Yusuf Demir"


def test_a_name_under_a_line_that_says_who_was_met_is_not_the_writers() -> None:
    head = "Larkfield Freight - Dispatcher - interview with\nOwen Blake\n\n"
    assert place(head + MET) is None


def test_the_writer_greeted_in_a_pasted_reply_is_still_the_writer() -> None:
    head = "Larkfield Freight - Dispatcher\n- Joanna Okafor\n\n"
    reply = "\n3/14 reply from Priya: got your note - hi Joanna, we will decide soon\n"
    assert place(head + MET + reply) == "Joanna Okafor"
