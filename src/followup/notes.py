"""Interview notes: parse them, and understand them without a model.

`understand_notes` reads front matter (the keys people write: `date`, `name`/`me`,
`position`, `interviewer` or `interviewers` as plain names or mappings, `share`), then the
opening of the free text (noteheader.py: labelled lines, "Met with NAME, TITLE at COMPANY",
"Phone screen with NAME from COMPANY", "onsite w/ NAME (hiring mgr)"), then classifies every
line (notelines.py) and ties it to the person it is about. The result is a `Reading`: the
brief, the classified lines, the facts still missing (template placeholders count), and
warnings for the user (an unknown front matter key names the closest known one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.bannerfirm import read_banner_firm
from followup.calendarinvite import read_invitation
from followup.candidateplace import (
    candidate_by_place,
    day_by_place,
    name_misread_as_role,
    role_misread_as_name,
    writer_marked,
)
from followup.chatlines import CHAT_PREFIX
from followup.companyvalue import settle_values
from followup.core import MessageKind
from followup.entryday import day_of_entry
from followup.errors import InputError
from followup.factplace import read_fact_places
from followup.frontmatterpeople import is_person_value
from followup.honorificpeople import read_honorific_people
from followup.initialnames import without_initials
from followup.inputs import SourceText
from followup.invitepeople import read_invitation_people
from followup.jobline import read_post_line
from followup.labelwords import front_matter_field
from followup.logdays import days_met
from followup.lowercaseperson import read_lower_case_person
from followup.mailthennotes import read_mail_then_notes
from followup.metinlanguages import read_met_in_languages
from followup.models import Brief, Interviewer, Notes
from followup.monthwords import a_day_name, day_in_any_language, labelled_day
from followup.nicknames import quoted_nicknames, without_nicknames
from followup.notefacts import check_header, plain_facts, plain_heading
from followup.noteheader import (
    Header,
    Person,
    as_written,
    parse_people,
    read_header,
    read_mail_headers,
    same_person,
)
from followup.notelines import (
    INSTRUCTION,
    LineKind,
    NoteLine,
    PhraseKind,
    classify_notes,
    share_urls,
)
from followup.notenames import (
    COMMON_WORDS,
    MONTH_NAMES,
    ORG_SUFFIXES,
    WEEKDAYS,
    initials_match,
    is_placeholder,
    restore_case,
    spelled_dates,
    split_honorific,
)
from followup.notetext import normalize_notes
from followup.notpeople import shorthand_or_label
from followup.ownline import chat_writer, not_a_sender, read_own_line
from followup.panellines import panel_lines
from followup.personaddress import addresses_on_their_lines
from followup.personblocks import read_block_people
from followup.privacy import public_notes
from followup.roleplace import settle_role, without_lead_in
from followup.signoffname import not_a_person
from followup.stackedheader import read_stacked_header
from followup.stackedperson import joined_cards
from followup.timeline import decision_in_notes
from followup.titleline import firm_on_title_line, untitled_facts
from followup.titleparts import read_title_parts
from followup.tobemet import to_be_met
from followup.toolexports import plain_export, plain_values
from followup.topicguard import no_person_as_topic
from followup.topicplace import place_topics
from followup.whogetsanote import called_by
from followup.withshorthand import read_shorthand_with
from followup.writer.untrusted import is_instruction_like

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
# French and Spanish month names ("jeudi 28 août 2025", "martes 3 de junio"), read as well
MONTHS |= {
    m: i + 1
    for i, names in enumerate(
        [
            ("janvier", "janv", "enero"),
            ("février", "fevrier", "févr", "febrero"),
            ("mars", "marzo"),
            ("avril", "abril"),
            ("mai", "mayo"),
            ("juin", "junio"),
            ("juillet", "juil", "julio"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre"),
            ("octobre", "octubre"),
            ("novembre", "noviembre"),
            ("décembre", "decembre", "diciembre"),
        ]
    )
    for m in names
}
# Portuguese, Italian, German, Dutch and Norwegian month names ("quinta-feira, 12 de novembro
# de 2026", "17. November 2026", "12 maart 2026", "5. desember"): the ones not above
MONTHS |= {
    m: i + 1
    for i, names in enumerate(
        [
            ("janeiro", "gennaio", "januar", "jänner", "januari"),
            ("fevereiro", "febbraio", "februar", "februari"),
            ("março", "marco", "märz", "maerz", "maart"),
            ("aprile",),
            ("maio", "maggio", "mei"),
            ("junho", "giugno", "juni"),
            ("julho", "luglio", "juli"),
            ("augustus",),
            ("setembro", "settembre"),
            ("outubro", "ottobre", "oktober"),
            ("novembro",),
            ("dezembro", "dicembre", "dezember", "desember"),
        ]
    )
    for m in names
}
_DATE_WORDS = re.compile(  # not "APR 25" of "22 APR 25", a day-first date
    r"(?<!\d\s)(?<!\d-)\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b",
    re.I,
)
_DATE_DAY_FIRST = re.compile(  # "3rd June, 2025", "22 APR 25", "28 août 2025", "3 de junio"
    # "9 of april", "17. November" (the German and Norwegian day's full stop)
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?[\s-]+(?:de\s+|of\s+)?(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?:,?[\s-]+(?:de\s+)?(?P<year>\d{4}|\d{2}(?![\d:])\b))?(?!\w)",
    re.I,
)
_DATE_SLASH = re.compile(  # not "24/7 call": all hours, no day
    r"\b(?!24/7\b(?!/))(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{2,4}))?\b"
)
# "5-26-26", "6-1-2026" (month first, as with slashes) and "03.06.2026" (day first, the way
# dotted dates are written); the year is needed, so "2-3 years" and "1.5" are no dates
_DATE_DASH_DOT = re.compile(
    r"(?<![\w.,/-])(?P<month>\d{1,2})(?P<sep>[.-])(?P<day>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\w/-]|[.,]\d)"
)
# a dotted date with a space after each dot, the way Czech and German write it: "14. 10. 2025"
_SPACED_DOTS = re.compile(r"(?<![\w.,/-])(\d{1,2})\.[ \t](\d{1,2})\.[ \t]?(\d{4})\b")
_DATE_ISO = re.compile(  # "2026-11-20", and year first with dots or slashes: "2026.05.04"
    r"(?<![\w.,/-])(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\w/-]|[.,]\d)"
)

# Front matter keys: the canonical name of each key people write.
FRONT_MATTER_KEYS = {
    "candidate": "candidate",
    "name": "candidate",
    "me": "candidate",
    "my_name": "candidate",
    "company": "company",
    "organization": "company",
    "employer": "company",
    "role": "role",
    "position": "role",
    "job": "role",
    "applying_for": "role",  # and the keys of notes kept as a form: "school:", "gig:", "when:"
    "gig": "role",
    "pozíció": "role",  # Hungarian notes: "cég:", "pozíció:"
    "cég": "company",
    "school": "company",
    "organisation": "company",
    "interview_date": "interview_date",
    "date": "interview_date",
    "interview_on": "interview_date",
    "when": "interview_date",
    "who_i_met": "interviewers",
    "decision_date": "decision_date",
    "interviewers": "interviewers",
    "interviewer": "interviewers",
    "panel": "interviewers",
    "highlights": "highlights",
    "qualifications": "qualifications",
    "forgot_to_mention": "forgot_to_mention",
    "next_steps": "next_steps",
    "share": "share",
    "kind": "kind",
    "to": "to",
}
FACTS = ("company", "role", "interviewer", "candidate")
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview\w*|met|meeting|call|screen|onsite|panel|entrevue|entrevista)\b", re.I
)


def parse_notes(source: SourceText) -> Notes:
    """Notes from a decoded input: front matter and the text after it."""
    text = source.text[source.body_start :].strip()
    if not text and not source.front_matter:
        raise InputError(f"{source.name}: the notes are empty")
    # toolexports.py: an org-mode, Obsidian, Notion or chat export read as plain notes
    front = plain_values(source.front_matter)
    return Notes(front_matter=front, text=plain_export(text), source=source.name)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The first date in the text ("Nov 20", "11/19", "tues 3/4", "2026-11-20", "5-26-26",
    "03.06.2026", "2026.05.04"); the most recent past one when the year is left out, unless a
    weekday is named: then the year in which the date falls on it ("tue 11/24" written before
    the interview is this year's Tuesday, not last year's Monday)."""
    text = spelled_dates(text)  # "the twenty-third of April, 2026"
    text = _SPACED_DOTS.sub(r"\1.\2.\3", text)  # Czech, Slovak, German: "14. 10. 2025"
    found = [
        (m, pattern)
        for pattern in (_DATE_ISO, _DATE_WORDS, _DATE_DAY_FIRST, _DATE_SLASH, _DATE_DASH_DOT)
        if (m := pattern.search(text))
    ]
    # the first written, whatever its form: "Thursday 9/4/2026 (9 April)" is 9/4/2026
    found.sort(key=lambda mp: mp[0].start())
    for m, pattern in found:
        month_raw = m.group("month")
        month = MONTHS[month_raw.lower()] if month_raw.isalpha() else int(month_raw)
        day = int(m.group("day"))
        numeric = pattern in (_DATE_SLASH, _DATE_DASH_DOT)
        if pattern is _DATE_DASH_DOT and m.group("sep") == ".":
            month, day = day, month  # "03.06.2026": 3 June
        if numeric and month > 12 >= day:
            month, day = day, month  # "24/02/2026" can only be day first
        year_raw = m.group("year")
        try:
            if year_raw:
                year = int(year_raw) + (2000 if len(year_raw) == 2 else 0)
                said = _said_weekday(text[max(0, m.start() - 16) : m.start()])
                if said is None:  # "6-1-2026 Mon", "5-26-26 (tues)"
                    said = _said_weekday_after(text[m.end() : m.end() + 8])
                if numeric and day <= 12 and said != dt.date(year, month, day).weekday():
                    day_first = dt.date(year, day, month)  # "12/03/2026" on 13 March: the 12th
                    if said == day_first.weekday() or (
                        said is None and day_first <= today < dt.date(year, month, day)
                    ):
                        return day_first
                return dt.date(year, month, day)
            said = _said_weekday(text[max(0, m.start() - 16) : m.start()])
            if said is None:
                said = _said_weekday_after(text[m.end() : m.end() + 8])
            if said is not None:  # "tue 11/24": the year in which that day is a Tuesday
                days = [_day(y, month, day) for y in (today.year - 1, today.year, today.year + 1)]
                fits = [d for d in days if d is not None and d.weekday() == said]
                if not fits and numeric and day <= 12:  # "12/5 (Tues)": 12 May, day first
                    years = (today.year - 1, today.year, today.year + 1)
                    days = [_day(y, day, month) for y in years]
                    fits = [d for d in days if d is not None and d.weekday() == said]
                past = [d for d in fits if d <= today]
                if past or fits:
                    return max(past) if past else min(fits)
            candidate = dt.date(today.year, month, day)
            return candidate if candidate <= today else dt.date(today.year - 1, month, day)
        except ValueError:
            continue
    return None


