"""What the offline writer's sentences say, read by the person who receives them (issue 7,
session 13): dialect words written out or left out, a degree word before "about" is no
topic, a second language's grammar repaired when sure and otherwise left out (and warned on in
any draft), e-mail addresses are never topics, and a keep-in-touch note uses what that person
raised.

The notes here are made up for these tests, in several voices; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.writer.phrases import settle
from followup.writer.plainwords import unknown_words, write_out
from followup.writer.secondlanguage import grammar_fault, negate_noun
from tests.test_gate_rules import PANEL, model_draft
from tests.test_writer_composer import offline


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("how I handle a spill wi a full shift on", "how I handle a spill with a full shift on"),
        ("how I'd cover nights wi' two agency staff", "how I'd cover nights with two agency staff"),
        ("the stock they telt me about", "the stock they told me about"),
        ("why the rota didnae work", "why the rota didn't work"),
        ("the chattin' at the depot", "the chatting at the depot"),
        ("I've not done owt with budgets", "I've not done anything with budgets"),
        ("the old depot wi nowt but diesel vans", "the old depot with nothing but diesel vans"),
    ],
)
def test_a_dialect_spelling_with_one_word_is_written_out(phrase: str, said: str) -> None:
    assert write_out(phrase) == said
    assert settle(phrase) == said


@pytest.mark.parametrize(
    "phrase",
    ["the craic on the night shift", "training aw the agency staff on nights"],
)
def test_a_word_no_lexicon_knows_leaves_the_phrase_out(phrase: str) -> None:
    assert unknown_words(phrase)
    assert settle(phrase) is None


def test_a_kitchen_loan_phrase_is_english() -> None:
    """'mise en place' is in English dictionaries; the lexicon lacks 'mise' (a chef's notes)."""
    phrase = "how I set up mise en place for 120 covers on the fish section"
    assert unknown_words(phrase) == []
    assert settle(phrase) == phrase


def test_names_links_english_and_trade_words_are_known() -> None:
    text = "the Nurul binti Aziz fund, https://x.example/abcq, the kiln, a compostable workstream"
    assert unknown_words(text) == []


@pytest.mark.parametrize(
    ("phrase", "topic"),
    [
        ("heaps about their new sour beer range", "their new sour beer range"),
        ("loads about the night market stall", "the night market stall"),
        ("briefly about the winter timetable", "the winter timetable"),
    ],
)
def test_a_degree_word_before_about_is_no_topic(phrase: str, topic: str) -> None:
    assert settle(phrase) == topic


def test_a_noun_ending_in_ly_before_on_stays() -> None:
    assert settle("the family on the farm") == "the family on the farm"


def test_there_is_not_before_a_noun_phrase_is_said_with_no() -> None:
    said = "how I plan stock when there is no sales history"
    assert negate_noun("how I plan stock when there is not sales history") == said
    assert settle("how I plan stock when there is not sales history") == said
    # "not much", "not a": no repair, and nothing to repair
    assert negate_noun("when there is not much time") == "when there is not much time"


@pytest.mark.parametrize(
    "phrase",
    [
        "how I calm tenants who come upset when repair late",  # a clause with no verb
        "because the budget tight",
        "most depots log anything",  # a clause where a topic belongs
        "few stores report the figures",
        "the price online is not same like in the shop",  # "same" without "the"
    ],
)
def test_second_language_grammar_is_left_out(phrase: str) -> None:
    assert grammar_fault(phrase) is not None
    assert settle(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "how I keep calm when customers shout",
        "how I handle it when the kitchen is slammed",
        "the same supplier as last year",
        "the reports most depots file each week",
        "when possible",
        "if successful",
    ],
)
def test_english_clauses_pass(phrase: str) -> None:
    assert grammar_fault(phrase) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed your question about how I deal wi a spill on the dock.",
        "I enjoyed your question about how I help growers who come angry when payment late.",
        "Our conversation about few depots log anything has stayed with me.",
    ],
)
def test_a_model_draft_holding_one_is_review(sentence: str) -> None:
    body = (
        "Hi Maria,\n\nThank you for meeting me about the Product Analyst role at Northwind "
        f"Analytics. I enjoyed our conversation about moving the weekly revenue review to "
        f"dashboards. {sentence}\n\nBest regards,\nSam Rivera"
    )
    draft = model_draft(PANEL, body, to="Maria Chen")
    assert "writer.notes-words" in [f.rule_id for f in draft.findings]  # type: ignore[attr-defined]
    assert draft.status == "review"  # type: ignore[attr-defined]


def test_addresses_and_links_are_never_topics() -> None:
    facts = (
        "Organizer: Una Byrne <una.byrne@tidewaterpower.example>\n"
        "Join: https://meet.tidewaterpower.example/j/3321\n"
        "Una just did intros.\n"
    )
    text = (
        "Hi Una,\n\nThank you for meeting me about the analyst role. I'm excited about the "
        "chance to join the team.\n\nBest,\nSam Rivera"
    )
    result = Checker.from_settings().check(
        text, MessageKind.THANK_YOU, Context(known_facts=facts, recipient="Una Byrne")
    )
    [finding] = [f for f in result.findings if f.rule_id == "etiquette.specific-detail"]
    for word in ("tidewaterpower", "example", "byrne", "meet"):
        assert word not in finding.message, finding.message


KEEP = (
    "Saw: Ruth Okafor (Head of Therapies) and Priya Nair (Clinical Lead)\n\n"
    "Priya talked about their new falls prevention clinic and how she wants OTs doing more "
    "home visits.\n"
    "25/11 - got the no. Priya rang to tell me.\n"
)


def test_a_keep_in_touch_note_uses_what_that_person_raised() -> None:
    drafts = offline(KEEP, kind=MessageKind.KEEP_IN_TOUCH, to="Priya Nair")
    [draft] = [d for d in drafts if "Priya" in d.body]
    assert "falls prevention clinic" in draft.body, draft.body
    assert "etiquette.specific-detail" not in [f.rule_id for f in draft.findings]


@pytest.mark.parametrize("phrase", ["nothing since", "sat 9/3 nothing"])
def test_a_phrase_with_no_noun_is_no_topic(phrase: str) -> None:
    assert settle(phrase) is None


def test_a_question_or_a_person_needs_no_noun() -> None:
    assert settle("why I left") == "why I left"
    assert settle("someone certified") == "someone certified"


@pytest.mark.parametrize(
    ("phrase", "fault"),
    [
        ("the new shop many hardware customer", True),
        ("several delivery driver", True),
        ("several team members", False),
        ("many data sources", False),
        ("both kitchen and bar", False),
    ],
)
def test_a_plural_quantifier_before_a_singular_noun(phrase: str, fault: bool) -> None:
    assert (grammar_fault(phrase) is not None) is fault
