"""What a write no longer loads: dateparser for a next-steps sentence that cannot hold a date
it would keep (timeline.may_hold_a_date), and difflib for a single draft. The dateparser test
holds the word lists to cover dateparser's own English words, and the answers to equal the
ones dateparser gives for every sentence of the kind the notes in eval/ send it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from followup import timeline
from tests.conftest import REPO
from tests.processes import loaded, loaded_probe, run_followup

# Next-steps sentences of eval/cases' notes that reach dateparser (with their interview
# days): a date is found for some, none for the others.
SENTENCES = [
    ("They said they'd decide by the end of the month.", "2025-10-08"),
    ("next steps: HR (Maria) calls references this week, offer by the 29th maybe", "2026-05-19"),
    ("Next steps: Feedback within one week (Brandl).", "2026-03-03"),
    ("next steps: decisions by early march, via campus recruiting (Priya in HR)", "2026-02-17"),
    ("I'll keep you in mind and be in touch.", "2026-01-20"),
    ("Next steps", "2026-06-02"),
    ("Halvorsen) thurs, will call me by next Wed with next step", "2026-05-26"),
    ("NEXT STEPS", "2026-06-01"),
    ("Next step per Mr.", "2026-04-20"),
    ("She said they'll decide by the end of the month and HR will ring.", "2026-03-19"),
    ("Timeline: their board meets March 24 to approve the budget line", "2026-03-17"),
    ("Next: he said quick decision, within a fortnight.", "2026-03-17"),
    ("We've decided to move forward with a candidate whose background is closer", "2026-01-27"),
    ("This was a close decision", "2026-01-27"),
    ("next: she said she'd decide by next friday, maybe a 2nd trial day", "2026-02-03"),
    ("Relevant to Peggy's timeline question!", "2026-03-26"),
    ("Paula Sandoval, Athletic Director (the hiring decision is hers)", "2026-04-06"),
    ("timeline: Dr.", "2026-04-06"),
    ('Next steps: Renee said final decisions "early June"', "2026-05-21"),
    ("She'll get back to me by Thanksgiving.", "2025-11-12"),
    ("He said he'd be in touch in the spring", "2026-02-10"),
    ("They'll let me know in about ten days.", "2026-08-18"),
    ("Will be in touch.", "2026-03-30"),
    ("next = Bud decides by fri, then lena sets up the site orientation", "2026-06-08"),
    ("Decision: end of the month.", "2026-09-14"),
    ("after the xmas rush, she thinks", "2026-11-20"),
    ("we'll know more after tomorrow's meeting", "2026-11-20"),
]

UNIT_KEYS = (
    *(dt.date(2026, m, 1).strftime("%B").lower() for m in range(1, 13)),
    *(dt.date(2026, 11, d).strftime("%A").lower() for d in range(23, 30)),
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "century",
    "decade",
    "fortnight",
    "early_morning",
    "morning",
    "afternoon",
    "evening",
    "night",
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", re.sub(r"\\[a-zA-Z]", " ", text).lower()))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_word_lists_cover_dateparsers_english() -> None:
    from dateparser.data.date_translation_data import en

    tables = [en.info, *en.info.get("locale_specific", {}).values()]
    anchors = {
        w for t in tables for k in UNIT_KEYS for s in _strings(t.get(k, [])) for w in _words(s)
    }
    skip = ("name", "date_order", "sentence_splitter_group", "locale_specific")
    every = {
        w
        for t in tables
        for k, v in t.items()
        if k not in skip
        for s in _strings(v)
        for w in _words(s)
    }
    assert anchors and anchors <= timeline._DATE_ANCHORS
    assert {w for w in every | anchors if len(w) >= 4} <= timeline._DATE_WORDS


@pytest.mark.parametrize(("sentence", "day"), SENTENCES)
def test_the_answer_is_dateparsers(
    sentence: str, day: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    interview = dt.date.fromisoformat(day)
    answer = timeline._parse_phrase(sentence, interview)
    monkeypatch.setattr(timeline, "may_hold_a_date", lambda _: True)  # always ask dateparser
    assert answer == timeline._parse_phrase(sentence, interview)


def test_sentences_without_a_date_word_are_left_alone() -> None:
    asked = [s for s, _ in SENTENCES if timeline.may_hold_a_date(s)]
    assert "Next steps" not in asked and "Will be in touch." not in asked
    assert "They'll let me know in about ten days." in asked  # a figure or a date word
    assert "She said they'll decide by the end of the month and HR will ring." in asked
    assert len(asked) < len(SENTENCES) - 8


def test_a_write_whose_next_steps_hold_no_date_loads_no_dateparser(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Call with Dana Whitfield (Head of Support) at Larkspur Health, 2026-11-24, for the "
        "Support Lead role. I'm Sam Rivera.\n"
        "- we talked about the ticket backlog and the new help centre\n"
        "- she liked my escalation playbook\n"
        "Next steps: she will be in touch.\n",
        encoding="utf-8",
    )
    args = ["write", str(notes), "--today", "2026-11-25"]
    done = run_followup(loaded_probe("dateparser", "difflib"), *args, home=tmp_path / "h")
    assert done.returncode in (0, 1), done.stderr
    assert "To: Dana" in done.stdout  # one draft: no comparison of drafts either
    assert loaded(done) == "LOADED []"


def test_two_drafts_are_still_compared(tmp_path: Path) -> None:
    args = ["write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25"]
    done = run_followup(loaded_probe("difflib"), *args, home=tmp_path / "h")
    assert done.returncode in (0, 1), done.stderr
    assert loaded(done) == "LOADED ['difflib']"
