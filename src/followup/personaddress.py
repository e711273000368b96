"""A person's e-mail address written on their own line of free-text notes.

"Interviewer: Daniel Cho (Branch Supervisor), daniel.cho@redwoodcu.example" and "Met with
Henrik Olsen (VP Operations), henrik.olsen@solstice.example." give the person's address as
plainly as front matter's `email:` does. An address is theirs when the line names them and
no one else met, holds that one address, and the address's own part (before the "@") is made
of their name: a name word ("daniel.cho", "hcho", "olsen.h") or their initials ("dc"). A
shared inbox on the same line ("careers@", "jobs@", "recruiting@") is no one's address.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.models import Interviewer

_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w@-])")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _is_theirs(local: str, name: str) -> bool:
    """Whether an address's own part is made of the name: a name word in it, or initials."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    parts = [p for p in re.split(r"[._+-]+", local.lower()) if p]
    if any(len(w) > 1 and w in local.lower() for w in words):
        return True
    initials = "".join(w[0] for w in words)
    return len(initials) > 1 and any(p in (initials, initials[::-1]) for p in parts)


def _names_person(line: str, name: str) -> bool:
    words = _NAME_WORD.findall(name)
    surname = words[-1] if len(words) > 1 else None
    return re.search(rf"\b{re.escape(name)}\b", line, re.I) is not None or (
        surname is not None and re.search(rf"\b{re.escape(surname)}\b", line) is not None
    )


def addresses_on_their_lines(people: list[Interviewer], text: str) -> None:
    """Give each person without an address the one written on their own line of the notes."""
    for line in text.splitlines():
        found = _ADDRESS.findall(line)
        if len(found) != 1:
            continue
        named = [p for p in people if _names_person(line, p.name)]
        if len(named) != 1 or named[0].email:
            continue
        person, address = named[0], found[0]
        if _is_theirs(address.split("@", 1)[0], person.name):
            person.email = address
