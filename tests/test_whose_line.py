"""Whose line it is: a note line belongs to the person it names, or to the last person named
in its paragraph or bullet group; and a phone paste's line is a thought of its own.

Reduced from a new user's trial (trial 7) in other words: a panel member's "mentioned the
go-live" read as the candidate's answer, a second interviewer's questions given to the first,
a phone-paste line running on into the next.
"""

from __future__ import annotations

from followup.noteheader import Person
from followup.notelines import LineKind, NoteLine, PhraseKind, classify_notes

TWO = [Person("Tomas Berg", None, None), Person("Ines Calder", None, None)]


def lines(text: str, people: list[Person]) -> list[NoteLine]:
    return classify_notes(text, people)


def test_a_subjectless_mentioned_under_their_heading_is_their_topic() -> None:
    text = (
        "## Ms. Ines Calder (Head of Nursing)\n"
        "- asked how I'd handle a family who refuses a transfer\n"
        "- mentioned the new bed-management system going live in June\n"
    )
    got = lines(text, TWO)
    mentioned = next(ln for ln in got if "bed-management" in ln.text)
    assert mentioned.kind is LineKind.TOPIC and mentioned.about == "Ines Calder"
    assert mentioned.phrase_kind is PhraseKind.TOPIC
    # the candidate's own words say "I"
    mine = lines("## Ines Calder\n- I mentioned my audit of the discharge letters\n", TWO)
    assert mine[-1].kind is LineKind.CANDIDATE


def test_a_sentence_naming_one_person_anywhere_hands_the_paragraph_to_them() -> None:
    text = (
        "I met Tomas Berg first and he asked about my rota planning. "
        "After the break the deputy, Ines Calder, took the second half. "
        "She asked which incident I was proudest of handling."
    )
    got = lines(text, TWO)
    question = next(ln for ln in got if "proudest" in ln.text)
    assert question.kind is LineKind.QUESTION and question.about == "Ines Calder"
    first = next(ln for ln in got if "rota" in ln.text)
    assert first.about == "Tomas Berg"


def test_a_sentence_naming_two_people_hands_nothing_on() -> None:
    text = "After lunch both Tomas Berg and Ines Calder were there. They asked about weekend cover."
    assert lines(text, TWO)[-1].about is None


def test_a_sentence_adverb_keeps_the_question_theirs() -> None:
    one = [Person("Tomas Berg", None, None)]
    for text in (
        "Instead he asked how I would cut the waiting list.",
        "He asked which audit tool I would use.",
        "He asked, too, how I train new starters.",
    ):
        got = lines(text, one)
        assert got[0].kind is LineKind.QUESTION and got[0].phrase, text


def test_a_phone_paste_line_that_opens_a_clause_is_a_thought_of_its_own() -> None:
    text = (
        "ines - asked abt how i'd plan the winter stock take, told her abt the cycle counts "
        "i set up at my last place (cut write-offs a lot)\n"
        "she's worried i haven't used their WMS, only excel\n"
        "tomas - they're moving to a new depot in may\n"
    )
    got = lines(text, TWO)
    question = next(ln for ln in got if "stock take" in ln.text)
    assert question.kind is LineKind.QUESTION and question.about == "Ines Calder"
    assert "worried" not in question.text
    concern = next(ln for ln in got if "worried" in ln.text)
    assert concern.kind is LineKind.CONCERN and concern.about == "Ines Calder"


def test_a_wrapped_line_that_breaks_off_mid_phrase_still_runs_on() -> None:
    text = (
        "Tomas asked about the way I schedule deliveries across the\n"
        "three sites, and whether I use a routing tool\n"
    )
    got = lines(text, TWO)
    assert any("three sites" in ln.text and "schedule deliveries" in ln.text for ln in got)


def test_someone_else_met_takes_what_follows_from_the_person_listed() -> None:
    """A pasted mail from one person, then the candidate's note on a second, unlisted one:
    his question is not hers (trial 6: the note to Gabriela thanked her for Tyler's)."""
    one = [Person("Marta Kowal", None, None)]
    text = (
        "Hi Sam, thanks for coming in today. We'll decide by Friday.\n\n"
        "my notes: also met Dev (data lead) briefly, he asked about survey weighting.\n"
    )
    got = lines(text, one)
    question = next(ln for ln in got if "weighting" in ln.text)
    assert question.kind is LineKind.QUESTION and question.about == "Dev"
    # a company or a month after "met" is nobody
    for other in ("met March, briefly", "met The team, briefly"):
        assert lines(f"{other}. He asked about rotas.", one)[-1].about == "Marta Kowal"
