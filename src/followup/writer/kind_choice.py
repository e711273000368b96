"""Pick the message kind when the user does not name one, from the dates and the notes.

The etiquette timeline (../shared/ETIQUETTE.md): a thank-you within a few days, a first
inquiry once the usual 7-10 days or the employer's stated decision date have passed, a second
one on day 15-21, then value-adding check-ins; after a rejection, a keep-in-touch note.
The day bounds are timeline.py's, so the schedule and this choice cannot drift apart.
The choice comes with a reason the CLI prints in one line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.core import MessageKind
from followup.models import Brief, Notes
from followup.notenames import MONTH_NAMES, WEEKDAYS
from followup.timeline import FIRST_INQUIRY_DAYS, SECOND_INQUIRY_DAYS

_REJECTED = re.compile(
    r"\b(?:rejected|rejection|turned (?:me )?down|not moving forward|didn'?t get (?:it|the job|"
    r"the role|the offer)|went w(?:ith|/) (?:an? )?(?:another|someone|internal)|"
    r"(?:they|she|he) (?:chose|picked|hired) (?:another|someone|an? internal|an? )|"
    r"position (?:was|has been) filled|no offer|got the no|not selected|"
    r"(?:move|moving|go|going|proceed|proceeding) (?:forward )?with (?:another|other|a different|"
    r"someone else)|offered (?:it|the (?:role|job|position)) to (?:someone else|another|"
    r"an?(?: internal| external| other)? (?:candidate|applicant|person))|"
    r"application was unsuccessful)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class KindChoice:
    """The kind to write and why."""

    kind: MessageKind
    reason: str


_THANKED = re.compile(
    r"\b(?:sent|send|emailed) (?:a |the |my )?(?:thank[- ]?you|ty)\b|\bthank[- ]?yous? "
    r"(?:email |note )?sent\b",
    re.IGNORECASE,
)
_INQUIRED = re.compile(
    r"\b(?:follow[- ]?up|inquiry)(?: email| note)? sent\b|"
    r"\bsent (?:a |the |my )?(?:first |second )?"
    r"(?:follow[- ]?up|inquiry)\b",
    re.IGNORECASE,
)
# a log line of a follow-up already sent: "follow-up to Danny on wed feb 12 (day 9). no reply",
# "19 Mar - 1st follow-up to Flick", "- followed up w/ Dana on the 12th"
# ("follow-up sent" is _INQUIRED's, counted before this is asked)
_FOLLOW_UP_WORD = re.compile(r"\b(?:follow(?:ed)?[- ]?up|inquiry|nudged?|chased)\b", re.IGNORECASE)
_MONTH = "(?:" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?"  # "feb", "sept", "March"
_DAY = "(?:" + "|".join(d[:3] for d in WEEKDAYS) + r")[a-z]*\.?"  # "wed", "tues", "Thursday"
_LOGGED = re.compile(
    r"\bno (?:reply|response|answer)\b|\b(?:emailed|sent)\b"
    rf"|^\W*(?:\d{{1,2}}[/.]\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}}|{_DAY})"
    rf"|\bon (?:{_DAY} |the )?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\b|{_MONTH} \d|\d{{1,2}}/\d{{1,2}}|{_DAY})"
    r"|\bday \d{1,2}\b",
    re.IGNORECASE,
)
# the log line's head before the follow-up word: a bullet, a date, an ordinal ("19 Mar - 1st")
_LOG_HEAD = re.compile(
    rf"^[\W\d]*(?:(?:{_MONTH}|{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?|my|a|the|1st|first|2nd|second|"
    r"i)\b[\W\d]*)*$",
    re.IGNORECASE,
)
# the note still to be sent ("Sending Flick the 2nd follow-up today", "follow up on day 8")
_NOT_YET = re.compile(
    r"\b(?:plan(?:ning)?|will|going to|gonna|should|need to|to do|todo|tomorrow|today|now|"
    r"sending|send|remember to|if no)\b|['’]ll\b",
    re.IGNORECASE,
)


def inquiries_logged(text: str) -> int:
    """How many follow-up inquiries the notes log as sent ("sent a follow-up", a log line
    "follow-up to Danny on wed feb 12. no reply"); one per line at most."""
    count = 0
    for line in text.splitlines():
        if _INQUIRED.search(line):
            count += 1
            continue
        word = _FOLLOW_UP_WORD.search(line)
        if (
            word
            and _LOG_HEAD.match(line[: word.start()])
            and _LOGGED.search(line)
            and not _NOT_YET.search(line)
        ):
            count += 1
    return count


_ON_HOLD = re.compile(r"\b(?:on hold|paused|hiring freeze|frozen|freeze)\b", re.IGNORECASE)
_SOMETHING_TO_SHARE = re.compile(
    r"https?://|\bcongratulat|\bcongrats\b|\bsuggested I\b", re.IGNORECASE
)


def says_declined(text: str) -> bool:
    """Whether the notes record that the employer declined (a rejection, someone else hired)."""
    return _REJECTED.search(text.replace("’", "'")) is not None


def choose_kind(brief: Brief, notes: Notes, today: dt.date) -> KindChoice:
    """The message the timeline calls for today, given what the notes say was sent."""
    text = notes.all_text.replace("’", "'")
    if says_declined(text):
        return KindChoice(MessageKind.KEEP_IN_TOUCH, "the notes say the application was declined")
    if brief.interview_date is None:
        return KindChoice(MessageKind.THANK_YOU, "no interview date in the notes")
    days = (today - brief.interview_date).days
    if days < 0:
        return KindChoice(MessageKind.THANK_YOU, f"the interview is {_days(-days)} away")
    inquiries = inquiries_logged(text)
    share = _SOMETHING_TO_SHARE.search(text) is not None
    if inquiries >= 2 or (_ON_HOLD.search(text) and days > FIRST_INQUIRY_DAYS[1]):
        why = "two inquiries were sent" if inquiries >= 2 else "the notes say the hire is on hold"
        return KindChoice(MessageKind.CHECK_IN, f"{why}; a check-in offers something instead")
    if inquiries == 1:
        return KindChoice(
            MessageKind.SECOND_INQUIRY, f"one inquiry was sent; {_days(days)} after the interview"
        )
    thanked = _THANKED.search(text) is not None
    if days < FIRST_INQUIRY_DAYS[0] and not thanked:
        return KindChoice(MessageKind.THANK_YOU, f"{_days(days)} after the interview")
    if brief.decision_date is not None and today <= brief.decision_date:
        if share and days >= SECOND_INQUIRY_DAYS[0]:
            return KindChoice(
                MessageKind.CHECK_IN,
                f"the employer decides on {brief.decision_date:%a %d %b}; the notes hold "
                "something to share",
            )
        return KindChoice(
            MessageKind.INQUIRY,
            f"the thank-you is done and the employer decides on {brief.decision_date:%a %d %b}; "
            "the checker flags this inquiry until then",
        )
    if days < SECOND_INQUIRY_DAYS[0]:
        return KindChoice(MessageKind.INQUIRY, f"{_days(days)} after the interview")
    # no inquiry is logged: a second one ("following up once more") would claim a first that
    # was never sent, so the calendar alone never picks it
    if share and days > SECOND_INQUIRY_DAYS[1]:
        return KindChoice(
            MessageKind.CHECK_IN,
            f"{_days(days)} after the interview; the notes hold something to share",
        )
    return KindChoice(
        MessageKind.INQUIRY, f"{_days(days)} after the interview; no inquiry is logged as sent"
    )


def _days(n: int) -> str:
    return "the day" if n == 0 else "1 day" if n == 1 else f"{n} days"
