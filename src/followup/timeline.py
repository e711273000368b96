"""The etiquette schedule: when each follow-up is welcome, what is due, and the ICS export.

Counted from the interview day (see ETIQUETTE.md): a thank-you on day 1-2, the first
inquiry on day 7-10 (or a little after a stated decision date), the second inquiry on day
15-21 and at least a week after the first, then value-adding check-ins about monthly, and
never a third inquiry. Sending days skip weekends.

The arithmetic works in "days after the interview" so the checker's cadence rules (on the
lint path) can use it with nothing but the standard library. The two libraries are loaded
only by the functions that need them: dateparser reads the employer's stated decision date
("decision in two weeks", "by Friday", "early next month") where the forms read here by
their structure ("by next wed", "before Christmas", "in a fortnight") stop, and icalendar
writes the reminders calendar apps import (RFC 5545 escaping, folding and VALARM are easy to
get subtly wrong by hand).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core import MessageKind
from followup.errors import InputError
from followup.lazyre import lazy_compile

if TYPE_CHECKING:
    from followup.history import Application, History
    from followup.models import Brief

INQUIRY_KINDS = (MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY)
THANK_YOU_DAYS = (1, 2)
FIRST_INQUIRY_DAYS = (7, 10)
SECOND_INQUIRY_DAYS = (15, 21)
DAYS_BETWEEN_INQUIRIES = 7  # "about a week"
DAYS_BETWEEN_CHECK_INS = 28  # "about a month"
DAYS_AFTER_DECISION = (
    1  # once the stated date has passed (ETIQUETTE.md: "wait until it has passed")
)
LATE_THANK_YOU_AFTER = 3  # later than day 3 is late
# once the employer has answered an inquiry with a delay, asking again sooner reads as not
# having listened: about two weeks after their answer
DAYS_AFTER_AN_ANSWER = 14
CHECK_INS_PLANNED = 2

Sent = tuple[MessageKind, int]  # a message sent: its kind and the day after the interview


def day_label(day: dt.date) -> str:
    """'Tue 8 Dec' (with the year when it is not the current one)."""
    label = f"{day:%a} {day.day} {day:%b}"
    return label if day.year == dt.date.today().year else f"{label} {day.year}"


def with_article(kind: MessageKind) -> str:
    """'an inquiry', 'a thank-you'."""
    return f"{'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value}"


def sending_day(day: dt.date) -> dt.date:
    """The day itself on a weekday; the Monday after on a Saturday or Sunday."""
    return day + dt.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def when_label(interview: dt.date | None, day: int) -> str:
    """A day after the interview as a sending date ('Tue 8 Dec'), or 'day N' without a date."""
    if interview is None:
        return f"day {day}"
    return day_label(sending_day(interview + dt.timedelta(days=day)))


# -- when a message is welcome ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timing:
    """Why a kind of message is or is not welcome on a day: the earliest welcome day (None:
    never), and the reason in words."""

    earliest: int | None
    reason: str


def inquiries(sent: Sequence[Sent]) -> list[int]:
    """The days on which inquiries went out, in order."""
    return sorted(day for kind, day in sent if kind in INQUIRY_KINDS)


def on_day(interview: dt.date | None, day: int) -> str:
    """A day after the interview as a date ('Sat 5 Dec'), or 'day N' without a date."""
    return day_label(interview + dt.timedelta(days=day)) if interview else f"day {day}"


def welcome_from(
    kind: MessageKind,
    sent: Sequence[Sent],
    decision_day: int | None = None,
    interview: dt.date | None = None,
    *,
    answered: int | None = None,
) -> Timing:
    """The first day after the interview on which a message of this kind is welcome.

    Inquiries count as the first or the second by how many went out already, whatever the
    draft calls itself: a third is never welcome. With the interview date the reason names
    dates instead of day numbers. `answered`: the day the employer answered that the
    process is delayed; an inquiry waits DAYS_AFTER_AN_ANSWER after it.
    """
    timing = _welcome_from(kind, sent, decision_day, interview)
    if answered is None or kind not in INQUIRY_KINDS or timing.earliest is None:
        return timing
    floor = answered + DAYS_AFTER_AN_ANSWER
    if floor <= timing.earliest:
        return timing
    return Timing(
        floor,
        f"they answered on {on_day(interview, answered)} that the process is delayed; asking "
        "again sooner reads as not having listened",
    )


def _welcome_from(
    kind: MessageKind,
    sent: Sequence[Sent],
    decision_day: int | None,
    interview: dt.date | None,
) -> Timing:
    if kind is MessageKind.THANK_YOU:
        return Timing(0, "a thank-you is welcome right away")
    if kind is MessageKind.KEEP_IN_TOUCH:
        return Timing(0, "a keep-in-touch note is welcome any time")
    last = max((day for _, day in sent), default=None)
    if kind is MessageKind.CHECK_IN:
        if last is None:
            timing = Timing(DAYS_BETWEEN_CHECK_INS, "check-ins come about a month apart")
        else:
            timing = Timing(
                last + DAYS_BETWEEN_CHECK_INS,
                f"the last message went out on {on_day(interview, last)}; check-ins come "
                "about a month apart",
            )
        return _after_decision(timing, decision_day, interview)
    asked = inquiries(sent)
    if len(asked) >= 2:
        first, second = (on_day(interview, d) for d in asked[:2])
        return Timing(None, f"two inquiries already went out ({first} and {second})")
    if asked:
        earliest = max(SECOND_INQUIRY_DAYS[0], asked[0] + DAYS_BETWEEN_INQUIRIES)
        timing = Timing(
            earliest,
            f"the first inquiry went out on {on_day(interview, asked[0])}; the second waits "
            "about a week after it and two weeks after the interview",
        )
        return _after_decision(timing, decision_day, interview)
    if decision_day is not None and decision_day + DAYS_AFTER_DECISION > FIRST_INQUIRY_DAYS[0]:
        return Timing(
            decision_day + DAYS_AFTER_DECISION,
            f"they said they would decide by {on_day(interview, decision_day)}; let that date "
            "pass first",
        )
    return Timing(FIRST_INQUIRY_DAYS[0], "the first inquiry waits a week after the interview")


def _after_decision(timing: Timing, decision_day: int | None, interview: dt.date | None) -> Timing:
    """No follow-up before the employer's stated decision date has passed, however early
    the last one went out (an inquiry on day 1 does not bring the second forward)."""
    if decision_day is None or timing.earliest is None:
        return timing
    floor = decision_day + DAYS_AFTER_DECISION
    if floor <= timing.earliest:
        return timing
    return Timing(
        floor,
        f"they said they would decide by {on_day(interview, decision_day)}; let that date pass "
        "first, whenever the last message went out",
    )


# -- the schedule ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One message of the schedule: its kind, its sending window and what it is for; a step
    already sent sits on its day (start and end) with `sent` set."""

    kind: MessageKind
    start: dt.date
    end: dt.date
    purpose: str
    sent: bool = False


