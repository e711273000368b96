"""The places in the notes' opening where a writer puts their own name: the parts that stand
alone on the lines before the first person met.

People head their notes with the facts of the day, and their own name is one of them, in
whatever form the line takes: a line of its own with an aside ("Bárður Símunarson,
Miðvágur", "- T-Bob Thibodeaux (Robert J. on the application)", "F. Donnelly, Capt. (ret.)"),
a label's value ("Prepared by: Moses Kizza Mukasa"), a signature closing the first
paragraph (". — Ifrah A. Farah"), or a sentence's subject set off by a dash ("Tavita Soliai -
for the Head of Music post"). This module says where those parts are, by the line's form:
the opening ends at the first line that names a person met or that labels a list ("Panel:");
a line is cut at its sentence ends and its separators (a dash between spaces, a comma, a
bracket, a colon, a bar, a slash between spaces). A part is whole: a name inside a sentence
("met Dana Whitaker at the gate") is never one. Whether a part is a name, and whether it is
the writer's and nobody else's, is candidateplace.py's question (its elimination: a person
met, the company, the role, a word used again elsewhere in the notes).

A value after a label that names the person met ("Interviewer:", "Met with:", "Contact:",
"Hiring manager:") is someone else's name, never a part here.
"""

from __future__ import annotations

from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT

_NAME_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
# a sentence's end: two letters and a stop, not an initial ("A. Farah") or a short form
_SENTENCE_END = lazy_compile(r"(?<=[a-zß-ÿ]{2}[.!?])[ \t]+(?=\S)")
# the separators between a line's clauses (a dash between spaces, a bar, a colon, a slash
# between spaces) and between a clause's head and its asides (a comma, a bracket)
_CLAUSE = lazy_compile(r"[ \t]+(?:--|[—–-]|/)[ \t]+|[ \t]*[:|·;][ \t]*|^[ \t]*(?:--|[-—–•*·~])")
_ASIDE = lazy_compile(r"[ \t]*[,()][ \t]*")
_STRIP = " \t*_#>\"“”'.!?"
# a label whose value is someone met: an interviewer, a contact, a title
_MET_LABEL = lazy_compile(
    r"(?i:interview|met\b|meet|with|w/|panel|contact|recruit|attendee|guest|organi[sz]er|host|"
    r"from|to|cc|hiring|boss|who)"
)
# a line that labels a list under it: "Panel:", "Hitti:", "Persons met:"
_LIST_LABEL = lazy_compile(r":[ \t*_]*$")
_LABEL = lazy_compile(r"^[ \t*_#>-]*(?P<label>[^\W\d_][^:\n]{0,30}?)[ \t]*:[ \t]*(?P<value>.*)$")

OPENING_LINES = 8


def opening_lines(text: str, people: list[str]) -> list[str]:
    """The lines before the first person met or a list's label (at most eight written lines)."""
    met = {w.lower() for p in people for w in _NAME_WORD.findall(p) if len(w) > 2}
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        words = {w.lower() for w in _NAME_WORD.findall(line)}
        if met & words or _LIST_LABEL.search(line) or len(lines) >= OPENING_LINES:
            break
        lines.append(line.strip())
    return lines


def standing_parts(line: str) -> list[tuple[str, str]]:
    """The parts of a line that stand alone (see the module's doc), each with what follows it
    on the line (its aside: "Walsall", "dispatcher"). A part is the head of a clause: the
    words a sentence, a dash, a colon or a bar opens, up to a comma or a bracket; a label's
    value is one unless the label names someone met, and the label itself is none. What
    stands after a comma or in brackets is an aside ("Tartu, Santa Cruz"), never a part."""
    labelled = _LABEL.match(line)
    if labelled:
        label = labelled.group("label")
        if _MET_LABEL.search(label) or TITLE_HINT.search(label):
            return []
        line = labelled.group("value")
    parts: list[tuple[str, str]] = []
    for sentence in _SENTENCE_END.split(line):
        clauses = [c for c in _CLAUSE.split(sentence) if c.strip(_STRIP)]
        for i, clause in enumerate(clauses):
            pieces = [p.strip(_STRIP) for p in _ASIDE.split(clause) if p.strip(_STRIP)]
            if not pieces:
                continue
            after = pieces[1:] or [c.strip(_STRIP) for c in clauses[i + 1 : i + 2]]
            parts.append((pieces[0], after[0] if after else ""))
    return parts


def parts_in_opening(text: str, people: list[str]) -> list[tuple[str, str, str]]:
    """Each standing part of the opening's lines, with its aside and the line it stands on."""
    return [
        (part, aside, line)
        for line in opening_lines(text, people)
        for part, aside in standing_parts(line)
    ]
