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


# -- what the notes record as sent -------------------------------------------------------------
# Only a record of sending counts: past tense ("sent thank-you 11/20", "I sent her a thank-you
# on Oct 21", "thank-you note sent", "TY: done"), a ticked to-do ("[x] thank-you") or a log
# line ("10 Mar - thank yous to Kai + Flick"). Advice, plans and to-dos are not a record:
# "my mom says I should send a thank you", "need to send the thank-you", "send a thank you
# tmrw", "haven't sent the follow-up yet", "should have sent a thank-you".
_THANK_YOU_NOUN = r"(?:thank[- ]?you|ty)(?:s|[- ](?:note|email|card|message)s?)?"
_INQUIRY_NOUN = (
    r"(?:(?:first|second|1st|2nd) )?(?:follow[- ]?up|inquiry)(?:[- ](?:note|email|message)s?)?"
)
# a modal, a negation or a condition shortly before the verb: the sending did not happen
_UNSENT_BEFORE = re.compile(
    r"\b(?:should|must|need(?:s|ed)? to|have to|has to|got to|gotta|will|would|could|might|"
    r"going to|gonna|want(?:s|ed)? to|plan(?:s|ned|ning)? to|forgot to|remember to|yet to|"
    r"didn'?t|did not|haven'?t|have not|hasn'?t|has not|never|not|if|once|when|until|before)"
    r"\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_LOGGED_VERB = r"\b(?:sent|emailed|e-mailed|mailed|dropped|fired off|wrote)"


def _sent_pattern(noun: str) -> re.Pattern[str]:
    """'sent (him) a NOUN', 'NOUN (was) sent', 'NOUN: done', a ticked '[x] ... NOUN'."""
    return re.compile(
        rf"{_LOGGED_VERB}\s+(?:(?:him|her|them|[A-Z][a-z]+(?: \+ [A-Z][a-z]+)?)\s+)?"
        rf"(?:(?:a|an|the|my|our|both|two)\s+)?(?:quick\s+|short\s+)?{noun}\b"
        # the second of two things sent: "sent a thank-you on Oct 21 and an inquiry on Oct 30"
        rf"|{_LOGGED_VERB}\b[^.;!?\n]{{0,60}}?\band\s+(?:a|an|the|my)\s+{noun}\b"
        rf"|\b{noun}\s*(?:[:-]\s*|\s)(?:(?:was|were|has been|have been|been|went)\s+)?"
        r"(?:sent|out|done|emailed|mailed)\b"
        rf"|^\s*(?:[-*]\s*)?(?:\[[xX✓✔]\]|[✓✔✅])\s*.*\b{noun}\b",
        re.IGNORECASE,
    )


_THANKED = _sent_pattern(_THANK_YOU_NOUN)
_INQUIRED = _sent_pattern(_INQUIRY_NOUN)


def _records_sending(pattern: re.Pattern[str], line: str) -> bool:
    """Whether the line records a message as sent (not a plan, a piece of advice, a to-do)."""
    return any(not _UNSENT_BEFORE.search(line[: m.start()]) for m in pattern.finditer(line))


def thank_you_logged(text: str) -> bool:
    """Whether the notes record a thank-you as sent ("sent thank-you 11/20", "thank-you
    sent", a log line "10 Mar - thank yous to Kai + Flick"); "should send a thank you" is not."""
    return any(
        _records_sending(_THANKED, line) or _log_line(_THANK_YOU_WORD, line)
        for line in text.splitlines()
    )


# a log line of a follow-up already sent: "follow-up to Danny on wed feb 12 (day 9). no reply",
# "19 Mar - 1st follow-up to Flick", "- followed up w/ Dana on the 12th"
# ("follow-up sent" is _INQUIRED's, counted before this is asked)
_FOLLOW_UP_WORD = re.compile(r"\b(?:follow(?:ed)?[- ]?up|inquiry|nudged?|chased)\b", re.IGNORECASE)
_THANK_YOU_WORD = re.compile(rf"\b{_THANK_YOU_NOUN}\b", re.IGNORECASE)
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
    r"sending|send|remember to|if no|not (?:yet )?(?:sent|done)|(?:haven|hasn|didn)'?t|never)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)


def inquiries_logged(text: str) -> int:
    """How many follow-up inquiries the notes log as sent ("sent a follow-up", a log line
    "follow-up to Danny on wed feb 12. no reply"); one per line at most."""
    return sum(
        1
        for line in text.splitlines()
        if _records_sending(_INQUIRED, line) or _log_line(_FOLLOW_UP_WORD, line)
    )


def _log_line(word: re.Pattern[str], line: str) -> bool:
    """A log line of a message sent: the message's word after a bullet, a date or an ordinal
    ("19 Mar - 1st follow-up to Flick"), a sign of sending ("no reply", a date), no plan."""
    found = word.search(line)
    return bool(
        found
        and _LOG_HEAD.match(line[: found.start()])
        and _LOGGED.search(line)
        and not _NOT_YET.search(line)
    )


_ON_HOLD = re.compile(r"\b(?:on hold|paused|hiring freeze|frozen|freeze)\b", re.IGNORECASE)
_SOMETHING_TO_SHARE = re.compile(
    r"https?://|\bcongratulat|\bcongrats\b|\bsuggested I\b", re.IGNORECASE
)


def says_declined(text: str) -> bool:
    """Whether the notes record that the employer declined (a rejection, someone else hired)."""
    return _REJECTED.search(text.replace("’", "'")) is not None


@dataclass(frozen=True)
class NotesRecord:
    """What the notes record as sent or decided: the one reading `write` (the kind),
    `plan` (the schedule and the tracked status) and so `due` share."""

    declined: bool
    thanked: bool
    inquiries: int
    on_hold: bool

    @property
    def anything(self) -> bool:
        """Whether the notes record a send or a decision at all."""
        return self.declined or self.thanked or self.inquiries > 0 or self.on_hold


def notes_record(text: str) -> NotesRecord:
    """What the notes say was sent (thank-you, inquiries) and decided (declined, on hold)."""
    text = text.replace("’", "'")
    return NotesRecord(
        declined=says_declined(text),
        thanked=thank_you_logged(text),
        inquiries=inquiries_logged(text),
        on_hold=_ON_HOLD.search(text) is not None,
    )


def notes_decide(messages_tracked: int | None, record: NotesRecord) -> bool:
    """Whether the notes pick the kind rather than the sent history: the history does not
    hold the application, or holds it with nothing sent while the notes record a send or a
    decision (the notes then know more)."""
    return messages_tracked is None or (messages_tracked == 0 and record.anything)


def choose_kind(brief: Brief, notes: Notes, today: dt.date) -> KindChoice:
    """The message the timeline calls for today, given what the notes say was sent."""
    text = notes.all_text.replace("’", "'")
    record = notes_record(text)
    if record.declined:
        return KindChoice(MessageKind.KEEP_IN_TOUCH, "the notes say the application was declined")
    if brief.interview_date is None:
        return KindChoice(MessageKind.THANK_YOU, "no interview date in the notes")
    days = (today - brief.interview_date).days
    since = interview_was(brief.interview_date, today)
    if days < 0:
        return KindChoice(MessageKind.THANK_YOU, f"the interview is {_days(-days)} away")
    inquiries = record.inquiries
    share = _SOMETHING_TO_SHARE.search(text) is not None
    if inquiries >= 2 or (record.on_hold and days > FIRST_INQUIRY_DAYS[1]):
        why = "two inquiries were sent" if inquiries >= 2 else "the notes say the hire is on hold"
        return KindChoice(MessageKind.CHECK_IN, f"{why}; a check-in offers something instead")
    if inquiries == 1:
        return KindChoice(MessageKind.SECOND_INQUIRY, f"one inquiry was sent; {since}")
    if days < FIRST_INQUIRY_DAYS[0] and not record.thanked:
        return KindChoice(MessageKind.THANK_YOU, since)
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
        done = "the thank-you is done; " if record.thanked else ""
        return KindChoice(MessageKind.INQUIRY, f"{done}{since}")
    # no inquiry is logged: a second one ("following up once more") would claim a first that
    # was never sent, so the calendar alone never picks it
    if share and days > SECOND_INQUIRY_DAYS[1]:
        return KindChoice(
            MessageKind.CHECK_IN,
            f"{since}; the notes hold something to share",
        )
    return KindChoice(MessageKind.INQUIRY, f"{since}; no inquiry is logged as sent")


def interview_was(interview: dt.date, today: dt.date) -> str:
    """'the interview was today', '... yesterday', '... on Monday, 3 days ago', '... on
    November 10, 17 days ago': the draft's own words for the day (compose.when_phrase), so
    the line that names the kind and the message never disagree about it."""
    from followup.writer.compose import when_phrase

    days = (today - interview).days
    ago = f", {days} days ago" if days >= 2 else ""
    return f"the interview was {when_phrase(interview, today)}{ago}"


def _days(n: int) -> str:
    return "the day" if n == 0 else "1 day" if n == 1 else f"{n} days"
