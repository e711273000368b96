"""A calendar invitation pasted into the notes (Outlook, Teams, Google Calendar): its
"Subject: Interview - ROLE - FIRM" line gives the role and the firm, and the attendee its
greeting addresses ("Hi Desmond, looking forward to ...", to "Attendees: Hollis Grant;
Desmond Achebe") is the candidate, who was invited, not someone met.

Only a pasted invitation is read so: two or more of its field lines (When, Where, Organizer,
Attendees, Required, Location) stand in the notes. A subject's parts are the role when they
read as a job title, the firm when exactly one other part is left once the meeting words
("Interview", "Invitation", "Phone screen") and dates are set aside; a fact the notes already
give is kept.

Hand-written patterns: the invitation's fields are a few fixed labels; a calendar library
(icalendar) reads .ics files, not an invitation's text pasted into notes.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, plausible_role, set_role
from followup.notenames import title_case_role

_FIELD = lazy_compile(
    r"^[ \t]*(?i:when|where|organi[sz]er|attendees|required|optional|location)[ \t]*:", re.M
)
_SUBJECT = lazy_compile(r"^[ \t]*(?i:subject|title)[ \t]*:[ \t]*(?P<s>[^\n]+)$", re.M)
_ATTENDEES = lazy_compile(r"^[ \t]*(?i:attendees|required)[ \t]*:[ \t]*(?P<list>[^\n]+)$", re.M)
# the invitation's greeting: "Hi Desmond, looking forward to ..." (invitepeople.py reads it too)
GREETING = lazy_compile(r"^[ \t]*(?i:hi|hello|dear|hey)[ \t]+(?P<first>[^\W\d_][\w'’-]*)", re.M)
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
    """Fill the role, the firm and the candidate from a pasted invitation (see above)."""
    if not is_invitation(raw):
        return
    if (subject := _SUBJECT.search(raw)) is not None:
        _subject_facts(header, subject.group("s"))
    if header.candidate is None:
        header.candidate = _greeted_attendee(raw)


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


def _greeted_attendee(raw: str) -> str | None:
    """The one attendee whose first name the invitation's greeting says."""
    listed = _ATTENDEES.search(raw)
    greeting = GREETING.search(raw)
    if listed is None or greeting is None:
        return None
    first = greeting.group("first").lower()
    names = [re.sub(r"[ \t]*<[^>]*>", "", n).strip() for n in re.split(r"[;,]", listed["list"])]
    greeted = [n for n in names if n.split() and n.split()[0].lower() == first]
    return greeted[0] if len(greeted) == 1 and len(greeted[0].split()) >= 2 else None
