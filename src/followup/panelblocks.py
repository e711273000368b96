"""Panel notes written as labelled blocks: "Interviewer 2: Dr. Ana Ruiz, Head of Data",
then that person's bullets, then "Interviewer 3: ...". Each labelled line opens the part of
the notes that belongs to the one person it names.

The line reader (notelines.py) already opens a person's part at "## Ana Ruiz (Head of Data)"
and at "Ana Ruiz, Head of Data"; this module only takes off the label people put in front
("Interviewer 2:", "Panellist #1 -", "Panel member B:", "2nd interviewer:") so that the same
reading applies. A label over a list of people ("Interviewers: Ana Ruiz, Bo Li") opens no
one's part: it names the panel, and what follows is shared.

Hand-written patterns: the form is one short label, and no library reads it.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import Person
from followup.notenames import HON_PREFIX

# "Interviewer 1:", "Interviewer #2 -", "Interviewer B:", "Panelist 3 —", "Panel member 2:",
# "2nd interviewer:", "Interviewer (3):", and a single "Interviewer:" (one person, checked below)
_PANEL_LABEL = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?"
    r"(?:(?P<nth>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)[ \t]+)?"
    r"(?i:interviewer|panell?ist|panel[ \t]+member|assessor)"
    r"(?![ \t]*s\b)(?:[ \t]*(?:#?\d{1,2}|\(\d{1,2}\)|[A-F](?=[ \t]*[:—–-])))?"
    r"(?:\*\*)?[ \t]*(?::|--|[—–]|-(?=[ \t]))(?:\*\*)?[ \t]*(?P<rest>\S.*)$"
)


def panel_entry(line: str, people: list[Person]) -> str | None:
    """What follows a panel label, from the name on ("Ana Ruiz, Head of Data" from
    "Interviewer 2: Dr. Ana Ruiz, Head of Data"), when it names one of `people` and no other;
    else None."""
    m = _PANEL_LABEL.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    named = [p for p in people if _names(rest, p.name)]
    if len(named) != 1:
        return None  # "Interviewer: Ana Ruiz and Bo Li": the whole panel, nobody's part
    return re.sub(rf"^{HON_PREFIX}", "", rest)  # "Dr. Ana Ruiz, ...": the name opens it


def _names(text: str, name: str) -> bool:
    """Whether `text` names this person: the full name, or the first name or surname alone."""
    low = text.lower().replace("’", "'")
    words = name.lower().replace("’", "'").split()
    full = r"\s+".join(re.escape(w) for w in words)
    if re.search(rf"(?<![\w'-]){full}(?![\w'-])", low):
        return True
    return any(re.search(rf"(?<![\w'-]){re.escape(w)}(?![\w'-])", low) for w in words if len(w) > 2)
