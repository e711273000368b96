"""Pick the message kind when the user does not name one, from the dates and the notes.

The etiquette timeline (../shared/ETIQUETTE.md): a thank-you within a few days, a first
inquiry once the usual 7-10 days or the employer's stated decision date have passed, a second
one on day 15-21, then value-adding check-ins; after a rejection, a keep-in-touch note.
The day bounds are timeline.py's, so the schedule and this choice cannot drift apart.
The choice comes with a reason the CLI prints in one line.

This module is also the one reading of what the notes record (`notes_record`, `logged_sends`):
a rejection (by its structure, in the candidate's words or the employer's), and what the
candidate sent, sentence by sentence; `plan` and so `due` use the same reading. Hand-written
patterns: the forms are short and closed, and no library reads "sent a thank-you 11/20".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.core import MessageKind
from followup.models import Brief, Notes
from followup.notenames import MONTH_NAMES, WEEKDAYS
from followup.timeline import FIRST_INQUIRY_DAYS, INQUIRY_KINDS, SECOND_INQUIRY_DAYS, day_label

# A rejection as the candidate notes it ("got the no", "went w/ internal candidate") and as
# the employer words it, read by its structure: the employer chose, offered the post to or
# decided on someone else ("decided to offer the post to a candidate with more ...", "have
# appointed another applicant"), will not take the application further ("will not be
# progressing", "decided not to move forward"), or calls it unsuccessful ("unsuccessful on
# this occasion", "regret to inform you").
_SOMEONE = (
    r"(?:someone|somebody|another(?:\s+(?:candidate|applicant|person|individual|one)|"
    r"(?=\s*(?:[.,;:!)]|$|\s(?:for|who|with|whose|that)\b)))|"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:candidate|applicant|person|individual|hire)s?"
    r"(?![\w-])|"
    r"an?\s+(?:internal|external)\b|the other (?:candidate|applicant|person|one)|others)"
)
_REJECTED = re.compile(
    r"\b(?:rejected|rejection|turned (?:me )?down|"
    r"did(?:n'?t| not) get (?:it|the job|the role|the post|the position|the offer)|got the no|"
    r"not (?:been )?selected|no offer|"
    r"(?:position|role|post|job|vacancy) (?:was|has been|had been) filled|"
    r"(?:position|role|post|job) (?:has |had )?gone to|"
    # the employer chose someone else
    r"(?:chose|chosen|choose|choosing|picked|selected|appointed|hired|decided on|settled on|"
    r"went|gone|going|go|proceed(?:ed|ing)?|mov(?:e|ed|ing) forward|progress(?:ed|ing)?|"
    r"continu(?:e|ed|ing)|offer(?:ed|ing)?\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:role|job|post|"
    r"position|place|vacancy|opportunity))\s+to)\s+(?:(?:forward|ahead)\s+)?"
    r"(?:w(?:ith|/)\s+|to\s+)?" + _SOMEONE + r"|"
    # the employer will not take the application further
    r"(?:not|cannot|unable to)\s+(?:to\s+)?(?:be\s+)?(?:(?:able|in a position)\s+to\s+)?"
    r"(?:progress(?:ing)?|proceed(?:ing)?|mov(?:e|ing) forward|tak(?:e|ing) (?:\w+\s+){0,3}?"
    r"(?:forward|further)|offer(?:ing)? you|invit(?:e|ing) you|advanc(?:e|ing))|"
    r"(?:were|was|have been|has been|is|are|application)\s+(?:not successful|unsuccessful)|"
    r"unsuccessful (?:on this occasion|this time)|regret to (?:inform|tell|let you know|advise)"
    r")\b",
    re.IGNORECASE,
)
# the same words under a condition, or the candidate's own choice: "if we decide not to
# proceed we'll tell you", "I went with another offer"
_CONDITION = re.compile(
    r"\b(?:if|whether|unless|in case|should (?:we|they)|either way)\b", re.IGNORECASE
)
_MY_CHOICE = re.compile(r"\bI(?:'m| am| have| had|'ve| will|'ll)?\s+(?:\w+\s+){0,2}$")
_CHOICE_VERB = re.compile(
    r"(?:cho|pick|select|went|gone|go|decided|settled|proceed|mov|turned)", re.I
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _rejection_in(sentence: str) -> bool:
    """Whether a sentence records a rejection, not under a condition or as the candidate's
    own choice."""
    return any(
        not _CONDITION.search(sentence[: m.start()])
        and not (_MY_CHOICE.search(sentence[: m.start()]) and _CHOICE_VERB.match(m.group()))
        for m in _REJECTED.finditer(sentence)
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
# One sign that a message was not sent (a modal, a plan, a negation, a condition, a to-do):
# among the four words before a record of sending ("should have sent a thank-you"), or
# anywhere in a log line ("Sending Flick the 2nd follow-up today", "follow up on day 8 if
# nothing").
_UNSENT = re.compile(
    r"\b(?:should|must|need(?:s|ed)? to|have to|has to|got to|gotta|will|would|could|might|"
    r"going to|gonna|want(?:s|ed)? to|plan(?:s|ned|ning)?(?: to)?|forgot to|remember to|yet to|"
    r"didn'?t|did not|haven'?t|have not|hasn'?t|has not|never|not|if|if no|once|when|until|"
    r"before|to ?do|tomorrow|today|now|sending|send)\b|['’]ll\b",
    re.IGNORECASE,
)
_LOGGED_VERB = r"\b(?:sent|emailed|e-mailed|mailed|dropped|fired off|wrote)"


def _unsent_just_before(text: str) -> bool:
    """A sign of not sending among the last four words of `text`."""
    return _UNSENT.search(" ".join(re.findall(r"[\w'’]+", text)[-4:])) is not None


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
    return any(not _unsent_just_before(line[: m.start()]) for m in pattern.finditer(line))


def _sentences(text: str) -> list[str]:
    """The notes' lines, each cut at its sentence ends: a log is often one line of several
    sentences ("Thank-you sent 10/16. Inquiry sent 10/26. Second inquiry sent 11/9.")."""
    return [
        part.strip()
        for line in text.splitlines()
        for part in re.split(r"(?<=[.!?;])\s+(?=[A-Z0-9\[-])", line)
        if part.strip()
    ]


def thank_you_logged(text: str) -> bool:
    """Whether the notes record a thank-you as sent by the candidate ("sent thank-you
    11/20", "thank-you sent", a log line "10 Mar - thank yous to Kai + Flick"); "should send
    a thank you" is not, nor is the act of thanking ("Thank you for interviewing with us on
    12 November", in an employer's pasted e-mail)."""
    return any(kind is MessageKind.THANK_YOU for kind, _ in _sends(text))


# a log line of a follow-up already sent: "follow-up to Danny on wed feb 12 (day 9). no reply",
# "19 Mar - 1st follow-up to Flick", "- followed up w/ Dana on the 12th"
# ("follow-up sent" is _INQUIRED's, counted before this is asked)
_FOLLOW_UP_WORD = re.compile(r"\b(?:follow(?:ed)?[- ]?up|inquiry|nudged?|chased)\b", re.IGNORECASE)
# the word, not thanking someone: "Thank you for coming in" is the act, not a log of it
_THANK_YOU_WORD = re.compile(
    rf"\b{_THANK_YOU_NOUN}\b(?!\s+(?:(?:so|very) much\s+|again\s+)?for\b)", re.IGNORECASE
)
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
# "Second inquiry sent 11/9": a second went out, so two did
_SECOND = re.compile(r"\b(?:second|2nd|another|last|final)\s+(?:\w+\s+)?$", re.IGNORECASE)


def inquiries_logged(text: str) -> int:
    """How many follow-up inquiries the notes log as sent ("sent a follow-up", a log line
    "follow-up to Danny on wed feb 12. no reply"); one per sentence at most, and two when
    a sentence records the second ("2nd follow-up sent 11/9")."""
    kinds = [kind for kind, _ in _sends(text) if kind in INQUIRY_KINDS]
    return max(len(kinds), 2 if MessageKind.SECOND_INQUIRY in kinds else 0)


def _sends(text: str) -> list[tuple[MessageKind, str]]:
    """Each message the notes record as sent, with the sentence that records it: the one
    reading behind thank_you_logged, inquiries_logged and logged_sends."""
    out: list[tuple[MessageKind, str]] = []
    inquiries = 0
    for sentence in _sentences(text.replace("’", "'")):
        if _records_sending(_THANKED, sentence) or _log_line(_THANK_YOU_WORD, sentence):
            out.append((MessageKind.THANK_YOU, sentence))
        if _records_sending(_INQUIRED, sentence) or _log_line(_FOLLOW_UP_WORD, sentence):
            word = _FOLLOW_UP_WORD.search(sentence)
            inquiries += 1
            second = inquiries >= 2 or bool(word and _SECOND.search(sentence[: word.start()]))
            out.append((MessageKind.SECOND_INQUIRY if second else MessageKind.INQUIRY, sentence))
    return out


@dataclass(frozen=True)
class LoggedSend:
    """A message the notes record as sent: its kind, the day when the notes give one, and
    the sentence that records it (which may name the person it went to)."""

    kind: MessageKind
    on: dt.date | None
    sentence: str


def logged_sends(text: str, interview: dt.date, today: dt.date) -> list[LoggedSend]:
    """The messages the notes record as sent, as thank_you_logged and inquiries_logged read
    them, each with the date its sentence gives (between the interview and today), so `plan`
    can put them in the history `due` reads."""
    from followup.notes import parse_date

    out = []
    for kind, sentence in _sends(text):
        day = parse_date(sentence, today)
        out.append(LoggedSend(kind, day if day and interview <= day <= today else None, sentence))
    return out


def _log_line(word: re.Pattern[str], line: str) -> bool:
    """A log line of a message sent: the message's word after a bullet, a date or an ordinal
    ("19 Mar - 1st follow-up to Flick"), a sign of sending ("no reply", a date), no plan."""
    found = word.search(line)
    return bool(
        found
        and _LOG_HEAD.match(line[: found.start()])
        and _LOGGED.search(line)
        and not _UNSENT.search(line)
    )


_ON_HOLD = re.compile(r"\b(?:on hold|paused|hiring freeze|frozen|freeze)\b", re.IGNORECASE)
_SOMETHING_TO_SHARE = re.compile(
    r"https?://|\bcongratulat|\bcongrats\b|\bsuggested I\b", re.IGNORECASE
)


def says_declined(text: str) -> bool:
    """Whether the notes record that the employer declined (a rejection, someone else hired),
    in the candidate's words or the employer's; a condition ("if we decide not to proceed")
    or the candidate's own choice ("I went with another offer") is none."""
    text = re.sub(r"\b(?:won't|wo not)\b", "will not", text.replace("’", "'"))
    text = re.sub(r"\b(can|ca)n't\b", "cannot", text)
    text = re.sub(r"n't\b", " not", text)
    return any(_rejection_in(m.group()) for m in _SENTENCE.finditer(text))


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
        return KindChoice(MessageKind.THANK_YOU, "the notes give no interview date, so a thank-you")
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
    decision = brief.decision_date
    if decision is not None and today <= decision:
        decides = f"they said they would decide by {day_label(decision)}"
        if share and days >= SECOND_INQUIRY_DAYS[0]:
            return KindChoice(MessageKind.CHECK_IN, f"{decides}; the notes hold something to share")
        if not record.thanked:  # timeline.advise's answer too: no inquiry before that date
            return KindChoice(
                MessageKind.THANK_YOU,
                f"{since}; late for a thank-you, but one still beats none, and {decides} "
                "(no inquiry before then)",
            )
        return KindChoice(
            MessageKind.INQUIRY,
            f"the notes record the thank-you and {decides}; the checker holds this inquiry "
            "until that date has passed",
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
