"""People met, read by the speaker labels of a log or transcript: "0920  KEANE: opened on
code", "ORTEGA: certifications", where the notes write each label's full name elsewhere
("Present: Fire Marshal Dorothy Keane; Deputy Chief Luis Ortega").

The evidence is the label's place and role, not its words: a word opening a line (after a
log time or a list marker) and followed by a colon is who spoke, when it is the surname or the
first name of a full name the notes write, with the words of a title before that name left
out (personblocks.py's rule: leading words English knows, or a word of address). A label no
full name explains ("POSITION:", "OMITTED:", "Q:") is a section or a question, no one met;
the candidate is never someone met.

Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import HEADER_FACT
from followup.lazyre import lazy_compile
from followup.noteheader import Header, Person, same_person
from followup.notenames import NAME_TAIL, UPPER

# a line's speaker: after a log time ("0920", "09:20") or a list marker, a word and a colon
_LABEL = lazy_compile(
    r"^[ \t]*(?:\d{1,2}[:.h]?\d{2}[ \t]+)?(?:[-*•+][ \t]+)?"
    rf"(?P<label>{UPPER}[^\W\d_’'-]*(?:[’'-][^\W\d_]+)?)[ \t]*:"
)
_NAME_WORD = rf"{UPPER}{NAME_TAIL}"
# the notes' own labels, which head a value, never a speaker's line
_NOTE_LABEL_TEXT = (
    "company role position title candidate interviewer interviewers date name notes job "
    "employer location where when time subject topic topics"
)
_NOTE_LABELS = frozenset(_NOTE_LABEL_TEXT.split())


def speaker_people(text: str, header: Header) -> list[Person]:
    """The people the notes' speaker labels name (see the module doc), in the order they
    first speak."""
    from followup.personblocks import _name_after_titles

    labels: list[str] = []
    for line in text.splitlines():
        m = _LABEL.match(line)
        if m is None or len(m.group("label")) < 3:
            continue
        label = m.group("label")
        if label.lower() in HEADER_FACT or label.lower() in _NOTE_LABELS:
            continue  # "Company: Company Name" (an unfilled template) is a label, no speaker
        if label.lower() not in (x.lower() for x in labels):
            labels.append(label)
    people: list[Person] = []
    for label in labels:
        word = re.escape(label)
        full = None
        for m in re.finditer(  # "Dorothy Keane", "Fire Marshal Dorothy Keane"
            rf"(?<![\w’'-])(?P<name>(?:{_NAME_WORD}[ \t]+){{1,4}}(?i:{word}))(?![\w’'-])", text
        ):
            if m.group("name").split()[-1] != label or not label.isupper():
                full = _name_after_titles(m.group("name"), text)
                break
        if full is None:
            for m in re.finditer(  # the first name labels: "Jonas Weber" for "JONAS:"
                rf"(?<![\w’'-])(?P<name>(?i:{word})[ \t]+{_NAME_WORD})(?![\w’'-])", text
            ):
                if m.group("name").split()[0] != label or not label.isupper():
                    full = m.group("name")
                    break
        if full is None or len(full.split()) < 2:
            continue
        if header.candidate and same_person(header.candidate, full):
            continue
        if header.company and full.lower() in header.company.lower():
            continue
        if not any(same_person(p.name, full) for p in people):
            people.append(Person(full, None, None))
    return people
