"""What a new user met in `plan`, `write`, `due` and `lint` (trial 10, faults 5, 7, 9-13),
each tried here on notes and drafts written for these tests:

- the candidate greeted in a pasted invitation is no contact, and `plan --me` says who the
  candidate is as `write --me` does;
- a decision date in another language is read; another event's day ("next step is a site
  visit next week") is no decision date;
- the employer's answer that the process is delayed holds the next inquiry back, and with
  something to share the writer picks a check-in;
- a thank-you logged "to Dr. NAME on DATE" is recorded with its date;
- `plan` names the one fact it lacks; a mail signed over a title gives a contact; `due`
  never says "your contact" for an application with none.

Faults 12 and 13 (the output: a closed pipe, --eml, -f json): test_write_output_trial10.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup import timeline
from followup.core import MessageKind

K = MessageKind

# -- fault 5: the candidate is never a contact ---------------------------------------------------

INVITE = """\
Subject: Interview - Shift Supervisor - Kestrel Logistics
When: Tuesday, November 10, 2026 9:00 AM-10:00 AM
Organizer: Marta Lindqvist <mlindqvist@kestrel-logistics.example>
Attendees: Marta Lindqvist; Obi Nwankwo; Priyamvada Rao

Hello Priyamvada, we look forward to meeting you on Tuesday.

my notes after:
- Marta runs the night shift and talked about the new sortation line
- Obi asked how I would handle a forklift near-miss on the dock
"""

FACTS = ("--company", "Kestrel Logistics", "--role", "Shift Supervisor")


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_plan_leaves_out_the_guest_the_invitation_greets(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "invite.txt", INVITE)
    r = cli("plan", notes, *FACTS, "--today", "2026-11-11")
    assert r.code == 0, r.err
    assert "(Marta Lindqvist, Obi Nwankwo)" in r.out
    assert "Tracking application 1 with 2 contact(s)" in r.out
    listed = cli("log", "list").out
    # the organiser's address on her own line is hers (trial 11, P7: personaddress.py)
    assert (
        "contacts: Marta Lindqvist <mlindqvist@kestrel-logistics.example>, Obi Nwankwo\n" in listed
    )
    assert "Priyamvada" not in listed


def test_plan_me_names_the_candidate_as_write_me_does(cli: Any, tmp_path: Path) -> None:
    """Without a greeting nothing says which guest is the candidate: --me does, in both."""
    notes = _write(tmp_path, "invite.txt", INVITE.replace("Hello Priyamvada, we", "We"))
    r = cli("plan", notes, *FACTS, "--me", "Priyamvada Rao", "--no-track", "--today", "2026-11-11")
    assert r.code == 0, r.err
    assert "(Marta Lindqvist, Obi Nwankwo)" in r.out
    w = cli("write", notes, *FACTS, "--me", "Priyamvada Rao", "--today", "2026-11-11")
    assert [line for line in w.out.splitlines() if line.startswith("=== To:")] == [
        "=== To: Marta Lindqvist <mlindqvist@kestrel-logistics.example> | thank-you | ready ===",
        "=== To: Obi Nwankwo | thank-you | ready ===",
    ]


# -- fault 7: the decision date, in other languages, and another event's day ------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("próximos passos: retorno até 27/11", dt.date(2026, 11, 27)),
        ("siguiente paso: respuesta antes del 26/11", dt.date(2026, 11, 26)),
        ("Rückmeldung bis 4.12.", dt.date(2026, 12, 4)),
        ("réponse d'ici le 25/11", dt.date(2026, 11, 25)),
        ("they will decide by 24/11", dt.date(2026, 11, 24)),
    ],
)
def test_a_decision_date_in_another_language_or_order(said: str, day: dt.date) -> None:
    assert timeline.decision_in_notes(said, dt.date(2026, 11, 17)) == day


@pytest.mark.parametrize(
    "said",
    [
        "next step is a site visit with their plant manager next week",
        "next steps: a second round with the CFO on Thursday",
        "next step - coding exercise due Monday",
    ],
)
def test_another_events_day_is_no_decision_date(said: str) -> None:
    assert timeline.decision_from_text(said, dt.date(2026, 11, 17)) is None


def test_a_next_step_that_is_an_answer_still_gives_the_date() -> None:
    """Counter-example: the same cue with an answer in it keeps its date."""
    said = "next step: site visit Tuesday, then a decision by Friday"
    assert timeline.decision_from_text(said, dt.date(2026, 11, 17)) == dt.date(2026, 11, 20)


MIXED = """\
Entrevista - Analista de Compras, Ferrovia Azul Logística
terça 17/11/2026, online
Eu: Joana Prates

