"""Interview notes: parse them, and build a Brief from them without a model.

Front matter fills the brief directly. Free text is read with the patterns people use
when they jot notes down: "Interview with NAME (TITLE) at COMPANY for the ROLE position",
"Me: NAME", "Also met NAME (TITLE)", dates like "Nov 20" or "11/19", and headed sections
("What went well", "What I forgot to say", "Feedback"). Lines that try to give
instructions ("ignore the above...") are never used as content.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from followup.errors import InputError
from followup.inputs import SourceText
from followup.models import Brief, Interviewer, Notes

NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
_INTRO = re.compile(
    rf"interview(?:ed)?\s+with\s+(?P<name>{NAME})(?:\s*\((?P<title>[^)]+)\))?"
    r"(?:\s+at\s+(?P<company>[A-Z][\w&.’' -]*?))?"
    r"(?:\s+for\s+(?:the|a|an)\s+(?P<role>[\w/&+ -]+?)\s+(?:position|role|job|opening))?"
    r"(?=[,.;:\n]|\s+on\s|\s*$)",
    re.IGNORECASE,
)
_AT_COMPANY = re.compile(r"\bat\s+(?P<company>[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3})")
_FOR_ROLE = re.compile(
    r"\bfor\s+(?:the|a|an)\s+(?P<role>[\w/&+ -]+?)\s+(?:position|role|job|opening)\b", re.I
)
_ME = re.compile(r"^\s*(?:me|candidate|my name)\s*:\s*(?P<name>.+?)\s*$", re.I | re.M)
_PERSON = re.compile(rf"(?P<name>{NAME})\s*\((?P<title>[^)]+)\)")
_INSTRUCTION = re.compile(
    r"ignore (?:all|the|any|previous|above|prior)|disregard|system prompt|you are now|"
    r"instead,? write|new instructions",
    re.I,
)
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
_DATE_WORDS = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b",
    re.I,
)
_DATE_SLASH = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{2,4}))?\b")
_DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_SECTION = re.compile(r"^#{1,6}\s*(?P<title>.+?)\s*$", re.M)
_TOPIC_VERBS = re.compile(
    r"\b(?:(?:talked|spoke|chatted)(?:\s+(?:with|to)\s+[^.;!?\n]{1,40}?)?\s+about|"
    r"asked(?:\s+me)?(?:\s+about)?|told me about|walked me through|described|explained|"
    r"discussed|mentioned|wants?|showed me|is excited about|cares about)\s+(?:how\s+)?"
    r"(?P<topic>[^.;!?\n]+)",
    re.I,
)
_CONCERN = re.compile(r"\b(?:concern(?:ed)?|worried|worry|hesitant|unsure)\b", re.I)
_FORGOT = re.compile(
    r"\bforgot to (?:mention|say|bring up|tell (?:them|him|her))[ \t]+(?:that[ \t]+)?"
    r"(?P<what>[^.\n]+)",
    re.I,
)
_NEXT = re.compile(
    r"[^.\n]*\b(?:get back|decide|decision|next step|hear back|by \w+day)\b[^.\n]*", re.I
)


def parse_notes(source: SourceText) -> Notes:
    """Notes from a decoded input: front matter and the text after it."""
    text = source.text[source.body_start :].strip()
    if not text and not source.front_matter:
        raise InputError(f"{source.name}: the notes are empty")
    return Notes(front_matter=source.front_matter, text=text, source=source.name)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The first date in the text ("Nov 20", "11/19", "2026-11-20"); the most recent past
    one when the year is left out."""
    for pattern in (_DATE_ISO, _DATE_WORDS, _DATE_SLASH):
        m = pattern.search(text)
        if not m:
            continue
        month_raw = m.group("month")
        month = MONTHS[month_raw.lower()] if month_raw.isalpha() else int(month_raw)
        day = int(m.group("day"))
        year_raw = m.group("year")
        try:
            if year_raw:
                year = int(year_raw) + (2000 if len(year_raw) == 2 else 0)
                return dt.date(year, month, day)
            candidate = dt.date(today.year, month, day)
            return candidate if candidate <= today else dt.date(today.year - 1, month, day)
        except ValueError:
            continue
    return None


def _as_date(value: object, field: str, source: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            f"{source}: front matter {field} {value!r} is not a YYYY-MM-DD date"
        ) from None


