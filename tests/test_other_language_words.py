"""Common words of other languages (otherlanguage.py, other-language-words.txt.gz): content
words of the languages notes are typed in are not echoed into an English message, and a
phrase of another language title-cased by a reader is no name; names that are also words,
the English words of trades, brand and place names and the loanwords English uses pass.

The phrases are written for these tests; the batch notes they recall are not read here.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from followup.otherlanguage import (
    _DATA,
    in_other_language,
    is_other_language_word,
    not_a_name,
    other_language_words,
)
from followup.signoffname import not_a_person
from followup.writer.plainwords import unknown_words

# -- words and phrases -------------------------------------------------------------------

OTHER_LANGUAGE_PHRASES = [
    ("our conversation about chambres vue Atlas", ["chambres", "vue"]),  # French
    ("how I talked about mam A2", ["mam"]),  # Polish "I have"
    ("crew change sa Singapore & Manila", ["sa"]),  # Tagalog, before a capital
    ("esqueci-me de dizer", ["dizer"]),  # Portuguese
    ("the razgovor went well", ["razgovor"]),  # Slovene/Croatian "interview"
    ("the rotas were a problema", ["problema"]),  # Spanish, Italian
    ("the spasibo card", ["spasibo"]),  # Russian in Latin letters
    ("we talked about työpaikka", ["työpaikka"]),  # Finnish
    ("sprachen über die Arbeitszeit", ["sprachen"]),  # German ("über": English too)
    ("kein Problem", ["kein"]),  # a function word opening a phrase, before a capital
]


@pytest.mark.parametrize(("phrase", "words"), OTHER_LANGUAGE_PHRASES)
def test_content_words_of_another_language_are_found(phrase: str, words: list[str]) -> None:
    found = other_language_words(phrase)
    assert all(w in found for w in words), found


ENGLISH_PHRASES = [
    "Rose Grant and Paz Blanco run the Mercedes dealership",  # names that are words
    "lunch at the café and my résumé, the fiancé's visa",  # loanwords
    "ad hoc reports, per diem rates and sous vide cooking, a bona fide offer, pro rata pay",
    "the lidar survey and the init script in the repos",
    "mise en place, carte blanche and joie de vivre, al dente pasta, pro bono work",
    "a compostable workstream for the biomanufacturing line",  # trades' words
    "the kanban board, gemba walks and the barista training",
    "studied at Universidad de los Andes with Nurul binti Aziz",  # names' particles
    "the gusto of the team, the redo of the dossier",  # rare English words
    "Salesforce, Zendesk and the Atlas Oasis Resort in Marrakech",  # brands and places
    "read it at https://yle.fi/a/74-20150321 or doi.org/10.1016/j.ssci.2025.106812",  # links
]


@pytest.mark.parametrize("phrase", ENGLISH_PHRASES)
def test_english_with_names_loanwords_and_trade_words_passes(phrase: str) -> None:
    assert other_language_words(phrase) == []
    assert not in_other_language(phrase)


@pytest.mark.parametrize("word", ["dizer", "chambres", "teži", "tezi", "razgovor", "mimi"])
def test_a_common_word_of_another_language_is_known(word: str) -> None:
    assert is_other_language_word(word)


@pytest.mark.parametrize(
    "word", ["café", "rose", "grant", "mercedes", "clients", "per", "diem", "hoc", "workstream"]
)
def test_an_english_word_or_loanword_is_no_other_languages(word: str) -> None:
    assert not is_other_language_word(word)


def test_the_writers_plain_words_leave_out_a_long_word_of_another_language() -> None:
    text = "our talk about chambres and the razgovor, a compostable workstream"
    assert [text[a:b] for a, b in unknown_words(text)] == ["chambres", "razgovor"]


# -- names ----------------------------------------------------------------------------

PORTUGUESE_HEADING = """# Entrevista — Hotel
**Eu:** Inês Carvalho

## Esqueci-me de dizer
- that I did the HACCP certification
"""
SLOVENE_LINE = """razgovor / interview
dr. Maja Zupan

