"""The parts of an interview's title line, each read by what it is: "Interview: Smokejumper
Crew Supervisor, Big Sky Fire Mgmt, Missoula" names a job, a firm and a town.

The line is one of the notes' first lines, the meeting's word and a colon or a dash opening
it or following an earlier part ("DAILY LOG — 14 NOV 25 — Interview: ..."). What follows is
cut at commas and spaced dashes or bars, and each part is read by its own form:

- the job: a part whose last word is a job's noun (factplace's job part: "Officer",
  "Supervisor", "Analista"), no organisation's word in it;
- a day or a time: a part with a figure ("14 Nov", "10:00") is neither firm nor place;
- the firm: a part an organisation's word marks ("Land Office", "Grupo Altamar", "GmbH");
- a place: of the parts left, the last one, when another part is left before it to be the
  firm (a town is written after the firm, never before it, in a title's list);
- the firm, by elimination: the one part that is left, unless it is one English word (a
  team: "Actuarial Analyst, Pensions").

Only a firm (and a job) nobody read is filled in; with no job part, or more than one part left
for the firm, the line is left unread: a guess would be worse than asking.

Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import MEETING_NAME
from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.orgwords import org_signed
from followup.wordclass import lexicon_classes

# the meeting's word as a label: at a line's start or after a spaced dash, then ":" or a dash
_TITLE = lazy_compile(
    rf"(?:^|[ \t](?:--|[—–|-])[ \t]+)(?i:{MEETING_NAME})[ \t]*(?::|[ \t](?:--|[—–|-]))"
    r"[ \t]*(?P<rest>\S.*)$"
)
_CUT = lazy_compile(r",[ \t]+|[ \t]+(?:--|[—–|·])[ \t]+|[ \t]+-[ \t]+")
_ASIDE = lazy_compile(r"\s*\([^()\n]*\)")
_FIGURE = lazy_compile(r"\d")
_NAME_PART = lazy_compile(r"^[A-Z0-9][\w&.’'-]*(?:[ \t]+[\w&.’'-]+){0,6}$")


def _job(part: str) -> bool:
    from followup.factplace import _job_part  # the job's noun, read as the header reads it

    return _job_part(part) and not org_signed(part)


def _a_team(part: str) -> bool:
    """One English word ("Pensions", "Marketing"): a team or a department, no firm's name."""
    words = part.split()
    return len(words) == 1 and bool(lexicon_classes(words[0].lower()))


def _names(part: str, people: tuple[str, ...]) -> bool:
    words = set(part.lower().split())
    return any(words & set(name.lower().split()) for name in people if name)


def title_parts(line: str, people: tuple[str, ...] = ()) -> tuple[str, str | None] | None:
    """(job, firm or None) from one title line whose parts read as the module docstring says;
    None when the line is no such title or its parts cannot be told apart. A part that names
    one of `people` (the candidate, someone met) is a person's, never the firm."""
    m = _TITLE.search(line.strip().strip("#*_> ").strip())
    if m is None:
        return None
    parts = [_ASIDE.sub("", p).strip(" .;:") for p in _CUT.split(m.group("rest"))]
    parts = [p for p in parts if p]
    while len(parts) > 2 and re.fullmatch(r"[A-Z]{2}", parts[-1]):
        parts = parts[:-1]  # "Missoula, MT": a state's or a country's code ends the place
    jobs = [i for i, p in enumerate(parts) if _job(p)]
    if len(jobs) != 1 or len(parts) < 2:
        return None
    left = [i for i, p in enumerate(parts) if i not in jobs and not _FIGURE.search(p)]
    left = [i for i in left if _NAME_PART.match(parts[i]) and not _names(parts[i], people)]
    firms = [i for i in left if org_signed(parts[i])]
    if len(firms) > 1:
        return None
    if not firms:
        if len(left) == 2 and left[-1] == len(parts) - 1:
            left = left[:1]  # the last part is the place the firm is in
        if len(left) != 1 or _a_team(parts[left[0]]):
            return None
        firms = left
    return parts[jobs[0]], parts[firms[0]]


def _before_the_label(firm: str, line: str) -> bool:
    """The firm read is a word of the heading before the meeting's label ("DAILY LOG — 3 DEC
    — Interview: ..."), not a part of the title's own list."""
    clean = line.strip().strip("#*_> ").strip()
    m = _TITLE.search(clean)
    return m is not None and firm in clean[: m.start()]


def read_title_parts(brief: Brief, text: str, met: list[str]) -> None:
    """The firm and the job from the notes' title line, where the readers left them unread or
    misplaced: no firm, or the heading's words before the label read as the firm; the firm
    read as the job; the job read as the writer's name. `met` are the names of the people met;
    a firm read elsewhere, not in the list, stands."""
    people = (brief.candidate or "", *met)
    lines = [ln for ln in text.splitlines() if ln.strip()][:3]
    for line in lines:
        found = title_parts(line, people)
        if found is None or found[1] is None:
            continue
        job, firm = found
        if brief.company is None or _before_the_label(brief.company, line):
            brief.company = firm
            if brief.role is None or _before_the_label(brief.role, line):
                brief.role = job
        if brief.company != firm:
            return  # a firm read elsewhere stands
        if brief.role in (None, firm):
            brief.role = job  # "Entrevista - Analista de Calidad - Conservas Ribera"
        if brief.candidate == job:
            brief.candidate = None  # the job, read as the writer's name too
        return
