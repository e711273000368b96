"""The gate's own findings: a message dated before the interview, a thank-you weeks late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.inputs import read_source
from followup.models import Notes
from followup.notes import parse_notes
from followup.writer.pipeline import Pipeline, WriteRequest
from tests.conftest import REPO

NOTES = Notes(
    front_matter={
        "candidate": "Sam Rivera",
        "company": "Northwind Analytics",
        "role": "Product Analyst",
        "interview_date": "2026-11-24",
        "interviewers": [
            {"name": "Maria Chen", "topics": ["moving the weekly revenue review to dashboards"]}
        ],
    },
    text="Maria liked the cohort chart idea.",
    source="n.md",
)


@pytest.mark.parametrize(
    ("today", "severity"),
    [(dt.date(2026, 11, 20), Severity.ERROR), (dt.date(2026, 12, 20), Severity.WARNING)],
)
def test_a_thank_you_before_the_interview_or_weeks_late_is_flagged(
    today: dt.date, severity: Severity
) -> None:
    [draft] = Pipeline(Checker.from_settings()).run(WriteRequest(NOTES, today=today)).drafts
    [timing] = [f for f in draft.findings if f.rule_id == "writer.timing"]
    assert timing.severity is severity
    assert draft.status == ("blocked" if severity is Severity.ERROR else "review")


def test_a_closing_private_section_keeps_the_front_matter_topics_public(tmp_path: Path) -> None:
    # The front matter's values were once appended after the notes, so a "## Private" section
    # at the end of the notes swallowed them and every draft was blocked as a private leak.
    notes_file = tmp_path / "notes.md"
    example = (REPO / "examples" / "notes-frontmatter.md").read_text(encoding="utf-8")
    notes_file.write_text(example + "\n## Private\n- Salary expectation 95k.\n", encoding="utf-8")
    notes = parse_notes(read_source(str(notes_file)))
    request = WriteRequest(notes, kind=MessageKind.THANK_YOU, today=dt.date(2026, 11, 25))
    drafts = Pipeline(Checker.from_settings()).run(request).drafts
    assert len(drafts) == 2
    for draft in drafts:
        assert not [f for f in draft.findings if f.rule_id == "etiquette.private-leak"]
        assert draft.status == "ready" and "95" not in draft.body