_PURPOSE = {
    MessageKind.THANK_YOU: "thank each person you met; one specific thing from your talk",
    MessageKind.INQUIRY: "restate your interest, ask once about the timeline",
    MessageKind.SECOND_INQUIRY: "the last inquiry: short and polite; keep applying elsewhere",
    MessageKind.CHECK_IN: "offer something of value (an article, congratulations); ask nothing",
    MessageKind.KEEP_IN_TOUCH: "thank them, name one thing from your talk, keep the door open",
}


def _window(interview: dt.date, first: int, last: int) -> tuple[dt.date, dt.date]:
    """Sending days for days first..last after the interview (weekends move to Monday)."""
    start = sending_day(interview + dt.timedelta(days=first))
    return start, max(start, sending_day(interview + dt.timedelta(days=last)))


def schedule(
    interview: dt.date,
    decision: dt.date | None = None,
    sent: Sequence[Sent] = (),
    *,
    answered: int | None = None,
    on_hold: bool = False,
) -> list[Step]:
    """The whole etiquette schedule from the interview date (and a stated decision date).

    `sent`, what already went out (kind, day after the interview), as advise is given it: a
    sent step sits on the day it went out, and each step still to come opens on the day
    welcome_from (which advise asks too) gives after the sends before it, real or planned.
    So the table `plan` prints and its `Next:` line give one answer (trial 9: an inquiry sent
    on day 10 left the second inquiry's row on day 22, while `Next:` and `write` said day 17).
    `on_hold`: the hire is paused, so no inquiry is planned (those sent stay as sent) and
    the check-ins count from the last real send, as advise counts them (trial 12: the table
    put the check-in at 3-10 Dec after a planned second inquiry, `Next:` said since 26 Nov).
    """
    decision_day = (decision - interview).days if decision else None
    so_far = list(sent)  # what went out, then each step planned after it
    days: list[tuple[MessageKind, int, int, bool]] = []
    thanked = sorted(day for kind, day in sent if kind is MessageKind.THANK_YOU)
    days.append(
        (MessageKind.THANK_YOU, thanked[0], thanked[0], True)
        if thanked
        else (MessageKind.THANK_YOU, *THANK_YOU_DAYS, False)
    )
    asked = inquiries(sent)
    checked = sorted(day for kind, day in sent if kind is MessageKind.CHECK_IN)
    planned = [*INQUIRY_KINDS, *[MessageKind.CHECK_IN] * CHECK_INS_PLANNED]
    went = [asked[0:1], asked[1:2], *(checked[n : n + 1] for n in range(CHECK_INS_PLANNED))]
    for kind, on in zip(planned, went, strict=True):
        if on:  # the day it went out
            days.append((kind, on[0], on[0], True))
            continue
        if on_hold and kind in INQUIRY_KINDS:
            continue  # on hold: no more inquiries
        # on hold, the stated decision date no longer holds (advise ignores it too)
        said = None if on_hold else decision_day
        earliest = welcome_from(kind, so_far, said, answered=answered).earliest
        assert earliest is not None  # at most one inquiry is in so_far before the second
        latest = earliest + 7  # a check-in's week
        if kind in INQUIRY_KINDS:
            latest = earliest + FIRST_INQUIRY_DAYS[1] - FIRST_INQUIRY_DAYS[0]
        if kind is MessageKind.SECOND_INQUIRY:
            latest = max(SECOND_INQUIRY_DAYS[1], latest)
        days.append((kind, earliest, latest, False))
        so_far.append((kind, earliest))
    steps = []
    for kind, lo, hi, done in days:
        if done:
            day = interview + dt.timedelta(days=lo)
            steps.append(Step(kind, day, day, _PURPOSE[kind], sent=True))
            continue
        start, end = _window(interview, lo, hi)
        purpose = _PURPOSE[kind]
        if kind is MessageKind.INQUIRY and decision and lo > FIRST_INQUIRY_DAYS[0]:
            purpose += f" (after their decision date, {day_label(decision)})"
        steps.append(Step(kind, start, end, purpose))
    return steps


