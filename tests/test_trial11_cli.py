"""Trial 11's faults in reading and in the commands' output (made-up notes in the trial's
forms): a work scenario with a health word read as a private remark (P1), "im" cased as
"I'M" after an initial "M." (P1), a partial --to not taken to the full name the notes give
(P5), an address on a person's own line left unread (P7), a second inquiry "(passed)" with
no first one sent, and a silent `followup eval` in a pipe (P8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup.evaluation import command
from followup.models import Interviewer, Notes
from followup.notelines import LineKind
from followup.notes import understand_notes
from followup.writer.untrusted import prompt_notes

TODAY = dt.date(2026, 11, 24)

PHONE = (
    "cedar ridge haulage - dispatch coordinator\n"
    "mon 11/23 10am video call w/ maria lopez (hr) and omar m. (dispatch mgr)\n"
    "me: Sam Carter\n\n"
    "maria - asked why im leaving current job, said growth\n"
    "omar asked abt how i'd cover routes when a driver calls out sick, told him abt the "
    "spare-driver rota i made at FastLane\n"
    "omar - they use geotab for tracking\n"
    "he seemed kinda cold tbh\n"
)


def read(text: str) -> Any:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)


def line(reading: Any, words: str) -> Any:
    return next(ln for ln in reading.lines if words in ln.raw)


def kept_private(reading: Any, words: str) -> bool:
    """Removed before the lines are read (privacy.py), or read as a private line; never in a
    prompt's notes."""
    lines = [ln for ln in reading.lines if words in ln.raw]
    return all(ln.kind is LineKind.PRIVATE for ln in lines) and words not in prompt_notes(reading)


# -- P1: whom a health word is about ----------------------------------------------------------


def test_a_work_scenario_with_a_health_word_is_no_private_remark() -> None:
    reading = read(PHONE)
    scenario = line(reading, "calls out sick")
    assert scenario.kind is not LineKind.PRIVATE
    notes = prompt_notes(reading)
    assert "spare-driver rota" in notes
    assert kept_private(reading, "kinda cold")  # an opinion stays private


@pytest.mark.parametrize(
    "remark",
    [
        "I was out sick most of last week",
        "had to move the call bc my kid was sick",
        "the kids were sick so I rescheduled",
        "he was off sick last week",
        "missed the first interview due to surgery",
        "one of the drivers got sick and I covered, my wife was sick too",
    ],
)
def test_the_candidates_or_familys_health_stays_private(remark: str) -> None:
    reading = read(PHONE + remark + "\n")
    assert kept_private(reading, remark[:20])


@pytest.mark.parametrize(
    "scenario",
    [
        "she asked what I'd do if the sous calls in sick on a friday",
        "asked how I'd cover when someone calls in sick",
        "asked how I handle a patient's surgery schedule",
    ],
)
def test_someone_at_works_health_is_the_work(scenario: str) -> None:
    reading = read(PHONE + scenario + "\n")
    assert line(reading, scenario[:20]).kind is not LineKind.PRIVATE


def test_im_is_not_cased_as_an_initial() -> None:
    reading = read(PHONE)
    # found by its stable words: contractions.py spells out the raw line's "im"
    text = line(reading, "leaving current job").text
    assert "I'm leaving" in text
    assert "I'M" not in text


# -- P5: a partial --to takes the full name the notes give -------------------------------------

ESL = """Interview notes
Company: Vantix Software
Position: QA Engineer
My name: Nguyen Thi Lan
Date: 2026-11-24

I meet with Mr. Karthik Subramanian, he is QA lead. He ask me about how I test the API \
when documentation is not complete. I answer that I read the code and write the test cases \
from real behaviour.
He tell me they are move from manual test to automation with Playwright.
He say they will answer in 2 weeks.
"""


@pytest.mark.parametrize("to", ["Karthik", "Subramanian", "Karthik Subramanian"])
def test_a_partial_to_takes_the_full_name_and_its_greeting(
    cli: Any, tmp_path: Path, to: str
) -> None:
    path = tmp_path / "esl.txt"
    path.write_text(ESL, encoding="utf-8")
    r = cli("write", str(path), "--kind", "thank-you", "--today", "2026-11-25", "--to", to)
    assert "=== To: Karthik Subramanian |" in r.out, r.out + r.err
    assert "Dear Mr. Subramanian," in r.out