- Conheci o Caio Bastos (gerente de suprimentos). He talked about moving freight tenders online
- He asked how I'd run a reverse auction, I described the one I ran for rail sleepers
- próximos passos: retorno até 27/11
"""


def test_plan_reads_the_decision_date_written_in_portuguese(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "misto.txt", MIXED)
    r = cli("plan", notes, "--no-track", "--today", "2026-11-18")
    assert r.code == 0, r.err
    assert "They said they would decide by Fri 27 Nov." in r.out
    assert "(after their decision date, Fri 27 Nov)" in r.out


# -- fault 9: the employer's answer that the process is delayed ---------------------------------

INTERVIEW = dt.date(2026, 10, 1)


def test_after_their_answer_the_second_inquiry_waits_two_weeks() -> None:
    sent = [(K.THANK_YOU, 1), (K.INQUIRY, 9)]
    today = INTERVIEW + dt.timedelta(days=19)  # the usual second inquiry is welcome
    usual = timeline.advise(INTERVIEW, sent, today)
    assert (usual.kind, usual.due) == (K.SECOND_INQUIRY, True)
    after = timeline.advise(INTERVIEW, sent, today, answered=10)
    assert (after.kind, after.due) == (K.SECOND_INQUIRY, False)
    assert after.welcome == timeline.sending_day(INTERVIEW + dt.timedelta(days=24))
    assert "they answered on" in after.reason and "delayed" in after.reason


def test_after_their_answer_something_to_share_makes_a_check_in() -> None:
    sent = [(K.THANK_YOU, 1), (K.INQUIRY, 9)]
    today = INTERVIEW + dt.timedelta(days=16)
    advice = timeline.advise(INTERVIEW, sent, today, answered=10, to_share=True)
    assert (advice.kind, advice.due) == (K.CHECK_IN, True)
    steps = timeline.schedule(INTERVIEW, None, sent, answered=10)
    second = next(s for s in steps if s.kind is K.SECOND_INQUIRY)
    assert second.start == timeline.sending_day(INTERVIEW + dt.timedelta(days=24))


@pytest.mark.parametrize(
    ("notes", "day"),
    [
        ("- 10/12 emailed Dana re timeline; she replied it's been pushed back a month", 12),
        ("Recruiter got back to me 14/10: still interviewing, no decision yet.", 14),
        ("- sent the inquiry. They said the start is postponed to spring", None),
    ],
)
def test_the_employer_answer_is_read_with_its_day(notes: str, day: int | None) -> None:
    today = dt.date(2026, 10, 20)
    found = timeline.employer_answer(notes, INTERVIEW, today)
    assert found == (dt.date(2026, 10, day) if day else today)


@pytest.mark.parametrize(
    "notes",
    [
        "I said my own notice period is delayed by a week",  # the candidate's word
        "if they say it's postponed I'll keep applying",  # a condition
        "she replied within a day, very friendly",  # an answer, no delay
    ],
)
def test_no_employer_answer_of_a_delay(notes: str) -> None:
    assert timeline.employer_answer(notes, INTERVIEW, dt.date(2026, 10, 20)) is None


READY = """\
---
company: Larchmont Water Board
role: Asset Engineer
date: 2026-10-01
interviewers:
  - name: Helena Voss
    title: Head of Assets
    topics: [the reservoir inspection backlog]
me: Tomas Quirke
---
- Helena talked about the reservoir inspection backlog
"""
DELAYED = (
    READY
    + """\
