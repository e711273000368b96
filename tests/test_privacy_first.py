"""Private remarks are read first, and nothing is taken from them: not a recipient, a company,
a role, a topic, a question or a concern; they never reach a prompt or a draft. Questions no
interviewer should ask (children, pregnancy, marriage, age, religion, health, nationality)
and the candidate's answers are private whether or not the notes say so, and so are the other
companies the candidate is talking to. The candidate, a business and a name written only in a
private remark are never recipients. The gate's private-leak rule blocks a draft that holds
one anyway, offline or from a model.

From a new user's trial (a note "To: Puget Sound Tugs" thanking them for asking whether the
candidate has kids); the notes here are written for these tests in other names, wordings and
layouts, none of them an eval case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.models import Brief, Interviewer, Notes
from followup.notes import Reading, keep_recipients, understand_notes
from followup.privacy import Reason, private_lines, private_names, public_notes
from followup.writer.pipeline import Pipeline, WriteRequest
from followup.writer.untrusted import prompt_notes

TODAY = dt.date(2026, 11, 27)


def read(text: str) -> Reading:
    return understand_notes(Notes(text=text, source="n.txt"), TODAY)


def everything_read(reading: Reading) -> str:
    """Every fact the reader took, as one lower-case string."""
    b = reading.brief
    parts = [b.company or "", b.role or "", b.candidate or "", *b.topics]
    for p in b.interviewers:
        parts += [p.name, p.title or "", *p.topics, *p.interests, *p.concerns]
    parts += [ln.phrase or "" for ln in reading.lines if ln.usable]
    return " | ".join(parts).lower()


def drafts(text: str, **request: object) -> list[tuple[str, str, str]]:
    notes = Notes(text=text, source="n.txt")
    pipeline = Pipeline(Checker.from_settings(), None)
    run = pipeline.run(
        WriteRequest(notes, MessageKind.THANK_YOU, today=TODAY, **request)  # type: ignore[arg-type]
    )
    return [(d.recipient.name if d.recipient else "", d.status, d.body) for d in run.drafts]


# -- 1. a private line is never the source of a fact ------------------------------------------

# (notes, words that must not be read from them or reach a prompt)
LEAKY_NOTES = [
    (  # the trial's form: a rival employer after "w/", marked, then a question about kids
        "Company: Harbour Freight Lines\nRole: Dispatcher\nInterview: Nov 25 2026\n"
        "Interviewer: Maya Okonkwo, Ops Manager\n"
        "Maya asked about my radio dispatch experience.\n"
        "We talked about their new routing software rollout.\n"
        "Also interviewing w/ Cascade Haulers next week - don't mention.\n"
        "She asked if I have kids, I said no but we're expecting in March.\n"
        "Candidate: Theo Marsh\n",
        ["cascade", "haulers", "kids", "expecting"],
    ),
    (  # a bullet with the mark at its end, another company as the place of a second interview
        "Interview with Priya Raman (Head of Design) at Lumen Labs for the UX Designer role, "
        "Nov 25 2026.\n"
        "- Priya walked me through their design system audit\n"
        "- second round at Orbital Studio on Friday too, keep this to myself\n"
        "- Priya asked how old I am, weird\n"
        "Me: Jonah Reyes\n",
        ["orbital", "how old"],
    ),
    (  # the mark as its own sentence after the line it covers, in a prose paragraph
        "Met with Carlos Mendes, Head Chef at Saffron House, for the sous chef job on "
        "Nov 25 2026. He asked about my pastry background and we talked about the new tasting "
        "menu. I also have a trial shift at Bramble Kitchen on Monday. Don't mention that. "
        "He asked whether I'm married.\nMy name: Ana Lobo\n",
        ["bramble", "married"],
    ),
    (  # a private section naming someone at another firm
        "Company: Northwind Logistics\nRole: Analyst\nDate: 2026-11-25\n"
        "Interviewer: Grace Liu, Director\n"
        "- Grace asked about my SQL reporting work\n\n"
        "## Private\n- Dana Reyes at Corbel Partners offered me 90k\n"
        "- my boss doesn't know\n\nMe: Sam Patel\n",
        ["dana", "corbel", "90k"],
    ),
]


@pytest.mark.parametrize(("text", "private"), LEAKY_NOTES, ids=["w/", "bullet", "prose", "section"])
def test_nothing_is_read_from_a_private_remark(text: str, private: list[str]) -> None:
    reading = read(text)
    read_words = everything_read(reading)
    assert not any(word in read_words for word in private), read_words
    sent = prompt_notes(reading).lower()
    assert not any(word in sent for word in private), sent
    assert len(reading.brief.interviewers) == 1  # the interviewer, and no one else


@pytest.mark.parametrize(("text", "private"), LEAKY_NOTES, ids=["w/", "bullet", "prose", "section"])
def test_no_draft_is_addressed_from_or_says_a_private_remark(text: str, private: list[str]) -> None:
    written = drafts(text)
    assert len(written) == 1
    to, _status, body = written[0]
    assert not any(word in (to + body).lower() for word in private), body


def test_the_public_rest_of_the_trial_notes_is_still_read() -> None:
    reading = read(LEAKY_NOTES[0][0])
    assert reading.brief.company == "Harbour Freight Lines"
    assert [p.name for p in reading.brief.interviewers] == ["Maya Okonkwo"]
    assert "routing software" in everything_read(reading)


def test_a_mark_covers_its_own_line_in_a_paragraph_of_note_lines() -> None:
    # the old reading marked the whole paragraph: the interviewer's line and her topics too
    text = (
        "Interviewer: Rosa Delgado, Captain\n"
        "Rosa asked about my night watch experience.\n"
        "Also interviewing w/ Puget Sound Tugs next week - don't mention.\n"
        "We talked about the hybrid ferry.\n"
    )
    [remark] = private_lines(text)
    assert (remark.first_line, remark.last_line, remark.reason) == (3, 3, Reason.MARKED)
    public = public_notes(text)
    assert "night watch" in public and "hybrid ferry" in public and "Puget" not in public


def test_a_run_on_paragraph_loses_only_its_private_thought() -> None:
    text = (
        "So I had the interview at Quillfeather Press for the Marketing Coordinator job and it "
        "was with Hannah Lee who is the marketing director and we talked about their spring "
        "catalog and how they want to grow their newsletter which is at 12,000 subscribers "
        "right now, and she said they're seeing two more people this week, and I told her "
        "about the campus bookstore newsletter I grew from 800 to 3,000 in a year.\n"
    )
    public = public_notes(text)
    assert "two more people" not in public
    assert "Quillfeather Press" in public and "12,000 subscribers" in public
    assert "3,000 in a year" in public


def test_the_next_step_after_a_private_clause_stays() -> None:
    text = (
        "Interview with Ana at Acme.\n- he's seeing 2 more people this week, decision by May 29\n"
    )
    [remark] = private_lines(text)
    assert remark.text == "he's seeing 2 more people this week"
    assert "decision by May 29" in public_notes(text)


def test_a_pay_figure_with_its_pay_word_far_off_in_the_sentence_is_still_pay() -> None:
    text = "Met Ana.\nI'm at $61k now, so it only makes sense near the top of the band.\n"
    assert [r.reason for r in private_lines(text)] == [Reason.PAY]


# -- 2. questions no interviewer should ask, and other companies ------------------------------

PROTECTED = [
    "She asked if I have kids.",
    "- he asked whether I'm married",
    "Q: How old are you?",
    "- asked when I graduated high school",
    "- she asked what church I go to",
    "- asked where I'm originally from, then about my accent",
    "- wanted to know if I'm planning to start a family",
    "- asked if I have any health conditions",
    "- I'm actually expecting in May",
    "- asked about my nationality",
]


def test_the_answer_after_such_a_question_is_private_too() -> None:
    text = "Interview with Ana at Acme. She asked if I'm married. I said no. We talked about SQL.\n"
    remarks = private_lines(text)
    assert [r.text for r in remarks] == ["She asked if I'm married.", "I said no."]
    assert "SQL" in public_notes(text)


OTHER_COMPANIES = [
    "- also interviewing at Corbel next week",
    "- applied at Harborview Clinic too",
    "- I have a final round with Meridian Bank as well",
    "- interviewing with two other firms this month",
    "- my other interview is on Thursday",
    "- keeping my options open",
]

PRIVATE_UNMARKED = [(line, Reason.PROTECTED) for line in PROTECTED] + [
    (line, Reason.JOB_SEARCH) for line in OTHER_COMPANIES
]


@pytest.mark.parametrize(("line", "reason"), PRIVATE_UNMARKED)
def test_private_by_nature_without_a_mark(line: str, reason: Reason) -> None:
    """A question no interviewer should ask, the candidate's answer, another company."""
    remarks = private_lines(f"Interview with Ana at Acme.\n{line}\n- Next step: a call.\n")
    assert [r.reason for r in remarks] == [reason], remarks