# A line that dates something other than the meeting: a deadline, a decision, a reply
_NOT_THE_MEETING = re.compile(
    r"\b(?:due|deadline|until|submit\w*|send|sent|decid\w*|decision|hear back|let me know|"
    r"reply|respond|start date|starts?|closes?|closing|not yet|by\s+(?:\w+\s+)?\d)\b",
    re.I,
)
_MEETING_SAID = re.compile(
    r"\b(?:interview\w*|intervw|intvw|call|met|meeting|screen|onsite|panel|audition|round|"
    r"entrevista|entrevue|intervju|gesprek|colloquio|gespräch)\b",
    re.I,
)


def interview_day(date_text: str, text: str, today: dt.date) -> dt.date | None:
    """The day of the interview from the lines that open the notes: when several lines give a
    date, the one that says the meeting ("call was 25 nov") over a deadline or a decision
    ("test page due 30 nov"), else the first that is neither; else the first date at all."""
    dated = [
        (line, day)
        for line in date_text.splitlines()
        if line.strip() and (day := parse_date(line, today)) is not None
    ]
    if len(dated) > 1:
        said = [
            d for ln, d in dated if _MEETING_SAID.search(ln) and not _NOT_THE_MEETING.search(ln)
        ]
        plain = [d for ln, d in dated if not _NOT_THE_MEETING.search(ln)]
        if said or plain:
            return (said or plain)[0]
    return parse_date(date_text, today) or parse_date(text, today)


# a round of interviews opening its line: "Round 2 (in person, 12 Nov)", "Second interview -"
_ROUND_LINE = re.compile(
    r"^[^\w\n]*(?:(?:round|stage|interview|part)\s*(?P<n>\d)\b|"
    r"(?P<nth>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:round|interview|stage)\b)",
    re.I | re.M,
)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_NTH["final"] = 9


