"""One answer to "what is next" for `plan`, `due` and `write` (trial 8, fault 9): the notes
logged a second inquiry with a day-first date ("6/11") and said the hire is on hold; `plan`
marked the second inquiry sent but said "Next: a second-inquiry", `due` proposed a third
inquiry and `write` picked a check-in. Now choose_kind asks timeline.advise, as `due` does,
the history records the dated sends and the hold, and all three name the same check-in."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from followup.core import MessageKind
from followup.history import MIGRATIONS, History, history_from_list
from followup.models import Notes
from followup.notes import understand_notes
from followup.timeline import due_kind
from followup.writer.kind_choice import choose_kind, logged_sends, noted_sent, notes_record

K = MessageKind

HOLD = """Notas / notes — **Lumora Fintech**, Senior Product Designer
Date: 2026-10-14
Me: Beatriz Camargo
Interviewers: Thiago Moreira (Design Director), Laura Pinheiro (PM, Cards)

Thiago: portfolio review, liked the onboarding redesign for Banco Aurora.
Thiago asked about design systems; I told him about the token migration.
Laura: cards team wants to redo the dispute flow; asked how I'd research it.
Thank-you sent 15/10 to both. Inquiry sent 23/10. Second follow-up sent 6/11.
11/11 - Laura replied: hiring is on hold until the Q1 budget, she'll keep me posted.
"""


def test_a_day_first_date_in_a_log_is_read_day_first() -> None:
    sends = logged_sends(HOLD, dt.date(2026, 10, 14), dt.date(2026, 11, 27))
    assert [(s.kind, s.on) for s in sends] == [
        (K.THANK_YOU, dt.date(2026, 10, 15)),
        (K.INQUIRY, dt.date(2026, 10, 23)),
        (K.SECOND_INQUIRY, dt.date(2026, 11, 6)),  # 11 June is before the interview
    ]


def test_plan_due_and_write_name_the_same_check_in(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "hold.md"
    notes.write_text(HOLD, encoding="utf-8")
    plan = cli("plan", str(notes), "--today", "2026-11-27")
    assert plan.code == 0, plan.err
    assert "Your notes say the hire is on hold: no more inquiries" in plan.out
    assert "Set application 1 to on-hold, as your notes say." in plan.out
    assert "second-inquiry (Fri 6 Nov)" in plan.out  # recorded for `due`
    next_line = plan.out.splitlines()[-1]
    assert "a check-in is welcome from Fri 4 Dec" in next_line, next_line
    assert "on hold" in next_line and "second-inquiry (" in next_line
    due = cli("due", "--date", "2026-11-27")
    assert "check-in from Fri 4 Dec" in due.out and "on hold" in due.out, due.out
    assert "second-inquiry to" not in due.out
    write = cli("write", str(notes), "--today", "2026-11-27")
    assert write.code == 2 and "a check-in is welcome from Fri 4 Dec" in write.err, write.err
    later = cli("due", "--date", "2026-12-04")
    assert "check-in to" in later.out, later.out
    assert cli("log", "list").out.count("[on-hold]") == 1


def notes_of(text: str) -> Notes:
    return Notes(front_matter={}, text=text, source="n.txt")


HEAD = "Acme Corp, Data Analyst\nDate: 2026-11-02\nMe: Sam Lee\nMet Dana Fox (manager).\n"
LOGS = [
    "Dana asked about SQL.",
    "Dana asked about SQL. Thank-you sent 11/3.",
    "Dana asked about SQL. Thank-you sent 11/3. Inquiry sent 11/10.",
    "Dana asked about SQL. Thank-you sent 11/3. Follow-up sent 11/10. 2nd follow-up sent 11/18.",
    "Dana asked about SQL. Thank-you sent 11/3. Inquiry sent 11/10. Dana said it is on hold.",
    "Dana asked about SQL. Inquiry sent 11/10. Dana said hiring is paused.",
]


@pytest.mark.parametrize("log", LOGS)
def test_write_from_the_notes_and_due_from_the_history_agree(log: str) -> None:
    """Whatever the notes log (all dated), the kind `write` picks from the notes is the kind
    `due` proposes from the history `plan` records, on every day of the first two months."""
    notes = notes_of(HEAD + log)
    interview = dt.date(2026, 11, 2)
    record = notes_record(notes.all_text)
    for days in range(0, 61, 3):
        today = interview + dt.timedelta(days=days)
        brief = understand_notes(notes, today).brief
        assert brief.interview_date == interview
        from_notes = choose_kind(brief, notes, today).kind
        sent = [s for s in noted_sent(notes.all_text, interview, today)]
        entries = [{"kind": k.value, "days": d} for k, d in sent if d <= days]
        status = "on-hold" if record.on_hold else "active"
        with history_from_list(
            entries,
            interview_date=interview,
            company=brief.company or "",
            role=brief.role or "",
            status=status,
        ) as history:
            from_history, why = due_kind(history, brief, today)
        if from_history is not None:  # None: nothing due today, where write still drafts one
            assert from_history is from_notes, (days, why)


def test_an_on_hold_application_gets_no_more_inquiries() -> None:
    from followup.timeline import advise

    interview = dt.date(2026, 11, 2)
    sent = [(K.THANK_YOU, 1), (K.INQUIRY, 8)]
    active = advise(interview, sent, interview + dt.timedelta(days=16))
    held = advise(interview, sent, interview + dt.timedelta(days=16), status="on-hold")
    assert active.kind is K.SECOND_INQUIRY
    assert held.kind is K.CHECK_IN and not held.due
    assert held.welcome == dt.date(2026, 12, 8)  # a month after the inquiry of day 8
    assert "on hold" in held.reason


def test_a_history_file_from_before_the_on_hold_status_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO applications VALUES (1, 'Acme', 'Analyst', '2026-11-02', NULL, "
        "'rejected', '2026-11-02')"
    )
    conn.execute("INSERT INTO contacts VALUES (1, 1, 'Dana Fox', NULL)")
    conn.execute(
        "INSERT INTO messages VALUES (1, 1, 1, 'thank-you', '2026-11-03', '', '', '2026-11-03')"
    )
    conn.commit()
    conn.close()
    with History.open(path) as history:
        assert history.schema_version == len(MIGRATIONS) == 2
        (app,) = history.applications()
        assert (app.status, len(app.contacts), len(app.messages)) == ("rejected", 1, 1)
        history.set_status(app, "on-hold")
        assert history.applications()[0].status == "on-hold"
