"""What each interviewer raised, read in the forms people write it (issue 7: each note names at
least one thing that person raised). Every form has a should-read case and a should-not case
for its nearest misreading; the words are new (not any eval case's)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notelines import LineKind, NoteLine, PhraseKind
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)

HEAD = (
    "Company: Larchmont Freight\nRole: Yard Planner\nDate: 2026-11-24\nMe: Priya Olsen\n\n"
    "Interviewers:\n- Odile Marchetti, Terminal Manager\n- Rufus Okafor, Safety Lead\n\n"
)


def read(body: str) -> Reading:
    return understand_notes(Notes(front_matter={}, text=HEAD + body, source="n.txt"), TODAY)


def line(reading: Reading, start: str) -> NoteLine:
    return next(ln for ln in reading.lines if ln.text.startswith(start))


def topics(reading: Reading, first_name: str) -> list[str]:
    person = next(p for p in reading.brief.interviewers if p.name.startswith(first_name))
    return person.topics


# -- "she mentioned X, Y": the first item of the list she raised ----------------------------
def test_mentioned_a_list_gives_its_first_item() -> None:
    r = read("Odile:\n- she mentioned reefer plug capacity, the night gate queue\n")
    ln = line(r, "she mentioned")
    assert (ln.kind, ln.about, ln.phrase) == (
        LineKind.TOPIC,
        "Odile Marchetti",
        "reefer plug capacity",
    )


def test_mentioned_by_the_candidate_is_no_topic_of_theirs() -> None:
    r = read("Odile:\n- I mentioned my crane scheduling sheet, the one from Tilbury\n")
    assert line(r, "I mentioned").kind is not LineKind.TOPIC


# -- a noun phrase typed as a sentence under their name --------------------------------------
def test_a_subject_typed_as_a_sentence_is_their_topic() -> None:
    r = read("Rufus:\n- Night lighting in the stacking area. He asked what I would change.\n")
    ln = line(r, "Night lighting")
    assert ln.phrase == "night lighting in the stacking area"
    assert ln.about == "Rufus Okafor"


@pytest.mark.parametrize(
    "bullet",
    [
        "Mostly small talk.",  # a remark: an adverb first
        "Good chat overall.",  # a verdict
        "Head of Yard Operations (my future boss).",  # a job, a person
        "Shifts started late.",  # a verb in the past: what happened
        "Harbour Master sign-off.",  # capitals past the first word: a name
        "Bring steel toe boots.",  # a to-do
    ],
)
def test_a_sentence_that_is_a_remark_or_a_name_is_no_topic(bullet: str) -> None:
    r = read(f"Rufus:\n- {bullet}\n")
    assert line(r, bullet.split()[0]).phrase is None


def test_a_sentence_typed_subject_gives_way_to_a_surer_topic() -> None:
    r = read(
        "Rufus:\n- He talked a lot about the new straddle carrier fleet.\n"
        "- Night lighting in the stacking area.\n"
    )
    assert topics(r, "Rufus") == ["the new straddle carrier fleet"]


# -- a label that names the subject ----------------------------------------------------------
def test_a_label_naming_a_subject_is_their_topic() -> None:
    r = read("Odile:\n- Gate scheduling: the two feeder lines always arrive together.\n")
    assert line(r, "Gate scheduling").phrase == "gate scheduling"


@pytest.mark.parametrize(
    "labelled",
    [
        "Answer: I would stagger the feeder windows.",  # what kind of line follows
        "Her closing line: see you at the gate.",  # a possessive label: no subject
        "Day plan: 08:00 yard walk, 10:00 panel.",  # a schedule
        "Scenario: a reefer alarm at 3am.",  # one count noun: 'about scenario'
    ],
)
def test_a_label_of_the_lines_kind_is_no_topic(labelled: str) -> None:
    r = read(f"Odile:\n- {labelled}\n")
    assert line(r, labelled.split(":")[0]).phrase is None


# -- what they said of a thing ---------------------------------------------------------------
def test_what_they_said_of_a_thing_makes_the_thing_their_topic() -> None:
    r = read("Rufus:\n- he said the lashing gang rota is a headache every winter\n")
    ln = line(r, "he said")
    assert (ln.kind, ln.phrase) == (LineKind.TOPIC, "the lashing gang rota")


@pytest.mark.parametrize(
    "said",
    [
        "he said I was the only one with reefer experience",  # the candidate
        "he said it is normal for a first yard job",  # a pronoun
        "he said the team is small",  # the team as a whole
        "he said their recruiter is Nadia Ruiz",  # a person
        "he said Friday afternoon is kept for audits",  # a time
    ],
)
def test_what_they_said_of_no_subject_is_no_topic(said: str) -> None:
    r = read(f"Rufus:\n- {said}\n")
    assert line(r, "he said").phrase is None


# -- a move whose object is a pronoun --------------------------------------------------------
def test_moving_them_to_a_system_is_their_move() -> None:
    r = read("Odile:\n- the gate logs are on paper\n- she's migrating them to Navis N4\n")
    ln = line(r, "she's migrating")
    assert (ln.phrase, ln.phrase_kind) == ("your migration to Navis N4", PhraseKind.PLAN)


def test_moving_somewhere_without_an_object_is_not_read_as_their_move() -> None:
    r = read("Odile:\n- she's moving to the Felixstowe office\n")
    assert line(r, "she's moving").phrase != "your move to the Felixstowe office"


# -- questions listed as asked ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("asked", "phrase"),
    [
        ("How I will handle a vessel that arrives a day early.", "how I would handle a vessel"),
        ("How to keep the empties stack from blocking lane 4.", "how to keep the empties stack"),
        ("Take them through a typical cut-off day.", "a typical cut-off day"),
    ],
)
def test_a_question_listed_under_who_asked_it(asked: str, phrase: str) -> None:
    r = read(f"Odile asked:\n- {asked}\n")
    ln = line(r, asked.split()[0])
    assert ln.kind is LineKind.QUESTION
    assert ln.phrase is not None and ln.phrase.startswith(phrase)


def test_what_i_did_is_no_question_to_rephrase() -> None:
    r = read("Odile asked:\n- What I did at the depot before.\n")
    assert line(r, "What I did").phrase != "what I would did at the depot before"


def test_questions_label_gives_the_first_question() -> None:
    r = read(
        "Rufus:\n- questions : how do I brief a new lasher, what do I do if the wind picks up\n"
    )
    ln = line(r, "questions")
    assert (ln.kind, ln.phrase) == (LineKind.QUESTION, "how I brief a new lasher")


def test_how_do_i_feel_is_no_question_to_rephrase() -> None:
    r = read("Rufus:\n- questions : how do I feel about nights\n")
    assert line(r, "questions").phrase is None


# -- what the candidate talked through -------------------------------------------------------
def test_talked_through_is_the_candidates_own() -> None:
    r = read("Odile:\n- I talked through the berth window planner I built in Excel\n")
    ln = line(r, "I talked through")
    assert (ln.kind, ln.phrase_kind) == (LineKind.CANDIDATE, PhraseKind.MINE)
    assert ln.phrase == "the berth window planner I built in Excel"


def test_they_talked_through_is_not_the_candidates() -> None:
    r = read("Odile:\n- she talked through the new gate system\n")
    assert line(r, "she talked").phrase_kind is not PhraseKind.MINE


# -- a private part headed in French ---------------------------------------------------------
def test_a_part_marked_not_for_the_mails_is_private() -> None:
    r = read(
        "Odile:\n- she mentioned the night gate queue\n\nPERSO (pas pour les mails !!)\n"
        "- le chef de quai avait l'air fatigué\n"
    )
    assert not [ln for ln in r.lines if "chef de quai" in ln.text and ln.usable]


# -- what they want others to do -------------------------------------------------------------
def test_wanting_others_to_do_something_is_their_plan() -> None:
    r = read("Odile:\n- she wants dispatchers to log every late chassis in one sheet\n")
    ln = line(r, "she wants")
    assert (ln.phrase, ln.phrase_kind) == (
        "your plan for dispatchers to log every late chassis in one sheet",
        PhraseKind.PLAN,
    )


@pytest.mark.parametrize(
    "wanted",
    [
        "she wants me to shadow a night shift first",  # the candidate
        "she wants us to send references by Friday",  # the candidate's side
        "she wants Harwich to take the overflow",  # a place or a name
    ],
)
def test_wanting_the_candidate_or_a_name_to_do_something_is_no_plan_of_theirs(
    wanted: str,
) -> None:
    r = read(f"Odile:\n- {wanted}\n")
    assert not (line(r, "she wants").phrase or "").startswith("your plan for")


# -- bullets typed without a space after the dash --------------------------------------------
def test_dash_glued_bullets_are_bullets() -> None:
    r = read("rufus\n-quay crane uptime. he asked how I log breakdowns\n-lashing rota\n")
    assert topics(r, "Rufus")[:1] == ["quay crane uptime"]


def test_a_dash_before_a_number_is_no_bullet() -> None:
    r = read("rufus\n-5 degrees on the quay at night, he said\n")
    assert not any(ln.phrase == "5 degrees on the quay at night" for ln in r.lines)


# -- why the CV has a gap is private ---------------------------------------------------------
def test_a_gap_explained_by_family_reasons_is_private() -> None:
    r = read("Odile:\n- asked about the gap in 2024 -> family matter, back full time now\n")
    assert not [ln for ln in r.lines if "gap in 2024" in ln.text and ln.usable]


# -- "most of it was X": what the hour was about, without "about" ------------------------------
def test_most_of_it_was_a_subject_is_their_topic() -> None:
    r = read("Odile:\n- most of it was yard congestion. the night shift backs up at the gate\n")
    assert any("yard congestion" in t for t in topics(r, "Odile"))


def test_most_of_it_was_an_impression_is_no_topic() -> None:
    r = read("Odile:\n- most of it was friendly, she laughed a lot\n")
    assert not any("friendly" in t for t in topics(r, "Odile"))


# -- what a subject of talk never holds ------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "completely separate from the night rota",
        "the weekend cover later not in the contract",
        'start date "around the new year" by phone',
    ],
)
def test_an_adverb_opening_a_negation_or_a_lower_case_quote_is_no_topic(phrase: str) -> None:
    from followup.notelines import sure_phrase

    assert not sure_phrase(phrase, PhraseKind.TOPIC)


@pytest.mark.parametrize(
    "phrase",
    [
        "the weekly yard audit",
        "Emily Park's rota rebuild",
        'the "Quiet Hours" pilot',
        "a not-for-profit partner",
    ],
)
def test_a_subject_with_those_words_elsewhere_is_still_a_topic(phrase: str) -> None:
    from followup.notelines import sure_phrase

    assert sure_phrase(phrase, PhraseKind.TOPIC)
