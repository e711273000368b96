"""The people of a pasted calendar invitation (invitepeople.py): who was met, who is the
candidate. The notes here are made up for these tests; none is an eval case."""

from __future__ import annotations

import datetime as dt

from followup.invitepeople import invitees
from followup.models import Notes
from followup.notes import understand_notes

INVITE = """Subject: Interview - Payroll Specialist - Brightwater Logistics
When: Tuesday, November 24, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time
Where: Microsoft Teams Meeting
Organizer: Colleen Maguire <colleen.maguire@brightwater.example>
Required: Lau, Winnie <winnie.lau@brightwater.example>; Okafor, Daniel <dokafor@mail.example>

Hi Daniel, looking forward to speaking with you.

--- my notes after ---
Winnie runs payroll for 3 states, asked about multi-state withholding and garnishments.
Colleen (recruiter) said they decide by Dec 4.
"""


def test_outlook_surname_comma_entries_are_first_name_first() -> None:
    names = [p.name for p in invitees(INVITE)]
    assert names == ["Colleen Maguire", "Winnie Lau", "Daniel Okafor"]


def test_the_invited_candidate_is_no_one_met_and_the_others_get_notes() -> None:
    notes = Notes(front_matter={}, text=INVITE, source="n.txt")
    reading = understand_notes(notes, dt.date(2026, 11, 25))
    assert reading.brief.candidate == "Daniel Okafor"
    assert [p.name for p in reading.brief.interviewers] == ["Colleen Maguire", "Winnie Lau"]


def test_the_candidate_is_the_one_address_of_another_domain() -> None:
    text = (
        "When: Mon 10am\nWhere: Zoom\n"
        "Attendees: Ann Holt <ann.holt@firm.example>, Raj Patel <raj.patel@firm.example>, "
        "Mia Chen <miachen88@mail.example>\n\nnotes: Ann asked about audits, Raj about SQL\n"
    )
    reading = understand_notes(
        Notes(front_matter={}, text=text, source="n.txt"), dt.date(2026, 11, 25)
    )
    assert reading.brief.candidate == "Mia Chen"
    assert [p.name for p in reading.brief.interviewers] == ["Ann Holt", "Raj Patel"]


def test_no_invitation_fields_no_invitees() -> None:
    assert invitees("Organizer: Colleen Maguire\nmet Winnie") == []
