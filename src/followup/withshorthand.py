"""The person met, read from an opening line typed in shorthand and lower case: "phone
screen w mariana from greenleaf credit union", "call w/ dev at acme".

The header's reader (noteheader.py) reads "with NAME from COMPANY" when NAME has a capital.
Typed fast, the same line writes "w" or "w/" for "with" and the name in lower case. The slot
is the same: after "with" and before "from", "at", "of", a bracket, a comma or the line's end
stands who was met. A lower-case word there is a name when English does not know it (the
lexicon gives it no class, and it is no common word), and it is no word of the company's
name, the role's or the candidate's. The line is then read again as it would be written in
full, by the header's own reader: one reading of the form, not a second one.

Only the opening lines (the header by place) are read, and only when no other reader found
anyone met. Standard library and the project's lexicon only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.lowercaseperson import fact_words, unknown_word
from followup.noteheader import Header, add_person, read_header, same_person

# "w mariana from", "w/ dev at", "with priya (", "w mariana" at the line's end
_SLOT = lazy_compile(
    r"(?P<with>(?<![\w/])(?:w/?|with))[ \t]+"
    r"(?P<name>[a-zà-ÿ][a-zà-ÿ’'-]+(?:[ \t]+[a-zà-ÿ][a-zà-ÿ’'-]+)?)"
    r"(?=[ \t]*(?:$|,|\(|[ \t](?:from|at|of)\b))",
    re.M,
)
_OPENING = 3  # the header's lines: the first non-blank lines of the notes


def read_shorthand_with(header: Header, text: str) -> None:
    """Add the person a shorthand opening line names (see the module doc), when no other
    reader found anyone met."""
    if header.people:
        return
    known = fact_words(header)
    opening = [ln for ln in text.splitlines() if ln.strip()][:_OPENING]
    for line in opening:
        m = _SLOT.search(line)
        if m is None or not all(unknown_word(w, known, 3) for w in m.group("name").split()):
            continue
        name = " ".join(w[:1].upper() + w[1:] for w in m.group("name").split())
        full = line[: m.start()] + "with " + name + line[m.end() :]
        for person in read_header(full).people:
            if same_person(person.name, name) and not (
                header.candidate and same_person(header.candidate, person.name)
            ):
                add_person(header, person)
        if header.people:
            return