STILL_PUBLIC = [
    "- she asked whether I have experience with kids with ADHD",
    "- asked how I'd handle kids acting out in class",
    "- he asked about my experience with medical billing",
    "- we talked about health and safety audits",
    "- the church renovation is their biggest project",
    "- she asked where I see myself in five years",
    "- I'm expecting to hear back by Friday",
    "- interviewing with Rosa Delgado again next week for the second round",
    "- 8th grade science teacher (maternity cover through June)",
    "- told her I'd comp a month of parking for the flooded unit",
    "- their newsletter has 12,000 subscribers and they want to grow it",
]


@pytest.mark.parametrize("line", STILL_PUBLIC)
def test_what_only_sounds_like_it_stays_public(line: str) -> None:
    text = f"Interview with Ana at Acme.\n{line}\n"
    assert private_lines(text) == []


# -- 3. who may be written to -----------------------------------------------------------------


def reading_with(names: list[str], candidate: str, text: str) -> Reading:
    brief = Brief(
        candidate=candidate,
        company="Finchworks",
        interviewers=[Interviewer(name=n) for n in names],
    )
    return Reading(brief, all_text=text, text=text)


def test_the_candidate_a_business_and_a_privately_named_person_are_never_recipients() -> None:
    text = (
        "To: Noah Kim\nFrom: Gabriela Souza\nMet Gabriela and the Harbor Grill folks.\n"
        "Also interviewing w/ Lena Ortiz at Corbel - don't mention.\n"
    )
    reading = reading_with(
        ["Noah Kim", "Gabriela Souza", "Harbor Grill", "Lena Ortiz", "Finchworks"], "Noah Kim", text
    )
    keep_recipients(reading)
    assert [p.name for p in reading.brief.interviewers] == ["Gabriela Souza"]


