"""plan, log, due, export/import, lint --to and write's use of the history, end to end."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main

from tests.conftest import REPO

FRONT = str(REPO / "examples" / "notes-frontmatter.md")  # Northwind, Tue 24 Nov, decide 5 Dec
FREE = str(REPO / "examples" / "notes-freetext.txt")  # Lumen Health, Fri 20 Nov
MARIA = "maria.chen@northwind.example"
INQUIRY = (
    "Subject: Product Analyst role\n\nHi Maria,\n\nI'm writing to follow up on my interview "
    "for the Product Analyst role. I'm still very interested in joining the team. Could you "
    "share where things stand on the timeline?\n\nBest,\nSam Rivera\n"
)
THANKS = (
    "Subject: Thank you\n\nHi Maria,\n\nThank you for meeting with me on Tuesday about the "
    "Product Analyst role. I enjoyed our talk about churn for annual plans.\n\nBest,\nSam\n"
)


def history_file(tmp_path: Path) -> Path:
    return tmp_path / "home" / "history.sqlite"


def draft(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def tracked(cli: Any, tmp_path: Path) -> Any:
    """Both example applications tracked, as `followup plan` leaves them."""
    assert cli("plan", FRONT, "--today", "2026-11-24").code == 0
    assert cli("plan", FREE, "--today", "2026-11-21").code == 0
    return cli


def log_sent(cli: Any, path: str, who: str, kind: str, day: str) -> None:
    """Record `path` as sent to `who` on `day` (and check that it was)."""
    r = cli("log", "sent", path, "--to", who, "--kind", kind, "--date", day, "--today", day)
    assert r.code == 0, r.err


def thank_everyone(cli: Any, tmp_path: Path, *people: str, day: str = "2026-11-25") -> None:
    thanks = draft(tmp_path, "t.txt", THANKS)
    for who in people:
        log_sent(cli, thanks, who, "thank-you", day)


def inquire_twice(cli: Any, tmp_path: Path) -> str:
    """Maria has had an inquiry on Mon 7 Dec and a second one on Mon 14 Dec."""
    path = draft(tmp_path, "inq.txt", INQUIRY)
    log_sent(cli, path, MARIA, "inquiry", "2026-12-07")
    log_sent(cli, path, MARIA, "second-inquiry", "2026-12-14")
    return path


def messages(tmp_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(history_file(tmp_path))
    try:
        return conn.execute("SELECT kind, sent_on FROM messages ORDER BY id").fetchall()
    finally:
        conn.close()


# -- plan --------------------------------------------------------------------------------------


def test_plan_prints_the_schedule_and_tracks_the_application(cli: Any, tmp_path: Path) -> None:
    r = cli("plan", FRONT, "--today", "2026-11-24", "--ics", str(tmp_path / "n.ics"))
    assert r.code == 0, r.err
    assert "Northwind Analytics, Product Analyst: interview on Tue 24 Nov" in r.out
    assert "They said they would decide by Sat 5 Dec." in r.out
    assert "thank-you" in r.out and "(Maria Chen, Devon Park)" in r.out
    assert "Mon 7 Dec to Wed 9 Dec" in r.out  # the first inquiry, after the decision date
    assert "never" in r.out and "third inquiry" in r.out
    assert "wrote " in r.out and "(5 reminders)" in r.out
    assert "Tracking application 1 with 2 contact(s)" in r.out
    import icalendar

    cal = icalendar.Calendar.from_ical((tmp_path / "n.ics").read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 5
    again = cli("plan", FRONT, "--today", "2026-11-24")
    assert "Already tracking application 1" in again.out


def test_plan_ics_has_no_reminder_in_the_past(cli: Any, tmp_path: Path) -> None:
    """Planned on Tue 8 Dec: the thank-you days (25-26 Nov) have passed, the inquiry's
    window (7-9 Dec) has begun."""
    import icalendar

    ics = tmp_path / "n.ics"
    r = cli("plan", FRONT, "--today", "2026-12-08", "--ics", str(ics), "--no-track")
    assert r.code == 0, r.err
    assert "thank-you       (passed) thank each person you met" in r.out
    assert (
        f"wrote {ics} (4 reminders; left out, their days have passed: thank-you; "
        "moved to today (Tue 8 Dec): inquiry)"
    ) in r.out
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    starts = [e.decoded("dtstart") for e in events]
    assert min(starts) == dt.date(2026, 12, 8) and len(events) == 4
    # The reminders keep the ids a plan made on the interview day gave them.
    cli("plan", FRONT, "--today", "2026-11-24", "--ics", str(tmp_path / "early.ics"))
    early = icalendar.Calendar.from_ical((tmp_path / "early.ics").read_bytes()).walk("VEVENT")
    assert {str(e["uid"]) for e in events} < {str(e["uid"]) for e in early}


def test_plan_reads_a_stated_decision_from_free_text(cli: Any) -> None:
    r = cli("plan", FREE, "--today", "2026-11-21", "--no-track")
    assert "Lumen Health, Backend Engineer: interview on Fri 20 Nov" in r.out
    assert "They said they would decide by Fri 4 Dec." in r.out  # "within two weeks"
    assert "Tracking" not in r.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ics", "."], "--ics needs a file name, and this is a folder"),
        (["--ics", "nowhere/n.ics"], "nowhere: no such folder"),
        (["--today", "24/11/2026"], "--today '24/11/2026' is not a date"),
    ],
)
def test_plan_bad_input(cli: Any, tmp_path: Path, args: list[str], message: str) -> None:
    cli("plan", FRONT, *args).assert_input_error(message)
    assert not history_file(tmp_path).exists()


def test_plan_without_an_interview_date(cli: Any, tmp_path: Path) -> None:
    notes = draft(tmp_path, "n.md", "Met Kim Lee (CTO) at Acme for the Buyer role.\n")
    cli("plan", notes).assert_input_error("n.md: no interview date")
    assert not history_file(tmp_path).exists()


PHONE = (  # a phone screen that names the role but not the company
    "Call w/ Jess (recruiter) then 30 min w/ Omar Haddad -- data engineer role, Thu 11/19/2026\n"
    "- omar asked how i'd backfill 2 yrs of events\n"
    "- next steps: they'll get back by end of next week\n"
)


def test_plan_takes_the_facts_the_notes_leave_out(cli: Any, tmp_path: Path) -> None:
    notes = draft(tmp_path, "phone.txt", PHONE)
    r = cli("plan", notes, "--company", "Brightwave", "--role", "Data Engineer",
            "--today", "2026-11-19")  # fmt: skip
    assert r.code == 0, r.err
    assert r.out.startswith("Brightwave, Data Engineer: interview on Thu 19 Nov")
    assert "They said they would decide by Fri 27 Nov." in r.out  # "end of next week"
    assert "Tracking application 1 with 2 contact(s)" in r.out
    assert "Brightwave, Data Engineer" in cli("log", "list").out


def test_plan_and_write_share_the_fact_flags() -> None:
    """Both commands' options come from options.FACTS: the same flags, the same help."""
    from followup.cli import app
    from followup.options import FACTS

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    for command in ("plan", "write"):
        params = {p.name: p for p in commands[command].params}
        for name, opt in FACTS.items():
            param = params[name]
            assert (tuple(param.opts), param.help) == (opt.flags, opt.help), command


