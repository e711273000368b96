"""The sign-off's name check and the writer's own name (name14): notes written for this file,
none copied from eval/."""

from __future__ import annotations

import pytest

from followup.notenames import SURNAME_PARTICLES
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
