"""`followup write` reads the notes once: the reading made to pick the kind is the one the
pipeline writes from (the notes reader is the costliest step of an offline write)."""

from __future__ import annotations

from typing import Any

import pytest

import followup.notes
import followup.writer.pipeline
import followup.writing
from tests.conftest import REPO


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = followup.notes.understand_notes

    def counting(notes: Any, today: Any) -> Any:
        calls.append(notes.source)
        return real(notes, today)

    monkeypatch.setattr(followup.writing, "understand_notes", counting)
    monkeypatch.setattr(followup.writer.pipeline, "understand_notes", counting)
    return calls


def test_an_offline_write_reads_the_notes_once(cli: Any, reads: list[str]) -> None:
    r = cli("write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25")
    assert r.code == 0 and r.out.count("| thank-you | ready ===") == 2
    assert len(reads) == 1


def test_flags_given_as_overrides_still_apply(cli: Any, reads: list[str]) -> None:
    notes = b"Talked with Ana Lima (Design Lead) about the onboarding flow redesign.\n"
    flags = ("--company", "Acme", "--role", "Designer", "--me", "Sam Rivera")
    r = cli("write", "-", *flags, stdin=notes)
    assert r.code == 0 and "Hi Ana," in r.out and "Sam Rivera" in r.out
    assert len(reads) == 1