def test_an_interviewer_who_shares_only_a_first_name_with_the_candidate_stays() -> None:
    reading = reading_with(["Sam"], "Sam Lee", "Met Sam, the studio lead.\n")
    keep_recipients(reading)
    assert [p.name for p in reading.brief.interviewers] == ["Sam"]


def test_me_naming_the_to_of_a_pasted_mail_gives_no_note_to_oneself() -> None:
    text = (
        "From: Gabriela Souza <gabriela.souza@finchworks.example>\n"
        "Subject: Re: Next steps - UX Researcher\nTo: Noah Kim <noahkim@mail.example>\n\n"
        "Hi Noah,\n\nThanks for coming in on Nov 24! The team enjoyed your walkthrough of the "
        "onboarding study.\n\nBest,\nGabriela\nGabriela Souza | Research Ops Lead | Finchworks\n"
    )
    written = drafts(text, overrides={"candidate": "Noah Kim", "company": "Finchworks"})
    assert [to for to, _, _ in written] == ["Gabriela Souza"]


# -- 4. the gate, last line of defence --------------------------------------------------------

NOTES = (
    "Interview with Rosa Delgado at Tidewater for the deckhand job.\n"
    "Rosa asked about my night watch experience.\n"
    "Also interviewing w/ Puget Sound Tugs next week - don't mention.\n"
    "She asked if I have kids, felt weird.\n"
)


def private_leaks(text: str, recipient: str = "Rosa Delgado") -> list[str]:
    checker = Checker.from_settings()
    result = checker.check(
        text,
        MessageKind.THANK_YOU,
        Context(recipient=recipient, company="Tidewater", role="Deckhand", known_facts=NOTES),
    )
    return [f.rule_id for f in result.findings if f.rule_id == "etiquette.private-leak"]


def test_a_greeting_to_a_name_only_a_private_line_gives_is_blocked() -> None:
    assert private_names(NOTES) >= {"Puget", "Sound", "Tugs"}
    body = "Hello Puget,\n\nThank you for meeting with me about the deckhand job.\n\nBest,\nEli"
    assert private_leaks(body, recipient="Puget Sound Tugs")


def test_thanks_for_a_question_no_interviewer_should_ask_is_blocked() -> None:
    body = (
        "Hi Rosa,\n\nThank you for meeting with me. I enjoyed your question about whether I "
        "have kids.\n\nBest,\nEli"
    )
    assert private_leaks(body)


def test_a_note_to_the_interviewer_about_the_public_notes_passes() -> None:
    body = (
        "Hi Rosa,\n\nThank you for meeting with me about the deckhand job at Tidewater. I "
        "enjoyed your question about my night watch experience.\n\nBest,\nEli"
    )
    assert private_leaks(body) == []
