"""What a person raised, read by its place (topicplace.py) with an English lexicon
(wordclass.py): the noun phrase a line of that person's block opens with, in the recipient's
perspective, for a person whose lines give the writer no topic in a form it knows; and nothing
at all from a line it cannot read for sure (shorthand, another language, the candidate's own
words, a clause, a figure).

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import re

import pytest

from followup.models import Notes
from followup.notelines import LineKind, NoteLine
from followup.notes import understand_notes
from followup.topicplace import place_topics, topic_phrase
from followup.wordclass import NOUN, PROPN, UNKNOWN, VERB, countable, word_classes
from tests.test_writer_composer import FACTS, TODAY, offline


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a bare subject, typed as a sentence: its first capital is the sentence's
        ("Retrieval of blood samples at night", "retrieval of blood samples at night"),
        # a label over their question: the label is what they asked about
        (
            "tenant screening and fair housing: how do you stay consistent?",
            "tenant screening and fair housing",
        ),
        # the subject of what they explained, with the article notes drop and 'your' for 'their'
        ("turnover rate on their night shift is ~40%", "the turnover rate on your night shift"),
        ("intake queue is two weeks behind", "the intake queue"),
        # a name stays a name
        ("upgrade to Epic for the clinics", "the upgrade to Epic for the clinics"),
        # an uncountable head is written bare
        ("Vendor management", "vendor management"),
        # the last whole prepositional phrase before a figure
        (
            "Calendar planning for the depot with ~60 routes a day",
            "calendar planning for the depot",
        ),
    ],
)
def test_a_line_opening_with_a_noun_phrase_gives_it(line: str, phrase: str | None) -> None:
    assert topic_phrase(line) == phrase


@pytest.mark.parametrize(
    "line",
    [
        "chk rota b4 mtg",  # shorthand
        "salinidad del suelo, riego por goteo",  # another language
        "my audit of the payroll module",  # the candidate's own
        "told her about the warehouse move",  # what the candidate did
        "very sharp, good back-and-forth",  # a remark on the person
        "scan the shelves first, not the till",  # advice, a verb and its object
        "How to handle staff who are used to paper",  # a question, a clause
        "Regional Training Manager",  # a title
        "6-month contract, 2 shows a week",  # figures
        "good",  # an adjective on its own
        "houses are timber frame",  # one word before the verb is too little
        "Timeliness of the monthly 105 returns",  # cut to one word by a figure
        "his tip: scan the pattern",  # the label names a kind of line
        '"different league" she said',  # their words quoted
        "family approach / authorization conversation",  # an item's head names the talk itself
        "the clinical director",  # a person, not a subject
    ],
)
def test_a_line_the_reader_cannot_be_sure_of_gives_nothing(line: str) -> None:
    assert topic_phrase(line) is None


def test_word_classes_come_from_the_lexicon() -> None:
    assert NOUN in word_classes("queue") and VERB in word_classes("queue")
    assert word_classes("SQL") == {PROPN}
    assert word_classes("acft") == {UNKNOWN}  # shorthand is no English word
    assert word_classes("suelo") == {UNKNOWN}
    assert NOUN in word_classes("bust-out")  # a hyphenated word of English parts
    assert NOUN in word_classes("unprocessed") or "PARTICIPLE" in word_classes("unprocessed")


def test_countable_nouns_take_an_article_and_mass_nouns_do_not() -> None:
    assert countable("queue") and countable("backlog")
    assert not countable("fraud") and not countable("management") and not countable("queues")


def test_only_a_person_without_a_sure_topic_gets_one_by_place() -> None:
    from followup.noteheader import Person

    people = [Person("Ana Ruiz"), Person("Ben Cole")]
    lines = [
        NoteLine(
            "Ben talked about the depot move",
            LineKind.TOPIC,
            "Ben Cole",
            "the depot move",
            phrase_kind=None,
        ),
        NoteLine("Cold chain audits", LineKind.OTHER, "Ben Cole"),
        NoteLine("Cold chain audits", LineKind.OTHER, "Ana Ruiz"),
        NoteLine("what would you change first?", LineKind.OTHER, "Ana Ruiz"),
        NoteLine("Route planning software", LineKind.OTHER, "Ana Ruiz"),  # the answer
    ]
    from followup.notelines import PhraseKind

    lines[0] = NoteLine(
        lines[0].text, LineKind.TOPIC, "Ben Cole", "the depot move", PhraseKind.TOPIC
    )
    out = place_topics(lines, people)
    assert out[1].phrase is None  # Ben has a topic the writer can say
    assert out[2].phrase == "cold chain audits" and out[2].kind is LineKind.TOPIC
    assert out[4].phrase is None  # the line after a question is the candidate's answer


PANEL = (
    "Panel, Meridian Freight\n\n"
    "Ana Ruiz, Operations Manager\n"
    "- cold chain audits: how would you prepare a site?\n"
    "- said I'd run a mock audit first\n\n"
    "Ben Cole, Finance Lead\n"
    "- fuel surcharge model is out of date\n"
    "- walked him through my costing sheet\n"
)


def test_the_note_to_each_person_names_what_they_raised() -> None:
    front = dict(FACTS, company="Meridian Freight")
    reading = understand_notes(Notes(front_matter=front, text=PANEL, source="n.md"), TODAY)
    topics = {p.name: p.topics for p in reading.brief.interviewers}
    assert topics["Ana Ruiz"] == ["cold chain audits"]
    assert topics["Ben Cole"] == ["the fuel surcharge model"]
    drafts = {d.recipient.name: d for d in offline(PANEL, front) if d.recipient}
    assert "cold chain audits" in drafts["Ana Ruiz"].body
    assert "the fuel surcharge model" in drafts["Ben Cole"].body
    for draft in drafts.values():
        assert "mock audit" not in draft.body  # the candidate's answer is not their topic


HEADED = (
    "Two interviews back to back.\n\n"
    "#1 Dr. Ana Ruiz, Operations Manager (ran the site tour)\n"
    "- cold chain audits: how would you prepare a site?\n"
    "   → said a mock audit first; checklist for each dock door\n"
    "- escalate through Ben if the depot disagrees\n"
    "- carrier scheduling for the new routes\n\n"
    "#2 Ben Cole, Finance Lead\n"
    "- fuel surcharge model is out of date\n"
)


def test_a_block_under_a_numbered_heading_is_that_persons() -> None:
    """'#1 Dr. Ana Ruiz, ...' then bullets: the lines are hers by their place, even where
    the line reader gave them to nobody or carried Ben over from 'escalate through Ben'; the
    line after an arrow is the candidate's answer, never her topic."""
    front = dict(FACTS, company="Meridian Freight")
    reading = understand_notes(Notes(front_matter=front, text=HEADED, source="n.md"), TODAY)
    topics = {p.name: p.topics for p in reading.brief.interviewers}
    assert topics["Ana Ruiz"][:1] == ["cold chain audits"]
    assert "carrier scheduling for the new routes" in topics["Ana Ruiz"]
    assert not any("checklist" in t for t in topics["Ana Ruiz"])
    assert not any("scheduling" in t for t in topics["Ben Cole"])
    assert topics["Ben Cole"] == ["the fuel surcharge model"]


