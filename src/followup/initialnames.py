"""A name written with a leading initial: "D. Gantulga", "Ts. Oyunchimeg", "J. Whitcombe".

Mongolian names are written with the father's name as an initial before the given name
("Ts. Oyunchimeg" is Oyunchimeg, daughter of Tsend...), and the person is called by the given
name; English lists write a first name's initial before a surname. Either way, the word after
the initial is the name the person is called by and the one the notes use on its own later
("Gantulga asked about ..."). The line readers read "D." as a whole name (a sentence ending
after one letter), so a line head written so is read with the initial set aside: the person
is "Gantulga" and is greeted so.

Read by form: a line head (a bullet, a number or the line's start), one or two letters and a
full stop, a capitalised word, then the line's separator (a dash, a comma, a bracket) and a
job title. A courtesy title ("Dr.", "Mr.", "Ms.") is no initial; nor are the words of a place
("St. Kilda", "Mt. Hood").
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT
from followup.notenames import HONORIFICS

_NOT_INITIALS = frozenset({*HONORIFICS, "st", "mt", "ft", "jr", "sr", "no", "vs", "co", "pt"})
_HEAD = lazy_compile(
    r"^(?P<lead>[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?)"
    r"(?P<init>[A-Z][a-z]?)\.[ \t]?(?P<name>[A-Z][a-z][\w’'-]+)"
    r"[ \t]*(?:[-–—,(:][ \t]*(?P<title>[^\n]*))?$",
    re.M,
)


def without_initials(text: str) -> str:
    """The notes with each leading initial of a line head's name set aside (see above), and
    the same initial-and-name written anywhere else read the same way."""
    found = [  # a person's line: a title after the name ("T. Okonjo — Blackwattle Mining
        # interview" is the writer's own heading, no one met)
        m
        for m in _HEAD.finditer(text)
        if m.group("init").lower() not in _NOT_INITIALS
        and TITLE_HINT.search(m.group("title") or "")
    ]
    for m in found:
        text = re.sub(
            rf"(?<![\w.]){re.escape(m.group('init'))}\.[ \t]?(?={re.escape(m.group('name'))}\b)",
            "",
            text,
        )
    return text