- thank-you sent to Helena 10/2
- 10/12 emailed Helena re timeline; she replied the board vote has been pushed back
- read this for her: https://example.org/reservoir-drones Drones for dam inspection
"""
)


def test_write_picks_a_check_in_after_their_answer(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "water.md", DELAYED)
    r = cli("write", notes, "--today", "2026-10-19")
    assert r.code == 0, r.err
    assert "| check-in |" in r.out
    assert "Writing a check-in: they answered on Mon 12 Oct" in r.err


def test_after_plan_tracks_it_write_still_hears_their_answer(cli: Any, tmp_path: Path) -> None:
    """The sent history holds the sends `plan` recorded, not the employer's answer: the notes
    still pick the kind, in `plan`'s `Next:` line and in `write` alike."""
    notes = _write(tmp_path, "water.md", DELAYED)
    planned = cli("plan", notes, "--today", "2026-10-19")
    assert planned.code == 0, planned.err
    assert "Next: a check-in (they answered on Mon 12 Oct" in planned.out
    r = cli("write", notes, "--today", "2026-10-19")
    assert "Writing a check-in: they answered on Mon 12 Oct" in r.err
    assert "| check-in |" in r.out


# -- fault 10: a logged thank-you to "Dr. NAME on DATE" ----------------------------------------

LOGGED = """\
Company: Quarry Bay Veterinary
Role: Practice Manager
Date: 5 October 2026
Interviewer: Dr. Imogen Hale, Clinical Director
Me: Ravi Soto

She explained they are opening a second surgery in the spring.
I sent a thank-you to Dr. Hale on 10/6.
"""


def test_a_thank_you_logged_to_a_titled_name_is_recorded(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "vet.txt", LOGGED)
    r = cli("plan", notes, "--today", "2026-10-09")
    assert r.code == 0, r.err
    assert "Recorded from your notes, for `followup due`: thank-you (Tue 6 Oct)." in r.out
    assert "records each for `followup due`" not in r.out
    assert "Tue 6 Oct thank-you to Imogen Hale" in " ".join(cli("log", "list").out.split())


# -- fault 11: the fact plan lacks, and the contact a signed mail gives --------------------------


@pytest.mark.parametrize(
    ("facts", "said"),
    [
        (("--role", "Sous Chef"), "the notes do not say the company (--company gives it)"),
        (("--company", "Ember Kitchen"), "the notes do not say the role (--role gives it)"),
        ((), "the notes do not say the company and the role (--company and --role give them)"),
    ],
)
def test_plan_names_the_fact_it_lacks(
    cli: Any, tmp_path: Path, facts: tuple[str, ...], said: str
) -> None:
    notes = _write(tmp_path, "n.txt", "Met Ana Ruiz on 2026-11-02.\n- she showed me the pass\n")
    r = cli("plan", notes, *facts, "--today", "2026-11-03")
    assert f"Not tracked: {said}." in r.err


SIGNED = """\
From: Hiring Team <jobs@fernhollow.example>
To: Dev Anand <dev.anand@mailbox.example>
Subject: Your application for Data Steward

Dear Dev,

Thank you for your time. We have decided to move forward with another candidate.

Best regards,
Wren Kowalczyk
People Partner, Fernhollow

--- me ---
interviewed 12 oct, data steward role
"""


def test_a_mail_signed_over_a_title_gives_the_contact(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "no.txt", SIGNED)
    r = cli("plan", notes, "--role", "Data Steward", "--today", "2026-10-30")
    assert r.code == 0, r.err
    assert "Tracking application 1 with 1 contact(s)" in r.out
    assert "keep-in-touch to Wren Kowalczyk" in cli("due", "--date", "2026-11-02").out


def test_due_names_no_phantom_contact(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "bare.txt", "Interview 2026-11-02, nobody's name noted\n")
    r = cli("plan", notes, "--company", "Ember Kitchen", "--role", "Sous Chef",
            "--today", "2026-11-03")  # fmt: skip
    assert r.code == 0, r.err
    assert "with no contact: the notes name nobody you met" in r.out
    due = cli("due", "--date", "2026-11-16").out
    assert "your contact" not in due
    assert "inquiry to no one yet (the notes named nobody you met" in due