def test_a_first_name_two_people_share_expands_to_neither() -> None:
    from followup.fullname import full_name_in_notes

    text = "Met Anna Berg (CTO) and Anna Holm (HR).\nAnna Berg asked about Rust."
    assert full_name_in_notes("Anna", text) is None
    assert full_name_in_notes("Holm", text) == "Anna Holm"
    assert full_name_in_notes("Anna Holm", text) is None  # written in full already


# -- P7: an address on the person's own line ---------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "name", "email"),
    [
        (
            "Interview: Redwood Credit Union, Member Services Representative\nMe: Priya Raman\n"
            "Interviewer: Daniel Cho (Branch Supervisor), daniel.cho@redwoodcu.example\n\n"
            "Daniel asked how I'd handle a member upset about an overdraft fee.\n",
            "Daniel Cho",
            "daniel.cho@redwoodcu.example",
        ),
        (
            "Interview: Solstice Energy, Program Manager\nMe: Grace Liu\n\n"
            "Met with Henrik Olsen (VP Operations), henrik.olsen@solstice.example.\n"
            "Henrik asked about ISO 14001 audits.\n",
            "Henrik Olsen",
            "henrik.olsen@solstice.example",
        ),
    ],
)
def test_an_address_on_the_interviewers_line_is_theirs(notes: str, name: str, email: str) -> None:
    reading = read(notes)
    person = next(p for p in reading.brief.interviewers if p.name == name)
    assert person.email == email


def test_a_shared_inbox_or_a_line_of_two_people_gives_no_address() -> None:
    from followup.personaddress import addresses_on_their_lines

    people = [Interviewer(name="Daniel Cho"), Interviewer(name="Ana Ruiz")]
    addresses_on_their_lines(
        people,
        "Interviewer: Daniel Cho, reply to careers@redwoodcu.example\n"
        "Daniel Cho and Ana Ruiz, ana.ruiz@redwoodcu.example\n",
    )
    assert [p.email for p in people] == [None, None]


def test_the_address_goes_to_the_eml_to(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_text(
        "Interview: Redwood Credit Union, Member Services Representative\nDate: Nov 2, 2026\n"
        "Me: Priya Raman\n"
        "Interviewer: Daniel Cho (Branch Supervisor), daniel.cho@redwoodcu.example\n\n"
        "Daniel asked how I'd handle a member upset about an overdraft fee.\n"
        "He said they'd let me know by November 13.\n",
        encoding="utf-8",
    )
    r = cli("write", str(path), "--today", "2026-11-27", "--eml", str(tmp_path / "out"))
    assert "Daniel Cho <daniel.cho@redwoodcu.example>" in r.out, r.out + r.err
    (eml,) = (tmp_path / "out").glob("*.eml")
    assert "To: Daniel Cho <daniel.cho@redwoodcu.example>" in eml.read_text(encoding="utf-8")


# -- P8: plan, the writer notice, eval progress ------------------------------------------------


def test_a_second_inquiry_is_not_passed_before_a_first_is_sent(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_text(
        "Interview: Redwood Credit Union, Member Services Representative\nDate: Nov 2, 2026\n"
        "Me: Priya Raman\nInterviewer: Daniel Cho (Branch Supervisor)\n\n"
        "Daniel asked how I'd handle a member upset about an overdraft fee.\n"
        "He said they'd let me know by November 13.\nSent thank-you to Daniel on 11/3.\n",
        encoding="utf-8",
    )
    r = cli("plan", str(path), "--today", "2026-11-27")
    row = next(ln for ln in r.out.splitlines() if "second-inquiry" in ln)
    assert "(passed)" not in row, r.out
    assert "(after the first inquiry)" in row


def test_a_refused_check_in_prints_no_writer_notice(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_text(
        "Interview: Redwood Credit Union, Member Services Representative\nDate: Nov 2, 2026\n"
        "Me: Priya Raman\nInterviewer: Daniel Cho (Branch Supervisor)\n\n"
        "Daniel asked how I'd handle a member upset about an overdraft fee.\n",
        encoding="utf-8",
    )
    r = cli("write", str(path), "--kind", "check-in", "--today", "2026-11-27")
    assert r.code == 2
    assert "Using the offline writer" not in r.err


def test_eval_in_a_pipe_prints_a_progress_line_now_and_then(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    with command._progress() as update:
        assert update is not None
        update(0, 60, None)
        for done in range(1, 61):
            update(done, 60, object())  # type: ignore[arg-type]
    err = capsys.readouterr().err.splitlines()
    assert [ln.split(" (")[0] for ln in err] == [
        "eval: 25/60 cases",
        "eval: 50/60 cases",
        "eval: 60/60 cases",
    ]
