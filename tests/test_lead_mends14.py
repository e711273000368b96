"""Session 14's small mends found by a new-user trial (trial 14), each a test that failed before."""

from __future__ import annotations

import pytest

from followup.notenames import expand_title
from followup.privacy import Reason, private_lines, public_notes

GOSSIP = [
    "lunch w/ Dana (sr eng), v friendly, told me mgr is kinda micromanage-y lol",
    "Dana said the manager is kinda micromanage-y",
    "heard the boss can be difficult",
    "apparently the culture is toxic",
    "my mgr would be a micromanager",
]
NOT_GOSSIP = [
    "she said the team is migrating to Kafka",
    "Dana said the manager is hiring two more",
    "they said the place is busy in summer",
    "we talked about how the manager is planning the rollout",
    "asked how I handle a micromanaged project plan",
]


@pytest.mark.parametrize("line", GOSSIP)
def test_gossip_passed_on_about_the_boss_is_private(line: str) -> None:
    # trial 14 P6: the remark reached the prompt a remote model would get
    assert [r.reason for r in private_lines(line)] == [Reason.OPINION]
    assert "micromanag" not in public_notes(f"role: firmware eng II\n- {line}\n").lower()


@pytest.mark.parametrize("line", NOT_GOSSIP)
def test_what_the_manager_or_team_does_is_not_gossip(line: str) -> None:
    assert private_lines(line) == []


@pytest.mark.parametrize(
    ("title", "expanded"),
    [
        ("firmware eng II", "firmware engineer II"),  # trial 14: was "Firmware Engineering II"
        ("software eng 2", "software engineer 2"),
        ("eng mgr", "engineering manager"),
        ("eng lead", "engineering lead"),
        ("software eng", "software engineer"),
    ],
)
def test_eng_before_a_level_is_an_engineer(title: str, expanded: str) -> None:
    assert expand_title(title) == expanded


def test_a_particle_after_a_particle_is_part_of_the_name() -> None:
    # hp-01 (merge check): "Liezl van der Merwe" signed a draft, and "der" was judged a word no
    # reader knows, because "van" is also a noun; "crew change sa Singapore" is still caught
    from followup.writer.plainwords import unknown_words

    signed = "Best regards,\nLiezl van der Merwe"
    assert unknown_words(signed) == []
    assert unknown_words("met Johan van der Berg") == []
    tagalog = "crew change sa Singapore"
    assert [tagalog[a:b] for a, b in unknown_words(tagalog)] == ["sa"]


def test_an_address_in_a_list_of_people_is_not_the_first_persons() -> None:
    # hy-ukrainian-qa-teams (merge check): the invite's "Required:" line lists two interviewers
    # and the candidate's address; the address was taken for Marta's, and the writer unread
    from followup.addressname import gives_name, name_beside

    line = "Required: Marta Zielińska; Paweł Nowicki; oleksandr.kovalenko.qa@gmail.com"
    assert name_beside(line, "oleksandr.kovalenko.qa@") is None
    assert gives_name("oleksandr.kovalenko.qa", line, line)
    own = "Rodrigo Mamani Choque — rmamani.sso@gmail.com"
    assert name_beside(own, "rmamani.sso@") == "Rodrigo Mamani Choque"


def test_the_firm_after_another_languages_word_for_interview() -> None:
    # hy-polish-welder-inquiry (merge check): "intervju Vestfjord Verft AS" (Norwegian); the
    # date was no company any more, and the firm after the meeting's word was not read
    import datetime as dt

    from followup.inputs import SourceText
    from followup.notes import parse_notes, understand_notes

    text = (
        "19.08.2025 (tirsdag) – intervju Vestfjord Verft AS, Ulsteinvik\n"
        "stilling: Sveiser / Welder – aluminium & stål\n"
        "ja: Krzysztof Wójcik, k.wojcik.weld@gmail.com\n\n"
        "- Ingrid Solberg – QA / welding coordinator, asked about ISO 9606 certificates\n"
    )
    brief = understand_notes(parse_notes(SourceText("n.txt", text)), dt.date(2025, 8, 20)).brief
    assert brief.company == "Vestfjord Verft AS"


def test_the_shipped_weekday_words_are_dateparsers() -> None:
    # the writer reads day-name-words.txt instead of importing dateparser's 207 language
    # modules on every write (test_write_loads_less); the file must still be what they hold
    from followup.monthwords import a_day_name, day_name_words, day_name_words_from_cldr

    assert day_name_words() == day_name_words_from_cldr()
    assert a_day_name("Dydd Iau") and not a_day_name("Sam Rivera")


def test_a_front_matter_name_with_its_licence_signs_with_the_name() -> None:
    # batch Z (read after its sealed run): "me: Tatenda Chikwanha, Pro Guide licence (Zim
    # Parks) PG-0417" signed the whole line, and the sign-off check then held the draft
    from followup.notes import own_name_only

    value = "Tatenda Chikwanha, Pro Guide licence (Zim Parks) PG-0417"
    assert own_name_only(value) == "Tatenda Chikwanha"
    assert own_name_only("Chikwanha, Tatenda") == "Chikwanha, Tatenda"
    assert own_name_only("Dana Whitaker") == "Dana Whitaker"