def last_round_day(text: str, today: dt.date) -> dt.date | None:
    """The day of the latest round held, when the notes date two rounds or more on their own
    lines ("Round 1 (phone, 2 Nov)", "Round 2 (in person, 12 Nov)"): the round a thank-you
    answers. A round not held yet ("Round 3 - not yet, they decide 26 Nov") is no round."""
    rounds: dict[int, dt.date] = {}
    for m in _ROUND_LINE.finditer(text):
        line = text[m.start() :].split("\n", 1)[0]
        day = parse_date(line, today)
        if day is None or day > today or _NOT_THE_MEETING.search(line):
            continue
        n = int(m.group("n")) if m.group("n") else _NTH[m.group("nth").lower()]
        rounds.setdefault(n, day)
    if len(set(rounds.values())) < 2:
        return None
    return rounds[max(rounds)]


def _day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (29 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Weekdays in the languages notes mix with English, Monday first: French, Spanish, German,
# Italian, Dutch, Norwegian/Danish, Portuguese ("quinta-feira" is Thursday)
_FOREIGN_WEEKDAYS = {
    word: day
    for day, words in enumerate(
        [
            "lundi lunes montag lunedì lunedi maandag mandag segunda",
            "mardi martes dienstag martedì martedi dinsdag tirsdag terça terca",
            "mercredi miércoles miercoles mittwoch mercoledì mercoledi woensdag onsdag quarta",
            "jeudi jueves donnerstag giovedì giovedi donderdag torsdag quinta",
            "vendredi viernes freitag venerdì venerdi vrijdag fredag sexta",
            "samedi sábado sabado samstag sonnabend sabato zaterdag lørdag lordag",
            "dimanche domingo sonntag domenica zondag søndag sondag",
        ]
    )
    for word in words.split()
}
_WEEKDAY_WORD = r"(?P<wd>[^\W\d_]+)(?:-feira)?"


def _weekday_of(word: str) -> int | None:
    """Monday 0 for 'Mon', 'monday', 'lundi', 'quinta' (of 'quinta-feira'); None for a word
    that names no weekday."""
    low = word.lower()
    if re.fullmatch(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?", low):
        return _WEEKDAYS.index(low[:3])
    return _FOREIGN_WEEKDAYS.get(low)


def _said_weekday(text: str) -> int | None:
    """The weekday named just before a date ("Wed 6/3/2026", "quinta-feira, 12 de"), Monday
    0, or None."""
    m = re.search(rf"\b{_WEEKDAY_WORD}\.?,?\s*$", text, re.I)
    return _weekday_of(m.group("wd")) if m else None


def _said_weekday_after(text: str) -> int | None:
    """The weekday named just after a date ("6-1-2026 Mon", "2026.05.04 (Mon)"), or None."""
    m = re.match(rf"[\s,(]*{_WEEKDAY_WORD}\b", text, re.I)
    return _weekday_of(m.group("wd")) if m else None


_SAME_DAY = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today|just (?:now|got out|"
    r"finished|got back)|aujourd['’]hui|ce matin|cet après-midi|hoy|esta (?:mañana|tarde))\b"
    r"(?!['’]s)",  # not "today's market"
    re.I,
)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night|hier|ayer)\b", re.I)
_WEEKDAY = r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_ORDINAL_DAY = re.compile(  # "Mon the 9th", "on the 3rd"
    rf"\b(?:{_WEEKDAY},?\s+)?the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b", re.I
)
_LAST_WEEKDAY = re.compile(  # "last tues", "on Thursday", and a bare one ending the line: ", tues"
    rf"(?:\b(?:last|this past|on)\s+|(?:^|[,;(]|\s[-–—])\s*(?=\w+\.?\)?\s*$)){_WEEKDAY}(?!\w)",
    re.I,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def relative_date(text: str, written: dt.date) -> dt.date | None:
    """A date the notes give relative to the day they were written: 'interview today', 'this
    morning', 'yesterday', 'Mon the 9th', 'last tues'."""
    if m := _ORDINAL_DAY.search(text):
        day, weekday = int(m.group("day")), m.group("wd")
        for back in range(13):  # the most recent such day (on that weekday, when one is named)
            year, month = divmod(written.year * 12 + written.month - 1 - back, 12)
            try:
                when = dt.date(year, month + 1, day)
            except ValueError:
                continue
            if when <= written and (
                not weekday or _WEEKDAYS.index(weekday.lower()[:3]) == when.weekday()
            ):
                return when
    if _DAY_BEFORE.search(text):
        return written - dt.timedelta(days=1)
    if _SAME_DAY.search(text):
        return written
    if m := _LAST_WEEKDAY.search(text):
        wanted = _WEEKDAYS.index(m.group("wd").lower()[:3])
        back = (written.weekday() - wanted) % 7 or (7 if m.group().lower().startswith("l") else 0)
        return written - dt.timedelta(days=back)
    return None


def written_on(source: str, today: dt.date) -> dt.date:
    """The day notes were written: the file's date when it is earlier than today ("interview
    today" in a file saved last Tuesday means last Tuesday), else today (stdin, --today)."""
    try:
        saved = dt.date.fromtimestamp(Path(source).stat().st_mtime)
    except (OSError, ValueError):
        return today
    return min(saved, today)


@dataclass
class Reading:
    """What the notes say, understood: the brief, every line classified, what is missing."""

    brief: Brief
    lines: list[NoteLine] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)  # facts left as template text
    warnings: list[str] = field(default_factory=list)
    share: str | None = None
    all_text: str = ""  # every word of the notes, for the grounding check
    text: str = ""  # the free text as the readers saw it (tables and pasted forms undone)
    met_on: dict[str, dt.date] = field(default_factory=dict)  # when notes span several days
    roles: dict[str, str] = field(default_factory=dict)  # when people were met for two roles
    # people the notes name as someone the candidate will meet (tobemet.py): no thank-you, and
    # a `--to` naming one of them can be told so
    not_yet_met: list[str] = field(default_factory=list)

    def day_met(self, name: str) -> dt.date | None:
        """The day the candidate met this person (the interview date unless the notes say)."""
        return self.met_on.get(name, self.brief.interview_date)

    def for_person(self, name: str) -> Reading:
        """The reading a note to this person is written from: with the role they interviewed
        the candidate for, when the notes cover two roles ("did BOTH interviews")."""
        role = self.roles.get(name)
        if role is None or role == self.brief.role:
            return self
        return dataclasses.replace(self, brief=self.brief.model_copy(update={"role": role}))

    def missing(self, kind: MessageKind | None = None) -> list[str]:
        """The facts a message needs that the notes do not give (in FACTS order); a check-in
        or a keep-in-touch note can do without the role."""
        b = self.brief
        have = {
            "company": bool(b.company) and "company" not in self.placeholders,
            "role": bool(b.role) and "role" not in self.placeholders,
            "interviewer": bool(b.interviewers) and "interviewer" not in self.placeholders,
            "candidate": bool(b.candidate) and "candidate" not in self.placeholders,
        }
        if kind in (MessageKind.CHECK_IN, MessageKind.KEEP_IN_TOUCH):
            have["role"] = "role" not in self.placeholders
        return [fact for fact in FACTS if not have[fact]]

    def public_text(self) -> str:
        """The notes as written, without private remarks and model instructions: what a
        model may read (headings and who-said-what stay)."""
        text = self.text
        for ln in self.lines:
            if not ln.usable and ln.raw.strip():
                words = [re.escape(w) for w in ln.raw.split()]
                text = re.sub(r"[ \t]*" + r"\s+".join(words), "", text)
        kept = [
            line
            for line in text.splitlines()
            if re.search(r"\w", re.sub(r"^\s*(?:[-*•]|[QA]\s*:)", "", line))
        ]
        return "\n".join(kept)


# a chat app's export, one message a line: "[11/24/26, 6:02 PM] Me: ", "24/11/2026, 18:02 - Me: "
def unchat(text: str) -> str:
    """Notes pasted from a chat app, each line opened by its date, time and sender, as the
    messages alone; other notes as they are. Only when most lines are such messages."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    chatted = sum(1 for ln in lines if CHAT_PREFIX.match(ln))
    if chatted < 3 or chatted * 3 < len(lines) * 2:
        return text
    first = CHAT_PREFIX.search(text)
    stamp = (first.group("stamp") or first.group("day") or "") if first else ""
    day = re.split(r"[,\s]", stamp.strip())[0]  # "20/11/2026 13:02" as "11/24/26, 6:02 PM"
    said = f"Date: {day}\n" if re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}", day) else ""
    return said + CHAT_PREFIX.sub("", text)  # the day of the first message: when it was said


def keep_recipients(reading: Reading) -> None:
    """Only people the notes say the candidate met or will write to stay as recipients: never
    the candidate (a pasted mail's "To: Noah Kim" header when Noah Kim is --me), never a
    business (the company, a name ending as one: "Harbor Grill", "Acme Labs"), never a name
    the notes give only inside a private remark. Run after the reader and again after --me,
    --company and the model's reading fill the brief."""
    brief = reading.brief
    word = r"[^\W\d_][\w’'-]*"
    written = {w.lower() for w in re.findall(word, reading.all_text)}
    public = {w.lower() for w in re.findall(word, public_notes(reading.all_text))}
    me = [w.lower() for w in re.findall(word, brief.candidate or "")]

    def may_write_to(name: str) -> bool:
        words = [w.lower() for w in re.findall(word, name)]
        if not words or words[-1] in ORG_SUFFIXES:
            return False
        if brief.company and name.lower() == brief.company.lower():
            return False
        if words == me or (len(words) >= 2 and words == me[: len(words)]):
            return False  # the candidate ("Berg, Ola" written surname first is someone listed)
        named = [w for w in words if len(w) > 1]
        return not any(w in written for w in named) or any(w in public for w in named)

    brief.interviewers = [p for p in brief.interviewers if may_write_to(p.name)]


def brief_from_notes(notes: Notes, today: dt.date) -> Brief:
    """The brief alone (see understand_notes)."""
    return understand_notes(notes, today).brief


def own_name_only(value: str | None) -> str | None:
    """The name of a front-matter "me: Tatenda Chikwanha, Pro Guide licence (Zim Parks)
    PG-0417": what stands before the first comma when it is a full name of two to four
    capitalised words (a sign-off is the name; "Chikwanha, Tatenda" is left as written)."""
    if value is None or "," not in value:
        return value
    head = value.split(",", 1)[0].strip()
    words = head.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return head
    return value


def understand_notes(notes: Notes, today: dt.date) -> Reading:
    """Front matter first, then the opening of the free text, then every line classified."""
    fm, warnings = _front_matter(notes)
    placeholders: list[str] = []
    people = _front_matter_people(fm.get("interviewers"), notes.source, placeholders)
    # a private remark is never the source of a fact: it is gone before anything is read
    body = unchat(notes.text)  # a pasted chat: the messages without "[date, time] Me:"
    raw = public_notes(body, keep=is_instruction_like)
    text = public_notes(normalize_notes(body), keep=is_instruction_like)
    nicknames = quoted_nicknames(text)  # nicknames.py: 'Harold "Hal" Pruitt' is Harold Pruitt
    text = without_initials(without_nicknames(text))  # initialnames.py: "D. Gantulga"
    text = joined_cards(text)  # stackedperson.py: "rhonda kipp" over "supervisor"
    header = read_header(plain_heading(text)) if text.strip() else Header()
    read_mail_headers(raw, header)  # a pasted e-mail's From/To/Subject, dropped from text
    check_header(header, text, raw)  # notefacts.py: facts checked against the notes' form
    untitled_facts(header, text)  # titleline.py: "My job notebook - NAME" names no firm
    read_invitation(header, raw)  # calendarinvite.py: the Subject's job and firm, the invitee
    read_invitation_people(header, raw)  # invitepeople.py: Organizer/Required, the candidate
    read_post_line(header, text)  # jobline.py: "ROLE @ FIRM", "my interview for the ROLE post at"
    read_met_in_languages(header, text)  # metinlanguages.py: "Conheci a NAME (title)"
    read_mail_then_notes(header, raw)  # mailthennotes.py: the mail's firm, the notes' people
    read_banner_firm(header, raw)  # bannerfirm.py: "=== Narrowcliff Boatworks, Town ==="
    read_fact_places(header, text, raw)  # factplace.py: company, role, people met by place
    read_stacked_header(header, text)  # stackedheader.py: "nps job" over "packer WG-5703"
    read_honorific_people(header, text)  # honorificpeople.py: "SRA. CARMEN HUAMÁN - Gerente"
    read_block_people(header, text)  # personblocks.py: "- Name, title" over their own lines
    read_own_line(header, raw)  # ownline.py: "Magnus Flett, Stenness" under the title
    read_shorthand_with(header, text)  # withshorthand.py: "phone screen w mariana from ..."
    read_lower_case_person(header, text)  # lowercaseperson.py: "stuart mcleish ops mgr."
    firm_on_title_line(header, text)  # titleline.py: "NAME – job diary (FIRM)", "DATE. FIRM."
    placeholders += header.placeholders
    for fact in ("candidate", "company", "role"):
        if is_placeholder(_str(fm.get(fact)) or "x") and fm.get(fact) is not None:
            placeholders.append(fact)
    for person in header.people:
        if not any(same_person(p.name, person.name) for p in people):
            if not fm.get("interviewers"):
                people.append(_FmPerson(person.name, person.title, person.honorific))
        else:
            known = next(p for p in people if same_person(p.name, person.name))
            known.title = known.title or person.title
            known.honorific = known.honorific or person.honorific
    later: list[str] = []  # tobemet.py: named as someone the candidate will meet
    if not fm.get("interviewers"):
        people = _panel_by_form(people, text, header)  # whogetsanote.py: who gets a note
        # notpeople.py: "V Friendly" (very friendly), "Meeting ID: 123 456 789": no one met;
        # tobemet.py: "The hiring manager is Jonas Weber, you'd meet him next": not met yet
        later = [p.name for p in people if to_be_met(p.name, body)]
        people = [
            p
            for p in people
            if not shorthand_or_label(p.name, p.title, body) and p.name not in later
        ]
    interview_date = _as_date(fm.get("interview_date"), "interview_date", notes.source, today)
    if header.candidate is None and text != normalize_notes(body):
        # the candidate's own name is no private fact, even in a private section ("me: ...")
        header.candidate = read_header(normalize_notes(body)).candidate
    if header.candidate:  # "Tomasz Wróbel", not "Tomasz Wrobel" read from his address
        header.candidate = as_written(header.candidate, raw)
    brief = Brief(
        candidate=own_name_only(_str(fm.get("candidate"))) or header.candidate,
        company=_str(fm.get("company")) or header.company,
        role=_str(fm.get("role")) or header.role,
        interview_date=interview_date,
        decision_date=_as_date(
            fm.get("decision_date"),
            "decision_date",
            notes.source,
            today,
            after=interview_date or today,
        ),
        highlights=_list(fm.get("highlights")) or _section(raw, "went well", "highlight"),
        qualifications=_list(fm.get("qualifications"))
        or _section(raw, "fit", "qualif", "strength", "why me"),
        forgot_to_mention=_str(fm.get("forgot_to_mention")),
        next_steps=_str(fm.get("next_steps")),
    )
    settle_values(brief, text)  # companyvalue.py: no address in the firm, no label left
    # a value the front matter states is the user's own: settled, never taken away
    brief.company = brief.company or _str(fm.get("company"))
    brief.role = brief.role or _str(fm.get("role"))
    plain_facts(brief)  # notefacts.py: "General Manager – new Fitzroy restaurant" is the job
    if brief.candidate and not fm.get("candidate") and not_a_person(brief.candidate, body):
        brief.candidate = None  # signoffname.py: a place, a firm or a heading signs nothing
    if brief.candidate is None:  # candidateplace.py: the writer's name by place and elimination
        met = [p.name for p in people] + [p.name for p in header.people]
        titles = [p.title or "" for p in people]
        brief.candidate = candidate_by_place(body, met, brief.company, brief.role, titles)
        brief.candidate = brief.candidate or chat_writer(notes.text, met)  # ownline.py: a chat
    misread = brief.role and brief.candidate and not fm.get("role")
    if misread and name_misread_as_role(brief.role or "", brief.candidate or ""):
        brief.role = None  # candidateplace.py: "Ifrah A" is the writer's name, no job
    elif misread and role_misread_as_name(brief.candidate or "", brief.role or ""):
        brief.candidate = None  # candidateplace.py: "Analista de Datos" is the job, no name
    # candidateplace.py: "From: NAME" over "To: myself", "my notes (Kelvin)": no one met
    people = [p for p in people if not writer_marked(p.name, body)]
    if brief.candidate and not fm.get("candidate") and a_day_name(brief.candidate):
        brief.candidate = None  # monthwords.py: "Dydd Iau" (Thursday) signs nothing
    brief.role = not_a_sender(brief.role, notes.text)  # ownline.py: "Didi" sends, no job
    settle_role(brief, text)  # roleplace.py: the job by its place in the opening, when unread
    if not fm.get("role"):  # roleplace.py: "for position Backend Developer" is the job's name
        brief.role = without_lead_in(brief.role)
    # titleparts.py: "Interview: ROLE, FIRM, TOWN", each part read by what it is
    read_title_parts(brief, text, [p.name for p in people] + [p.name for p in header.people])
    if brief.interview_date is None and header.date_text:
        brief.interview_date = labelled_day(header.date_text, today, parse_date) or (
            interview_day(header.date_text, text, today)  # monthwords.py: "2 Hydref 2025"
        )
    if interview_date is None and brief.interview_date is not None:
        # entryday.py: "Diary, 12 March" over "the interview was yesterday" is 11 March
        brief.interview_date = day_of_entry(
            brief.interview_date, text, today, parse_date, relative_date
        )
    if interview_date is None and (last := last_round_day(text, today)) is not None:
        brief.interview_date = last  # "Round 2 (in person, 12 Nov)" after "Round 1 (2 Nov)"
    if brief.interview_date is None:  # "interview today", "yesterday afternoon (Mon the 9th)"
        written = written_on(notes.source, today)
        said = [header.date_text or ""] + [
            ln for ln in text.splitlines() if _INTERVIEW_WORDS.search(ln)
        ]
        brief.interview_date = next(
            (day for part in said if (day := relative_date(part, written)) is not None), None
        )
    if brief.interview_date is None:  # candidateplace.py: the day the heading or sign-off gives
        brief.interview_date = day_by_place(body, today, parse_date)
    people = _contact_first(people, text)
    persons = [
        Person(p.name, p.title, p.honorific, aliases=called_by(p.name, text, nicknames))
        for p in people
    ]
    lines = classify_notes(text, persons)
    company = brief.company or ""  # one word of a longer name may be an ordinary word ("Care")
    facts = [company if len(company.split()) == 1 else "", brief.candidate or ""]
    facts += [p.name for p in people]
    plain = " ".join([brief.role or ""] + [p.title or "" for p in people])
    lines = _capitalised(lines, proper_nouns(text, facts, plain))
    lines = [  # a question any employer asks ("why I want to work at X") is no detail of this talk
        dataclasses.replace(ln, phrase=None, phrase_kind=None)
        if ln.phrase and _GENERIC_QUESTION.match(ln.phrase)
        else ln
        for ln in lines
    ]
    # topicplace.py: a person whose lines give no topic the writer can say gets the noun
    # phrase a line of their block opens with
    lines = place_topics(lines, persons, [brief.company or "", brief.role or ""], text, raw)
    lines = panel_lines(lines, persons, text)  # panellines.py: "We talked about ..." is the panel's
    brief.interviewers = [_interviewer(p, lines, people) for p in people]
    addresses_on_their_lines(brief.interviewers, raw)  # personaddress.py: "Name (Title), a@b.c"
    _fill_from_lines(brief, lines)
    if brief.decision_date is None:
        brief.decision_date = decision_in_notes(  # timeline.py: one reading for every command
            "\n".join(ln.text for ln in lines if ln.kind is LineKind.NEXT_STEPS),
            brief.interview_date,
        )
    share = _str(fm.get("share"))
    if share is None:
        urls = share_urls(lines)
        share = urls[0] if urls else None
    met_on = {}
    for person in header.people:
        day = parse_date(person.met_on, today) if person.met_on else None
        if day is not None:
            met_on[person.name] = day
    for name, day in days_met(raw, [p.name for p in header.people], today, parse_date).items():
        met_on.setdefault(name, day)  # logdays.py: a dated log's line that names them
    if len(set(met_on.values())) > 1 and brief.interview_date in (None, min(met_on.values())):
        brief.interview_date = max(met_on.values())  # the last round is the interview
    roles = {p.name: p.role for p in header.people if p.role}
    if len(set(roles.values())) < 2 or _str(fm.get("role")):
        roles = {}  # one role for everyone, or the front matter names it
    elif brief.role is None or brief.role not in roles.values():
        brief.role = next(iter(roles.values()))
    lines = no_person_as_topic(lines, brief)  # topicguard.py: "our conversation about Keoni"
    reading = Reading(
        brief,
        lines,
        sorted(set(placeholders)),
        warnings,
        share,
        all_text=notes.all_text,
        text=text,
        met_on=met_on,
        roles=roles,
        not_yet_met=later,
    )
    keep_recipients(reading)
    return reading


_CALENDAR_WORDS = {
    w: w.capitalize()
    for w in [m for m in MONTH_NAMES if m != "may"] + WEEKDAYS + [d + "s" for d in WEEKDAYS]
}
# a month the notes shorten ("july/aug"), written out; not "jan" or "mar" (a name, a word)
_CALENDAR_WORDS.update(
    {m[:3]: m.capitalize() for m in MONTH_NAMES if m[:3] not in ("jan", "mar", "may")}
)
_CALENDAR_WORDS["sept"] = "September"
# a capitalised word after a lower-case word or a comma: not the first word of a sentence
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,)] )([A-Z][\w’'-]*[a-z][\w’'-]*|[A-Z]{2,})\b")


