"""The people of a calendar invitation pasted into the notes: who was met, and who was invited.

An invitation (Outlook, Teams, Google Calendar) lists its people on field lines:
"Organizer: Colleen Maguire <colleen@...>", "Required: Lau, Winnie <winnie.lau@...>; Okafor,
Daniel <dokafor@...>", "Attendees: ...", "Optional: ...". Outlook writes a name surname first
with a comma ("Lau, Winnie") when the list is split by semicolons; so an entry with one comma
in a semicolon list is "Winnie Lau".

The candidate is one of the attendees, invited, not met. Which one is read by place and
elimination, never by a list of names: the attendee the invitation's greeting names ("Hi
Daniel"), the name the notes already give as the candidate's, or else the one attendee whose
address is of another domain than everyone else's (the employer's people share the firm's
domain; the candidate writes from their own).

Everyone else on the invitation was met when the notes speak of them below it, or when no one
else is named: they get a note (the organizer too, when the notes say they were there).
"""

from __future__ import annotations

from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.calendarinvite import is_invitation
from followup.lazyre import lazy_compile
from followup.noteheader import Header, Person, add_person, same_person

_PEOPLE_LINE = lazy_compile(
    r"^[ \t]*(?P<field>(?i:organi[sz]er|attendees|required(?:[ \t]+attendees)?|optional"
    r"(?:[ \t]+attendees)?|guests|invitees))[ \t]*:[ \t]*(?P<list>[^\n]+)$",
    re.M,
)
# the invitation's greeting: "Hi Desmond, looking forward to ..."
_GREETING = lazy_compile(r"^[ \t]*(?i:hi|hello|dear|hey)[ \t]+(?P<first>[^\W\d_][\w'’-]*)", re.M)
_ADDRESS = lazy_compile(r"<?(?P<addr>[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+))>?")
_NAME = lazy_compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}")


@dataclass
class Invitee:
    name: str
    email: str | None
    organizer: bool


def _entry(text: str, semicolons: bool, organizer: bool) -> Invitee | None:
    address = _ADDRESS.search(text)
    name = _ADDRESS.sub("", text).strip(" \t\"'()[]")
    if semicolons and name.count(",") == 1:  # Outlook's "Lau, Winnie": surname first
        last, first = (p.strip() for p in name.split(","))
        name = f"{first} {last}"
    name = re.sub(r"[ \t]*\((?i:organi[sz]er|optional|required)\)", "", name).strip()
    if not _NAME.fullmatch(name) or len(name.split()) < 2:
        return None
    return Invitee(name, address.group("addr") if address else None, organizer)


def invitees(raw: str) -> list[Invitee]:
    """Everyone the invitation's people lines name, the organizer first, each once."""
    if not is_invitation(raw):
        return []
    found: list[Invitee] = []
    for m in _PEOPLE_LINE.finditer(raw):
        listed = m.group("list")
        semicolons = ";" in listed or (listed.count(",") == 1 and "<" in listed)
        entries = listed.split(";") if semicolons else listed.split(",")
        organizer = m.group("field").lower().startswith("organi")
        for text in entries:
            person = _entry(text, semicolons, organizer)
            if person and not any(same_person(p.name, person.name) for p in found):
                found.append(person)
    return found


def _domain(person: Invitee) -> str | None:
    return person.email.rsplit("@", 1)[1].lower() if person.email else None


def _candidate(people: list[Invitee], raw: str, known: str | None) -> Invitee | None:
    """The attendee who is the candidate (see the module's note): the one reader of the
    greeted invitee (calendarinvite.py reads the invitation's subject only)."""
    if known:
        same = [p for p in people if same_person(known, p.name)]
        if same:
            return same[0]
    if (greeting := _GREETING.search(raw)) is not None:
        first = greeting.group("first").lower()
        greeted = [p for p in people if not p.organizer and p.name.split()[0].lower() == first]
        if len(greeted) == 1:
            return greeted[0]
    domains = [_domain(p) for p in people]
    if None not in domains and len(people) >= 3:
        alone = [p for p, d in zip(people, domains, strict=True) if domains.count(d) == 1]
        if len(alone) == 1 and len(set(domains)) == 2:
            return alone[0]
    return None


def _spoken_of(person: Invitee, below: str) -> bool:
    first = re.escape(person.name.split()[0])
    last = re.escape(person.name.split()[-1])
    return re.search(rf"(?<![\w@.])(?:{first}|{last})(?![\w@])", below) is not None


def read_invitation_people(header: Header, raw: str) -> None:
    """The candidate and the people met, from a pasted invitation's people lines."""
    people = invitees(raw)
    if not people:
        return
    me = _candidate(people, raw, header.candidate)
    if me is not None:
        people = [p for p in people if p is not me]
        header.candidate = header.candidate or me.name
        header.people = [p for p in header.people if not same_person(p.name, me.name)]
    last_field = max(m.end() for m in _PEOPLE_LINE.finditer(raw))
    below = raw[last_field:]
    met = [p for p in people if _spoken_of(p, below)]
    if not met and not header.people:
        met = [p for p in people if not p.organizer] or people
    for p in met:
        add_person(header, Person(p.name))
