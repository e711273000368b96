"""A check-in pairs a title and a link only when the notes pair them: a bare link line under
a titled line ("Link: ...") takes that title; a line that says what its own link is (a
tutorial on something else) is another piece, and no title from the line above is put on it
(batch AA's org-mode notes gave a paper's title to a tutorial's URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

NOTES = """---
candidate: Mira Castellanos
company: Meridian Freight Analytics
role: Senior Data Scientist
interview_date: 2026-10-14
interviewer: Dr. Samuel Osei (Head of Data Science)
---
Dr. Osei talked about intermittent demand forecasting for spare parts.
Sent a thank-you 10/15. Sent an inquiry 10/26; hiring freeze until Q1.

Things to share:
- Osei's team paper "Conformal prediction intervals for vessel ETA" won best applied paper
{link_line}
"""


def check_in(cli: Any, tmp_path: Path, link_line: str) -> str:
    path = tmp_path / "n.md"
    path.write_text(NOTES.format(link_line=link_line), encoding="utf-8")
    r = cli("write", str(path), "--kind", "check-in", "--today", "2026-11-24")
    assert r.code in (0, 1), r.err
    return str(r.out)


def test_a_line_naming_its_own_piece_keeps_no_title_from_above(cli: Any, tmp_path: Path) -> None:
    out = check_in(
        cli, tmp_path, "- tutorial I found on conformal + intermittent demand: https://otexts.com/x"
    )
    assert "https://otexts.com/x" in out, out
    assert "Conformal prediction intervals for vessel ETA” (https://otexts.com/x)" not in out, out


def test_a_bare_link_line_takes_the_title_above(cli: Any, tmp_path: Path) -> None:
    out = check_in(cli, tmp_path, "  Link: https://forecasters.org/eta-paper")
    assert (
        "Conformal prediction intervals for vessel ETA” (https://forecasters.org/eta-paper)" in out
    ), out