# -- log ---------------------------------------------------------------------------------------


def test_log_sent_from_an_eml(tracked: Any, tmp_path: Path) -> None:
    eml = draft(
        tmp_path,
        "thanks.eml",
        f"To: Maria Chen <{MARIA}>\nSubject: Thank you\nDate: Wed, 25 Nov 2026 09:12:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\nHi Maria,\n\nThank you for meeting "
        "with me on Tuesday.\n\nSam\n",
    )
    r = tracked("log", "sent", eml, "--today", "2026-11-26")
    assert r.code == 0, r.err
    assert r.out.startswith(
        f"recorded: thank-you (inferred; --kind sets it) to Maria Chen <{MARIA}> "
        "(Northwind Analytics, Product Analyst), sent Wed 25 Nov"
    )
    assert "next: thank-you today (not everyone you met has a thank-you)" in r.out
    assert messages(tmp_path) == [("thank-you", "2026-11-25")]
    listed = tracked("log", "list")
    assert "Wed 25 Nov  thank-you       to Maria Chen  'Thank you'" in listed.out


def test_log_sent_with_to_kind_and_a_date_phrase(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    r = tracked(
        "log",
        "sent",
        path,
        "--to",
        "Maria",
        "--kind",
        "inquiry",
        "--date",
        "yesterday",
        "--today",
        "2026-12-08",
    )
    assert r.code == 0, r.err
    assert "recorded: inquiry to Maria Chen" in r.out and "sent Mon 7 Dec" in r.out
    assert "next: second-inquiry from Mon 14 Dec" in r.out
    assert messages(tmp_path) == [("inquiry", "2026-12-07")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", MARIA, "--date", "the day after never"], "--date 'the day after never'"),
        (["--to", MARIA, "--date", "2026-12-25"], "2026-12-25 is in the future"),
        (["--to", MARIA, "--date", "2026-11-01"], "before the interview (2026-11-24)"),
        (["--to", "priya@nowhere.example"], "unknown contact 'priya@nowhere.example'"),
        (["--to", MARIA, "--kind", "nudge"], "Invalid value for '--kind'"),
        ([], "who was it sent to? pass --to EMAIL"),
    ],
)
def test_log_sent_bad_input_writes_nothing(
    tracked: Any, tmp_path: Path, args: list[str], message: str
) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    before = history_file(tmp_path).read_bytes()
    tracked("log", "sent", path, *args, "--today", "2026-12-08").assert_input_error(message)
    assert history_file(tmp_path).read_bytes() == before