@pytest.mark.parametrize(
    ("line", "notes", "phrase"),
    [
        # a capital the notes never settle: a name ("Python") or a sentence's ("Retrieval")
        ("Retrieval of patient files", "Retrieval of patient files\n", None),
        ("Python for evidence collection", "- Python for evidence collection\n", None),
        # the word in lower case elsewhere in the notes: an ordinary word
        (
            "Retrieval of patient files",
            "Retrieval of patient files\nslow retrieval\n",
            "retrieval of patient files",
        ),
        # an abstract noun by its ending
        ("Independence.", "- Independence.\n", "independence"),
        # an acronym keeps its capitals
        ("RAMS, toolbox talks", "- RAMS, toolbox talks\n", "RAMS"),
    ],
)
def test_a_line_openers_capital_is_lowered_only_when_the_notes_say_it_is_ordinary(
    line: str, notes: str, phrase: str | None
) -> None:
    assert topic_phrase(line, notes=notes) == phrase


def test_a_private_subject_is_never_placed() -> None:
    """'benefits, relocation' with HR: benefits are pay talk (privacy.py), and stay in the notes."""
    front = dict(FACTS, company="Meridian Freight")
    text = (
        "Interviewer: Ana Ruiz, HR Partner\n\n"
        "- benefits, PTO and the pension\n- visa sponsorship timeline\n"
    )
    reading = understand_notes(Notes(front_matter=front, text=text, source="n.md"), TODAY)
    [ana] = reading.brief.interviewers
    assert not any(re.search(r"benefit|PTO|visa", t) for t in ana.topics), ana.topics


INVITE = (
    "Interview: Staff Accountant - Greyson & Pike LLP\n"
    "Tuesday, July 9, 2024 10:00 – 11:00am (Eastern Time)\n"
    "Location: 220 Summer St, Floor 12, Boston MA\n"
    "Organizer: Melissa Grant\n"
    "Guests:\n"
    "Melissa Grant (Controller)\n"
    "Devon Shaw (Senior Accountant)\n"
    "me\n\n"
    "--- my notes after ---\n"
    "Melissa: month-end close, they're on NetSuite\n"
    "Devon: showed me their close checklist\n"
)


def test_a_label_with_nothing_after_it_is_no_topic() -> None:
    """New-user trial 16: "I especially enjoyed our conversation about guests." (the pasted
    invitation's "Guests:" heading, placed in the organiser's block)."""
    reading = understand_notes(Notes(front_matter={}, text=INVITE, source="n.md"), TODAY)
    topics = {p.name: p.topics for p in reading.brief.interviewers}
    assert topics["Melissa Grant"] and "guests" not in topics["Melissa Grant"], topics
