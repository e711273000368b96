"""Topic sentences a person would write: a clause is no topic (writer/factshape.py), and two
sentences in a row do not say the same frame word (writer/offline.py).

The phrases and notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.models import Notes
from followup.writer.factshape import job_terms, sure_topic, topic_shape
from followup.writer.offline import _alike
from followup.writer.pipeline import Pipeline, WriteRequest


@pytest.mark.parametrize(
    "phrase",
    [
        "all follow-ups go",
        "new hires need more shadowing",
        "the team is migrating to Kafka",
        "the rollout has slipped twice",
        "your nurses can",
    ],
)
def test_a_subject_and_its_verb_is_no_topic(phrase: str) -> None:
    assert topic_shape(phrase) is not None
    assert sure_topic(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "the sales team",
        "staffing needs",
        "how big the team is",
        "someone who is comfortable with change",
        "the tools that are used",
        "goods vehicles",
        "what the role will look like",
    ],
)
def test_a_noun_phrase_is_a_topic(phrase: str) -> None:
    assert topic_shape(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "today 22/5",
        "shift timings 8 to 5",
        "notice 1 month",
        "the field season from April",
        "now 19.09",
    ],
)
def test_a_phrase_that_says_when_is_no_topic(phrase: str) -> None:
    assert sure_topic(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    ["the 90-day plan", "AQL 2.5 inspection", "the May rollout", "the 6 week induction"],
)
def test_a_figure_that_names_a_thing_is_a_topic(phrase: str) -> None:
    assert sure_topic(phrase) == phrase


@pytest.mark.parametrize(
    "phrase",
    ["state benefits", "notice period", "the drug test and DOT physical", "hybrid arrangement"],
)
def test_the_jobs_terms_are_named(phrase: str) -> None:
    assert job_terms(phrase) is not None


@pytest.mark.parametrize(
    "phrase", ["the physical demands of the job", "payroll software", "the notice board"]
)
def test_a_word_of_the_terms_in_another_sense_is_no_term(phrase: str) -> None:
    assert job_terms(phrase) is None


def test_an_inquiry_does_not_recall_the_jobs_terms() -> None:
    text = (
        "Company: Meghna Knit\nRole: Senior Merchandiser\nMe: Tanvir Hossain\n"
        "Interview Nov 2 2026 with Nasrin Akter (HR)\n- we talked about notice period\n"
    )
    notes = Notes(front_matter={}, text=text, source="n.txt")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, MessageKind.INQUIRY, today=dt.date(2026, 11, 12))
    [draft] = pipeline.run(request).drafts
    assert "notice period" not in draft.body


def test_capitals_for_emphasis_are_written_plainly_and_acronyms_stay() -> None:
    from followup.writer.phrases import unshout

    assert unshout("CLIENT EXPERIENCE above all") == "client experience above all"
    assert unshout("HACCP audits in the CCTV room") == "HACCP audits in the CCTV room"


def test_two_sentences_with_one_frame_word_read_alike() -> None:
    assert _alike("I enjoyed talking with you about X.", "I especially enjoyed our talk about Y.")
    assert _alike("Our conversation about X has stayed.", "Our conversation about Y was good.")
    assert not _alike("Our conversation about X has stayed with me.", "I enjoyed your question.")


NOTES = {
    "candidate": "Sam Rivera",
    "company": "Northwind Analytics",
    "role": "Product Analyst",
    "interview_date": "2026-11-24",
    "interviewers": [
        {
            "name": "Maria Chen",
            "topics": ["moving the weekly revenue review to dashboards"],
            "interests": ["data visualization"],
        }
    ],
}


def test_a_thank_you_does_not_say_enjoyed_twice_in_a_row() -> None:
    notes = Notes(front_matter=NOTES, text="- Maria liked my dashboards\n", source="n.md")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, MessageKind.THANK_YOU, today=dt.date(2026, 11, 25))
    [draft] = pipeline.run(request).drafts
    sentences = [s for s in draft.body.replace("\n", " ").split(". ") if s]
    for a, b in itertools.pairwise(sentences):
        assert not ("enjoyed" in a.split()[:4] and "enjoyed" in b.split()[:4]), draft.body


def test_a_persons_name_alone_is_no_topic() -> None:
    front = {
        "candidate": "Keoni Kahananui",
        "company": "Hale Kai Resort",
        "role": "Lead Surf Instructor",
        "interview_date": "2026-11-05",
        "interviewers": [
            {"name": "Bradley Tanaka", "topics": ["Keoni Kahananui", "incident reports"]}
        ],
    }
    notes = Notes(front_matter=front, text="", source="n.md")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, MessageKind.THANK_YOU, today=dt.date(2026, 11, 6))
    [draft] = pipeline.run(request).drafts
    assert "about Keoni" not in draft.body
    assert "incident reports" in draft.body
