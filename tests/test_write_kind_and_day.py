"""`followup write` without --kind: a refusal says which kind was picked and why (still one
line); the day wording is the draft's own; a check-in offers advice the candidate acted on;
an interview after today is a one-line refusal (trial 6, items 8 and 9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup.writer.kind_choice import interview_was
from followup.writer.share import advice_taken

ON_HOLD = """---
company: Orchard Lane Library
role: Children's Librarian
candidate: Beatriz Santos
interview_date: 2026-10-20
interviewers:
  - name: Gwen Harlow
    title: Branch Manager
---
Gwen talked a lot about their summer reading challenge and how participation dropped.
{advice}
I sent a thank-you on Oct 21 and an inquiry on Oct 30. They said the hire is on hold.
"""


def notes(tmp_path: Path, text: str, name: str = "n.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("advice", "said"),
    [
        (
            'She recommended I look at the ALA\'s "Libraries Transform" toolkit; I read it and '
            "used it to plan a bilingual storytime at my current branch.",
            "I took it to heart: I read it and used it to plan a bilingual storytime",
        ),
        (
            'I took her advice and used the ALA "Libraries Transform" toolkit to plan a '
            "bilingual storytime at my current branch.",
            "your advice to use the ALA “Libraries Transform” toolkit. I took it to heart: I "
            "used it to plan",
        ),
    ],
)
def test_a_check_in_offers_advice_the_candidate_acted_on(
    cli: Any, tmp_path: Path, advice: str, said: str
) -> None:
    r = cli("write", notes(tmp_path, ON_HOLD.format(advice=advice)), "--today", "2026-11-27")
    assert r.code == 0, r.err
    assert r.err.startswith("Writing a check-in: the notes say the hire is on hold")
    assert said in " ".join(r.out.split())


def test_a_refusal_says_which_kind_was_picked_and_why(cli: Any, tmp_path: Path) -> None:
    """Advice given but not acted on is nothing to offer: the check-in is refused in one
    line (exit 2) that begins with the kind picked and why."""
    advice = "She recommended I look at the ALA toolkit."
    r = cli("write", notes(tmp_path, ON_HOLD.format(advice=advice)), "--today", "2026-11-27")
    r.assert_input_error(
        "followup: error: writing a check-in (the notes say the hire is on hold; a check-in "
        "offers something instead; --kind chooses another): a check-in must offer something "
        "of value: pass --share"
    )


def test_a_refusal_with_the_kind_given_names_no_pick(cli: Any, tmp_path: Path) -> None:
    advice = "She recommended I look at the ALA toolkit."
    path = notes(tmp_path, ON_HOLD.format(advice=advice))
    r = cli("write", path, "--kind", "check-in", "--today", "2026-11-27")
    r.assert_input_error("followup: error: a check-in must offer something of value")


@pytest.mark.parametrize(
    "lines",
    [
        ["She recommended I look at the ALA toolkit."],  # given, not acted on
        ["She told me to read the handbook.", "I have not read it yet."],
        ["She recommended I look at the toolkit.", "I used to work at a library."],
        ["He suggested I apply again next year."],
    ],
)
def test_advice_not_acted_on_is_not_offered(lines: list[str]) -> None:
    assert advice_taken(lines) is None


@pytest.mark.parametrize(
    ("lines", "what", "did"),
    [
        (
            ["Raj told me to try the Kaggle course.", "I finished the Kaggle course last week."],
            "try the Kaggle course",
            "finished the Kaggle course last week",
        ),
        (
            ["I took his advice to heart and joined the local UX meetup."],
            "join the local UX meetup",
            "joined the local UX meetup",
        ),
    ],
)
def test_advice_acted_on_in_other_words(lines: list[str], what: str, did: str) -> None:
    assert advice_taken(lines) == (what, did)


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "the interview was today"),
        (1, "the interview was yesterday"),
        (2, "the interview was on Wednesday, 2 days ago"),
        (9, "the interview was on November 25, 9 days ago"),
    ],
)
def test_the_day_is_said_as_the_draft_says_it(days: int, words: str) -> None:
    day = dt.date(2026, 11, 25)
    assert interview_was(day, day + dt.timedelta(days=days)) == words


FRONT = """---
company: Bramble & Finch Bakery
role: Pastry Sous Chef
candidate: Lucía Morales
interview_date: {day}
interviewers:
  - name: Henrik Olsen
    topics:
      - the weekend brunch menu they plan for March
---
"""


def test_notes_dated_today_say_today_in_the_line_and_the_draft(cli: Any, tmp_path: Path) -> None:
    r = cli("write", notes(tmp_path, FRONT.format(day="2026-11-25")), "--today", "2026-11-25")
    assert "| thank-you |" in r.out, r.err
    assert r.err.startswith("Writing a thank-you: the interview was today (")
    assert "the day after" not in r.err
    assert "meet with me today" in r.out


@pytest.mark.parametrize("kind", [[], ["--kind", "thank-you"]])
def test_an_interview_after_today_is_a_one_line_refusal(
    cli: Any, tmp_path: Path, kind: list[str]
) -> None:
    path = notes(tmp_path, FRONT.format(day="2026-11-30"))
    r = cli("write", path, *kind, "--today", "2026-11-25")
    r.assert_input_error(
        "the notes date the interview Mon 30 Nov (2026-11-30), after --today 2026-11-25 "
        "(Wed 25 Nov): fix the date in the notes, or pass --today YYYY-MM-DD"
    )
    assert len(r.err.strip().splitlines()) == 1 and r.out == ""
