"""What the offline writer never names as a subject of the conversation: a phrase that ends in
the notes' hedge ("screening basically"), a possessive labelling what follows its colon ("her
view: mostly native ..."), or part of the person's own title ("lead interpreter (Deaf)").
The line's real subject is still named.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.models import Notes
from followup.notes import understand_notes
from followup.writer.offline import Material, proper_name
from tests.test_writer_composer import FACTS as FRONT
from tests.test_writer_composer import TODAY, offline

ONE = "Interviewer: Marta Lindgren, head of cheese (maturing)\n\n"


@pytest.mark.parametrize(
    ("notes", "never"),
    [
        (ONE + "- screening basically\n- Marta talked about the washed-rind cave\n", "basically"),
        (ONE + "- her view: mostly native planting\n- Marta talked about the new cave\n", "view"),
        (ONE + "- attach the PDF\n- Marta talked about the new cave\n", "pdf"),
    ],
)
def test_notes_talk_is_never_named_as_a_subject(notes: str, never: str) -> None:
    [draft] = offline(notes)
    assert never not in draft.body.lower(), draft.body
    assert "washed-rind cave" in draft.body or "new cave" in draft.body, draft.body


def test_part_of_the_persons_title_is_no_subject() -> None:
    """'Ty Nakamura, CDI — lead interpreter (Deaf). ran the skills sample': the title after
    the dash is who Ty is, never 'what we discussed, especially lead interpreter (Deaf)'."""
    text = (
        "who:\n- Dr. Helen Marchetti — Director, ADS\n"
        "- Ty Nakamura, CDI — lead interpreter (Deaf). ran the skills sample.\n\n"
        "**what Ty asked**\n- Ty talked about the STEM sign glossary they want to build\n"
    )
    front = {**FRONT, "company": "Cascadia State University", "role": "Staff Interpreter"}
    reading = understand_notes(Notes(front_matter=front, text=text, source="n.md"), TODAY)
    ty = next(p for p in reading.brief.interviewers if p.name == "Ty Nakamura")
    subjects = [phrase for _, phrase in Material(reading, ty).ranked]
    assert not any("lead interpreter" in s.lower() for s in subjects), subjects
    assert any("glossary" in s for s in subjects), subjects


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        (ONE + "- Marta talked about her podcast on raw-milk cheesemaking\n", "podcast"),
        (ONE + "- screening of the new starter cultures\n", "screening of the new starter"),
        (ONE + "- Marta talked about the attachment rates in cave 2\n", "attachment rates"),
    ],
)
def test_a_real_subject_is_still_named(notes: str, said: str) -> None:
    [draft] = offline(notes)
    assert said in draft.body, draft.body


def test_the_subject_after_a_possessive_label_is_still_named() -> None:
    notes = ONE + "- her priority: guest reviews slipped to 4.1, mostly check-in waits\n"
    [draft] = offline(notes)
    assert "guest reviews" in draft.body, draft.body


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Trainee BSL/English Interpreter (supported pathway, 2 yrs)",
            "Trainee BSL/English Interpreter",
        ),
        ("Graduate Surveyor (graduate scheme)", "Graduate Surveyor"),
        (
            "Music Therapist (NICU & Pediatric Oncology)",
            "Music Therapist (NICU & Pediatric Oncology)",
        ),
        ("Sous Chef (Pastry)", "Sous Chef (Pastry)"),
    ],
)
def test_a_schemes_terms_in_brackets_are_not_said_with_the_role(written: str, said: str) -> None:
    assert proper_name(written) == said