def proper_nouns(text: str, facts: list[str], plain: str) -> dict[str, str]:
    """The capitals the notes themselves give a word, by its lower-case form: the names of the
    people, the company and the candidate, and any word written with a capital in the middle of a
    sentence somewhere ('set up campaigns in Mailchimp'). Ordinary words, and the words of the
    role and of job titles ('Data Analyst'), are never taken as names."""
    skip = {w.lower() for w in plain.split()} | COMMON_WORDS
    found = dict(_CALENDAR_WORDS)  # "saturdays", "june": always capitalised
    for fact in facts:
        for word in re.findall(r"[^\W\d_][\w’'-]*", fact):
            if word[:1].isupper() and word.lower() not in COMMON_WORDS:
                found.setdefault(word.lower(), word)
    for line in text.splitlines():
        if line.isupper() or line.lstrip().startswith("#"):
            continue
        for m in _MID_SENTENCE_CAPITAL.finditer(line):
            word = re.sub(r"['’]s$", "", m.group(1))
            if word.lower() in skip or _inside_a_name_only(line, m.start(1), word, text):
                continue
            found.setdefault(word.lower(), word)
    return found


def _inside_a_name_only(line: str, at: int, word: str, text: str) -> bool:
    """Whether a capitalised word is a later word of a longer name ("Finance" in "Hyundai
    Motor Finance") that the notes also write in lower case ("special finance"): its capital
    is the name's, and the word alone is an ordinary word."""
    before = line[:at].split()
    if not before or not before[-1][:1].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _capitalised(lines: list[NoteLine], names: dict[str, str]) -> list[NoteLine]:
    """Each line's phrase with the capitals the notes give its words elsewhere ('certified in
    mailchimp' -> 'certified in Mailchimp' when 'Mailchimp' is written so somewhere)."""
    if not names:
        return lines

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if word in names:
            return names[word]
        stem = re.sub(r"['’]s$", "", word)  # "brightpath's" -> "Brightpath's"
        return names[stem] + word[len(stem) :] if stem in names else word

    out = []
    for ln in lines:
        if ln.phrase and re.search(r"\b[a-z]", ln.phrase):
            ln = dataclasses.replace(ln, phrase=re.sub(r"\b[a-z][\w’'-]*", fix, ln.phrase))
        out.append(ln)
    return out


