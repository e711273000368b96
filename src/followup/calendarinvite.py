"""A calendar invitation pasted into the notes (Outlook, Teams, Google Calendar): its
"Subject: Interview - ROLE - FIRM" line gives the role and the firm. The candidate it invites
(the attendee its greeting addresses, "Hi Desmond, ...") is read with the rest of its people,
in invitepeople.py.

Only a pasted invitation is read so: two or more of its field lines (When, Where, Organizer,
Attendees, Required, Location) stand in the notes. A subject's parts are the role when they
read as a job title, the firm when exactly one other part is left once the meeting words
("Interview", "Invitation", "Phone screen") and dates are set aside; a fact the notes already
give is kept.

A Google Calendar event pasted as it shows has no field labels: its title stands on the line
above its day and time, which Google joins with a dot operator ("Thursday, 18 September 2025
⋅ 11:00am – 2:30pm"). A title that pairs two sides, "Onsite loop: Divya Raghunathan <> Paisaa
Labs (SDET II)", names the candidate on one side and the firm on the other, and the job in
brackets after them: the side that is the candidate (the name the notes already give, or the
one whose words make up the address the event's "Reply for ADDRESS" line answers as) is
set aside by elimination, and the other side is the firm.

Hand-written patterns: the invitation's fields are a few fixed labels; a calendar library
(icalendar) reads .ics files, not an invitation's text pasted into notes.
"""

from __future__ import annotations

import unicodedata

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, plausible_role, same_person, set_role
from followup.notenames import title_case_role

_FIELD = lazy_compile(
    r"^[ \t]*(?i:when|where|organi[sz]er|attendees|required|optional|location)[ \t]*:", re.M
)
_SUBJECT = lazy_compile(r"^[ \t]*(?i:subject|title)[ \t]*:[ \t]*(?P<s>[^\n]+)$", re.M)
# a Google Calendar event's day and time, joined by the dot operator Google writes
_GOOGLE_WHEN = lazy_compile(r"^[ \t]*[^\n⋅]*\d[^\n⋅]*⋅[ \t]*\d[^\n]*$")
_TITLE_LABEL = lazy_compile(r"^[^:<>\n]{1,30}:[ \t]+")
# the two sides a meeting is set up between, and an aside: "Divya R <> Paisaa Labs (SDET II)"
_PAIRED = lazy_compile(
    r"^(?P<left>[^<>()\n]+?)[ \t]+<>[ \t]+(?P<right>[^<>()\n]+?)"
    r"(?:[ \t]*\((?P<aside>[^()\n]+)\))?[ \t.]*$"
)
_REPLY_FOR = lazy_compile(r"\bReply for[ \t]+(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_MEETING_WORDS = lazy_compile(
    r"^(?i:(?:(?:phone|video|teams|zoom|onsite|on-site|panel|final|first|second|technical)"
    r"[ \t]+)*(?:interview|invitation|invite|screen|call|meeting|chat)(?:[ \t]+(?:invitation|"
    r"invite|confirmation|request))?|re|fwd?)$"
)
_DATE_PART = lazy_compile(r"\d{1,2}[/.:]\d{1,2}|\b\d{4}\b|(?i:\b(?:mon|tue|wed|thu|fri)\w*\b)")


def is_invitation(raw: str) -> bool:
    """Whether the notes hold a pasted invitation: two or more of its field lines."""
    return len(_FIELD.findall(raw)) >= 2


def read_invitation(header: Header, raw: str) -> None:
    """Fill the role and the firm from a pasted invitation, a Google Calendar event's the
    candidate too (see above)."""
    read_google_event(header, raw)
    if not is_invitation(raw):
        return
    if (subject := _SUBJECT.search(raw)) is not None:
        _subject_facts(header, subject.group("s"))


def read_google_event(header: Header, raw: str) -> None:
    """The firm, the job and the candidate from a pasted Google Calendar event's title when it
    pairs the candidate with the firm (see above); a fact the notes already give is kept."""
    lines = raw.splitlines()
    at = next((i for i, ln in enumerate(lines) if _GOOGLE_WHEN.match(ln)), None)
    above = [ln.strip() for ln in lines[:at] if ln.strip() and not ln.strip().startswith("```")]
    if at is None or not above:
        return
    title = _TITLE_LABEL.sub("", above[-1])  # "Onsite loop: ", "Interview: "
    pair = _PAIRED.match(title)
    if pair is None:
        return
    sides = [pair["left"].strip(" ."), pair["right"].strip(" .")]
    replying = _REPLY_FOR.search(raw)
    mine = [
        side
        for side in sides
        if (header.candidate and same_person(side, header.candidate))
        or (replying and _spells_address(side, replying["local"]))
    ]
    if len(mine) != 1:
        return
    firm = sides[1 - sides.index(mine[0])]
    known = _folded(header.candidate or "").split()
    first_only = len(known) == 1 and _folded(mine[0]).split()[0] == known[0]  # "Tomas" read
    if (header.candidate is None or first_only) and len(mine[0].split()) >= 2:
        header.candidate = mine[0]
    if header.company is None and firm[:1].isupper() and not TITLE_HINT.search(firm):
        header.company = firm
    aside = pair["aside"] or ""
    job = not (_DATE_PART.search(aside) or _MEETING_WORDS.match(aside))
    if header.role is None and aside and job and plausible_role(title_case_role(aside)):
        set_role(header, aside)


def _folded(name: str) -> str:
    """A name in lower case without its accents ("Tomás" is "tomas", as an address spells it)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _spells_address(name: str, local: str) -> bool:
    """Whether each word of a name (two or more) is in an address's local part
    ("Divya Raghunathan" in "divya.raghunathan93", "Tomás Ferreira" in "tomas.ferreira")."""
    words = re.findall(r"[^\W\d_]+", _folded(name))
    return len(words) >= 2 and all(w in local.lower() for w in words)


def _subject_facts(header: Header, subject: str) -> None:
    parts = [p.strip(" .") for p in re.split(r"[ \t]+(?:--|[-—–|])[ \t]+|[ \t]*:[ \t]+", subject)]
    parts = [p for p in parts if p and not _MEETING_WORDS.match(p) and not _DATE_PART.search(p)]
    jobs = [
        p
        for p in parts
        if TITLE_HINT.search(p)
        and plausible_role(title_case_role(re.sub(r"[ \t]*\([^)]*\)", "", p)))
    ]
    if len(jobs) != 1:
        return
    others = [p for p in parts if p != jobs[0]]
    if header.role is None:
        set_role(header, jobs[0])
    if header.company is None and len(others) == 1 and others[0][:1].isupper():
        header.company = others[0]