def after_rejection(today: dt.date) -> list[Step]:
    """The schedule once they have said no: a keep-in-touch note, from today; no inquiry."""
    start = sending_day(today)
    kind = MessageKind.KEEP_IN_TOUCH
    return [Step(kind, start, start + dt.timedelta(days=7), _PURPOSE[kind])]


def has_passed(step: Step, today: dt.date) -> bool:
    """Whether the step's whole sending window is before `today` (no reminder for it)."""
    return step.end < today


_ISO_SHAPED = lazy_compile(r"(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_day(
    value: str, option: str, *, today: dt.date | None = None, prefer: str = "past"
) -> dt.date:
    """A date option, one parser for all of them: YYYY-MM-DD, or a phrase such as
    "yesterday", "tomorrow", "last Friday" or "Nov 25" (read by dateparser from `today`,
    the real date when not given; `prefer` "past", "future" or "current_period" says which
    Friday "Friday" is). A YYYY-MM-DD that is no date ('2026-25-11', '2026-02-30') is an
    error naming what was typed: dateparser would swap its month and day and record another
    date. A date of figures alone in another order ('24/11/2026', '11/12') is refused too:
    read day first or month first it is two dates."""
    iso = _ISO_SHAPED.match(value.strip())
    if iso is not None:
        try:
            return dt.date(*(int(part) for part in iso.groups()))
        except ValueError as exc:
            raise InputError(f"{option} {value!r} is not a date ({exc}; use YYYY-MM-DD)") from None
    try:
        return dt.date.fromisoformat(value.strip())  # 20261125 and the other ISO forms
    except ValueError:
        pass
    if re.search(r"[A-Za-z]", value):  # a phrase; dateparser is loaded only for one
        from dateparser import parse

        base = today or dt.date.today()
        settings = {
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
            "PREFER_DATES_FROM": prefer,
        }
        found = parse(value, languages=["en"], settings=settings)
        if found is not None:
            return found.date()
    raise InputError(
        f"{option} {value!r} is not a date (use YYYY-MM-DD or a phrase like 'yesterday')"
    )


def as_of_day(value: str | None, option: str = "--today") -> dt.date:
    """The day a command acts as of: --today/--date (YYYY-MM-DD, 'tomorrow', 'next Monday',
    read as parse_day reads every date option), else the real date."""
    if value is None:
        return dt.date.today()
    return parse_day(value, option, prefer="current_period")


# -- what is due ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Advice:
    """The next message for an application: its kind (None: nothing more to send), the
    first sending day it is welcome, whether that is today or before, and why."""

    kind: MessageKind | None
    welcome: dt.date | None
    due: bool
    reason: str


def advise(
    interview: dt.date,
    sent: Sequence[Sent],
    today: dt.date,
    *,
    decision: dt.date | None = None,
    status: str = "active",
    everyone_thanked: bool = True,
    to_share: bool = False,
    answered: int | None = None,
) -> Advice:
    """What to send next, from the schedule and what was already sent (and whether every
    contact has had a thank-you): the one answer `plan`, `due` and `write` give (write's
    choice from the notes, kind_choice.choose_kind, asks this too). On hold, no more
    inquiries; `to_share`: the notes hold something to offer (a link, news), so a check-in
    rather than an inquiry while a stated decision date is still ahead after day 15, or
    after day 21, when no inquiry was sent. `answered`: the day the employer answered that
    the process is delayed (employer_answer); no inquiry for DAYS_AFTER_AN_ANSWER after
    it, and with something to share a check-in instead (trial 10: a second inquiry right
    after "he said the process is delayed" reads as not listening)."""
    if status in ("offer", "withdrawn"):
        return Advice(None, None, False, f"the application is closed ({status})")
    kinds = [kind for kind, _ in sent]
    if status == "rejected":
        if MessageKind.KEEP_IN_TOUCH in kinds:
            return Advice(None, None, False, "rejected; a keep-in-touch note already went out")
        return Advice(
            MessageKind.KEEP_IN_TOUCH,
            today,
            True,
            "rejected: a keep-in-touch note thanks them and keeps the door open",
        )
    day = (today - interview).days
    decision_day = (decision - interview).days if decision else None
    asked = inquiries(sent)
    if status == "on-hold" and len(asked) < 2 and (kinds or day > FIRST_INQUIRY_DAYS[1]):
        timing = welcome_from(MessageKind.CHECK_IN, sent, None, interview)
        assert timing.earliest is not None
        welcome = sending_day(interview + dt.timedelta(days=timing.earliest))
        held = "the hire is on hold, so no more inquiries"
        reason = f"{held}; {timing.reason}"
        if welcome <= today:
            reason = f"{held}; welcome since {day_label(welcome)}"
        return Advice(MessageKind.CHECK_IN, welcome, welcome <= today, reason)
    if answered is not None and len(asked) < 2:
        waits = welcome_from(MessageKind.INQUIRY, [], None, interview, answered=answered)
        assert waits.earliest is not None
        if to_share and day < waits.earliest:
            why = (
                f"they answered on {on_day(interview, answered)} that the process is delayed, "
                f"so no inquiry before {when_label(interview, waits.earliest)}; the notes "
                "hold something to share, and a check-in asks nothing"
            )
            return Advice(MessageKind.CHECK_IN, today, True, why)
    if to_share and not asked:
        waiting = decision is not None and today <= decision and day >= SECOND_INQUIRY_DAYS[0]
        if waiting or day > SECOND_INQUIRY_DAYS[1]:
            why = "the notes hold something to share"
            return Advice(MessageKind.CHECK_IN, today, True, why)
    if not kinds and day >= FIRST_INQUIRY_DAYS[0] and status != "on-hold":
        timing = welcome_from(MessageKind.INQUIRY, sent, decision_day, interview, answered=answered)
        assert timing.earliest is not None
        if sending_day(interview + dt.timedelta(days=timing.earliest)) <= today:
            reason = f"day {day}: past the days for a thank-you; the first inquiry can thank them"
            return Advice(MessageKind.INQUIRY, today, True, reason)
    if not kinds:
        late = day > LATE_THANK_YOU_AFTER
        reason = (
            f"day {day}: late for a thank-you (best on day 1-2), but one still beats none"
            if late
            else "no thank-you has gone out yet"
        )
        return Advice(MessageKind.THANK_YOU, today, True, reason)
    if not everyone_thanked and not asked:
        return Advice(MessageKind.THANK_YOU, today, True, "not everyone you met has a thank-you")
    if len(asked) >= 2:
        kind = MessageKind.CHECK_IN
    else:
        kind = MessageKind.SECOND_INQUIRY if asked else MessageKind.INQUIRY
    said = None if status == "on-hold" else decision_day  # on hold, their date is moot
    timing = welcome_from(kind, sent, said, interview, answered=answered)
    assert timing.earliest is not None
    welcome = sending_day(interview + dt.timedelta(days=timing.earliest))
    reason = timing.reason
    if welcome <= today:
        reason = f"welcome since {day_label(welcome)} ({reason})"
    if len(asked) >= 2:
        held = ", and the hire is on hold" if status == "on-hold" else ""
        reason = f"two inquiries went out, so no third{held}; {reason}"
    return Advice(kind, welcome, welcome <= today, reason)