zasebno:
- tast mi teži, da naj prodam panje
"""


def test_a_heading_of_another_language_title_cased_is_no_name() -> None:
    assert not_a_name("De Dizer", PORTUGUESE_HEADING)
    assert not_a_person("De Dizer", PORTUGUESE_HEADING) is not None
    assert not not_a_name("Inês Carvalho", PORTUGUESE_HEADING)
    assert not_a_person("Inês Carvalho", PORTUGUESE_HEADING) is None


def test_a_lower_case_sentence_of_another_language_is_no_name() -> None:
    assert not_a_name("Tast Mi Teži", SLOVENE_LINE)
    assert not not_a_name("Maja Zupan", SLOVENE_LINE)


@pytest.mark.parametrize(
    ("name", "notes"),
    [
        ("Paz Blanco", "Paz Blanco\n- talked about pallets"),  # capitalised in the notes
        ("Paz Blanco", "me: paz blanco, hr\n- talked about pallets"),  # typed lower, in English
        ("Rosa Blanco", "notes by rosa blanco"),
        ("Mercedes Paz", "Mercedes Paz - warehouse lead"),
    ],
)
def test_a_name_that_is_a_word_stays_a_name(name: str, notes: str) -> None:
    assert not not_a_name(name, notes)


# -- the data ---------------------------------------------------------------------------


def test_the_data_is_small_and_carries_its_licence() -> None:
    assert _DATA.stat().st_size < 1_000_000
    first = gzip.decompress(_DATA.read_bytes()).decode("utf-8").partition("\n")[0]
    assert first.startswith("#") and "CC BY-SA 4.0" in first and "wordfreq" in first


def test_the_data_is_never_read_by_the_linter(tmp_path: Path) -> None:
    note = tmp_path / "mail.txt"
    note.write_text("Hi Ana,\n\nThank you for your time today.\n\nBest,\nSam\n", "utf-8")
    code = (
        "import sys, runpy; sys.argv = ['followup', 'lint', sys.argv[1]];\n"
        "import followup.otherlanguage as o\n"
        "try:\n    runpy.run_module('followup', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('READ' if o._common_list.cache_info().currsize else 'NOT READ')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(note)], capture_output=True, text=True, check=False
    )
    assert out.stdout.strip().endswith("NOT READ"), out.stdout + out.stderr


# -- the company ------------------------------------------------------------------------


def test_a_value_after_a_label_of_another_language_is_no_firm() -> None:
    from followup.companyvalue import settle_values
    from followup.models import Brief

    text = "Role: Dispatch Lead\nMimi: Kevin Mwangi Kariuki - kevo@example.com\n"
    brief = Brief(company="Mimi: Kevin Mwangi Kariuki", role="Dispatch Lead")
    settle_values(brief, text)
    assert brief.company == "Mimi: Kevin Mwangi Kariuki"  # left as read: the gate holds it
    firm = Brief(company="Empresa: Frutas del Valle", role="Driver")
    settle_values(firm, "")
    assert firm.company == "Frutas del Valle"


def test_a_title_cased_phrase_of_another_language_is_no_company() -> None:
    from followup.companyvalue import settle_values
    from followup.models import Brief

    brief = Brief(company="De Dizer", role="Manager")
    settle_values(brief, PORTUGUESE_HEADING)
    assert brief.company is None
    kept = Brief(company="Atlas Oasis Resort", role="Supervisor")
    settle_values(kept, "Entretien - Atlas Oasis Resort\nchambres vue Atlas\n")
    assert kept.company == "Atlas Oasis Resort"


@pytest.mark.parametrize("word", ["wk", "cert", "init", "proc", "repos"])
def test_the_notes_english_shorthand_is_no_other_languages(word: str) -> None:
    assert not is_other_language_word(word)
    assert other_language_words(f"sent the {word} over") == []


def test_a_quoted_title_of_another_language_is_not_judged_word_by_word() -> None:
    text = "I came across “Puno: heladas afectan a más de 40 mil alpacas” and the chambres"
    assert [text[a:b] for a, b in unknown_words(text)] == ["chambres"]
