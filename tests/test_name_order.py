"""Names in another order than an English greeting reads: a surname in capitals titled in
mixed case ("CHAN Ka Wai", "Ms. Chan": noteheader._given_names_first), a leading patronymic
initial ("D. Gantulga": initialnames.py), and the candidate's own name in the sign-off is no
shorthand ("Tan Hui Min"). The notes here are made up for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

from followup.initialnames import without_initials
from followup.models import Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 21)

SURNAME_FIRST = """Interview notes — Straits Precision Pte Ltd, QA Engineer
2026-11-20, Jurong office
Me: Tan Hui Min

Panel:
- Mr. Lim Wei Ming — Engineering Manager
- Ms. CHAN Ka Wai, HR Business Partner

Mr. Lim asked about my SPC charts and the CMM programming at my last job.
Ms. Chan explained the relocation support and the probation period.
"""

MONGOLIAN = """Interview — Tavan Bogd Logistics LLC, Ulaanbaatar
Role: Customs Broker
2026-11-20
Me: Bat-Erdene Sukhbaatar

Met:
- D. Gantulga — Head of Customs Operations
- Ts. Oyunchimeg — HR manager

Gantulga asked about the new e-customs system and TIR carnets from Erenhot.
"""


def people(text: str) -> list[str]:
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    return [p.name for p in reading.brief.interviewers]


def test_a_surname_in_capitals_titled_in_mixed_case_is_the_family_name() -> None:
    assert people(SURNAME_FIRST) == ["Wei Ming Lim", "Ka Wai Chan"]


def test_a_leading_initial_is_set_aside_and_the_given_name_kept() -> None:
    assert people(MONGOLIAN) == ["Gantulga", "Oyunchimeg"]


def test_a_courtesy_title_or_a_place_is_no_initial() -> None:
    assert without_initials("- Dr. Okafor — Director") == "- Dr. Okafor — Director"
    assert without_initials("- St. Kilda, the office") == "- St. Kilda, the office"
    assert without_initials("- J. Whitcombe, Ops lead\nJ. Whitcombe asked") == (
        "- Whitcombe, Ops lead\nWhitcombe asked"
    )
