"""Pick the message kind when the user does not name one, from the dates and the notes.

The etiquette timeline (../shared/ETIQUETTE.md): a thank-you within a few days, a first
inquiry once the usual 7-10 days or the employer's stated decision date have passed, a second
one on day 15-21, then value-adding check-ins; after a rejection, a keep-in-touch note.
The choice comes with a reason the CLI prints in one line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from followup.core import MessageKind
from followup.models import Brief, Notes

_REJECTED = re.compile(
    r"\b(?:rejected|rejection|turned (?:me )?down|not moving forward|didn'?t get (?:it|the job|"
    r"the role|the offer)|went w(?:ith|/) (?:an? )?(?:another|someone|internal)|"
    r"(?:they|she|he) (?:chose|picked|hired) (?:another|someone|an? internal|an? )|"
    r"position (?:was|has been) filled|no offer|got the no|not selected)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class KindChoice:
    """The kind to write and why."""

    kind: MessageKind
    reason: str


def choose_kind(brief: Brief, notes: Notes, today: dt.date) -> KindChoice:
    """The message the timeline calls for today."""
    if _REJECTED.search(notes.all_text.replace("’", "'")):
        return KindChoice(MessageKind.KEEP_IN_TOUCH, "the notes say the application was declined")
    if brief.interview_date is None:
        return KindChoice(MessageKind.THANK_YOU, "no interview date in the notes")
    days = (today - brief.interview_date).days
    if days < 0:
        return KindChoice(MessageKind.THANK_YOU, f"the interview is {_days(-days)} away")
    if brief.decision_date is not None and today <= brief.decision_date and days > 3:
        return KindChoice(
            MessageKind.THANK_YOU if days <= 6 else MessageKind.CHECK_IN,
            f"the employer decides on {brief.decision_date:%a %d %b}; an inquiry waits until then",
        )
    if days <= 6:
        return KindChoice(MessageKind.THANK_YOU, f"{_days(days)} after the interview")
    if days <= 14:
        return KindChoice(MessageKind.INQUIRY, f"{_days(days)} after the interview")
    if days <= 21:
        return KindChoice(MessageKind.SECOND_INQUIRY, f"{_days(days)} after the interview")
    return KindChoice(MessageKind.CHECK_IN, f"{_days(days)} after the interview; no third inquiry")


def _days(n: int) -> str:
    return "the day" if n == 0 else "1 day" if n == 1 else f"{n} days"
