"""Who an inquiry goes to: the process contact the notes name by the role of a line
(processcontact.py), not the first interviewer.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.models import Notes
from followup.processcontact import contact_of_line, process_contact
from followup.writer.pipeline import Pipeline, WriteRequest

NAMES = [["Gregory", "Paine", "Greg"], ["Alicia", "Ortega"], ["Karen", "Liu"]]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("- follow up w/ KAREN, not Greg. Greg said it goes through her", 2),
        ("Contacto para el proceso: Frau Karen Liu, Personalabteilung (HR)", 2),
        ("Ansprechpartnerin – Frau Liu", 2),
        ("POC for follow-up: Karen Liu", 2),
        ("met: Alicia Ortega (recruiter, my contact), and the partner, Karen Liu.", 1),
        ("Ms. Liu: 'decision in 2 weeks.' Contact her, not Paine.", 2),
        ("Gregory Paine, HR Manager. Contact person for process.", 0),
        ("-> Paine said: 'Rückfragen bitte an Frau Liu, sie koordiniert alles'", 2),
        ("Write only to Alicia (she said contact her)", 1),
        ("Questions → Karen.", 2),
        ("para dudas, escribir a Alicia", 1),
    ],
)
def test_the_line_names_the_process_contact(line: str, who: int) -> None:
    assert contact_of_line(line, NAMES) == who


@pytest.mark.parametrize(
    "line",
    [
        "- followed up with Karen 3/2, no reply",  # the log's, not a plan
        "don't contact Gregory",
        "asked about contact with the press, Karen liked my answer",
        "Please don't hesitate to reach out to me",
        "Karen: great contact center background needed",
    ],
)
def test_a_line_without_the_role_names_no_contact(line: str) -> None:
    assert contact_of_line(line, NAMES) is None


def test_the_last_line_naming_a_contact_decides() -> None:
    text = "contact: Alicia Ortega\n...\nupdate: follow up with Karen from now on\n"
    assert process_contact(text, NAMES) == 2


THREAD = """NOTES TO SELF (Jess Romano) - Whitfield & Kaye follow-up
Company: Whitfield & Kaye
Role: Litigation Paralegal
Interview: Oct 29, 2026
- Gregory Paine (partner): cared about e-discovery and privilege logs
- Alicia Ortega (senior paralegal): cite-checking and e-filing
- Karen Liu (recruiting coordinator)
- decision date was Fri 11/6 per Karen. nothing yet.
- follow up w/ KAREN, not Greg. Greg said scheduling goes through Karen.
"""

HR_LINE = """Company: Hanse Feinkost
Role: Category Manager
Me: Rodrigo Quispe
Interview: 22.10.2026
Met:
- Dr. Katrin Albers, Head of Purchasing
  * asked about supply security for quinoa after the bad harvest
- Jens Petersen, Quality Assurance
  * pesticide residue testing

Contacto para el proceso: Nina Sommer, HR, nina.sommer@example.com
"""


@pytest.mark.parametrize(("text", "who"), [(THREAD, "Karen Liu"), (HR_LINE, "Nina Sommer")])
def test_an_inquiry_goes_to_the_process_contact(text: str, who: str) -> None:
    notes = Notes(front_matter={}, text=text, source="n.txt")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, MessageKind.INQUIRY, today=dt.date(2026, 11, 16))
    [draft] = pipeline.run(request).drafts
    assert draft.recipient is not None
    assert draft.recipient.name == who