def _front_matter(notes: Notes) -> tuple[dict[str, Any], list[str]]:
    """The front matter under canonical keys, and a warning per unknown key."""
    out: dict[str, Any] = {}
    warnings = []
    for key, value in notes.front_matter.items():
        canonical = FRONT_MATTER_KEYS.get(key.lower().replace("-", "_").replace(" ", "_"))
        canonical = canonical or front_matter_field(key)  # labelwords.py: "ceg:", "datum:"
        if canonical is None and is_person_value(value):  # frontmatterpeople.py: "contact: Ms. X"
            canonical = "interviewers"
        if canonical is None:
            import difflib  # only for a key no field has

            close = difflib.get_close_matches(key.lower(), list(FRONT_MATTER_KEYS), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            warnings.append(f"{notes.source}: front matter key '{key}' is not used{hint}")
            continue
        if canonical not in out or out[canonical] in (None, ""):
            out[canonical] = value
    return out, warnings


# A front-matter list item that gives the title too: "Dr. Ana Ruiz (Director)", "Bo Ek — CFO"
_NAME_WITH_TITLE = re.compile(  # "Ana Ruiz (CFO)", "Ana Ruiz - CFO", "Dr. Ana Ruiz, Chief Actuary"
    r"(?P<name>[^()—–]+?)\s*(?:\((?P<title>[^()]+)\)|\s[—–-]\s+(?P<dashed>[^()—–]+)|"
    r",\s+(?P<comma>[A-Z][^(),—–]+))"
)
# letters after a name in a list of people: "Janet Liu FIA" is Janet Liu
_LETTERS_AFTER = re.compile(r"(?:\s+[A-Z]{2,}[A-Za-z]*)+$")


# A person the notes name as the one to write to about the process
_CONTACT = re.compile(
    r"\b(?:contact person|point of contact|main contact|go-to (?:person|contact)|"
    r"my contact (?:for|on|at)\b|"  # "she's my contact for everything"
    r"(?:send|direct) (?:any |my )?questions to|handles (?:the )?(?:hiring|process|scheduling)|"
    r"(?:email|e-mail|write to|contact) (?:him|her|them) (?:with|w/|about|directly|if|"
    r"(?=[.!]|$))|"
    r"\bsend \w+ (?:a |an )?(?:short |quick |brief )?(?:note|email|e-mail|follow[- ]?up|inquiry)|"
    r"follow[- ]?up (?:with|to) \w+ (?:re|about|on)\b|"
    r"\b(?:note|e-?mail|message|reply|write|follow[- ]?up)\s+to\s+(?!both|all|each|everyone)|"
    r"\b(?:e-?mail|call|message|news|rejection(?: e-?mail)?|reply)\s+from\s+|"
    r"\bwill (?:be in touch|e-?mail|ring|call|get back|let (?:me|us) know)\b|"
    # who gave the news and asked the candidate back: "Gemma said I should reapply in spring"
    r"\b(?:said|told me|suggested|encouraged me)\s+(?:that\s+)?"
    r"(?:I\s+(?:should|could|can)\s+|to\s+)?"
    r"(?:re-?apply|apply again|keep in touch|stay in touch)\b|"
    r"\b(?:rang|called|phoned|e-?mailed)\s+(?:me\s+)?(?:with|to (?:say|tell me))\s+(?:the\s+)?"
    r"(?:news|no|decision|outcome)\b)",
    re.I,
)


_NOT_TO = re.compile(r"\b(?:not|never)\s+(?:to\s+|cc\s+)?[^\W\d_][\w’'-]*", re.I)
_CAPS_RUN = re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z](?:[ .-]?[A-Z]){1,3}\b")