def test_log_sent_without_a_history_creates_none(cli: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    cli("log", "sent", path, "--to", MARIA).assert_input_error("there is no sent history yet")
    assert not history_file(tmp_path).exists()


def test_corrupt_locked_and_newer_history_files(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    home = history_file(tmp_path)
    good = home.read_bytes()
    home.write_bytes(b"garbage " * 1000)
    tracked("log", "sent", path, "--to", MARIA).assert_input_error("not a usable followup history")
    tracked("due").assert_input_error("not a usable followup history")
    assert home.read_bytes() == b"garbage " * 1000
    home.write_bytes(good)
    conn = sqlite3.connect(home)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    newer = home.read_bytes()
    tracked("log", "list").assert_input_error("written by a newer followup (schema 99")
    assert home.read_bytes() == newer
    home.write_bytes(good)
    holder = sqlite3.connect(home, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import followup.history

        followup.history.LOCK_TIMEOUT = 0.1
        r = tracked("log", "sent", path, "--to", MARIA, "--today", "2026-12-08")
        r.assert_input_error("the history is locked by another followup; try again")
    finally:
        followup.history.LOCK_TIMEOUT = 10.0
        holder.execute("ROLLBACK")
        holder.close()
    assert messages(tmp_path) == []


def test_log_status(tracked: Any) -> None:
    r = tracked("log", "status", "Northwind", "rejected")
    assert r.out.splitlines() == [  # the start of a name: which application it changed
        "'Northwind' is the start of application 1's company:",
        "Northwind Analytics, Product Analyst: active -> rejected",
    ]
    assert "[rejected]" in tracked("log", "list").out
    tracked("log", "status", "Initech", "offer").assert_input_error("no application matches")
    tracked("log", "status", "2", "hired").assert_input_error(
        "Invalid value for 'STATUS': 'hired' is not one of"
    )


# -- due ---------------------------------------------------------------------------------------


def test_due_across_two_applications(tracked: Any, tmp_path: Path) -> None:
    thank_everyone(tracked, tmp_path, "Maria", "Devon", "Priya", "Tom")
    r = tracked("due", "--date", "2026-12-07")
    assert r.code == 0
    assert r.out.splitlines()[0] == "Due on Mon 7 Dec:"
    assert "Lumen Health, Backend Engineer (interview Fri 20 Nov): inquiry to Priya Nair" in r.out
    assert "Northwind Analytics, Product Analyst (interview Tue 24 Nov): inquiry to Maria" in r.out
    early = tracked("due", "--date", "2026-12-01")
    assert "Too early:" in early.out
    assert (
        "Northwind Analytics, Product Analyst (interview Tue 24 Nov): inquiry from Mon 7 Dec;"
        " they said they would decide by Sat 5 Dec" in early.out
    )
    tracked("log", "status", "Lumen", "offer")
    assert "Lumen" not in tracked("due", "--date", "2026-12-07").out


def test_due_and_write_agree_after_a_rejection(tracked: Any, tmp_path: Path) -> None:
    thank_everyone(tracked, tmp_path, "Priya", "Tom", day="2026-11-23")
    tracked("log", "status", "Lumen", "rejected")
    due = tracked("due", "--date", "2026-12-10")
    line = (
        "  Lumen Health, Backend Engineer (interview Fri 20 Nov): keep-in-touch to Priya Nair; "
        "rejected: a keep-in-touch note thanks them and keeps the door open"
    )
    assert line in due.out.split("Too early:")[0].splitlines(), due.out
    write = tracked("write", FREE, "--today", "2026-12-10")
    assert write.err.startswith("Writing a keep-in-touch: ")
    assert "rejected: a keep-in-touch note thanks them" in write.err
    keep = draft(tmp_path, "keep.txt", "Hi Priya,\n\nThank you again. All the best,\nAlex\n")
    log_sent(tracked, keep, "Priya", "keep-in-touch", "2026-12-10")
    assert "Lumen" not in tracked("due", "--date", "2026-12-11").out  # nothing more to send


def test_due_with_a_bad_date(tracked: Any) -> None:
    tracked("due", "--date", "soon").assert_input_error("--date 'soon' is not a date")


# -- export / import ---------------------------------------------------------------------------


def test_export_and_import(tracked: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    thank_everyone(tracked, tmp_path, MARIA)
    out = tmp_path / "backup.json"
    assert tracked("export", "--output", str(out)).code == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "followup-history/1" and len(data["applications"]) == 2
    tracked("export", "--output", str(out)).assert_input_error("already exists")
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "elsewhere"))
    r = tracked("import", str(out))
    assert r.out.strip() == f"imported 2 application(s) and 1 message(s) from {out}"
    assert json.loads(tracked("export").out) == data


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (Expecting property name"),
        ('{"schema": "followup-history/1", "applications": [{"company": "A"}]}', "role is"),
        ('{"schema": "followup-history/9", "applications": []}', "not a followup history export"),
    ],
)
def test_import_bad_input_writes_nothing(
    cli: Any, tmp_path: Path, content: str, message: str
) -> None:
    cli("import", draft(tmp_path, "x.json", content)).assert_input_error(message)
    assert not history_file(tmp_path).exists()


# -- lint with the history ---------------------------------------------------------------------


def test_lint_flags_an_inquiry_sent_too_soon(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    r = tracked("lint", path, "--to", MARIA, "--today", "2026-11-27")
    assert r.code == 1
    assert "warning etiquette.cadence Timing: day 3 is too soon for this inquiry" in r.out
    assert "Wait until Mon 7 Dec." in r.out  # after their stated decision date
    assert tracked("lint", path, "--to", MARIA, "--today", "2026-12-07").code == 0


def test_lint_flags_a_third_inquiry(tracked: Any, tmp_path: Path) -> None:
    path = inquire_twice(tracked, tmp_path)
    r = tracked("lint", path, "--to", MARIA, "--today", "2026-12-28")
    assert r.code == 1
    assert (
        "error etiquette.third-inquiry Third inquiry: two inquiries already went out "
        "(Mon 7 Dec and Mon 14 Dec). Keep applying elsewhere; a check-in that offers something "
        "and asks nothing is welcome from Mon 11 Jan" in r.out
    )


def test_lint_reads_the_recipient_from_an_eml(tracked: Any, tmp_path: Path) -> None:
    eml = draft(
        tmp_path,
        "inq.eml",
        f"To: {MARIA}\nSubject: Product Analyst role\nContent-Type: text/plain\n\n"
        + INQUIRY.split("\n\n", 1)[1],
    )
    r = tracked("lint", eml, "--today", "2026-11-27")
    assert "etiquette.cadence" in r.out
    unknown = draft(tmp_path, "x.eml", "To: someone@else.example\nSubject: Hi\n\nHi there.\n")
    assert "cadence" not in tracked("lint", unknown, "--today", "2026-11-27").out


def test_lint_with_an_unknown_contact(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    tracked("lint", path, "--to", "kim@nowhere.example").assert_input_error(
        "unknown contact 'kim@nowhere.example'"
    )


def test_lint_after_a_rejection(tracked: Any, tmp_path: Path) -> None:
    tracked("log", "status", "Northwind", "rejected")
    r = tracked("lint", draft(tmp_path, "i.txt", INQUIRY), "--to", MARIA, "--today", "2026-12-08")
    assert "warning etiquette.after-rejection" in r.out


def test_fast_lint_with_to_loads_no_heavy_library(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    probe = (
        f"import sys; from followup import fastpath;"
        f"code = fastpath.main([{path!r}, '--to', {MARIA!r}, '--today', '2026-11-27']);"
        "heavy = ('typer','pydantic','yaml','dateparser','icalendar','langchain_core','openai');"
        "print('IMPORTED', sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))"
    )
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    for _ in range(2):  # the second run has a warm style cache
        run = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
        )
    assert "IMPORTED []" in run.stdout, run.stdout + run.stderr
    assert "etiquette.cadence" in run.stdout


# -- write with the history --------------------------------------------------------------------


def test_write_picks_the_kind_from_the_history(tracked: Any, tmp_path: Path) -> None:
    thank_everyone(tracked, tmp_path, "Maria", "Devon")
    r = tracked("write", FRONT, "--today", "2026-12-07")
    assert r.code == 0, r.out + r.err
    assert "| inquiry | ready ===" in r.out
    assert (
        "Writing an inquiry: sent so far: thank-you to Maria Chen and Devon Park (Wed 25 Nov);"
        in r.err
    )
    early = tracked("write", FRONT, "--today", "2026-11-30")
    early.assert_input_error("nothing to write today: nothing is due today")
    assert "an inquiry is welcome from Mon 7 Dec" in early.err


def test_write_never_a_second_thank_you(tracked: Any, tmp_path: Path) -> None:
    thank_everyone(tracked, tmp_path, "Maria", "Devon")
    tracked("write", FRONT, "--today", "2026-11-26").assert_input_error("nothing is due today")


def test_write_a_third_inquiry_is_blocked(tracked: Any, tmp_path: Path) -> None:
    inquire_twice(tracked, tmp_path)
    picked = tracked("write", FRONT, "--today", "2026-12-28")
    picked.assert_input_error("a check-in is welcome from Mon 11 Jan")  # never a third inquiry
    forced = tracked("write", FRONT, "--kind", "inquiry", "--today", "2026-12-28")
    assert forced.code == 1 and "BLOCKED" in forced.out
    assert "etiquette.third-inquiry" in forced.out


def test_write_record_needs_a_terminal(tracked: Any, tmp_path: Path) -> None:
    before = history_file(tmp_path).read_bytes()
    tracked("write", FRONT, "--record").assert_input_error("--record asks before recording")
    assert history_file(tmp_path).read_bytes() == before


def test_write_record_asks_and_records(
    tracked: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["y", "n"])
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    r = tracked("write", FRONT, "--today", "2026-11-25", "--record")
    assert r.code == 0, r.err
    assert asked == ["Record as sent to Maria? [y/N] ", "Record as sent to Devon? [y/N] "]
    assert "recorded: thank-you to Maria Chen" in r.err and "not recorded" in r.err
    assert messages(tmp_path) == [("thank-you", "2026-11-25")]


# -- several writers at once -------------------------------------------------------------------


def test_concurrent_log_sent_from_several_processes(tracked: Any, tmp_path: Path) -> None:
    # One text per writer: an exact copy of a recorded message is refused (a test below).
    paths = [draft(tmp_path, f"inq{n}.txt", INQUIRY + f"P.S. {n}\n") for n in range(8)]
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    code = "import sys; from followup.cli import main; sys.exit(main(sys.argv[1:]))"
    writers = 8
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                code,
                "log",
                "sent",
                path,
                "--to",
                who,
                "--kind",
                "check-in",
                "--date",
                "2026-12-01",
                "--today",
                "2026-12-01",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who, path in zip(
            ["Maria", "Devon", "Priya", "Tom"] * (writers // 4), paths, strict=True
        )
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert all(code == 0 for _, _, code in results), results
    assert len(messages(tmp_path)) == writers
    conn = sqlite3.connect(history_file(tmp_path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_concurrent_first_use_creates_and_migrates_once(cli: Any, tmp_path: Path) -> None:
    export = {
        "schema": "followup-history/1",
        "applications": [
            {
                "company": "Acme",
                "role": "Buyer",
                "interview_date": "2026-11-24",
                "contacts": [{"name": "Kim Lee", "email": "kim@acme.example"}],
                "messages": [{"to": "Kim Lee", "kind": "thank-you", "sent_on": "2026-11-25"}],
            }
        ],
    }
    path = draft(tmp_path, "x.json", json.dumps(export))
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    code = "import sys; from followup.cli import main; sys.exit(main(sys.argv[1:]))"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, "import", path],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert all(code == 0 for _, _, code in results), results
    added = sorted(out.split(" application")[0] for out, _, _ in results)
    assert added == ["imported 0"] * 5 + ["imported 1"]  # one won, the rest found it there
    assert messages(tmp_path) == [("thank-you", "2026-11-25")]


def test_write_after_a_rejection_picks_keep_in_touch(tracked: Any, tmp_path: Path) -> None:
    tracked("log", "status", "Lumen", "rejected")
    r = tracked("write", FREE, "--today", "2026-12-10")
    assert r.code == 0, r.err
    assert "Writing a keep-in-touch: rejected: a keep-in-touch note thanks them" in r.err
    assert "| keep-in-touch | ready" in r.out


def test_lint_with_a_bad_today(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "inq.txt", INQUIRY)
    r = tracked("lint", path, "--to", MARIA, "--today", "2026-13-01")
    r.assert_input_error("--today '2026-13-01' is not a date")


def test_write_thanks_only_those_not_yet_thanked(tracked: Any, tmp_path: Path) -> None:
    thank_everyone(tracked, tmp_path, "Maria")
    r = tracked("write", FRONT, "--today", "2026-11-26")
    assert r.code == 0, r.err
    assert "not everyone you met has a thank-you: Devon Park has had none" in r.err
    assert r.out.count("| thank-you |") == 1 and "=== To: Devon Park" in r.out


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2026-25-11", "month must be in 1..12"),  # was recorded as 25 Nov
        ("2026-13-01", "month must be in 1..12"),  # said "2026-01-13 is before the interview"
        ("2026-11-31", "day is out of range for month"),
    ],
)
def test_log_sent_refuses_an_iso_date_that_is_no_date(
    tracked: Any, tmp_path: Path, typed: str, why: str
) -> None:
    path = draft(tmp_path, "t.txt", THANKS)
    r = tracked("log", "sent", path, "--to", "Maria", "--date", typed, "--today", "2026-11-27")
    r.assert_input_error(f"--date {typed!r} is not a date ({why}; use YYYY-MM-DD)")
    assert messages(tmp_path) == []


def test_log_sent_reads_an_unpadded_iso_date(tracked: Any, tmp_path: Path) -> None:
    path = draft(tmp_path, "t.txt", THANKS)
    r = tracked(
        "log", "sent", path, "--to", "Maria", "--date", "2026-11-5", "--today", "2026-11-27"
    )
    r.assert_input_error("2026-11-05 is before the interview (2026-11-24)")


def test_logging_the_same_message_twice_records_it_once(tracked: Any, tmp_path: Path) -> None:
    same = draft(tmp_path, "same.txt", THANKS)
    log_sent(tracked, same, "Maria", "thank-you", "2026-11-25")
    r = tracked("log", "sent", same, "--to", "Maria", "--kind", "thank-you",
                "--date", "2026-11-25", "--today", "2026-11-27")  # fmt: skip
    r.assert_input_error(
        "already recorded: this thank-you to Maria Chen, sent 2026-11-25, with the same text"
    )
    assert messages(tmp_path) == [("thank-you", "2026-11-25")]