def advise_application(app: Application, today: dt.date) -> Advice:
    """What to send next for a tracked application."""
    return advise(
        app.interview_date,
        app.sent(),
        today,
        decision=app.decision_date,
        status=app.status,
        everyone_thanked=app.everyone_thanked(),
    )


# -- the stated decision date ----------------------------------------------------------------

# Words dateparser does not read, in the form it does.
_REWRITES = (
    # "after the xmas rush", "after Christmas", "once the holidays are over": early January
    (
        lazy_compile(
            r"\b(?:after|post|once|past)\s+(?:the\s+)?(?:xmas|christmas|new year|holidays?|"
            r"festive (?:season|period))\b(?:\s+(?:rush|break|period|season|are over|is over))?",
            re.I,
        ),
        "early January",
    ),
    (lazy_compile(r"\b(?:a|one) day or two\b", re.I), "two days"),  # the later of the two
    (lazy_compile(r"\b(?:a|one) week or two\b", re.I), "two weeks"),
    (lazy_compile(r"\b(?:a |one )?fortnight\b", re.I), "two weeks"),
    (lazy_compile(r"\s*\bsome ?time\b|\bor so\b", re.I), ""),  # "next week sometime"
    (lazy_compile(r"\bwithin\b", re.I), "in"),
    (lazy_compile(r"\ba couple (?:of )?", re.I), "two "),
    (lazy_compile(r"\ba few\b", re.I), "three"),
    (lazy_compile(r"\bmid-", re.I), "mid "),
    (lazy_compile(r"\b(?:of the|of|the) (week|month)\b", re.I), r"of this \1"),
)
# A qualifier before the date: where in that week or month the date falls.
_QUALIFIER = lazy_compile(r"\b(early|mid|middle|late|end)(?: of)?(?: the)?\s*$", re.I)
# a promise to answer by a time: "HR calls by end of next week", "she'll email me within 10
# days", "we'll let you know in about two weeks", "answer will be in two weeks" (the notes
# reader's hand-read decision dates, noteheader._DECIDE, take the same cue, so the common
# forms need no dateparser on the write path)
REPLY_BY_CUE = (
    r"(?:call|email|reach out|contact|respond|reply|answer|hear)(?:s|ed)?\s+(?:me\s+|back\s+)?"
    r"(?:by|within|before)|let (?:me|us|you|him|her|them|everyone|candidates) know|"
    r"(?:answer|outcome|result|verdict|word)s?\s+(?:(?:will|should|would)\s+)?(?:be\s+)?"
    r"(?:in|by|within|expected|due|before|after|next)|"
    # "Result will be informed within 1 week", "results will be intimated by the 5th",
    # "candidates will be notified in two weeks"
    r"(?:answer|outcome|result|verdict|decision|selection|I|we|you|candidates)s?\s+"
    r"(?:will|shall|should|would)\s+be\s+(?:informed|intimated|communicated|announced|"
    r"notified|conveyed|declared|contacted)|"
    # the same in the other languages notes mix in (trial 10: "próximo passo: resposta até
    # dia 20/11"): Portuguese, Spanish, French, German
    r"(?:resposta|retorno|decis[ãa]o|respuesta|decisi[óo]n|r[ée]ponse|d[ée]cision|antwort|"
    r"r[üu]ckmeldung|entscheidung)\s+(?:(?:ser[áa]n?|sera|kommt|f[äa]llt)\s+)?"
    r"(?:at[ée]|em|por|at[ée] o dia|hasta|antes|para|en|d'ici|avant|sous|le|bis|in|innerhalb)"
)
_DECISION_CUE = lazy_compile(
    r"\b(?:decid\w*|decision|hear back|get back|next steps?|timeline|"
    rf"be in touch|update|{REPLY_BY_CUE})\b",
    re.I,
)
# the cues that tie a bare weekday to the answer: "next steps: panel on Tue" is another event
_ANSWER_CUE = lazy_compile(
    rf"\b(?:decid\w*|decision|hear back|get back|be in touch|update|{REPLY_BY_CUE})\b", re.I
)


