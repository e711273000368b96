"""greetingname.py: which words of a name a greeting uses, and the offline writer's greeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from followup.greetingname import (
    family_first,
    given_name,
    greeted_parts,
    misgreeted,
    titled_surname,
    used_short_name,
)
from followup.models import Interviewer, Notes
from followup.notes import understand_notes
from followup.whogetsanote import last_correspondent
from followup.writer.gate import preferred_name
from followup.writer.offline import salutation


def _greeting(notes: str, name: str) -> str:
    reading = understand_notes(Notes(text=notes, source="t.txt"), dt.date(2025, 7, 17))
    return salutation(Interviewer(name=name), reading, 0)


# -- the surname after a title -------------------------------------------------------------------


def test_the_notes_title_says_which_words_are_the_surname() -> None:
    # Khmer: family name first, and the notes write "Mr. Lim"
    text = "1. Mr. Lim Chhay - Production Manager\nAnswer: within 1 week (Mr. Lim say)\n"
    assert titled_surname(["Lim", "Chhay"], text, "Chhay") == "Lim"
    assert _greeting(text, "Lim Chhay") == "Dear Mr. Lim,"
    # a surname of two words: "in writing I will say Mr. Iron Shell"
    text = "Mr. Vernon Iron Shell, elder. In writing I will say Mr. Iron Shell.\n"
    assert titled_surname(["Vernon", "Iron", "Shell"], text, "Shell") == "Iron Shell"
    assert _greeting(text, "Vernon Iron Shell") == "Dear Mr. Iron Shell,"
    # the usual order stays as it was
    assert titled_surname(["Dana", "Kelly"], "Ms. Dana Kelly (manager)", "Kelly") == "Kelly"
    park = "Dr. Park Min-jun, DDS - owner\n- Dr. Park's clinic is busy"
    assert titled_surname(["Park", "Min-jun"], park, "Min-jun") == "Park"
    assert titled_surname(["Kimberly", "Tan"], "Ms. Kimberly Tan. Ms. Tan replied", "Tan") == "Tan"


def test_never_the_last_word_alone_when_the_order_is_not_sure() -> None:
    # a family name written first, and no "Mr. Lim" in the notes: the full name
    assert family_first(["Lim", "Chhay"], "Mr. Lim Chhay - manager") is None
    assert titled_surname(["Lim", "Chhay"], "Mr. Lim Chhay - manager", "Chhay") == "Lim Chhay"
    assert titled_surname(["Nagy", "Péter"], "Dr. Nagy Péter", "Péter") == "Nagy Péter"
    # three words and no title telling the surname: the full name
    assert titled_surname(["Vernon", "Iron", "Shell"], "Mr. Vernon Iron Shell", "Shell") == (
        "Vernon Iron Shell"
    )
    # but a particle makes the surname sure, and an initial is no word of it
    assert titled_surname(["Ingrid", "van", "Berg"], "Ms. Ingrid van Berg", "van Berg") == (
        "van Berg"
    )
    assert titled_surname(["John", "Q.", "Public"], "Mr. John Q. Public", "Public") == "Public"
    # a family name written last is the usual order ("David Zhang")
    assert titled_surname(["David", "Zhang"], "Dr. David Zhang", "Zhang") == "Zhang"


def test_a_patronymic_says_the_order() -> None:
    parts = ["Yuldashev", "Rustam", "Akramovich"]
    assert family_first(parts, "Yuldashev Rustam Akramovich — chief engineer") is True
    assert titled_surname(parts, "", "Akramovich") == "Yuldashev"
    assert titled_surname(["Rustam", "Akramovich", "Yuldashev"], "", "Yuldashev") == "Yuldashev"
    # greeted without a title the notes never give: the full name, never the first name alone
    text = "1) Yuldashev Rustam Akramovich — chief engineer\nRustam Akramovich asked about saws\n"
    assert _greeting(text, "Yuldashev Rustam Akramovich") == "Dear Yuldashev Rustam Akramovich,"


# -- the greeting by name ------------------------------------------------------------------------


def test_a_nickname_adjective_is_no_first_name() -> None:
    assert greeted_parts(["Big", "Tam", "Reid"]) == ["Tam", "Reid"]
    assert given_name(["Big", "Tam", "Reid"], "big tam reid (yard foreman)") == "Tam"
    notes = "- big tam reid, yard foreman\n  - asked about forklifts\n"
    assert _greeting(notes, "Big Tam Reid") != "Hello Big,"
    assert _greeting("big tam reid, yard foreman", "Big Tam Reid").endswith(" Tam,")
    # a name of two words, or one whose first word is no adjective, is kept
    assert greeted_parts(["Rusty", "Malone"]) == ["Rusty", "Malone"]
    assert greeted_parts(["Mary", "Ann", "Smith"]) == ["Mary", "Ann", "Smith"]
    assert given_name(["Dana", "Kelly"], "Dana Kelly") is None


def test_a_family_name_first_is_not_greeted_as_a_first_name() -> None:
    assert given_name(["Lim", "Chhay"], "Lim Chhay, manager") == "Lim Chhay"
    assert _greeting("Lim Chhay, production manager\n", "Lim Chhay") == "Dear Lim Chhay,"


# -- the name a person goes by --------------------------------------------------------------------

_BOBA = (
    "- Lin Jia-hao 林家豪 — Director of Franchise Ops. English name Jack, everyone calls him "
    '"A-Hao". he signs his emails "Jack", so greet him as Jack\n'
    "  * Japan expansion\n"
    "- Xiao Mei 小美 (HR) — benefits\n"
    "follow-up:\n- 03/11 thank-you email to Jack + Xiao Mei\n- 03/20 asked Jack about the "
    "timeline\n- 03/24 Jack reply: paused\n"
)


def test_the_name_a_person_goes_by_is_said_on_their_line_and_used_again() -> None:
    assert used_short_name(["Lin", "Jia-hao"], _BOBA) == "Jack"
    assert preferred_name(["Lin", "Jia-hao"], _BOBA) == "Jack"
    text = (
        "- Sigurður Jónsson, plant manager. Everyone calls him Siggi.\n"
        "3.6. thank-you to Siggi and Halla\n"
    )
    assert used_short_name(["Sigurður", "Jónsson"], text) == "Siggi"
    # said once and never used again: no evidence it is how the notes know them
    assert used_short_name(["Lin", "Jia-hao"], "Lin Jia-hao, director. calls him A-Hao") is None
    # a word of the title is none: "Director" is no name the notes call him by
    assert used_short_name(["Ana", "Ruiz"], "Ana Ruiz, name of team: Data. Data is big") is None


def test_khun_is_said_with_the_name_in_writing() -> None:
    text = "Met Khun Joe (owner, Joe = Chatchai Srisuk).\n- congratulate Khun Joe on the branch\n"
    assert used_short_name(["Chatchai", "Srisuk"], text) == "Khun Joe"
    assert preferred_name(["Anan", "Wongsakul"], "Met Khun Anan at the restaurant.") == (
        "Khun Anan"
    )


def test_a_later_message_goes_to_the_one_the_log_last_wrote_with() -> None:
    names = [["Xiao", "Mei"], ["Lin", "Jia-hao", "Jack"]]
    assert last_correspondent(_BOBA, names) == 1
    # a thank-you to both, or a line naming both, says no one
    assert last_correspondent("- 03/11 thank-you email to Jack + Xiao Mei\n", names) is None
    assert last_correspondent("- asked Jack and Mei about it\n", names) is None
    # an interview line is no exchange of the log, even with "emailed" or "asked" in it
    assert last_correspondent("Jack (director, also emailed me the case pack)\n", names) is None
    assert last_correspondent("- Jack asked a lot about margins\n", names) is None


# -- the gate: a greeting a recipient would find wrong -------------------------------------------


def test_misgreeted_flags_the_wrong_word_and_passes_the_right_one() -> None:
    lim = "1. Mr. Lim Chhay - Production Manager\nAsk Mr. Lim only\n"
    assert misgreeted("Dear Mr. Chhay,\n\nThanks", ["Lim", "Chhay"], lim, "Chhay") == (
        "Dear Mr. Lim,"
    )
    assert misgreeted("Dear Mr. Lim,\n\nThanks", ["Lim", "Chhay"], lim, "Chhay") is None
    shell = "Mr. Vernon Iron Shell, elder and cultural advisor."
    parts = ["Vernon", "Iron", "Shell"]
    assert misgreeted("Dear Mr. Shell,", parts, shell, "Shell") == "Dear Mr. Vernon Iron Shell,"
    assert misgreeted("Dear Mr. Vernon Iron Shell,", parts, shell, "Shell") is None
    assert misgreeted("Hi Vernon,", parts, shell, "Shell") is None
    big = "big tam reid, yard foreman"
    assert misgreeted("Hello Big,", ["Big", "Tam", "Reid"], big, "Reid") == "Hello Tam,"
    assert misgreeted("Hello Tam,", ["Big", "Tam", "Reid"], big, "Reid") is None
    # the usual names are left alone
    assert misgreeted("Dear Ms. Kelly,", ["Dana", "Kelly"], "Ms. Dana Kelly", "Kelly") is None
    assert misgreeted("Hi Dana,", ["Dana", "Kelly"], "Dana Kelly", "Kelly") is None


def test_the_gate_warns_on_a_draft_greeting_the_wrong_word() -> None:
    from followup.core import MessageKind
    from followup.models import Draft
    from followup.writer.gate import _title_dropped

    notes = "1. Mr. Lim Chhay - Production Manager\nAnswer: within 1 week (Mr. Lim say)\n"
    reading = understand_notes(Notes(text=notes, source="t.txt"), dt.date(2025, 7, 17))
    person = Interviewer(name="Lim Chhay", honorific="Mr.")

    def findings(greeting: str) -> list[str]:
        body = f"{greeting}\n\nThank you for your time on the line supervisor role."
        draft = Draft(kind=MessageKind.INQUIRY, subject="x", body=body, recipient=person)
        return [f.rule_id for f in _title_dropped(draft, reading)]

    assert findings("Dear Mr. Chhay,") == ["writer.honorific"]
    assert findings("Dear Mr. Lim,") == []


def test_a_title_before_a_given_name_says_nothing_of_the_order() -> None:
    # Egyptian and Philippine English title a given name: "Dr. Hesham", "Sir Jomar"
    text = "Dr. Hesham Mansour (pharmacy director). Dr. Hesham asked about stock."
    assert titled_surname(["Hesham", "Mansour"], text, "Mansour") == "Mansour"
    assert family_first(["Jomar", "Villanueva"], "Sir Jomar Villanueva. Sir Jomar said hi") is False
    # an English given name is no family name written first
    assert given_name(["Kim", "Trabert"], "Kim Trabert, floor manager") is None
    assert given_name(["Sam", "Okoye"], "Sam Okoye, director") is None


def test_no_short_name_from_a_calendar_field_a_title_or_another_persons_words() -> None:
    ics = "ORGANIZER;CN=Rebecca Oduya-Grant:mailto:a@b.nz\nATTENDEE;CN=Hamish Te Whare\n"
    assert used_short_name(["Rebecca", "Oduya-Grant"], ics) is None
    text = (
        "Panel: Mrs. Folake Adebayo (HR) and Engr. Chukwuemeka Obi (Head). everybody calls him "
        "Oga.\nOga asked about forecasting.\n"
    )
    assert used_short_name(["Folake", "Adebayo"], text) is None
    assert used_short_name(["Chukwuemeka", "Obi"], text) == "Oga"
    captain = (
        "Capt. Ruben Aleksandrov — coordinator. everybody calls him Captain\n"
        "- 3/31 thank you email to Captain A\n"
    )
    assert used_short_name(["Ruben", "Aleksandrov"], captain) is None


def test_someone_met_named_by_khun_and_a_given_name_is_read_and_greeted_so() -> None:
    notes = (
        "Rawai Fight Club Co., Ltd. (GM job)\nMe: Siriporn Thongchai\n\n"
        " - 1st: 4 Jul 2024 with Khun Joe (owner, Joe = Chatchai Srisuk) at the gym\n"
        "what Khun Joe cared about:\n - the new branch in Chalong\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.txt"), dt.date(2024, 7, 5))
    assert [(i.name, i.title) for i in reading.brief.interviewers] == [("Joe", "owner")]
    assert salutation(reading.brief.interviewers[0], reading, 0) == "Dear Khun Joe,"
    # no word of address, no one read this way
    plain = notes.replace("Khun ", "")
    reading = understand_notes(Notes(text=plain, source="t.txt"), dt.date(2024, 7, 5))
    assert "Joe" not in [i.name for i in reading.brief.interviewers]


def test_mdm_is_a_title_not_a_name() -> None:
    """Singapore's "Mdm" before a woman's name (batch X: "Hello Mdm," was ready)."""
    notes = Path(__file__).parents[1] / "eval/cases/notes/heldout-x/20-singapore-hawker.txt"
    reading = understand_notes(
        Notes(text=notes.read_text(encoding="utf-8"), source="t.txt"), dt.date(2025, 7, 17)
    )
    lim = next(p for p in reading.brief.interviewers if "Lim" in p.name)
    assert lim.honorific == "Ms." and "Mdm" not in lim.name
    assert salutation(lim, reading, 0) == "Dear Ms. Lim,"
