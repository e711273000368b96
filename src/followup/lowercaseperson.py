"""The person met, read from a name line typed all in lower case near the top of the notes:
"stuart mcleish ops mgr. just him."

Notes typed fast drop capitals, and the readers that look for a capitalised name then find no
one. The line's place and shape still say who it is: one of the opening lines opens with two
words English does not know (the lexicon gives them no class; no common word, no word of the
company's, the role's or the candidate's name), and a job title follows them ("ops mgr",
"HR"). One more sign from elsewhere is asked for, so a place or a firm typed in lower case is
not taken for a person: a word of the name comes back in another line ("sent follow up to
stuart") or in an e-mail address ("s.mcleish@..."). A line that says it is the candidate's
("kieran walsh - me") is never someone met.

Only when no other reader found anyone met. Standard library and the project's lexicon only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, Person, add_person, same_person

_LINE = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<name>[a-z][a-z’'-]+[ \t]+[a-z][a-z’'-]+)"
    r"(?:[ \t]*[-–—,:(][ \t]*|[ \t]+)(?P<rest>\S.*)$"
)
_ME = lazy_compile(r"(?<![\w’'-])(?:me|myself|candidate)(?![\w’'-])", re.I)
_OPENING = 6  # the notes' opening lines: the header by place
_TITLE_SPAN = 40  # the title follows the name at once


def fact_words(header: Header) -> set[str]:
    """The lower-cased words of the facts read so far (company, role, writer): a name word
    a reader takes from a lower-case line is none of them (withshorthand.py too)."""
    return {
        w.lower()
        for fact in (header.company, header.role, header.candidate)
        for w in re.findall(r"[^\W\d_]+", fact or "")
    }


def unknown_word(word: str, known: set[str], shortest: int = 2) -> bool:
    """A word of `shortest` letters or more that English does not know and the notes' facts
    (`known`) do not hold: what a lower-case name is made of (withshorthand.py too)."""
    from followup.notenames import COMMON_WORDS, NOT_NAMES
    from followup.wordclass import lexicon_classes

    low = word.lower()
    return (
        len(low) >= shortest
        and low not in COMMON_WORDS
        and low not in NOT_NAMES
        and low not in known
        and not lexicon_classes(low)
    )


def _said_again(words: list[str], lines: list[str], at: int) -> bool:
    """A word of the name in another line, or the surname in an e-mail address."""
    for n, line in enumerate(lines):
        low = line.lower()
        if re.search(rf"[\w.+-]*{re.escape(words[-1])}[\w.+-]*@", low):
            return True
        again = (re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", low) for w in words)
        if n != at and any(again):
            return True
    return False


def read_lower_case_person(header: Header, text: str) -> None:
    """Add the person a lower-case name line names (see the module doc), when no other reader
    found anyone met."""
    if header.people:
        return
    from followup.notenames import restore_case

    known = fact_words(header)
    lines = text.splitlines()
    opening = [n for n, ln in enumerate(lines) if ln.strip()][:_OPENING]
    for n in opening:
        m = _LINE.match(lines[n])
        if m is None or _ME.search(m.group("rest")):
            continue
        words = m.group("name").split()
        if not all(unknown_word(w, known) for w in words):
            continue
        if not TITLE_HINT.search(m.group("rest")[:_TITLE_SPAN]):
            continue
        if not _said_again(words, lines, n):
            continue
        name = restore_case(m.group("name"))
        if header.candidate and same_person(header.candidate, name):
            continue
        add_person(header, Person(name, None, None))
        return
