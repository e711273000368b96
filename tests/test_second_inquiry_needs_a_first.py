"""A second inquiry says "once more": with no first inquiry in the notes or the sent history
it claims a follow-up that was never sent, and the timing rule says so, so the draft is
marked review, not ready (trial 8, fault 10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.writer.kind_choice import inquiries_logged

NOTES = """---
candidate: Jordan Okafor-Reyes
company: Lakeshore Health System
role: ASL Staff Interpreter
interview_date: 2026-11-12
decision_date: 2026-11-20
interviewer: Beth Lindqvist (Interpreter Services Coordinator)
---
Beth asked about my experience in mental-health settings.
I talked about the weekly sessions at Northside Behavioral.
She explained they're adding VRI carts on the oncology floor.
Sent thank-you to Beth 11/13.
{log}
"""
FINDING = "neither your notes nor the sent history record a first one"


def write(cli: Any, tmp_path: Path, log: str) -> Any:
    path = tmp_path / "interp.md"
    path.write_text(NOTES.format(log=log), encoding="utf-8")
    return cli("write", str(path), "--kind", "second-inquiry", "--today", "2026-11-27")


def test_a_forced_second_inquiry_with_no_first_is_held_for_review(cli: Any, tmp_path: Path) -> None:
    r = write(cli, tmp_path, "Still no word and the decision date has passed.")
    assert "| second-inquiry | review ===" in r.out, r.out
    assert f"etiquette.cadence: Timing: a second inquiry, but {FINDING}" in r.out


@pytest.mark.parametrize(
    "log", ["Sent a follow-up to Beth 11/20.", "11/21 - follow-up to Beth, no reply"]
)
def test_a_logged_first_inquiry_lets_the_second_through(cli: Any, tmp_path: Path, log: str) -> None:
    r = write(cli, tmp_path, log)
    assert "| second-inquiry |" in r.out and FINDING not in r.out, r.out + r.err


def test_the_sent_history_counts_as_a_record(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "interp.md"
    path.write_text(NOTES.format(log=""), encoding="utf-8")
    assert cli("plan", str(path), "--today", "2026-11-27").code == 0
    sent = tmp_path / "inquiry.txt"
    sent.write_text("Subject: The role\n\nDear Beth,\nI'm writing to follow up.\n", "utf-8")
    logged = cli(
        "log",
        "sent",
        str(sent),
        "--to",
        "Beth Lindqvist",
        "--kind",
        "inquiry",
        "--date",
        "2026-11-21",
        "--today",
        "2026-11-27",
    )
    assert logged.code == 0, logged.err
    r = cli("write", str(path), "--kind", "second-inquiry", "--today", "2026-11-30")
    assert "| second-inquiry |" in r.out and FINDING not in r.out, r.out + r.err


@pytest.mark.parametrize(
    "line",
    [  # first inquiries as the notes of the evaluation cases log them
        "4/24 emailed Pam asking about the timeline for the eligibility list - NO REPLY yet",
        '6/11 emailed Jill re: timeline. She replied 6/12: "The board meeting got moved"',
        "30/4 — sent polite email to Mrs Evans, said diolch again, still very keen, asked when "
        "they might decide. Got an auto-reply",
        "13/03/2026 — sent a wee follow-up email to Dr B-M, polite, asked about timing.",
        "18 Feb — nothing. sent polite chaser to Mr R re: timeline",
        "- 20 May (day 8): first follow-up to Gail re timeline. Auto-reply: on leave.",
        "sent a thank-you to Gemma on the Sunday, then emailed her again Monday the 18th asking "
        "about the timeline and heard nothing",
        "- Wed 11 March: nothing, so I sent a polite first follow-up:",
    ],
)
def test_a_first_inquiry_logged_in_the_candidates_words(line: str) -> None:
    assert inquiries_logged(line) == 1


@pytest.mark.parametrize(
    "line",
    [
        "She emailed me about next steps.",
        "Pam emailed to say the decision is delayed",
        "sent a thank-you email and asked about the timeline",
        "need to email Pam asking about the timeline",
        "haven't emailed Pam asking about the timeline yet",
        "I'll send a polite chaser on Monday",
        "should I send a chaser?",
        "wrote down the timeline they gave",
        "- 29 May (day 17): SECOND and FINAL follow-up to Gail. Short, polite.",
    ],
)
def test_no_inquiry_is_logged_by_a_plan_theirs_or_a_thank_you(line: str) -> None:
    assert inquiries_logged(line) == 0
