"""The notes' grammar the offline writer avoids is the grammar the gate flags (one definition,
checker/rules/slots.py): narration in a topic's slot ("about straight away ask about 8D"), a
bare noun shared out ("errata sheet in each folder"), "my way", a preposition where a noun
phrase belongs, the notes' tilde ("~70 parts"), a singular subject with a bare verb and a
hanging "after" ("and customer give us 'supplier of the quarter' after"), a capital the notes
never give a word on its own ("bulk Fabric" from "Head of Fabric Sourcing"). A concern is
answered only with the candidate's own point: the weakness said again ("I have never
testified in court") or the notes' claim ("the toasting is the same hands, different recipe")
is no answer, and the concern is left out.

The notes are written for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.checker.rules.slots import (
    clause_fault,
    slot_fault,
    stray_capitals,
    with_event_article,
)
from followup.writer.phrases import settle
from tests.test_writer_composer import ONE_PERSON, gated, ids, offline

# -- the notes' grammar in a topic's slot ------------------------------------------------------

SLOT_FAULTS = [
    "straight away ask about 8D",  # the notes' narration
    "then asked how I would sort the stock",
    "errata sheet in each folder",  # a bare singular noun shared out
    "my way",  # a way of doing what?
    "after hours on call 1 week in 6",  # a preposition where a noun phrase belongs
    "how I would get every marking into ~70 parts",  # the notes' tilde
]

SLOT_WHOLE = [
    "the 8D report you asked about",
    "an errata sheet in each folder",
    "training in each store",
    "signage in every branch",
    "cost per unit",
    "the way you run the pass on Saturdays",
    "after-hours support",
    "how I would get every marking into about 70 parts",
    "whether after thirty years I would be comfortable following a programme",
]


@pytest.mark.parametrize("slot", SLOT_FAULTS)
def test_the_notes_grammar_in_a_slot_is_a_fault(slot: str) -> None:
    assert slot_fault(slot) is not None


@pytest.mark.parametrize("slot", SLOT_WHOLE)
def test_a_whole_phrase_is_no_fault(slot: str) -> None:
    assert slot_fault(slot) is None


@pytest.mark.parametrize("slot", SLOT_FAULTS)
def test_the_writer_never_says_a_phrase_with_the_notes_grammar(slot: str) -> None:
    assert settle(slot) is None


def test_an_event_named_without_its_article_is_given_one() -> None:
    phrase = "IATF 16949 surveillance audit coming in July"
    assert slot_fault(phrase) is not None
    assert with_event_article(phrase) == f"the {phrase}"
    assert slot_fault(with_event_article(phrase)) is None
    assert with_event_article("the winter rota") == "the winter rota"


# -- the notes' grammar in a clause ------------------------------------------------------------

CLAUSE_FAULTS = [
    "I did one 8D last year, closed in 9 days, and customer give us a plaque",
    "he ask how I run the containment",
    'I closed it in 9 days and we got "supplier of the quarter" after.',
]

CLAUSE_WHOLE = [
    "I closed the 8D in 9 days, and the customer gave us a plaque",
    "If anything changes, just give me a call.",
    "I enjoyed it, and then give or take a week we finished.",
    "Our customers give us feedback every quarter.",
    "We met again the day after.",
    "The audit came soon after.",
]


@pytest.mark.parametrize("text", CLAUSE_FAULTS)
def test_a_clause_in_the_notes_grammar_is_a_fault(text: str) -> None:
    assert clause_fault(text) is not None


@pytest.mark.parametrize("text", CLAUSE_WHOLE)
def test_a_whole_clause_is_no_fault(text: str) -> None:
    assert clause_fault(text) is None


# -- a capital the notes never give a word on its own ------------------------------------------

NOTES = (
    "Head of Fabric Sourcing. then the scenario: bulk fabric delayed 10 days\n"
    "Stillwater Hospice & Palliative Care. asked how I care for patients\n"
    "set up campaigns in Mailchimp. Grace Lim-Santos ran the panel.\n"
)


def _strays(text: str) -> list[str]:
    ordinary = frozenset({"fabric", "care", "grace"})
    found = stray_capitals(text, NOTES, ordinary, frozenset({"Grace"}), ("Palliative Care",))
    return [text[s:e] for s, e in found]


def test_a_capital_from_a_title_or_a_name_is_flagged_on_its_own() -> None:
    assert _strays("I enjoyed our talk about bulk Fabric.") == ["Fabric"]
    assert _strays("Thank you for asking how I Care for patients.") == ["Care"]


def test_a_capital_the_notes_give_or_a_name_is_kept() -> None:
    assert _strays("I am certified in Mailchimp and thank Grace for the panel.") == []
    assert _strays("I admire the work of Palliative Care teams.") == []
    assert _strays("I read “Fabric Sourcing in Practice” last week.") == []


# -- the gate holds any draft to the same ------------------------------------------------------

LINE = (
    "Interviewer: Carys Pugh, Head of Fabric Sourcing\n\n"
    "- Carys talked a lot about bulk fabric delays\n"
)


def _to_carys(sentence: str) -> set[str]:
    body = (
        "Hi Carys,\n\nThank you for meeting with me about the Data Platform Engineer role at "
        f"Pellworth Analytics. I enjoyed our talk about bulk fabric delays. {sentence}\n\n"
        "Best regards,\nNoor Ahmadi"
    )
    return ids(gated(LINE, body))


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("I was glad you asked about bulk Fabric.", "writer.capital"),
        ("I also enjoyed our talk about straight away ask about the audit.", "etiquette.fragment"),
        (
            "I also wanted to mention that customer give us a plaque after.",
            "etiquette.fragment",
        ),
        ("I was glad to tell you about my way.", "etiquette.fragment"),
    ],
)
def test_the_gate_flags_what_the_composer_avoids(sentence: str, rule: str) -> None:
    assert rule in _to_carys(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad you asked about bulk fabric.",
        "I also wanted to mention that the customer gave us a plaque afterwards.",
        "I was glad to tell you about the way I plan the stock checks.",
    ],
)
def test_the_gate_passes_the_same_said_whole(sentence: str) -> None:
    found = _to_carys(sentence) & {"writer.capital", "etiquette.fragment"}
    assert not found


# -- the offline writer ------------------------------------------------------------------------


def test_a_pasted_line_in_a_second_languages_grammar_is_left_out() -> None:
    text = (
        ONE_PERSON + "- Marta talked about the IATF 16949 surveillance audit in July\n"
        "Forgot to mention:\n"
        "- I did one full 8D for a customer complaint last year, closed in 9 days, and "
        'customer give us "supplier of the quarter" after.\n'
    )
    [draft] = offline(text)
    assert "customer give" not in draft.body and "quarter" not in draft.body, draft.body
    assert "IATF 16949 surveillance audit" in draft.body


def test_a_bare_event_topic_is_said_with_its_article() -> None:
    text = ONE_PERSON + "- IATF 16949 surveillance audit coming in July\n"
    [draft] = offline(text)
    assert "about the IATF 16949 surveillance audit coming in July" in draft.body, draft.body


@pytest.mark.parametrize(
    "concern",
    [
        # the weakness said again on the line after the concern
        "- Kafka in production is her main concern.\n- I have never run Kafka in production.\n",
        # a claim in the notes' words, not the candidate's own point
        "- her concern: I've only worked at small firms.\n"
        "- said the work is the same hands, different recipe\n",
    ],
)
def test_a_concern_is_not_answered_with_the_weakness_or_the_notes_words(concern: str) -> None:
    text = ONE_PERSON + "- she's keen on moving the nightly batch jobs to streaming\n" + concern
    [draft] = offline(text)
    assert "concern" not in draft.body, draft.body
    assert "never" not in draft.body and "same hands" not in draft.body
    assert draft.status == "ready", draft.findings


def test_a_concession_after_but_is_cut_from_the_answer() -> None:
    text = (
        ONE_PERSON + "- she's keen on moving the nightly batch jobs to streaming\n"
        "- her concern: I haven't managed a budget.\n"
        "- I said I tracked the lab's field spending for 2 years but never owned a budget line\n"
    )
    [draft] = offline(text)
    assert "I tracked the lab's field spending for 2 years." in draft.body, draft.body
    assert "never owned" not in draft.body


CONCERN_LINE = (
    "Interviewer: Carys Pugh\n\n"
    "- Carys talked a lot about bulk fabric delays\n"
    "- her concern: I have never run a knit programme\n"
    "- said the knit side is the same hands, different recipe\n"
    "- should have said: I ran a knit polo programme for six months in 2022\n"
)


def _answering(sentence: str) -> set[str]:
    body = (
        "Hi Carys,\n\nThank you for meeting with me about the Data Platform Engineer role at "
        f"Pellworth Analytics. I enjoyed our talk about bulk fabric delays. {sentence}\n\n"
        "Best regards,\nNoor Ahmadi"
    )
    return ids(gated(CONCERN_LINE, body))


@pytest.mark.parametrize(
    "sentence",
    [
        "On the concern you raised, I have never run a knit programme.",
        "As for your concern, the knit side is the same hands, different recipe.",
    ],
)
def test_the_gate_flags_a_concern_answered_with_the_weakness_or_the_notes_claim(
    sentence: str,
) -> None:
    assert "writer.unanswered-concern" in _answering(sentence)


def test_the_gate_passes_a_concern_answered_with_the_candidates_own_point() -> None:
    sentence = "On the concern you raised, I ran a knit polo programme for six months in 2022."
    assert "writer.unanswered-concern" not in _answering(sentence)