def decision_in_notes(next_steps: str, interview: dt.date | None) -> dt.date | None:
    """The employer's stated decision date from the notes' next-steps lines: the hand-read
    forms first (noteheader.decision_date: "decide by 4 Dec", "in a week or two"), then
    dateparser ("We'll let you know in about two weeks", "after the xmas rush"). The brief
    holds the answer, so `write`, its checker, `plan` and `due` share one reading."""
    if interview is None or not next_steps.strip():
        return None
    from followup.noteheader import decision_date

    found = (
        _week_part_said(next_steps, interview)
        or decision_date(next_steps, interview)
        or decision_from_text(next_steps, interview)
    )
    return found if found and (found - interview).days <= LATEST_DECISION_DAYS else None


# the employer's answer to a message: "he said the process is delayed", "HR replied: still
# interviewing", "got a reply, it's been pushed back to January"
_ANSWERED = lazy_compile(
    r"(?<!\bI )(?<!\bwe )\b(?:said|says|replied|reply|wrote back|answered|responded|response|"
    r"told me|got back|came back|heard back)\b"
)
_DELAYED = lazy_compile(
    r"\b(?:delay(?:ed|s)?|pushed (?:back|out)|postponed|slipp(?:ed|ing)|taking longer|"
    r"still (?:interviewing|deciding|reviewing)|no decision yet|not (?:yet )?"
    r"decided|held up|behind schedule|later than (?:planned|expected|hoped))\b",
    re.I,
)


def employer_answer(text: str, interview: dt.date, today: dt.date) -> dt.date | None:
    """The day the notes log the employer's answer that the process is delayed ("sent
    inquiry to Theo 10/26, he said the process is delayed"): the date its sentence gives,
    between the interview and today, else today's; None when the notes log no such answer
    (nor one under a condition: "if they say it's delayed")."""
    found = None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        said = _ANSWERED.search(sentence)
        if said is None or _DELAYED.search(sentence) is None:
            continue
        if re.search(r"\b(?:if|unless|in case)\b", sentence[: said.start()]):
            continue
        day = _figures_said(sentence, interview - dt.timedelta(days=1))
        day = day if day is not None and day <= today else today
        found = max(found or day, day)
    return found


# the candidate's own plan or log, not the employer's word: "if nothing by ~13th send Sam a
# note", "4/24 emailed Pam asking about the timeline"
_CANDIDATE_SIDE = lazy_compile(
    r"\bif (?:nothing|no (?:word|news|reply|response|answer)|I (?:don'?t|haven'?t))\b|"
    r"(?-i:\bI)(?:'?ll| will)?\s+(?:\w+\s+)?(?:send|email|e-mail|chase|follow up|nudge)\b|"
    r"^\W*(?:\d{1,2}[/.]\d{1,2}\W+)?(?:I\s+)?(?:emailed|sent|called|wrote|asked|followed up)\b|"
    r"^\W*(?:send|email|chase|follow up|nudge)\b|"
    # the candidate's own deadline: "I need to decide by Friday", "I'll let them know by Monday"
    r"(?-i:\bI)(?:'?ll|'?d| will| would| need to| have to| must| should| can| said I'?d)?\s+"
    r"(?:\w+\s+)?(?:decide|let (?:them|him|her|\w+) know|answer|reply|respond)\b",
    re.I,
)
# another step of the process, whose day a "next step" sentence gives: no decision date
_OTHER_EVENT = lazy_compile(
    r"\b(?:tour|visit|interview|(?:second|final|next|another) round|panel|meeting|meet|"
    r"on-?site|test|assessment|exercise|presentation|shadow(?:ing)?|trial|workshop|lunch|"
    r"coffee|chat|screening|case study|task|call with|meet-and-greet)s?\b",
    re.I,
)
# "by Friday the 12th", "by Fri 10th": a day of the month without the month (the next one)
_ORDINAL_ONLY = lazy_compile(
    r"\b(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:the\s+)?"
    r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})",
    re.I,
)
LATEST_DECISION_DAYS = 120  # a date read further out than this is a misreading, not a plan


