"""The sign-off's name check and the writer's own name (name14): notes written for this file,
none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.addressname import gives_name, gives_name_at, written_owner_at
from followup.greetingname import titled_surname
from followup.notenames import SURNAME_PARTICLES
from followup.notes import Notes, brief_from_notes
from followup.signoffname import _NAME_PARTICLES, not_a_person


def test_the_sign_off_particles_hold_the_notes_readers_surname_particles() -> None:
    assert SURNAME_PARTICLES <= _NAME_PARTICLES
    assert {"bint", "ibn", "dos", "y"} <= _NAME_PARTICLES


@pytest.mark.parametrize(
    "name",
    ["Ana de la Cruz", "Nurul binti Aziz", "Omar ibn Said", "Joana dos Santos", "Piet ter Horst"],
)
def test_a_name_with_lower_case_particles_is_a_person(name: str) -> None:
    assert not_a_person(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Hal Pruitt, CPA",
        "Aisha Kamara RVN",
        "Renata Vasquez, R.N.",
        "Hannah Bright BSc(Hons) MCOptom",
    ],
)
def test_letters_after_a_name_are_read_by_nameletters(name: str) -> None:
    assert not_a_person(name) is None


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Beckley WV", "state"),
        ("learned on Homag", "sentence"),
        ("Junior Marine Superintendent", "job title"),
        ("Ycolon Pharmd", "degree"),
    ],
)
def test_a_place_a_sentence_or_a_post_is_no_sign_off(name: str, why: str) -> None:
    reason = not_a_person(name)
    assert reason is not None and why in reason


# --- an address's own part as a name (addressname.py) ---


HEAD = "Harbour Logistics - dispatcher interview\nSafety lead: Jefe SSO\n"


def test_an_address_that_splits_into_two_names_gives_them() -> None:
    text = HEAD + "contact: dana.whitaker@gmail.com\n"
    assert gives_name("dana.whitaker", "contact: dana.whitaker@gmail.com", text)


def test_an_address_beside_a_written_name_gives_no_other_name() -> None:
    line = "Rodrigo Mamani Choque — rmamani.sso@gmail.com"
    assert not gives_name("rmamani.sso", line, HEAD + line + "\n")


def test_a_run_glued_to_a_name_word_and_an_acronym_are_no_names() -> None:
    text = HEAD + "Ing. Mamani said hello\nmail: rmamani.ops@gmail.com\n"
    assert not gives_name("rmamani.ops", "mail: rmamani.ops@gmail.com", text)  # r + Mamani
    text = HEAD + "mail: rosa.sso@gmail.com\n"
    assert not gives_name("rosa.sso", "mail: rosa.sso@gmail.com", text)  # "SSO" in capitals
    assert not gives_name("jerome.2o", "mail: jerome.2o@gmail.com", text)  # a digit code


def test_a_heading_beside_an_address_is_no_name() -> None:
    text = "Interview Notes — dana.whitaker@gmail.com\n"
    end = text.index("@gmail.com") + len("@gmail.com")
    assert gives_name_at(text, text.index("dana"), end)
    text = "Dana Whitaker — dwhitaker.ops@gmail.com\n"
    end = text.index("@gmail.com") + len("@gmail.com")
    assert not gives_name_at(text, text.index("dwhit"), end)


def test_the_header_reader_signs_with_the_written_name_not_the_address() -> None:
    notes = (
        "Minera Cerro Azul S.A. — Potosí\nPuesto: Jefe de Seguridad (Jefe SSO)\n"
        "Rodrigo Mamani Choque — rmamani.sso@gmail.com\n\n"
        "Ing. Marcelo Quispe Flores, Gerente de Operaciones\n - silica dust, bow-tie analysis\n"
    )
    assert candidate_of(notes) == "Rodrigo Mamani Choque"


# --- the greeting's surname (greetingname.py) ---


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        (["Senthil", "Kumar", "R."], "Senthil Kumar"),
        (["Senthil", "Kumar", "R"], "Senthil Kumar"),
        (["R.", "Subramanian"], "Subramanian"),
        (["Dana", "J.", "Kelly"], "Kelly"),
        (["Dana", "Kelly"], "Kelly"),
    ],
)
def test_an_initial_after_the_name_is_never_the_surname(parts: list[str], said: str) -> None:
    default = parts[-1]
    assert titled_surname(parts, "notes", default) == said


def candidate_of(notes: str) -> str | None:
    brief = brief_from_notes(Notes(front_matter={}, text=notes, source="t"), dt.date(2025, 9, 1))
    return brief.candidate


def test_the_name_written_beside_its_own_address_is_the_name_it_gives() -> None:
    text = "Yassine El Amrani — yassine.elamrani@outlook.fr\n"
    start, end = text.index("yassine."), text.index(".fr") + 3
    assert written_owner_at(text, start, end) == "Yassine El Amrani"
    text = "Rodrigo Mamani Choque — rmamani.sso@gmail.com\n"
    start, end = text.index("rmamani"), text.index(".com") + 4
    assert written_owner_at(text, start, end) == "Rodrigo Mamani Choque"
    text = "Priya Shah — careers@larkfield.example\n"  # a shared inbox is no one's
    start, end = text.index("careers"), text.index(".example") + 8
    assert written_owner_at(text, start, end) is None


def test_a_third_part_of_an_address_is_no_name_and_no_reason_to_drop_the_first() -> None:
    text = "Keeper interview, Westmoor Park\nKeep the rota\n"
    assert gives_name("ines.halvorsen.keeps", "notes from ines.halvorsen.keeps@x.com", text)
    assert gives_name("oksana.ph.crc", "oksana.ph.crc@gmail.com", text + "the CRC team\n")
