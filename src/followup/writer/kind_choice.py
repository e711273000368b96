"""Pick the message kind when the user does not name one, from the dates and the notes.

The etiquette timeline (../shared/ETIQUETTE.md): a thank-you within a few days, a first
inquiry once the usual 7-10 days or the employer's stated decision date have passed, a second
one on day 15-21, then value-adding check-ins; after a rejection, a keep-in-touch note.
The decision is timeline.advise's, the one `plan` and `due` use, on the sends the notes log
(and those the sent history adds), so the three cannot drift apart; this module words the
reason, which the CLI prints in one line.

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
from followup.sendlog import dated_inquiry
from followup.timeline import (
    FIRST_INQUIRY_DAYS,
    INQUIRY_KINDS,
    SECOND_INQUIRY_DAYS,
    THANK_YOU_DAYS,
    Advice,
    Sent,
    Tracked,
    advise,
    day_label,
    employer_answer,
    inquiries,
)

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
    r"(?:(?:first|second|1st|2nd) )?(?:follow[- ]?up|inquiry|chaser)"
    r"(?:[- ](?:note|email|message)s?)?"
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
        rf"(?:(?:a|an|the|my|our|both|two)\s+)?"
        rf"(?:(?:quick|short|polite|brief|friendly|gentle|wee|little|courteous)\s+)?{noun}\b"
        # the second of two things sent: "sent a thank-you on Oct 21 and an inquiry on Oct 30"
        rf"|{_LOGGED_VERB}\b[^.;!?\n]{{0,60}}?\band\s+(?:a|an|the|my)\s+{noun}\b"
        rf"|\b{noun}\s*(?:[:-]\s*|\s)(?:(?:was|were|has been|have been|been|went)\s+)?"
        r"(?:sent|out|done|emailed|mailed)\b"
        rf"|^\s*(?:[-*]\s*)?(?:\[[xX✓✔]\]|[✓✔✅])\s*.*\b{noun}\b",
        re.IGNORECASE,
    )


_THANKED = _sent_pattern(_THANK_YOU_NOUN)
_INQUIRED = _sent_pattern(_INQUIRY_NOUN)
# an inquiry logged by what it asked: "4/24 emailed Pam asking about the timeline", "6/11
# emailed Jill re: timeline", "sent polite email to Mrs Evans, ... asked when they might
# decide" (not "she emailed me about next steps", which is theirs)
_ASKED_ABOUT_PROCESS = re.compile(
    rf"{_LOGGED_VERB}\b(?!\s+(?:me|us|down)\b)[^.;!?\n]{{0,80}}?"
    r"\b(?:asking|asked|to ask|re:?|about|regarding|chasing)\s+(?:\w+\s+){0,3}?"
    r"(?:the\s+|a\s+|any\s+)?(?:timeline|timing|time ?frame|update|decision|news|status|"
    r"next steps|outcome|progress|when they)\b",
    re.IGNORECASE,
)


def _records_sending(pattern: re.Pattern[str], line: str) -> bool:
    """Whether the line records a message as sent (not a plan, a piece of advice, a to-do)."""
    return any(not _unsent_just_before(line[: m.start()]) for m in pattern.finditer(line))


# a sentence's end, not an honorific's full stop ("sent a thank-you to Mr. Whitaker on 9/29")
_SENTENCE_END = r"(?<=[.!?;])(?<!\bM[rsx]\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bProf\.)\s+(?=[A-Z0-9\[-])"


def _sentences(text: str) -> list[str]:
    """The notes' lines, each cut at its sentence ends: a log is often one line of several
    sentences ("Thank-you sent 10/16. Inquiry sent 10/26. Second inquiry sent 11/9.")."""
    return [
        part.strip()
        for line in text.splitlines()
        for part in re.split(_SENTENCE_END, line)
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
    r"i|day)\b[\W\d]*)*$",
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
        if (
            _records_sending(_INQUIRED, sentence)
            or _log_line(_FOLLOW_UP_WORD, sentence)
            or _asked_about_process(sentence)
            or dated_inquiry(sentence)  # "2/13 - emailed Mrs. Landry asking ..." (sendlog.py)
        ):
            word = _FOLLOW_UP_WORD.search(sentence)
            inquiries += 1
            second = inquiries >= 2 or bool(word and _SECOND.search(sentence[: word.start()]))
            out.append((MessageKind.SECOND_INQUIRY if second else MessageKind.INQUIRY, sentence))
    return out


def _asked_about_process(sentence: str) -> bool:
    """A message the candidate sent asking about the process, no thank-you in between (from
    each sending verb: "sent a thank-you on Sunday, then emailed her asking about the
    timeline" logs both)."""
    for verb in _SENDING_VERB.finditer(sentence):
        m = _ASKED_ABOUT_PROCESS.match(sentence, verb.start())
        if (
            m
            and not _unsent_just_before(sentence[: m.start()])
            and not _THANK_YOU_WORD.search(m.group())
        ):
            return True
    return False


_SENDING_VERB = re.compile(_LOGGED_VERB, re.IGNORECASE)


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
        if not (day and interview <= day <= today):
            day = _day_first(sentence, interview, today)
        out.append(LoggedSend(kind, day, sentence))
    return out


_NUMERIC_DAY = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/]|\.\d)")