def decision_from_text(text: str, interview: dt.date) -> dt.date | None:
    """The decision date a sentence of the notes states, counted from the interview day:
    "decision in two weeks", "by Friday", "early next month", "within 10 days", "by Friday
    the 12th"; never from the candidate's own plan ("if nothing by the 13th, send a note"),
    and never months away (a misreading)."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if not _DECISION_CUE.search(sentence) or _CANDIDATE_SIDE.search(sentence):
            continue
        if _OTHER_EVENT.search(sentence) and not _ANSWER_CUE.search(sentence):
            continue  # "next step is a lab tour next week": that event's day, no decision
        found = (
            _ordinal_day(sentence, interview)
            or _figures_said(sentence, interview)
            or (_weekday_said(sentence, interview) if _ANSWER_CUE.search(sentence) else None)
            or _holiday_said(sentence, interview)
            or _parse_phrase(sentence, interview)
        )
        if found is not None and (found - interview).days <= LATEST_DECISION_DAYS:
            return found
    return None


def _ordinal_day(sentence: str, interview: dt.date) -> dt.date | None:
    """The next day after the interview that is the Nth of a month (and the weekday named)."""
    m = _ORDINAL_ONLY.search(sentence)
    if m is None:
        return None
    day = interview
    for _ in range(62):
        day += dt.timedelta(days=1)
        if day.day == int(m["day"]) and (
            not m["wd"] or day.weekday() == _WEEKDAY_NAMES.index(m["wd"].lower())
        ):
            return day
    return None


# a day and a month in figures, either order: "até dia 20/11", "bis 20.11.", "by 11/20"
# ("10.30", a time, is none: a full stop after the month, or a year, makes it a date)
_FIGURES = lazy_compile(
    r"(?<![\d/.])(\d{1,2})(?:/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])|"
    r"\.(\d{1,2})\.(?:\d{4}|\d{2})?(?!\d))"
)


def _figures_said(sentence: str, interview: dt.date) -> dt.date | None:
    """A date written in figures alone, read day first or month first: the first of the two
    readings after the interview (one of them is often no date, "20/11"; of two, the nearer
    is the one a decision date means)."""
    m = _FIGURES.search(sentence)
    if m is None:
        return None
    a, b = int(m[1]), int(m[2] or m[3])
    found = []
    for day, month in ((a, b), (b, a)):
        for year in (interview.year, interview.year + 1):
            try:
                when = dt.date(year, month, day)
            except ValueError:
                break
            if interview < when <= interview + dt.timedelta(days=LATEST_DECISION_DAYS):
                found.append(when)
                break
    return min(found, default=None)


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# a weekday after a word that makes it a day ("by next wed", "on Tues", "this Friday"), not
# "We" or a date that follows ("Friday 4 Dec" is dateparser's); "early/mid next week" too
_WEEKDAY_SAID = lazy_compile(
    r"\b(?:by|on|before|until|till|this|next|coming)\s+(?:(?P<rel>this|next|the coming|coming)\s+)?"
    r"(?P<wd>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b\.?(?!,?\s*\d)",
    re.I,
)
_WEEK_PART = lazy_compile(
    r"\b(?P<part>early|mid|middle)[- ](?:of\s+)?(?P<next>next|this|the)\s+(?:week|wk)\b", re.I
)


def _week_part_said(text: str, interview: dt.date) -> dt.date | None:
    """'early next week': its Tuesday; 'mid next week': its Wednesday (read before the
    notes reader's "next week", a week after the interview), in a sentence about the answer."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        m = _WEEK_PART.search(sentence)
        if m is None or not _ANSWER_CUE.search(sentence) or _CANDIDATE_SIDE.search(sentence):
            continue
        monday = interview - dt.timedelta(days=interview.weekday())
        if m["next"].lower() == "next":
            monday += dt.timedelta(days=7)
        day = monday + dt.timedelta(days=1 if m["part"].lower() == "early" else 2)
        return day if day > interview else None
    return None


def _weekday_said(sentence: str, interview: dt.date) -> dt.date | None:
    """'by next wed': the Wednesday of the week after the interview's; 'by Tues', 'this
    Friday': the first one after the interview."""
    m = _WEEKDAY_SAID.search(sentence)
    if m is None:
        return None
    weekday = _WEEKDAY_NAMES.index(m["wd"][:3].lower())
    if (m["rel"] or "").lower() == "next":
        monday = interview - dt.timedelta(days=interview.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=weekday)
    ahead = (weekday - interview.weekday()) % 7 or 7
    return interview + dt.timedelta(days=ahead)


# a holiday as the latest date: "before Christmas", "by xmas", "before the holidays", "by
# the end of the year", "before Thanksgiving" (its US date, the fourth Thursday of November)
_HOLIDAY_SAID = lazy_compile(
    r"\b(?:by|before|until|till|ahead of|prior to)\s+(?:the\s+)?(?:(?P<xmas>christmas|xmas|"
    r"holidays|holiday season|festive (?:season|period|break)|christmas break|winter break)|"
    r"(?P<year>end of (?:the |this )?year|year[- ]end|new year)|(?P<thanks>thanksgiving))\b",
    re.I,
)


def _holiday_said(sentence: str, interview: dt.date) -> dt.date | None:
    """The latest date a holiday stands for: 24 December for Christmas and the holidays, 31
    December for the year's end, the day before Thanksgiving; the next one after the
    interview."""
    m = _HOLIDAY_SAID.search(sentence)
    if m is None:
        return None
    for year in (interview.year, interview.year + 1):
        if m["xmas"]:
            day = dt.date(year, 12, 24)
        elif m["year"]:
            day = dt.date(year, 12, 31)
        else:
            first = dt.date(year, 11, 1)
            day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21 - 1)
        if day > interview:
            return day
    return None


# dateparser's English words, as letters-only words (dateparser.data.date_translation_data.en,
# its locales included; test_timeline derives both lists from it and holds these to cover
# them): the words that name a date or a length of time, and every word of four letters or
# more it reads at all.
_DATE_ANCHOR_TEXT = """
    afternoon apr april aug august centuries century d day days dec decade decades december
    early evening feb february fortnight fortnights fr fri friday h hour hours hr hrs jan january
    jul july jun june m mar march may min mins minute minutes mo mon monday month months morning
    mth night nov november oct october s sa sat saturday sec second seconds secs sep sept
    september small su sun sunday th thu thursday tu tue tues tuesday we wed wednesday wee week
    weeks wk y year years yr today tomorrow yesterday now tonight noon midnight date"""
_DATE_WORD_TEXT = """
    about after afternoon april august before centur centuries century date days decade
    decades december early eight eighteen eighty eleven evening february fifteen fifty five
    fortnight fortnights forty four fourteen friday from hour hours hundred january july june
    just last later less march midnight mins minute minutes monday mons month months morning
    next night nine nineteen ninety noon november october ordinal saturday second seconds secs
    sept september seven seventeen seventy sixteen sixty small sunday than thirteen thirty this
    three thursday till time today tomorrow tonight tues tuesday twelve twenty wednesday week
    weeks year years yesterday"""
