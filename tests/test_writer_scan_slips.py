"""Scanned (OCR'd) notes put a digit for a letter ("medica1 stores", "hea1th"): a draft that
says such a word is not ready (writer.notes-words), whoever wrote it; codes, times, counts
and product names with digits are words as written."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.checker.engine import Checker
from followup.models import Notes
from followup.writer.pipeline import Pipeline, WriteRequest
from followup.writer.topic_english import scan_faults


@pytest.mark.parametrize(
    "word, meant",
    [("medica1", "medical"), ("contro1", "control"), ("hea1th", "health"), ("pr0cess", "process")],
)
def test_a_digit_for_a_letter_is_named(word: str, meant: str) -> None:
    text = f"We talked about {word} for a while."
    found = list(scan_faults(text))
    assert [text[a:b] for a, b, _ in found] == [word]
    assert f"('{meant}')" in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "I have the B1 and A10 licences and start at 10am on the 1st.",
        "We run K8s on Win10 boxes and store mp3 files; the MS1 form is due.",
        "The 2nd shift covers 24/7 support with 3 technicians.",
    ],
)
def test_codes_times_and_counts_are_left_alone(text: str) -> None:
    assert list(scan_faults(text)) == []


NOTES = """Company: Medrig Offshore Ltd
Role: Offshore Medic
Date: 2026-11-12
Me: Aigerim Seitkali

Met Kirsty Baird, Medical Services Manager.
- Kirsty talked about medica1 stores and stock contro1 on the rig.
- She asked about hea1th surveillance for the crew.
"""


def test_a_draft_saying_a_scan_slip_is_held_for_review() -> None:
    notes = Notes(front_matter={}, text=NOTES, source="scan.txt")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, today=dt.date(2026, 11, 13))
    drafts = pipeline.run(request).drafts
    assert drafts, "no draft"
    said = [d for d in drafts if "medica1" in d.text or "hea1th" in d.text or "contro1" in d.text]
    assert said, [d.text for d in drafts]  # the offline writer says the topic as the notes do
    for draft in said:
        assert draft.status in ("review", "blocked"), (draft.status, draft.text)
        assert any(f.rule_id == "writer.notes-words" for f in draft.findings), draft.findings
