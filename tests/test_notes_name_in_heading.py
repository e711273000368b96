"""The writer's name as one part of a heading line, the last place the reader looks."""

from __future__ import annotations

import pytest

from followup.noteheader import read_header


@pytest.mark.parametrize(
    ("notes", "candidate"),
    [
        (
            "# Helderberg Crest Wines — Assistant Viticulturist\n"
            "Marelize du Toit — interview Tue 3 Mar 2026, 09:30, on the farm\n",
            "Marelize du Toit",
        ),
        (
            "NORTHSOUND OFFSHORE SERVICES - banksman/slinger (rotational)\ncallum reid\n\n"
            "thu 05/02/26 1400 teams call w/ Fiona Gray\n- asked about tag lines\n",
            "Callum Reid",
        ),
        (
            "## Meridian Crescent Bank — AML Compliance Analyst\n"
            "**Farhana Rahman (Tania)** — 12/05/2026, 10:00–11:15, Moorgate office\n",
            "Farhana Rahman",
        ),
        (
            "# Caldera Forensic Laboratories — Forensic Toxicologist II\n"
            "**Annika Rasmussen, PhD** · on-site, Thu 9 Apr 2026 · 09:00–13:30\n",
            "Annika Rasmussen",
        ),
    ],
)
def test_a_name_that_is_a_part_of_a_heading_line_is_the_writer(notes: str, candidate: str) -> None:
    assert read_header(notes).candidate == candidate


@pytest.mark.parametrize(
    "notes",
    [
        # the heading's parts are a company, a job and the notes' own words, no name
        "## Fernway — Senior UX Writer / Content Designer — final loop\nMay 14, 2026\n",
        "# Cipher Hall — GM (Leeds) — status board\n\n> Treating this like a room.\n",
        "PRELIMINARY REPORT — Interview, Claims Handler\n14 May 2026\n",
        # a pasted mail's greeting is the writer greeted, not a name to sign with
        "==== pasted from email ====\nSubject: Hostel Manager\nDear Owen Price,\n",
        # a department is no person
        "Pine Hollow Unified School District — Transportation Dept\nJob: Lead Bus Technician\n",
    ],
)
def test_a_heading_without_the_writers_name_gives_none(notes: str) -> None:
    assert read_header(notes).candidate is None
