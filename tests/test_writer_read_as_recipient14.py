"""Session 14, issue 7: a note word that is not English, and a second language's missing
article, never reach a draft as the notes wrote them (plainwords.py, secondlanguage.py)."""

from __future__ import annotations

import pytest

from followup.writer.phrases import settle
from followup.writer.plainwords import unknown_words
from followup.writer.secondlanguage import put_articles


def _unknown(text: str) -> list[str]:
    return [text[a:b] for a, b in unknown_words(text)]


def test_a_word_between_a_noun_and_a_place_is_no_name_part() -> None:
    # Tagalog "sa" ("in") before a place: a word of the sentence, not of a name
    assert _unknown("crew change sa Singapore & Manila") == ["sa"]
    assert settle("crew change sa Singapore & Manila") is None


@pytest.mark.parametrize(
    "text", ["Nurul binti Aziz", "Capt. Ramon dela Cruz", "with de Souza", "met von Braun"]
)
def test_name_particles_stay_names(text: str) -> None:
    assert _unknown(text) == []


def test_an_ordinal_after_a_preposition_takes_the() -> None:
    assert put_articles("residents on 3rd floor") == "residents on the 3rd floor"
    assert put_articles("on second thought") == "on second thought"
    assert put_articles("on the 3rd floor") == "on the 3rd floor"


def test_a_bare_lot_of_is_an_amount_not_the_topic() -> None:
    assert (
        settle("lot of Creole speaking residents on 3rd floor")
        == "Creole speaking residents on the 3rd floor"
    )
    assert put_articles("the parking lot of the plant") == "the parking lot of the plant"
