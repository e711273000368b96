"""The gate's own findings: a message dated before the interview, a thank-you weeks late."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.checker.engine import Checker
from followup.core import Severity
from followup.models import Notes
from followup.writer.pipeline import Pipeline, WriteRequest

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
