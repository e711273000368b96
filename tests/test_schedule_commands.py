"""The schedule commands as a new user types them (trial 6, item 10): one date parser for
every date option, "did you mean" for a rule id, a warning when a logged send is earlier
than the schedule, and no follow-up scheduled before the stated decision date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup import timeline
from followup.core import MessageKind
from followup.errors import InputError

K = MessageKind
MON = dt.date(2026, 11, 30)
DECIDE = dt.date(2026, 12, 15)  # day 15


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tomorrow", dt.date(2026, 12, 3)),
        ("yesterday", dt.date(2026, 12, 1)),
        ("in 3 days", dt.date(2026, 12, 5)),
        ("2026-12-08", dt.date(2026, 12, 8)),
    ],
)
def test_every_as_of_option_reads_a_phrase(typed: str, expected: dt.date) -> None:
    as_of = dt.date(2026, 12, 2)
    assert timeline.parse_day(typed, "--date", today=as_of, prefer="current_period") == expected


@pytest.mark.parametrize("typed", ["24/11/2026", "11/12", "3.4.2026", "soon", ""])
def test_a_date_of_figures_in_another_order_is_refused(typed: str) -> None:
    """Counter-examples: '11/12' is two dates (day or month first); words that are no date."""
    with pytest.raises(InputError, match="is not a date"):
        timeline.parse_day(typed, "--date", today=dt.date(2026, 12, 2))


def test_due_takes_tomorrow_as_log_sent_takes_yesterday(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert cli("plan", str(notes), "--today", "tomorrow").code == 0
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    due = cli("due", "--date", "tomorrow")
    assert due.code == 0, due.err
    assert due.out.startswith(f"Due on {timeline.day_label(tomorrow)}:")
    cli("due", "--date", "24/11/2026").assert_input_error(
        "--date '24/11/2026' is not a date (use YYYY-MM-DD or a phrase like 'yesterday')"
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("beggin", "etiquette.begging"),
        ("etiquette.beggin", "etiquette.begging"),
        ("pestring", "etiquette.pestering"),
    ],
)
def test_rules_show_says_did_you_mean(cli: Any, typed: str, meant: str) -> None:
    cli("rules", "show", typed).assert_input_error(
        f"unknown rule {typed!r}; did you mean {meant!r}? (`followup rules` lists them)"
    )


def test_rules_show_without_a_near_id(cli: Any) -> None:
    r = cli("rules", "show", "zzz")
    r.assert_input_error("unknown rule 'zzz'; `followup rules` lists them")
    assert "did you mean" not in r.err


def test_no_second_inquiry_before_the_stated_decision_date() -> None:
    """An inquiry sent on day 1 does not bring the second one forward past the decision."""
    timing = timeline.welcome_from(K.SECOND_INQUIRY, [(K.INQUIRY, 1)], 15, MON)
    assert timing.earliest == 16
    assert "they said they would decide by Tue 15 Dec" in timing.reason
    advice = timeline.advise(MON, [(K.THANK_YOU, 1), (K.INQUIRY, 1)], MON + dt.timedelta(11),
                             decision=DECIDE)  # fmt: skip
    assert advice.kind is K.SECOND_INQUIRY and not advice.due
    assert advice.welcome == dt.date(2026, 12, 16)


def test_a_decision_date_already_passed_changes_nothing() -> None:
    """Counter-example: a decision on day 5 leaves the usual second-inquiry days alone."""
    assert timeline.welcome_from(K.SECOND_INQUIRY, [(K.INQUIRY, 7)], 5, MON).earliest == 15
    assert timeline.welcome_from(K.SECOND_INQUIRY, [(K.INQUIRY, 7)], None, MON).earliest == 15


NOTES = """---
company: Acme
role: Analyst
candidate: Sam Lee
interview_date: 2026-11-30
decision_date: 2026-12-15
interviewers:
  - name: Maria Chen
---
We talked about churn in annual plans.
"""
INQUIRY = "Hi Maria,\n\nI am following up on my interview. Could you share the timeline?\n\nSam\n"


def test_log_sent_warns_in_one_line_when_a_send_is_early(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text(NOTES, encoding="utf-8")
    inq = tmp_path / "inq.txt"
    inq.write_text(INQUIRY, encoding="utf-8")
    assert cli("plan", str(notes), "--today", "2026-11-30").code == 0
    early = cli("log", "sent", str(inq), "--to", "Maria", "--kind", "inquiry",
                "--date", "2026-12-01", "--today", "2026-12-01")  # fmt: skip
    assert early.code == 0  # it was sent: recorded all the same
    assert early.err.strip().splitlines() == [
        "warning: this inquiry went out on day 1, before the schedule welcomes it (Wed 16 Dec: "
        "they said they would decide by Tue 15 Dec; let that date pass first)"
    ]
    assert "next: second-inquiry from Wed 16 Dec" in early.out
    assert "Too early:" in cli("due", "--date", "2026-12-11").out
    on_time = cli("log", "sent", str(inq), "--to", "Maria", "--kind", "second-inquiry",
                  "--date", "2026-12-16", "--today", "2026-12-16")  # fmt: skip
    assert on_time.code == 0 and on_time.err == ""  # the counter-example: no warning
    third = cli("log", "sent", str(inq), "--to", "Maria", "--kind", "inquiry",
                "--date", "2026-12-20", "--today", "2026-12-20")  # fmt: skip
    assert third.err.startswith("warning: this inquiry was sent although two inquiries")