def _contact_first(people: list[_FmPerson], text: str) -> list[_FmPerson]:
    """The one person the notes call the contact for the process goes first: a message that
    is not a thank-you goes to the first person when --to is not given."""
    contact_lines = [  # "note to AMBER today ... NOT to Tom": Tom is named as not the one
        _NOT_TO.sub("", line) for line in text.splitlines() if _CONTACT.search(line)
    ]
    contacts = [
        p
        for p in people
        if any(  # by surname or first name: "Sam said he is my point of contact"
            re.search(rf"\b(?:{'|'.join(map(re.escape, p.name.split()))})\b", line, re.I)
            or any(  # "Dr B-M will be in touch": the person by their initials
                initials_match(m.group(), p.name) for m in _CAPS_RUN.finditer(line)
            )
            for line in contact_lines
        )
    ]
    if len(contacts) != 1 or len(people) < 2:
        return people
    return contacts + [p for p in people if p is not contacts[0]]


def _panel_by_form(people: list[_FmPerson], text: str, header: Header) -> list[_FmPerson]:
    """The people met as the notes' layout gives them (whogetsanote.py): no title or
    department read as a name, no one the notes say was not met, and everyone written in the
    place and form of a person's line."""
    from followup import whogetsanote as who

    kept = [
        p
        for p in people
        if not who.title_not_person(p.name, text) and not who.not_met(p.name, text)
    ]
    if not kept:
        return people
    for p in kept:
        p.name = who.fuller_name(p.name, text) or p.name  # "Dr. Marcus Feld" for "Feld"
    for p in kept:  # "Lt. Karen Dreyer, Security" read as the title "Lt., Security / Custody"
        head, _, tail = (p.title or "").partition(",")
        honorific, bare = split_honorific(f"{head.strip()} x")
        if honorific and bare == "x" and p.honorific is None:
            p.honorific, p.title = honorific, tail.strip() or None
    from followup.writer.gate import name_parts, preferred_name

    known = [(p.name, preferred_name(name_parts(p.name), text)) for p in kept]
    more = who.parallel_people(text, known, candidate=header.candidate, company=header.company)
    more = [f for f in more if not who.not_met(f.name, text)]
    return kept + [_FmPerson(f.name, f.title, f.honorific) for f in more]