_DATE_ANCHORS = frozenset(_DATE_ANCHOR_TEXT.split())
_DATE_WORDS = frozenset(_DATE_WORD_TEXT.split())
_LETTER_WORDS = lazy_compile(r"[^\W\d_]+")


def may_hold_a_date(sentence: str) -> bool:
    """Whether dateparser could find in the sentence a date `_parse_phrase` keeps: one with a
    figure, or one whose last word has four letters or more. dateparser reads a phrase only
    when every word of it is one of its words, and a date needs a word that names one (a
    month, a weekday, a unit, "today"); so without a figure, the sentence must hold such a
    word and one of its words of four letters or more. "Next steps", "will be in touch" or
    "the decision is hers" hold neither, and dateparser (about 0.2 s of CPU to import and
    search first) is not loaded."""
    if any(ch.isdigit() for ch in sentence):
        return True
    words = set(_LETTER_WORDS.findall(sentence.lower()))
    return not words.isdisjoint(_DATE_ANCHORS) and not words.isdisjoint(_DATE_WORDS)


def _parse_phrase(sentence: str, interview: dt.date) -> dt.date | None:
    for pattern, replacement in _REWRITES:
        sentence = pattern.sub(replacement, sentence)
    if not may_hold_a_date(sentence):
        return None
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = dt.datetime.combine(interview, dt.time())
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future",
        "PREFER_DAY_OF_MONTH": "first",
    }
    found = search_dates(sentence, languages=["en"], settings=settings)
    for phrase, when in found or []:
        words = phrase.strip()
        if not any(c.isdigit() for c in words) and len(words.split()[-1]) < 4:
            continue  # "We" read as Wednesday, "may" as the month
        parser = DateDataParser(
            languages=["en"], settings={**settings, "RETURN_TIME_AS_PERIOD": True}
        )
        period = parser.get_date_data(words).period or "day"
        before = _QUALIFIER.search(sentence[: sentence.find(phrase)])
        day = _qualify(when.date(), period, before.group(1).lower() if before else None)
        if day > interview:
            return day
    return None


def _qualify(day: dt.date, period: str, qualifier: str | None) -> dt.date:
    """'early next month' is about the 10th, 'mid' the 15th, 'end of' the last day, plain
    'next month' its first; 'end of next week' its Friday."""
    if period == "month":
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        by_qualifier = {"early": first.replace(day=10), "mid": first.replace(day=15)}
        by_qualifier["middle"] = by_qualifier["mid"]
        by_qualifier.update(end=last, late=last)
        return by_qualifier.get(qualifier or "", first)  # "by next month": its first day
    if period == "week" and qualifier in ("end", "late"):
        return end_of_week(day)
    return day


def end_of_week(day: dt.date) -> dt.date:
    """The Friday of the day's week (Monday to Sunday): a working week ends on Friday, so
    "by the end of next week" from Thu 19 Nov is Fri 27 Nov."""
    return day + dt.timedelta(days=4 - day.weekday())


# -- ICS ---------------------------------------------------------------------------------------


def to_ics(
    steps: Sequence[Step],
    *,
    company: str,
    role: str,
    today: dt.date,
    done: Sequence[Step] = (),
) -> bytes:
    """An iCalendar file with one all-day reminder (and an alarm at 9:00) per step still
    ahead on `today`: a step whose days have passed, or one `done` (already sent), is left
    out, and one whose window has begun is reminded today."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//followup//follow-up schedule//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    for n, step in enumerate(steps):
        if has_passed(step, today) or step in done:
            continue
        event = icalendar.Event()
        slug = re.sub(r"[^a-z0-9]+", "-", f"{company}-{role}".lower()).strip("-")
        # Stable across re-plans (a new decision date moves the event, not duplicates it).
        event.add("uid", f"{slug}-{n}-{step.kind.value}@followup")
        event.add("dtstamp", stamp)
        event.add("summary", f"{_TITLE[step.kind]}: {company} ({role})")
        event.add(
            "description",
            f"{step.purpose}. Window: {day_label(step.start)} to "
            f"{day_label(step.end)}. Write it with: followup write --kind {step.kind.value}",
        )
        start = max(step.start, today)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(days=1))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{_TITLE[step.kind]} for {company}")
        alarm.add("trigger", dt.timedelta(hours=9))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())


_TITLE = {
    MessageKind.THANK_YOU: "Thank-you notes",
    MessageKind.INQUIRY: "First follow-up inquiry",
    MessageKind.SECOND_INQUIRY: "Second (last) inquiry",
    MessageKind.CHECK_IN: "Value-adding check-in",
    MessageKind.KEEP_IN_TOUCH: "Keep-in-touch note",
}


# -- the writer's choice of kind ---------------------------------------------------------------


def stated_decision(brief: Brief, app: Application | None) -> dt.date | None:
    """The employer's decision date: the brief's (front matter, else the notes' next steps,
    read by decision_in_notes), else the tracked application's."""
    return brief.decision_date or (app.decision_date if app else None)


