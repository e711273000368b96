"""Session 13's reading fixes, each with lines that should be read and lines that should not:
a piece the notes describe without a title or link (share.described_item), ..."""

from __future__ import annotations

import pytest

from followup.writer.share import described_item


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "3/9 -- found the LSU AgCenter write-up on drone spray drift trials (Stoneville + "
            "Crowley, 2025) -- measured drift. link: lsuagcenter.com/.../drone-drift-trials",
            "I came across the LSU AgCenter write-up on drone spray drift trials, which made "
            "me think of our conversation.",
        ),
        (
            "- the Charity Retail Association posted a short guide on raising Gift Aid "
            "sign-ups at the till (the one w/ the 3 scripts for volunteers). send her the link",
            "I saw that the Charity Retail Association has published a guide on raising Gift "
            "Aid sign-ups at the till, and it made me think of our conversation.",
        ),
        (
            "- Value: the new open-access review on **humane endpoints in cattle challenge "
            "studies** (Veterinary Sciences, March 2026) — directly on her priority.",
            "I came across a new open-access review in Veterinary Sciences on humane "
            "endpoints in cattle challenge studies, which made me think of our conversation.",
        ),
        (
            "1. That article I found — Journal of Perinatal Education, spring issue — on "
            "**doula-led postpartum screening**, a program in North Carolina",
            "I came across an article in the Journal of Perinatal Education on doula-led "
            "postpartum screening, which made me think of our conversation.",
        ),
        (
            "- Found a properly good guide: Room Escape Artist's piece on accessible room "
            "design — wheelchair turning circles. Send the link.",
            "I came across Room Escape Artist's piece on accessible room design, which made "
            "me think of our conversation.",
        ),
    ],
)
def test_a_described_piece_is_read_in_the_notes_words(line: str, sentence: str) -> None:
    item = described_item([line])
    assert item is not None
    assert item.sentence(None) == sentence
    assert "lsuagcenter.com" not in item.sentence(None)  # a cut-short link is no link


@pytest.mark.parametrize(
    "line",
    [
        "- scheduling, accommodation requests through the portal, 48-hr notice policy",
        "- EHCP outcomes, how I'd record progress, notes for the annual review",
        "5/13 - I published my own report on churn in the trade press, send it round",
        "- she wants the guide on onboarding rewritten by June",  # no sign of passing it on
        "- found my notes from the course on ensemble calibration",
    ],
)
def test_a_line_that_names_no_piece_to_pass_on_is_not_read_as_one(line: str) -> None:
    assert described_item([line]) is None