@dataclass
class _FmPerson:
    name: str
    title: str | None = None
    honorific: str | None = None
    email: str | None = None
    topics: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)


def _front_matter_people(value: object, source: str, placeholders: list[str]) -> list[_FmPerson]:
    if value is None or value == "":
        return []
    items: list[Any] = value if isinstance(value, list) else [value]
    if isinstance(value, str) and len(listed := parse_people(value)) > 1:
        # "interviewers: Nadia Kowalczyk (Senior Colourist), Ben Oduya (Head of Post)", or
        # "Ms Gail Henderson (HIS Manager); Rohan Pillai (Educator)": several people, one line
        items = [{"name": p.name, "title": p.title, "honorific": p.honorific} for p in listed]
    people = []
    for i, item in enumerate(items):
        if isinstance(item, str):  # "Mrs J Carnaby (Head) — my contact": the aside after it
            item = re.sub(r"(?<=\))\s+[—–]\s+[^()]*$", "", item.strip())
        if isinstance(item, str) and (titled := _NAME_WITH_TITLE.fullmatch(item.strip())):
            title = titled.group("title") or titled.group("dashed") or titled.group("comma")
            name = titled.group("name")
            if titled.group("comma") and len(name.split()) < 2:
                name, title = item.strip(), None  # "Smith, John": a surname first, no title
            bare = _LETTERS_AFTER.sub("", name)
            name = bare if len(bare.split()) >= 2 else name
            item = {"name": name, "title": title.strip() if title else None}
        elif isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            raise InputError(
                f"{source}: front matter interviewers[{i}]: Input should be a name or a mapping"
            )
        try:
            person = Interviewer.model_validate(
                {k: _listish(k, v) for k, v in item.items() if v is not None}
            )
        except Exception as exc:  # pydantic's ValidationError: pydantic is loaded only then
            from pydantic import ValidationError

            if not isinstance(exc, ValidationError):
                raise
            err = exc.errors()[0]
            loc = "".join(f".{x}" for x in err["loc"])
            raise InputError(
                f"{source}: front matter interviewers[{i}]{loc}: {err['msg']}"
            ) from None
        if is_placeholder(person.name) or person.name.lower() in ("first last", "interviewer name"):
            placeholders.append("interviewer")
            continue
        honorific, name = split_honorific(person.name.split(" / ")[-1])  # "Szűcs K / K Szűcs"
        title = None if is_placeholder(person.title) else person.title
        people.append(
            _FmPerson(
                restore_case(name),
                title,
                honorific or person.honorific,
                person.email,
                [t for t in person.topics if not is_placeholder(t) and not t.startswith("topic ")],
                list(person.interests),
                list(person.concerns),
            )
        )
    return people