def _day_first(sentence: str, interview: dt.date, today: dt.date) -> dt.date | None:
    """'Second follow-up sent 6/11' in notes that write '15/10': read month first it is 11
    June, before the interview, so it is 6 November, when that falls between the interview
    and today."""
    m = _NUMERIC_DAY.search(sentence)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    for year in (today.year, today.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if interview <= found <= today:
            return found
    return None


def _log_line(word: re.Pattern[str], line: str) -> bool:
    """A log line of a message sent: the message's word after a bullet, a date or an ordinal
    ("19 Mar - 1st follow-up to Flick"), a sign of sending ("no reply", a date), no plan."""
    found = word.search(line)
    if found is None or not _LOG_HEAD.match(line[: found.start()]):
        return False
    # a tick after it marks it done, whatever the rest of the line says ("1st follow-up ✓ —
    # got auto-reply 'on leave until 26 January'")
    tick = re.search(r"^[^.;!?\n]*?[✓✔✅]", line[found.end() :])
    ticked = tick is not None and not _UNSENT.search(tick.group())
    return ticked or bool(_LOGGED.search(line) and not _UNSENT.search(line))


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


def notes_decide(tracked: Tracked | None, record: NotesRecord) -> bool:
    """Whether the notes pick the kind rather than the sent history alone: the history does
    not hold the application, or the notes know more than it does (a thank-you or an inquiry
    it has not recorded, a hold or a rejection its status does not say). choose_kind then
    adds what the history holds to what the notes record."""
    if tracked is None:
        return True
    kinds = [kind for kind, _ in tracked.sent]
    return (
        (not kinds and record.anything)
        or (record.thanked and MessageKind.THANK_YOU not in kinds)
        or record.inquiries > len(inquiries(tracked.sent))
        or (record.on_hold and tracked.status == "active")
        or (record.declined and tracked.status in ("active", "on-hold"))
    )


def noted_sent(text: str, interview: dt.date, today: dt.date) -> list[Sent]:
    """What the notes record as sent, as (kind, day after the interview): the day its
    sentence gives, else the first day the schedule welcomes it (never after today). "Second
    follow-up sent 6/11" alone means two inquiries went out: the first without a date."""
    now = (today - interview).days
    sends = logged_sends(text, interview, today)

    def day_of(send: LoggedSend | None, usual: int) -> int:
        return (send.on - interview).days if send and send.on else min(usual, now)

    out: list[Sent] = []
    thanks = [s for s in sends if s.kind is MessageKind.THANK_YOU]
    if thanks:
        out.append((MessageKind.THANK_YOU, day_of(thanks[0], THANK_YOU_DAYS[0])))
    asked: list[LoggedSend | None] = [s for s in sends if s.kind in INQUIRY_KINDS]
    undated: list[LoggedSend | None] = [None] * (inquiries_logged(text) - len(asked))
    asked = undated + asked
    for n, send in enumerate(asked):
        usual = FIRST_INQUIRY_DAYS[0] if n == 0 else SECOND_INQUIRY_DAYS[0]
        kind = MessageKind.INQUIRY if n == 0 else MessageKind.SECOND_INQUIRY
        out.append((kind, day_of(send, usual)))
    return out


def with_tracked(noted: list[Sent], tracked: Tracked | None) -> list[Sent]:
    """The history's messages, and the notes' sends it has not recorded: what went out, as
    timeline.advise (and `plan`'s timeline.schedule) is given it."""
    if tracked is None:
        return noted
    out = list(tracked.sent)
    if MessageKind.THANK_YOU not in [k for k, _ in out]:
        out += [(k, d) for k, d in noted if k is MessageKind.THANK_YOU]
    for day in inquiries(noted)[len(inquiries(out)) :]:
        out.append((MessageKind.SECOND_INQUIRY if inquiries(out) else MessageKind.INQUIRY, day))
    return out


def choose_kind(
    brief: Brief, notes: Notes, today: dt.date, tracked: Tracked | None = None
) -> KindChoice:
    """The message the timeline calls for today, given what the notes (and the sent history,
    when it holds the application) say was sent: timeline.advise decides, as it does for
    `plan` and `due`; this only words the reason from the notes."""
    text = notes.all_text.replace("’", "'")
    record = notes_record(text)
    status = tracked.status if tracked is not None else "active"
    if record.declined or status == "rejected":
        return KindChoice(MessageKind.KEEP_IN_TOUCH, "the notes say the application was declined")
    if brief.interview_date is None:
        return KindChoice(MessageKind.THANK_YOU, "the notes give no interview date, so a thank-you")
    days = (today - brief.interview_date).days
    if days < 0:
        return KindChoice(MessageKind.THANK_YOU, f"the interview is {_days(-days)} away")
    sent = with_tracked(noted_sent(text, brief.interview_date, today), tracked)
    share = _SOMETHING_TO_SHARE.search(text) is not None
    held = record.on_hold or status == "on-hold"
    answer = employer_answer(text, brief.interview_date, today)  # "he said it's delayed"
    advice = advise(
        brief.interview_date,
        sent,
        today,
        decision=brief.decision_date,
        status="on-hold" if held else "active",
        to_share=share,
        answered=(answer - brief.interview_date).days if answer else None,
    )
    assert advice.kind is not None  # only a closed application has nothing more to send
    if answer is not None and not held:  # their answer is the reason (timeline.advise)
        welcome = advice.welcome or today
        early = "" if advice.due else f"too early, welcome from {day_label(welcome)}: "
        return KindChoice(advice.kind, early + advice.reason)
    return KindChoice(advice.kind, _reason(advice, brief, sent, today, held=held))


def _reason(advice: Advice, brief: Brief, sent: list[Sent], today: dt.date, *, held: bool) -> str:
    """Why this kind, in the notes' terms: what they record as sent, the stated decision
    date, the hold, something to share."""
    assert brief.interview_date is not None
    since = interview_was(brief.interview_date, today)
    asked = len(inquiries(sent))
    thanked = MessageKind.THANK_YOU in [k for k, _ in sent]
    decision = brief.decision_date
    decides = f"they said they would decide by {day_label(decision)}" if decision else ""
    pending = decision is not None and today <= decision
    if advice.kind is MessageKind.CHECK_IN:
        if asked >= 2:
            return "two inquiries were sent; a check-in offers something instead"
        if held:
            return "the notes say the hire is on hold; a check-in offers something instead"
        if pending:
            return f"{decides}; the notes hold something to share"
        return f"{since}; the notes hold something to share"
    if advice.kind is MessageKind.SECOND_INQUIRY:
        return f"one inquiry was sent; {since}"
    if advice.kind is MessageKind.THANK_YOU:
        if pending and (today - brief.interview_date).days >= FIRST_INQUIRY_DAYS[0]:
            return (
                f"{since}; late for a thank-you, but one still beats none, and {decides} "
                "(no inquiry before then)"
            )
        return since
    if pending and thanked:
        return (
            f"the notes record the thank-you and {decides}; the checker holds this inquiry "
            "until that date has passed"
        )
    if (today - brief.interview_date).days < SECOND_INQUIRY_DAYS[0]:
        done = "the thank-you is done; " if thanked else ""
        return f"{done}{since}"
    return f"{since}; no inquiry is logged as sent"


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


# -- whom the next message is for, as the notes plan it ------------------------------------------
# "Planning to email Dana only", "plan: short check-in to Ty only", "send short email to Lotte",
# "2nd and LAST follow-up to Chef Bellini": a message word, then the person after "to" or after
# the verb. A record of sending ("sent thank-yous to both Dana and Ray", "4/20 Ty e-mailed") is
# what happened, not the plan.
_MESSAGE_WORD = re.compile(
    r"\b(?:e-?mail|mail|message|note|follow[- ]?up|check[- ]?in|inquiry|chaser|write|send)",
    re.IGNORECASE,
)
_TO_SOMEONE = re.compile(
    r"\b(?:to|e-?mail(?:ing)?|message|ping|write)\s+(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Chef)\.?\s+)?"
    r"(?P<who>[A-Z][\w'’-]+)"
)
# a thank-you planned ("thank yous today to Mrs Hollins + Luis"); "Ty" is a name, not "ty"
_THANK_YOU_PLAN = re.compile(r"\b(?i:thank[- ]?yous?)\b|\b(?:ty|TY)s?\b")
_PAST = re.compile(r"\b(?:sent|replied|wrote|e-?mailed|said|told|[✓✔✅])", re.IGNORECASE)


def _named_in(sentence: str, names: list[list[str]]) -> list[int]:
    """The people (by index) a sentence names by a first name, a surname or a short name."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", sentence)}
    return [n for n, parts in enumerate(names) if any(p.lower() in words for p in parts)]


def planned_addressee(text: str, names: list[list[str]]) -> int | None:
    """The one person the notes' latest plan names for the next message that is not a
    thank-you (each person as the words they are called by); None when no plan names one."""
    chosen = None
    for sentence in _sentences(text.replace("’", "'")):
        if not _MESSAGE_WORD.search(sentence) or _THANK_YOU_PLAN.search(sentence):
            continue
        if _PAST.search(sentence):
            continue
        people = {
            n for m in _TO_SOMEONE.finditer(sentence) for n in _named_in(m.group("who"), names)
        }
        if len(people) == 1:
            chosen = people.pop()
    return chosen


def thanked_already(text: str, names: list[list[str]]) -> set[int]:
    """The people (by index) the notes record a thank-you sent to by name ("sent Sam thank
    you 10th ✓" in the log of a first round); a thank-you "to both" names no one."""
    return {
        n
        for kind, sentence in _sends(text)
        if kind is MessageKind.THANK_YOU
        for n in _named_in(sentence, names)
    }