def due_kind(
    history: History | None, brief: Brief, today: dt.date, *, declined: bool = False
) -> tuple[MessageKind | None, str]:
    """The kind `followup write` writes when no --kind is given, and why; None (with the
    reason and the day it becomes welcome) when nothing is due today. `declined`: the notes
    record a rejection, which an application still tracked as active has not heard of."""
    app = history.find_for(brief.company, brief.role) if history is not None else None
    if app is not None:
        status = "rejected" if declined and app.status in ("active", "on-hold") else app.status
        advice = advise(
            app.interview_date,
            app.sent(),
            today,
            decision=app.decision_date,
            status=status,
            everyone_thanked=app.everyone_thanked(),
        )
        so_far = "sent so far: " + (", ".join(sent_labels(app)) or "nothing")
    elif brief.interview_date is not None:
        status = "rejected" if declined else "active"
        advice = advise(
            brief.interview_date, [], today, decision=stated_decision(brief, None), status=status
        )
        so_far = "nothing recorded as sent"
    else:
        return MessageKind.THANK_YOU, "the notes give no interview date, so a thank-you"
    if advice.kind is None:
        return None, f"nothing more to send: {advice.reason}"
    if not advice.due:
        assert advice.welcome is not None
        return None, (
            f"nothing is due today ({so_far}); {with_article(advice.kind)} is welcome from "
            f"{day_label(advice.welcome)}: {advice.reason}"
        )
    return advice.kind, advice.reason if so_far.endswith(
        "nothing"
    ) else f"{so_far}; {advice.reason}"


def sent_labels(app: Application) -> list[str]:
    """Each send in words, those of one kind on one day together: 'thank-you to Maria Chen
    and Devon Park (Wed 25 Nov)', 'inquiry (Mon 7 Dec)' (trial 9: a thank-you to two people
    read "thank-you (Wed 4 Nov), thank-you (Wed 4 Nov)")."""
    to: dict[tuple[MessageKind, dt.date], list[str]] = {}
    for m in app.messages:
        to.setdefault((m.kind, m.sent_on), []).append(app.contact(m.contact_id).name)
    out = []
    for (kind, day), names in to.items():
        people = f" to {', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else ""
        out.append(f"{kind.value}{people} ({day_label(day)})")
    return out


def _user_history() -> History | None:
    """The user's sent history, or None when there is no history file (then the history
    store, with sqlite3, is not even imported: most writes track nothing)."""
    from followup.config import history_path

    if not history_path().exists():
        return None
    from followup.history import History

    return History.open_existing()


@dataclass(frozen=True, slots=True)
class Tracked:
    """What the sent history holds for an application: the messages as (kind, day after
    the interview) and its status."""

    sent: tuple[Sent, ...]
    status: str


def tracked_for(brief: Brief, history: History | None = None) -> Tracked | None:
    """What the sent history (the user's file, or the one given) holds for this
    application; None when it does not hold the application."""
    own = history is None
    if own:
        history = _user_history()
    try:
        app = history.find_for(brief.company, brief.role) if history is not None else None
        return None if app is None else Tracked(tuple(app.sent()), app.status)
    finally:
        if own and history is not None:
            history.close()


# what to do about a missing interview date, in `plan`'s refusal and `write`'s alike
NO_DATE_HINT = (
    "add `date: YYYY-MM-DD` to the front matter, or a date such as 'Nov 20' to the first line"
)
# the kinds whose welcome depends on the interview date (a thank-you and a keep-in-touch
# note are welcome whenever they are written)
_TIMED_KINDS = (*INQUIRY_KINDS, MessageKind.CHECK_IN)


@dataclass(frozen=True, slots=True)
class WriteTiming:
    """What the writer needs from the history: the kind to write (and why, when it was
    picked), and the sent history and status for the checker's cadence rules."""

    kind: MessageKind
    reason: str | None
    sent: tuple[Sent, ...] | None
    status: str | None
    to: str | None = None  # a picked thank-you goes only to someone who has had none


def timing_for_write(
    brief: Brief,
    kind: MessageKind | None,
    today: dt.date,
    history: History | None = None,
    *,
    declined: bool = False,
) -> WriteTiming:
    """Pick the kind when none is given (InputError when nothing is due today), and look
    up what was already sent to this company for this role: in `history` when given (the
    evaluator's, from history.history_from_list), else in the user's history file."""
    own = history is None
    if own:
        history = _user_history()
    try:
        app = history.find_for(brief.company, brief.role) if history else None
        reason = None
        if kind is None:
            kind, reason = due_kind(history, brief, today, declined=declined)
            if kind is None:
                raise InputError(f"nothing to write today: {reason}; pass --kind to write one")
    finally:
        if own and history is not None:
            history.close()
    if app is None and brief.interview_date is None and kind in _TIMED_KINDS:
        # without the date nothing can say whether it is due: the same answer as `plan`'s
        raise InputError(
            f"the notes give no interview date, so nobody can tell whether "
            f"{with_article(kind)} is due yet: {NO_DATE_HINT}"
        )
    if app is None:  # nothing tracked: a thank-you, as ever, unless --kind says otherwise
        return WriteTiming(kind, None, None, None)
    sent = tuple((k, d) for k, d in app.sent() if d <= (today - app.interview_date).days)
    to = None
    if reason is not None and kind is MessageKind.THANK_YOU and app.messages:
        thanked = {m.contact_id for m in app.messages if m.kind is MessageKind.THANK_YOU}
        waiting = [c.name for c in app.contacts if c.id not in thanked]
        if waiting:  # never a second thank-you to the same person
            to = waiting[0]
            later = f"; then run again for {', '.join(waiting[1:])}" if waiting[1:] else ""
            reason = f"{reason}: {to} has had none{later}"
    return WriteTiming(kind, reason, sent, app.status, to)
