"""The gate tells the truth and nothing private reaches a message or a prompt (issue 7; the
session-12 trial's P2, P3, P4 and the follow-up log of batch T): a number cut at its comma,
a clause after "about" written without apostrophes, an improper question with no "(not ok)"
aside, an inquiry logged as "2/13 - emailed Mrs. Landry asking about timeline". Made-up
notes in the trial's forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup.checker.engine import Checker
from followup.clausecomma import first_clause, split_clauses
from followup.contractions import spell_out
from followup.core import MessageKind
from followup.inputs import SourceText
from followup.models import Notes
from followup.notes import parse_notes, understand_notes
from followup.privacy import PROTECTED_RE, classify_sentence, public_notes
from followup.sendlog import dated_inquiry
from followup.writer.kind_choice import inquiries_logged
from followup.writer.numbercheck import number_faults
from followup.writer.pipeline import Pipeline, WriteRequest

# -- a number, a name suffix: a comma inside a thing is no clause's end ------------------------


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        (
            "how I'd roll out Chromebooks to 1,200 kids, with a team of two",
            "how I'd roll out Chromebooks to 1,200 kids",
        ),
        ("the $4,500,000 budget, and the board", "the $4,500,000 budget"),
        (
            "the case against Smith, Jr. in March, then the appeal",
            "the case against Smith, Jr. in March",
        ),
        ("the pilot, residents on the panel", "the pilot"),
        ("a 3,5 FTE team, nights", "a 3,5 FTE team"),
    ],
)
def test_the_first_clause_ends_at_a_separating_comma(phrase: str, first: str) -> None:
    assert first_clause(phrase) == first


def test_split_clauses_keeps_numbers_whole() -> None:
    assert split_clauses("1,200 kids, 40 staff, Acme, Inc.") == [
        "1,200 kids",
        "40 staff",
        "Acme, Inc.",
    ]


ROLLOUT = (
    "Greenhollow Schools — Instructional Technology Specialist\n"
    "Interviewed Nov 2, 2026 with Patrice Oduya (Director of Digital Learning)\n"
    "Me: Wendell Ashby\n\n"
    "Patrice asked how I'd roll out Chromebooks to 1,200 kids with a team of two. Told her "
    "about the student tech-helper program at Ridgeview.\n"
    "She mentioned their district is piloting a new LMS next fall.\n"
)


def test_a_draft_keeps_a_number_whole(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(ROLLOUT, encoding="utf-8")
    r = cli("write", str(notes), "--kind", "thank-you", "--today", "2026-11-03")
    assert "1,200" in r.out and "to 1," not in r.out.replace("1,200", "")
    assert "writer.number" not in r.out


# -- the gate: each number of a draft is a number of the notes as written ----------------------


def test_a_number_cut_from_the_notes_is_an_error() -> None:
    facts = ROLLOUT
    faults = number_faults("talking about how I would roll out Chromebooks to 1, and I", facts)
    assert [(why, error) for _, _, why, error in faults] == [
        ("'1' is cut from '1,200' in your notes; say the whole number", True)
    ]


def test_a_number_the_notes_never_give_is_a_warning_and_dates_are_dates() -> None:
    facts = ROLLOUT
    assert number_faults("to 1,200 kids on Monday, November 2, 2026", facts) == []
    assert number_faults("the 3rd round at 9:30, https://x.org/77", facts) == []
    faults = number_faults("a budget of 40,000", facts)
    assert [(t, error) for _, _, t, error in faults] == [
        ("'40,000': your notes never give this number; check it", False)
    ]


def test_the_gate_blocks_a_model_draft_with_a_cut_number() -> None:
    from tests.test_gate_rules import model_draft

    front = {
        "candidate": "Wendell Ashby",
        "company": "Greenhollow Schools",
        "role": "Instructional Technology Specialist",
        "interview_date": "2026-11-24",
        "interviewers": [{"name": "Patrice Oduya", "topics": ["rolling out 1,200 Chromebooks"]}],
    }
    body = (
        "Dear Patrice,\n\nThank you for meeting me about the Instructional Technology "
        "Specialist role at Greenhollow Schools. I enjoyed talking about rolling out 1 "
        "Chromebooks with a small team.\n\nBest regards,\nWendell Ashby"
    )
    draft = model_draft(front, body, "Patrice asked how I'd roll out 1,200 Chromebooks.\n")
    cut = [f for f in draft.findings if f.rule_id == "writer.number-cut"]  # type: ignore[attr-defined]
    assert [f.match for f in cut] == ["1"]
    assert draft.blocked  # type: ignore[attr-defined]
    whole = model_draft(front, body.replace("out 1 ", "out 1,200 "), "")
    assert not [f for f in whole.findings if f.rule_id.startswith("writer.number")]  # type: ignore[attr-defined]


# -- contractions typed without an apostrophe ---------------------------------------------------


def test_run_together_contractions_are_spelled_out_and_words_are_left() -> None:
    assert spell_out("fiona mentioned theyre moving offices") == (
        "fiona mentioned they're moving offices"
    )
    assert spell_out("im going, Youre right, ive done it, dont know") == (
        "I'm going, You're right, I've done it, don't know"
    )
    # words of their own stay: "were", "well", "its", "ill"; an abbreviation in capitals
    left = "we were well, its ok, ill, IM policy, Im Kim, Wes said, wes"
    assert spell_out(left) == left


def test_a_clause_after_about_blocks_whatever_its_spelling(checker: Checker) -> None:
    for sentence in (
        "I enjoyed talking with you about theyre moving offices in February.",
        "I enjoyed talking with you about they're moving offices in February.",
        "I enjoyed our talk about im going to lead the pilot.",
        "I enjoyed our talk about dont need a car.",
    ):
        text = f"Hi Fiona,\n\n{sentence}\n\nBest,\nNneka"
        found = checker.check(text, MessageKind.THANK_YOU).findings
        assert any(
            f.rule_id == "etiquette.fragment" and f.severity.value == "error" for f in found
        ), sentence


CHAT = (
    "[26/11/2026, 17:40] Nneka Eze: interview today w pemberton & hale, paralegal\n"
    "[26/11/2026, 17:41] Nneka Eze: met Fiona Park (office manager)\n"
    "[26/11/2026, 17:45] Nneka Eze: fiona mentioned theyre moving offices in feb\n"
)


def test_a_topic_without_apostrophes_is_read_as_the_clause_it_is(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "chat.txt"
    notes.write_text(CHAT, encoding="utf-8")
    r = cli(
        "write",
        str(notes),
        "--kind",
        "thank-you",
        "--today",
        "2026-11-27",
        "--me",
        "Nneka Eze",
        "--role",
        "Paralegal",
        "--company",
        "Pemberton & Hale",
        "--to",
        "Fiona Park",
    )
    assert "theyre" not in r.out and "about they" not in r.out
    assert "move offices" in r.out or "BLOCKED" in r.out


# -- an improper question is private by its nature ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bethany also asked if I'm planning to have kids soon",
        "Bethany also asked if Im planning on having kids",
        "Jan asked whether Im married",
        "She asked whether I'm a US citizen.",
        "she asked if I plan to get pregnant",
        "he asked whether Im going to start a family",
        "asked if I am planning on retiring in 5 years",
    ],
)
def test_an_improper_question_is_protected_with_no_aside(line: str) -> None:
    assert PROTECTED_RE.search(line)


def test_a_question_about_the_job_that_names_kids_is_not_protected() -> None:
    assert PROTECTED_RE.search("Dana asked how I'd handle kids acting out in class.") is None
    assert PROTECTED_RE.search("asked if I plan to retire the old scheduling system") is None


PRIVATE = (
    "Sunfield Solar — Installation Project Manager\n"
    "Interview Nov 24 2026 (phone + site walk)\n"
    "Me: Rafael Quintero\n"
    "Interviewer: Bethany Cole, Operations Director\n\n"
    "Bethany asked how I schedule crews when weather wipes out a week. I told her about the "
    "rolling two-week board we used at BrightRoof.\n"
    "She said they're expanding into battery storage installs next year.\n"
    "Bethany also asked if I'm planning to have kids soon\n"
)


def test_an_improper_question_never_reaches_the_prompt(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(PRIVATE, encoding="utf-8")
    r = cli("write", str(notes), "--kind", "thank-you", "--today", "2026-11-25", "--show-prompt")
    assert r.code == 0, r.err
    assert "kids" not in r.out.lower()
    assert "battery storage" in r.out  # the rest of the notes is still read


def test_an_improper_question_never_reaches_the_offline_draft(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(PRIVATE, encoding="utf-8")
    r = cli("write", str(notes), "--kind", "thank-you", "--today", "2026-11-25")
    assert "kids" not in r.out.lower()
    assert "Bethany" in r.out


# -- a follow-up log line read by its shape ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "inquiry"),
    [
        ("2/13 - emailed Mrs. Landry asking about timeline (polite, short)", True),
        ("Feb 13: wrote to Denise to ask where things stand", True),
        ("13.02 msg to Ray, any news?", True),
        ("Mon 2/13 pinged Jo re next steps", True),
        ("2025-02-13 sent Jo a note asking about the decision", True),
        ('2/14 - Mrs. Landry: "we are still interviewing"', False),  # their reply
        ("2/4 - thank you email to Cap'n Guidry + Mrs. Landry", False),  # a thank-you
        ("2/20 - email to Jo if nothing", False),  # a plan
        ("3/1 - she emailed me about next steps", False),  # theirs
        ("2/13 - emailed portfolio link to Jo", False),  # asked nothing
    ],
)
def test_a_dated_send_line_is_an_inquiry_by_its_shape(line: str, inquiry: bool) -> None:
    assert dated_inquiry(line) is inquiry


def test_the_logged_inquiry_is_counted_for_the_cadence() -> None:
    log = (
        "FOLLOW UP\n2/4 - thank you email to Cap'n Guidry + Mrs. Landry\n"
        "2/13 - emailed Mrs. Landry asking about timeline (polite, short)\n"
        '2/14 - Mrs. Landry: "we are still interviewing a few folks"\n'
    )
    assert inquiries_logged(log) == 1


# -- second-language word order: rewritten where English has one form ---------------------------


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("I have the certificate CSWP", "I have the CSWP certificate"),
        ("I passed the exam PMP last year", "I passed the PMP exam last year"),
        ("I have a certificate CSWP", "I have a CSWP certificate"),
        ("I have an certificate MBA", "I have an MBA certificate"),
        ("the standard ISO 9001", "the standard ISO 9001"),  # a code and its number stay
        ("the pump housing in Ohio", "the pump housing in Ohio"),
        ("to switch to a new TMS in January", "to switch to a new TMS in January"),
        ("the senior RN on nights", "the senior RN on nights"),
        ("he'll talk to the operations VP, decision", "he'll talk to the operations VP, decision"),
        ("bring a photo ID", "bring a photo ID"),
    ],
)
def test_a_code_after_its_noun_goes_before_it(phrase: str, english: str) -> None:
    from followup.writer.secondlanguage import code_before_noun

    assert code_before_noun(phrase) == english


def test_a_question_about_the_experience_is_about_mine() -> None:
    from followup.writer.secondlanguage import own_attribute

    assert own_attribute("the experience with SolidWorks") == "my experience with SolidWorks"
    assert own_attribute("the knowledge of Python") == "my knowledge of Python"
    assert own_attribute("the experience of the guests") == "the experience of the guests"
    assert own_attribute("the budget for next year") == "the budget for next year"


def test_front_matter_topics_that_are_private_never_reach_the_prompt(
    cli: Any, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        "---\ncandidate: Rafael Quintero\ncompany: Sunfield Solar\n"
        "role: Installation Project Manager\ninterview_date: 2026-11-24\ninterviewers:\n"
        "  - name: Bethany Cole\n    topics: [how I schedule crews, whether I am planning to "
        "have kids soon]\n---\nBethany asked how I schedule crews.\n",
        encoding="utf-8",
    )
    r = cli("write", str(notes), "--kind", "thank-you", "--today", "2026-11-25", "--show-prompt")
    assert r.code == 0, r.err
    assert "how I schedule crews" in r.out and "kids" not in r.out


def test_a_model_draft_repeating_an_improper_question_is_blocked() -> None:
    from tests.test_gate_rules import model_draft

    front = {
        "candidate": "Rafael Quintero",
        "company": "Sunfield Solar",
        "role": "Installation Project Manager",
        "interview_date": "2026-11-24",
        "interviewers": [{"name": "Bethany Cole", "topics": ["how I schedule crews"]}],
    }
    body = (
        "Dear Bethany,\n\nThank you for meeting me about the Installation Project Manager "
        "role at Sunfield Solar. I enjoyed talking about how I schedule crews, and thank you "
        "for asking whether I am planning to have kids soon.\n\nBest regards,\nRafael Quintero"
    )
    draft = model_draft(front, body)
    found = [f for f in draft.findings if f.rule_id == "writer.private-topic"]  # type: ignore[attr-defined]
    assert found and draft.blocked  # type: ignore[attr-defined]


# -- trial 12b: hardship at home is private, even mid-paragraph ---------------------------------

DIARY = (
    "Diary, Saturday 28th November 2026\n\n"
    "Today makes it almost two weeks since I did the interview for Credit Risk Analyst at "
    "Stanbic Meridian Bank (it was Tuesday 10th November). Mrs. Adaeze Okonkwo, the Head of "
    "Credit, asked me plenty of questions about the IFRS 9 impairment model. I sent her a "
    "thank-you on 11th November. Honestly I need this job because my rent is due in December. "
    "My name is Chukwuemeka Eze.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly I need this job because my rent is due in December.",
        "we really need the money, behind on rent again",
        "my landlord wants the flat back by March",
    ],
)
def test_hardship_at_home_is_private(sentence: str) -> None:
    assert classify_sentence(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked about the rent roll and mortgage servicing.",
        "She asked why I need the job title changed on the contract.",
    ],
)
def test_the_works_rent_and_jobs_are_not_private(sentence: str) -> None:
    assert classify_sentence(sentence) is None


def test_a_private_sentence_mid_paragraph_is_no_fact() -> None:
    notes = Notes(front_matter={}, text=DIARY, source="diary.txt")
    reading = understand_notes(notes, dt.date(2026, 11, 28))
    assert reading.brief.role == "Credit Risk Analyst"
    assert "rent" not in public_notes(DIARY)


# -- trial 12b: the notes' own "I didn't mention ..." is no part of the point ------------------

INVITE_NOTES = (
    "Interview: Data Engineer – Kestrel Energy, 25 Nov 2026\n"
    "me: Oisin Brennan\n\n"
    "Rajesh Kulkarni - head of data platform. Talked about moving smart meter ingest from "
    "nightly batch to streaming.\n"
    "{forgot}\n"
)


@pytest.mark.parametrize(
    "forgot",
    [
        "I didn't mention I've done Terraform for 2 years - should add that.",
        "forgot to say I've done Terraform for 2 years",
        "should have mentioned that I've done Terraform for 2 years",
    ],
)
def test_the_forgotten_point_loses_its_reminder(forgot: str) -> None:
    notes = parse_notes(SourceText("invite.txt", INVITE_NOTES.format(forgot=forgot)))
    request = WriteRequest(notes, MessageKind.THANK_YOU, today=dt.date(2026, 11, 26))
    [draft] = Pipeline(Checker.from_settings()).run(request).drafts
    assert "I also wanted to mention that I've done Terraform for 2 years." in draft.body
    assert "mention I" not in draft.body and "add that" not in draft.body