def _listish(key: str, value: object) -> object:
    if key in ("topics", "interests", "concerns") and isinstance(value, str):
        return [value]
    return value


def _interviewer(person: _FmPerson, lines: list[NoteLine], people: list[_FmPerson]) -> Interviewer:
    mine = [ln for ln in lines if ln.usable and ln.about and same_person(ln.about, person.name)]
    topics = list(person.topics)
    if not topics:
        topics = [
            ln.phrase
            for ln in mine
            if ln.phrase
            and ln.phrase_kind is not PhraseKind.MINE
            and ln.phrase_kind is not PhraseKind.CLAUSE
        ]
    concerns = list(person.concerns)
    if not concerns:
        concerns = [_concern(ln.text) for ln in mine if ln.kind is LineKind.CONCERN]
    return Interviewer(
        name=person.name,
        title=person.title,
        honorific=person.honorific,
        email=person.email,
        topics=topics,
        interests=person.interests,
        concerns=concerns,
    )


_GENERIC_QUESTION = re.compile(
    r"why (?:I (?:want|wanted|would like) to (?:work|join)|I applied|this (?:job|role|company)|"
    r"I am leaving|I'm leaving|[A-Z][\w&'’-]*$)|my (?:strengths|weaknesses|greatest)|"
    r"where I see myself",
    re.I,
)


def _section(text: str, *keys: str) -> list[str]:
    """The items under the first Markdown heading that holds one of the keys."""
    matches = list(re.finditer(r"^#{1,6}\s*(?P<title>.+?)\s*$", text, re.M))
    for i, m in enumerate(matches):
        if any(k in m.group("title").lower() for k in keys):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            items = [ln.strip().lstrip("-*•").strip() for ln in text[m.end() : end].splitlines()]
            return [item for item in items if item and not INSTRUCTION.search(item)]
    return []


def _concern(text: str) -> str:
    """'Priya was concerned that I haven't used Go' -> 'I haven't used Go'."""
    m = re.search(
        r"\b(?:concerned|worried|worry|unsure|hesitant|nervous|skeptical)\s+(?:(?:that|about|of)\s+)?"
        r"(?P<c>.+)",
        text,
        re.I,
    )
    if m is None:  # "Tomás worry: do I know print production", "concern she raised: X"
        m = re.search(r"\b(?:worry|concern|worried|concerned)[^:]{0,20}:\s*(?P<c>.+)", text, re.I)
    return (m.group("c") if m else text).rstrip(".?")


def _fill_from_lines(brief: Brief, lines: list[NoteLine]) -> None:
    untied = [
        ln.phrase
        for ln in lines
        if ln.usable
        and ln.about is None
        and ln.phrase
        and ln.phrase_kind in (PhraseKind.TOPIC, PhraseKind.PLAN, PhraseKind.QUESTION)
    ]
    brief.topics = [t for t in untied if t not in brief.topics]
    if not brief.forgot_to_mention:
        brief.forgot_to_mention = next(
            (ln.phrase for ln in lines if ln.kind is LineKind.FORGOT and ln.phrase), None
        )
    if not brief.next_steps:
        brief.next_steps = next((ln.text for ln in lines if ln.kind is LineKind.NEXT_STEPS), None)


def _as_date(
    value: object, field_name: str, source: str, today: dt.date, *, after: dt.date | None = None
) -> dt.date | None:
    """A front matter date as people write it: 2026-05-19, '19 May 2026', 'May 19', '5/19/26',
    '03.06.2026' (read as the free text is, by parse_date), or a phrase dateparser reads
    ('last Tuesday'); a value that is no date is a one-line error. Without a year, the most
    recent such day up to today, or with `after` (a decision date), the first one after it."""
    if value is None or value == "" or (isinstance(value, str) and is_placeholder(value)):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    if _ISO_SHAPED.match(text):
        found = None
    elif after is not None:
        found = parse_date(text, after + _YEAR) or day_in_any_language(text, after + _YEAR)
        found = found or _phrase_date(text, after, "future")
    else:
        found = parse_date(text, today) or day_in_any_language(text, today)  # monthwords.py
        found = found or _phrase_date(text, today, "past")
    if found is None:
        raise InputError(
            f"{source}: front matter {field_name} {value!r} is not a date "
            "(write it as 2026-05-19 or 19 May 2026)"
        )
    return found


_ISO_SHAPED = re.compile(r"\d{4}-\d{1,2}-\d{1,2}$")  # '2026-25-11': no date, never swapped
_YEAR = dt.timedelta(days=365)


def _phrase_date(text: str, base: dt.date, prefer: str) -> dt.date | None:
    """A day in words the patterns do not read ('last Tuesday', 'the 19th of May'), by
    dateparser (imported here: it is slow to load and most notes never need it). A week, a
    month or a year ('last week', 'in May') is no day: None."""
    if not re.search(r"[^\W\d_]", text) or (
        _VAGUE_SPAN.search(text) and not re.search(r"\d", text)
    ):
        return None
    from dateparser import parse

    settings: dict[str, Any] = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": prefer,
    }
    languages = ["en", "fr", "es", "de"]
    found = parse(text, languages=languages, settings=settings | {"REQUIRE_PARTS": ["day"]})
    if found is None and re.search(rf"\b(?:{'|'.join(_WEEKDAYS)})", text, re.I):
        found = parse(text, languages=languages, settings=settings)  # "last Tuesday"
    return found.date() if found is not None else None


_VAGUE_SPAN = re.compile(r"\b(?:weeks?|wks?|months?|years?|yrs?)\b", re.I)


def _str(value: object) -> str | None:
    """A front matter value as text; anything from an instruction-like part on is cut."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = INSTRUCTION.search(text)
    if m:
        text = text[: m.start()].strip(" .,;:")
    return text or None


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [str(value)]
