"""A private section's heading as people write it (session 11): the mark after what the
section holds ("Money / privaat"), "Not for anyone else:", and the Afrikaans "salaris". Both
leaked into ready drafts of the repository's own cases ("Our conversation about salaris R38
000 p/m has stayed with me"; "our conversation about Gary stinks of fags")."""

from __future__ import annotations

import pytest

from followup.privacy import public_notes

NOTES = "Gary asked about reversing assistants.\n\n{head}\n- {line}\n- second private line\n"


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("Not for anyone else:", "Gary stinks of fags, had to open t' window"),
        ("Money / privaat", "salaris R38 000 p/m aangebied, ek wil eintlik 42 hê"),
        ("Pay & private:", "grade 7, 34,200 plus standby"),
        ("Salary - confidential", "they said 41 base"),
        ("Yksityinen:", "Mikko was driving during the call"),
    ],
)
def test_a_private_heading_hides_its_section(head: str, line: str) -> None:
    kept = public_notes(NOTES.format(head=head, line=line))
    assert line not in kept and "second private line" not in kept
    assert "reversing assistants" in kept


@pytest.mark.parametrize(
    "head",
    ["Sarah - personal trainer for the gym staff", "Team / private equity deals", "Next steps:"],
)
def test_a_heading_that_only_holds_the_word_is_no_mark(head: str) -> None:
    kept = public_notes(NOTES.format(head=head, line="she talked about the budget"))
    assert "she talked about the budget" in kept


def test_salaris_is_a_pay_word() -> None:
    kept = public_notes("Nomsa asked about irrigation.\nsalaris R38 000 p/m aangebied\n")
    assert "R38 000" not in kept and "irrigation" in kept
