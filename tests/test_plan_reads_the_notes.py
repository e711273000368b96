"""plan, due and write share one reading of what the notes record: a rejection, a
thank-you or an inquiry sent. Plans, advice and to-dos to send are no record (trial 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REJECTED = (
    "Company: Northpeak Software\nRole: Technical Writer\n"
    "Interview: 2026-11-10 with Owen Fraser (Documentation Lead)\n"
    "We talked about their API reference overhaul and docs-as-code with Sphinx.\n"
    "Got the email today (Nov 26) - {no}. Owen said he'd keep me in mind.\n"
    "Candidate: Renée Dubois\n"
)


def notes(tmp_path: Path, text: str) -> str:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "no",
    [
        "they went with an internal candidate",
        "they decided to move forward with another candidate",
        "the position has been filled",
        "they offered the role to an external candidate",
    ],
)
def test_a_rejection_in_the_notes_schedules_no_inquiry(cli: Any, tmp_path: Path, no: str) -> None:
    path = notes(tmp_path, REJECTED.format(no=no))
    plan = cli("plan", path, "--today", "2026-11-27")
    assert plan.code == 0, plan.err
    assert "Your notes say they went with someone else: no inquiry, no check-in." in plan.out
    assert "keep-in-touch   thank them" in plan.out
    assert "second-inquiry" not in plan.out and "restate your interest" not in plan.out
    assert "Set application 1 to rejected, as your notes say." in plan.out
    assert "Next: a keep-in-touch (the notes say the application was declined)" in plan.out
    due = cli("due", "--date", "2026-11-27")
    assert "keep-in-touch to Owen Fraser" in due.out and "inquiry to" not in due.out
    write = cli("write", path, "--today", "2026-11-27")
    assert write.err.startswith("Writing a keep-in-touch: "), write.err
    assert "| keep-in-touch |" in write.out


def test_a_hopeful_note_keeps_the_whole_schedule(cli: Any, tmp_path: Path) -> None:
    """The counter-example: 'not moving forward' only about someone else's project."""
    text = REJECTED.format(no="they hope to decide soon").replace(
        "Owen said", "Their old wiki is not moving along. Owen said"
    )
    plan = cli("plan", notes(tmp_path, text), "--today", "2026-11-12", "--no-track")
    assert "Your notes say they went with someone else" not in plan.out
    assert "second-inquiry" in plan.out


ADVISED = (
    "Quillfeather Press, Marketing Coordinator, interview Wed 25 Nov 2026 with Hannah Lee "
    "(marketing director). We talked about the spring catalog launch. {line}\nI'm Chloe Martin.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "My mom says I should send a thank you right away.",
        "Need to send the thank-you tonight.",
        "send a thank you tmrw",
    ],
)
def test_plan_and_write_agree_that_advice_to_send_is_no_thank_you(
    cli: Any, tmp_path: Path, line: str
) -> None:
    path = notes(tmp_path, ADVISED.format(line=line))
    plan = cli("plan", path, "--today", "2026-11-27", "--no-track")
    assert "(sent, your notes say)" not in plan.out
    assert "Next: a thank-you (the interview was on Wednesday, 2 days ago)" in plan.out
    write = cli("write", path, "--today", "2026-11-27")
    said = "Writing a thank-you: the interview was on Wednesday, 2 days ago"
    assert write.err.startswith(said), write.err


def test_plan_marks_what_the_notes_record_as_sent(cli: Any, tmp_path: Path) -> None:
    """Without a date the send cannot go in the history: plan says how to record it."""
    path = notes(tmp_path, ADVISED.format(line="Sent the thank-you."))
    plan = cli("plan", path, "--today", "2026-11-27")
    assert "thank-you       (sent, your notes say) thank each person" in plan.out
    assert "Your notes say the thank-you went out; `followup log sent" in plan.out
    assert "Next: an inquiry (the thank-you is done" in plan.out
    write = cli("write", path, "--today", "2026-11-27")
    assert write.err.startswith("Writing an inquiry: the thank-you is done"), write.err


def test_plan_records_a_dated_send_so_write_and_due_agree(cli: Any, tmp_path: Path) -> None:
    """With its date the send goes in the history (trial 7: `due` proposed a third inquiry
    the notes had logged as sent); then plan, due and write all wait for the inquiry."""
    path = notes(tmp_path, ADVISED.format(line="Sent thank-you 11/26."))
    plan = cli("plan", path, "--today", "2026-11-27")
    assert "thank-you       (sent, your notes say) thank each person" in plan.out
    assert "Recorded from your notes, for `followup due`: thank-you (Thu 26 Nov)." in plan.out
    assert "an inquiry is welcome from Wed 2 Dec" in plan.out
    due = cli("due", "--date", "2026-11-27")
    assert "inquiry from Wed 2 Dec" in due.out, due.out
    write = cli("write", path, "--today", "2026-11-27")
    write.assert_input_error("nothing to write today")
    assert "an inquiry is welcome from Wed 2 Dec" in write.err


def _lines(text: str) -> list[str]:
    import datetime as dt

    from followup.models import Notes
    from followup.notes import understand_notes

    notes = Notes(front_matter={}, text=text, source="n.txt")
    return [ln.text for ln in understand_notes(notes, dt.date(2026, 11, 27)).lines]


@pytest.mark.parametrize("label", ["Interview", "Company", "Role", "Interviewers", "Date"])
def test_a_labelled_header_line_is_a_line_of_its_own(label: str) -> None:
    """Trial 6's keep-in-touch note was blocked for naming nothing from the conversation: the
    reader had joined 'Interview: ... (Documentation Lead)' (longer than a short thought) and
    the topic line after it into one line, so no topic was read."""
    head = f"{label}: 2026-11-10 with Owen Fraser (Documentation Lead) at Northpeak"
    topic = "We talked about their API reference overhaul and docs-as-code with Sphinx."
    assert topic in _lines(f"{head}\n{topic}\n")


def test_a_wrapped_line_of_prose_is_still_one_line() -> None:
    """The counter-example: a long line without a label, wrapped, is one thought."""
    text = (
        "We spent most of the hour on the API reference overhaul they are planning\n"
        "for the spring release and how docs-as-code would fit.\n"
    )
    assert not any(line.startswith("for the spring release") for line in _lines(text))


def test_the_keep_in_touch_note_names_the_conversation(cli: Any, tmp_path: Path) -> None:
    path = notes(tmp_path, REJECTED.format(no="they went with an internal candidate"))
    r = cli("write", path, "--today", "2026-11-27")
    assert r.code == 0, r.out + r.err
    assert "| keep-in-touch | ready ===" in r.out
    assert "API reference overhaul" in r.out