def _sections(text: str) -> dict[str, str]:
    """Markdown sections by lower-cased heading."""
    out: dict[str, str] = {}
    matches = list(_SECTION.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        out[m.group("title").lower()] = text[m.end() : end].strip()
    return out


def _items(block: str) -> list[str]:
    """Bullet items (or lines) of a section, instructions dropped."""
    items = []
    for line in block.splitlines():
        item = line.strip().lstrip("-*•").strip()
        if item and not _INSTRUCTION.search(item):
            items.append(item)
    return items


def _section(sections: dict[str, str], *keys: str) -> list[str]:
    for title, block in sections.items():
        if any(k in title for k in keys):
            return _items(block)
    return []


def _sentences(text: str) -> list[str]:
    return [
        s.strip()
        for s in re.split(r"(?<=[.!?])\s+|\n+", text)
        if s.strip() and not _INSTRUCTION.search(s)
    ]


def _clean_topic(topic: str) -> str:
    topic = re.split(r"\s+(?:and (?:wants|asked|said|was|is)|but|because|so that)\b", topic)[0]
    topic = topic.strip(" ,:;-")
    topic = re.sub(r"^(?:me\s+)?(?:about\s+)", "", topic, flags=re.I)
    return topic[:120]


def brief_from_notes(notes: Notes, today: dt.date) -> Brief:
    """Build the brief from front matter, then fill gaps from the free text."""
    fm: dict[str, Any] = dict(notes.front_matter)
    known = {
        "candidate",
        "company",
        "role",
        "interview_date",
        "decision_date",
        "interviewers",
        "highlights",
        "qualifications",
        "forgot_to_mention",
        "next_steps",
        "kind",
        "to",
    }
    unknown = sorted(set(fm) - known)
    if unknown:
        raise InputError(
            f"{notes.source}: unknown front matter key {unknown[0]!r}; "
            f"known: {', '.join(sorted(known - {'kind', 'to'}))}"
        )
    interviewers = fm.get("interviewers") or []
    if not isinstance(interviewers, list):
        raise InputError(f"{notes.source}: front matter 'interviewers' must be a list")
    people = []
    for i, person in enumerate(interviewers):
        try:
            people.append(
                Interviewer(name=person)
                if isinstance(person, str)
                else Interviewer.model_validate(person)
            )
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = "".join(f".{x}" for x in err["loc"])
            raise InputError(
                f"{notes.source}: front matter interviewers[{i}]{loc}: {err['msg']}"
            ) from None
    text = notes.text
    sections = _sections(text)
    brief = Brief(
        candidate=_str(fm.get("candidate")),
        company=_str(fm.get("company")),
        role=_str(fm.get("role")),
        interview_date=_as_date(fm.get("interview_date"), "interview_date", notes.source),
        decision_date=_as_date(fm.get("decision_date"), "decision_date", notes.source),
        interviewers=people,
        highlights=_list(fm.get("highlights")) or _section(sections, "went well", "highlight"),
        qualifications=_list(fm.get("qualifications"))
        or _section(sections, "fit", "qualif", "strength", "why me"),
        forgot_to_mention=_str(fm.get("forgot_to_mention")),
        next_steps=_str(fm.get("next_steps")),
    )
    _fill_from_text(brief, text, sections, today)
    return brief


def _str(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [str(value)]


def _fill_from_text(brief: Brief, text: str, sections: dict[str, str], today: dt.date) -> None:
    intro = _INTRO.search(text)
    if intro:
        name, title = intro.group("name"), intro.group("title")
        if not any(p.name == name for p in brief.interviewers):
            brief.interviewers.insert(0, Interviewer(name=name, title=title))
        brief.company = brief.company or _str(intro.group("company"))
        brief.role = brief.role or _str(intro.group("role"))
    if not brief.company and (m := _AT_COMPANY.search(text)):
        brief.company = m.group("company").rstrip(".,")
    if not brief.role and (m := _FOR_ROLE.search(text)):
        brief.role = m.group("role")
    if not brief.candidate and (m := _ME.search(text)):
        brief.candidate = m.group("name")
    for m in _PERSON.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in {"interview", "me", "also", "met"}:
            continue
        if not any(p.name == name for p in brief.interviewers):
            brief.interviewers.append(Interviewer(name=name, title=m.group("title")))
    if brief.interview_date is None:
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        brief.interview_date = parse_date(first_line, today) or parse_date(text, today)
    sentences = _sentences(text)
    firsts = [p.first_name for p in brief.interviewers]
    for s in sentences:
        if any(re.search(rf"\b{re.escape(f)}\b", s) for f in firsts) or _CONCERN.search(s):
            continue
        for m in _TOPIC_VERBS.finditer(s):
            topic = _clean_topic(m.group("topic"))
            general = len(topic.split()) >= 2 and not re.match(r"(?:whether|if)\b", topic, re.I)
            if general and topic not in brief.topics:
                brief.topics.append(topic)
    for person in brief.interviewers:
        first = person.first_name
        mine = [s for s in sentences if re.search(rf"\b{re.escape(first)}\b", s)]
        for s in mine:
            if _CONCERN.search(s):
                concern = re.sub(rf"^.*?\b{re.escape(first)}\b[^,]*?\b(?:that|about)\s+", "", s)
                if concern != s and concern not in person.concerns:
                    person.concerns.append(concern.rstrip("."))
                continue
            for m in _TOPIC_VERBS.finditer(s):
                topic = _clean_topic(m.group("topic"))
                if re.match(r"(?:whether|if)\s+I\b", topic, re.I):
                    if topic not in person.concerns:
                        person.concerns.append(topic)
                elif len(topic.split()) >= 2 and topic not in person.topics:
                    person.topics.append(topic)
    if not brief.forgot_to_mention:
        forgot = _section(sections, "forgot", "didn't say", "did not say")
        if forgot:
            brief.forgot_to_mention = forgot[0]
        elif (m := _FORGOT.search(text)) and not _INSTRUCTION.search(m.group("what")):
            brief.forgot_to_mention = m.group("what").strip()
    if not brief.next_steps:
        steps = _section(sections, "next step")
        if steps:
            brief.next_steps = steps[0]
        elif m := _NEXT.search(text):
            brief.next_steps = m.group().strip()
