"""Notes that mix languages: private headings and marks, family words and pay in the notes'
other languages are private (privacy.py), and no note line in another language than the
message's reaches an English message (otherlanguage.py), offline or in a model's draft.

The notes here are written for these tests in several languages; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.otherlanguage import in_other_language, mostly_other_language
from followup.privacy import Reason, classify_sentence, marks_private, private_lines
from followup.writer.phrases import common_words
from tests.test_writer_composer import ONE_PERSON, gated, ids, offline

# -- private marks in the notes' other languages --------------------------------------------

PRIVATE_HEADINGS = [
    "Pribadi - jangan tulis di email",  # Bahasa
    "PRIVADO - no poner",  # Spanish
    "Private — ΟΧΙ στο email",  # English and Greek
    "Privé – ne pas mentionner",  # French
    "Persönlich - nicht erwähnen",  # German
    "Özel - e-maile yazma",  # Turkish
    "Pessoal - não colocar no email",  # Portuguese
    "Pribado - huwag isama sa email",  # Tagalog
    "Niji - email mein mat likhna",  # Hindi in Latin script
    "निजी",  # Hindi in Devanagari
    "Confidencial",
]
PUBLIC_HEADINGS = ["Lupa bilang (forgot!!)", "Próximos pasos", "Stress signals", "Next", "Panel"]


@pytest.mark.parametrize("title", PRIVATE_HEADINGS)
def test_a_private_heading_in_another_language_marks_its_section(title: str) -> None:
    assert marks_private(title)


@pytest.mark.parametrize("title", PUBLIC_HEADINGS)
def test_an_ordinary_heading_marks_nothing(title: str) -> None:
    assert not marks_private(title)


PRIVATE_SENTENCES = [
    ("suami harus ikut - tanya visa untuk partner nanti", Reason.HEALTH_FAMILY),
    ("mi esposa no quiere mudarse a Jalisco", Reason.HEALTH_FAMILY),
    ("ma femme préfère Lyon", Reason.HEALTH_FAMILY),
    ("meine Frau will nicht umziehen", Reason.HEALTH_FAMILY),
    ("eşim İzmir'de kalmak istiyor", Reason.HEALTH_FAMILY),
    ("the missus reckons hold out for Matamata", Reason.HEALTH_FAMILY),
    ("sueldo 38 mil al mes + bono de temporada", Reason.PAY),
    ("Gaji offer range AUD 78k + super", Reason.PAY),
    ("maaş 45.000 TL net", Reason.PAY),
    ("current CTC 12 lakh, expecting 15", Reason.PAY),
    ("€45k base plus car", Reason.PAY),
    ("Rp 15 juta per bulan", Reason.PAY),
    ("twelve pound sixty an hour is less than i thought", Reason.PAY),
    ("sahod 25,000 kada buwan", Reason.PAY),
]
PUBLIC_SENTENCES = [
    "the budget is £1.2m for the new wing",
    "€2m funding round from the EU",
    "drive 60 miles an hour on the ring road",
    "no dire warnings about the audit",
    "the sous chef runs the pass on Saturdays",
    "we serve 400 covers at a wedding",
]


@pytest.mark.parametrize(("sentence", "reason"), PRIVATE_SENTENCES)
def test_family_and_pay_in_any_language_are_private(sentence: str, reason: Reason) -> None:
    found = classify_sentence(sentence)
    assert found is not None and found[0] is reason, (sentence, found)


@pytest.mark.parametrize("sentence", PUBLIC_SENTENCES)
def test_figures_and_words_of_the_work_stay_public(sentence: str) -> None:
    assert classify_sentence(sentence) is None


def test_a_bahasa_private_section_is_private_whole() -> None:
    text = (
        "## Chef Liam\n- asked how I run a plated wedding for 400\n\n"
        "## Pribadi - jangan tulis di email\n- Chef Liam agak galak, tapi lucu\n"
        "- suami harus ikut\n"
    )
    private = {r.first_line for r in private_lines(text)}
    assert {4, 5, 6} <= private and 2 not in private


# -- a line in another language is never pasted ---------------------------------------------

OTHER_LANGUAGE = [
    "suami harus ikut",
    "Mark habla muy rápido, no entendí una pregunta",
    "fertirriego en arándano en macrotúnel: pH del agua",
    "Kirim thank-you email besok ke dua-duanya",
    "ΟΧΙ στο email",
    "il a parlé de la sécurité alimentaire avec nous",
    "sie hat nach meiner Erfahrung gefragt",
    "çok iyi bir görüşme oldu",
    "sabi niya mabait daw ang team",
    "unko lagta hai ki main bahut junior hoon",
]
ENGLISH = [
    "Ibu Priya, very friendly",  # a greeting word of one language in an English line
    'my podcast idea "Cymraeg y Cymoedd"',  # a quoted title
    "a degree from the Universidad de los Andes",  # a name's function words
    "the café menu and my résumé",  # English loanwords
    "a faux pas at the tasting",
    "training growers and how to build trust with them",
]


@pytest.mark.parametrize("line", OTHER_LANGUAGE)
def test_a_line_in_another_language_is_found(line: str) -> None:
    assert in_other_language(line)


@pytest.mark.parametrize("line", ENGLISH)
def test_an_english_line_with_names_and_loanwords_is_english(line: str) -> None:
    assert not in_other_language(line) and not mostly_other_language(line)


def test_no_word_list_entry_is_an_english_word() -> None:
    from followup.otherlanguage import _stop_words

    assert not _stop_words() & common_words()


# should leak nothing: a private remark in the notes' other language, and a public line in it
LEAK_CASES = [
    (  # Bahasa under a private heading, and an unmarked Bahasa line
        ONE_PERSON + "- Marta talked about the banquet kitchen's wedding season\n"
        "- topik: suami harus ikut ke Cairns\n\n"
        "## Pribadi - jangan tulis di email\n- gaji 78k, 3x lebih dari gaji Bali\n",
        ["suami", "harus", "gaji", "78k", "lebih"],
    ),
    (  # Spanish, marked "no poner"
        ONE_PERSON + "- Marta is focused on GlobalG.A.P. audits for small growers\n"
        "- fertirriego en arándano, le conté lo de Sayula\n\n"
        "PRIVADO - no poner:\n- sueldo 38 mil al mes\n- mi esposa no quiere mudarse\n",
        ["fertirriego", "Sayula", "sueldo", "esposa", "mudarse", "38 mil"],
    ),
    (  # Greek mark after an English one
        ONE_PERSON + "- Marta walked me through the cold-store alarm call tree\n\n"
        "Private — ΟΧΙ στο email\n- μισθός 1.400 ευρώ\n- she seemed tired\n",
        ["μισθός", "ευρώ", "tired", "ΟΧΙ"],
    ),
    (  # French, German and Turkish lines mixed into English notes
        ONE_PERSON + "- Marta is big on the HACCP plan for the new line\n"
        "- elle a parlé de la paie, pas mal\n"
        "- meine Frau will nicht nach Hamburg\n"
        "- maaş 45.000 TL, bahsetme\n",
        ["paie", "Frau", "Hamburg", "maaş", "45.000"],
    ),
    (  # Tagalog and Hindi in Latin script
        ONE_PERSON + "- Marta described the night-shift handover checklist\n"
        "- sahod 25,000 kada buwan (huwag isama)\n"
        "- biwi ko Pune mein rehna hai, mat batana\n",
        ["sahod", "25,000", "biwi", "Pune", "rehna"],
    ),
]


@pytest.mark.parametrize(("text", "private"), LEAK_CASES)
def test_notes_in_other_languages_leak_nothing(text: str, private: list[str]) -> None:
    [draft] = offline(text)
    leaked = [w for w in private if w.lower() in draft.text.lower()]
    assert not leaked, draft.body
    assert "Marta" in draft.body


def _to_marta(sentence: str) -> str:
    """A model's draft to Marta with one sentence of its own."""
    return (
        "Hi Marta,\n\nThank you for meeting with me yesterday about the Data Platform Engineer "
        f"role. {sentence} I would be glad to join the team at Pellworth Analytics.\n\n"
        "Best regards,\nNoor Ahmadi\n"
    )


