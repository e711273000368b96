"""A short name written inside a full name ('Harold "Hal" Pruitt'): nicknames.py.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.nicknames import nickname_for, quoted_nicknames, without_nicknames
from followup.notes import understand_notes
from followup.writer.gate import preferred_name

TODAY = dt.date(2026, 11, 21)

PANEL = """# Panel interview — First Harbor Bank, Compliance Analyst
2026-11-20

Panel:
1. Diane Morales — VP Risk
2. Harold "Hal" Pruitt — Compliance Officer
3. Abigail “Abby” Turner — HR Business Partner

Diane: walked through the team's KYC queue.
Hal: asked a lot about BSA/AML audits, my SAR narratives.
Abby said the start date would be January.

Me: Jordan Reyes
"""


def test_the_quoted_word_is_the_short_name_of_the_full_name() -> None:
    assert quoted_nicknames(PANEL) == {"Harold Pruitt": "Hal", "Abigail Turner": "Abby"}
    assert "2. Harold Pruitt — Compliance Officer" in without_nicknames(PANEL)


def test_a_bracketed_short_name_is_one_too_and_a_repeated_first_name_is_not() -> None:
    assert quoted_nicknames("met Robert (Bob) Kline, plant mgr") == {"Robert Kline": "Bob"}
    assert quoted_nicknames('Anne "Anne" Lee') == {}


def test_every_panellist_written_with_a_nickname_gets_a_note() -> None:
    reading = understand_notes(Notes(front_matter={}, text=PANEL, source="n.txt"), TODAY)
    people = {p.name: p for p in reading.brief.interviewers}
    assert list(people) == ["Diane Morales", "Harold Pruitt", "Abigail Turner"]
    assert any("audits" in t for t in people["Harold Pruitt"].topics)  # "Hal:" is his line


def test_the_greeting_uses_the_short_name_the_notes_use() -> None:
    assert nickname_for(["Harold", "Pruitt"], PANEL) == "Hal"
    assert preferred_name(["Abigail", "Turner"], PANEL) == "Abby"
    assert nickname_for(["Diane", "Morales"], PANEL) is None


def test_a_firms_legal_form_in_brackets_is_no_nickname() -> None:
    text = "Al-Noor Denim Mills (Pvt) Ltd, Sargodha Road, Faisalabad"
    assert quoted_nicknames(text) == {}
    assert without_nicknames(text) == text
