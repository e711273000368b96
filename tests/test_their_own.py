"""Whose "their" it is (theirown.py): a "their" that points back to a plural noun of the same
phrase stays "their" when the phrase is said to the recipient; the recipient's own "their"
becomes "your" as before (notelines.to_recipient).

The phrases here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.notelines import to_recipient


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("kids keeping their home language", "kids keeping their home language"),
        ("parents who want their son to start early", "parents who want their son to start early"),
        ("residents with their families", "residents with their families"),
        ("their boards keep failing", "your boards keep failing"),
        ("how they train their new hires", "how you train your new hires"),
        ("the projects their team runs", "the projects your team runs"),
        ("nurses, their shifts", "nurses, your shifts"),
        (
            "mentoring junior designers and their overhaul",
            "mentoring junior designers and your overhaul",
        ),
    ],
)
def test_a_groups_their_stays_and_the_recipients_becomes_your(phrase: str, said: str) -> None:
    assert to_recipient(phrase) == said
