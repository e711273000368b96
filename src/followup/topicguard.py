"""No person is a topic: a line whose topic is the candidate's own name or the name of someone
met ("- keoni kahananui" under the header, read as a bullet of the interviewer's) tells the
writer nothing they talked about. A draft saying "I especially enjoyed our conversation about
Keoni Kahananui" to a safety director, signed Keoni Kahananui, was printed as ready.
"""

from __future__ import annotations

import dataclasses

from followup.labelwords import folded
from followup.models import Brief
from followup.notelines import LineKind, NoteLine


def _fold(text: str) -> str:
    return " ".join(folded(text).split())  # labelwords.folded: lower case, accents dropped


def no_person_as_topic(lines: list[NoteLine], brief: Brief) -> list[NoteLine]:
    """The lines, with a topic that is only a person's name (the candidate's, an
    interviewer's, by full name or first name) made a plain line; the same topic is taken off
    each interviewer's list."""
    names = [brief.candidate or ""] + [p.name for p in brief.interviewers]
    person_words = {_fold(n) for n in names if n} | {
        _fold(n.split()[0]) for n in names if n and len(n.split()) > 1
    }
    if not person_words:
        return lines
    for person in brief.interviewers:
        person.topics = [x for x in person.topics if _fold(x) not in person_words]
    out = []
    for line in lines:
        if line.kind is LineKind.TOPIC and line.phrase and _fold(line.phrase) in person_words:
            line = dataclasses.replace(line, kind=LineKind.OTHER, phrase=None, phrase_kind=None)
        out.append(line)
    return out