def test_the_gate_flags_another_language_in_a_models_draft() -> None:
    notes = ONE_PERSON + "- Marta talked about the wedding season\n- suami harus ikut\n"
    draft = gated(notes, _to_marta("I especially enjoyed our conversation about suami harus ikut."))
    assert "writer.other-language" in ids(draft)
    assert draft.status != "ready"


def test_the_gate_passes_an_english_draft_with_a_quoted_foreign_title() -> None:
    notes = ONE_PERSON + "- Marta talked about the Welsh-language podcast series\n"
    sentence = (
        'I especially enjoyed our conversation about "Cymraeg y Cymoedd" and the Universidad '
        "de los Andes study."
    )
    assert "writer.other-language" not in ids(gated(notes, _to_marta(sentence)))


def test_a_concern_in_the_interviewers_quoted_words_is_not_half_quoted() -> None:
    # "your concern that "you've mostly worked ..." quoted them half-way, in the wrong person
    text = (
        ONE_PERSON + "- Marta is keen on the tree inventory for the parks\n"
        '- CONCERN: "you\'ve mostly worked for yourself - how will you find council procedures". '
        "i said i write my own RAMS for every job + keep records for insurance.\n"
    )
    [draft] = offline(text)
    assert '"' not in draft.body and "you've mostly" not in draft.body, draft.body


@pytest.mark.parametrize(
    "phrase", ["gostei muito da conversa", "nessa parte pedi desculpas", "jeg hadde ikke tid"]
)
def test_portuguese_and_norwegian_asides_are_another_language(phrase: str) -> None:
    from followup.otherlanguage import in_other_language

    assert in_other_language(phrase)
