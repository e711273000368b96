"""The job by its place in the notes' opening, when no reader found it: the one part of the
first lines that is a job title, by elimination.

The first four lines are cut into parts (between dashes, bars, commas, colons and sentence
ends; a bracket's aside and an emoji end a part too). A part that opens with the job's own
word and "is" ("post is Housekeeping Supervisor") or the meeting's word ("Interview at ...")
loses it. The role is the first part whose last word is a job's noun (factplace's job part:
"Solar Installer", "Collections and Education Assistant"), that is not the company; else a
short capitalised acronym the meeting's word follows ("HCA interview (Band 3)": the job the
interview was for). A line that opens with someone's name ("Sister Karen Doyle - ward
manager") gives their title, not the job, and is passed over, and so is a list's item
("- kim lee, buyer"). Nothing else is guessed: a
note with no such part keeps its role unread.

Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import MEETING_WORD
from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.orgwords import org_signed

_PARTS = lazy_compile(
    r"[ \t]+(?:--|[—–|·•/-])[ \t]+|[,;:][ \t]*|[.!?]+(?:[ \t]+|$)|\([^()\n]*\)|"
    r"[^\w\s'’&/().,;:!?-]+"
)
_OPENING = lazy_compile(
    r"^(?i:(?:(?:the|my)[ \t]+)?(?:job|role|post|position|vacancy)[ \t]+(?:is|was)[ \t]+"
    r"(?:the[ \t]+|an?[ \t]+)?|(?:interview|interviewed|applied|applying)[ \t]+(?:for|as)"
    r"[ \t]+(?:the[ \t]+|an?[ \t]+)?)"
)
_ACRONYM_THEN_MEETING = lazy_compile(rf"^(?P<job>[A-Z]{{2,5}})[ \t]+(?i:{MEETING_WORD})$")


def _person_like(part: str) -> bool:
    """A part with a person's form: two to four capitalised words, no digit, no firm's sign."""
    words = part.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not re.search(r"\d", part)
        and not org_signed(part)
    )


def opening_role(text: str, company: str | None, candidate: str | None) -> str | None:
    """The job the opening lines name by place (the module docstring), or None."""
    from followup.factplace import _job_part  # the job's noun, read as the header reads it

    lines = [ln.strip(" \t#*>") for ln in text.splitlines() if ln.strip()][:4]
    lines = [ln for ln in lines if not re.match(r"[-•·+]\s", ln)]  # a list's item: a person
    acronym = None
    for line in lines:
        parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
        if len(parts) > 1 and _person_like(parts[0]) and not _job_part(parts[0]):
            continue  # "Sister Karen Doyle - ward manager": someone met and their title
        for part in parts:
            part = _OPENING.sub("", part).strip()
            if not part[:1].isalpha() or (company and (part in company or company in part)):
                continue
            if candidate and part in candidate:
                continue
            if _job_part(part):
                return part
            m = _ACRONYM_THEN_MEETING.match(part)
            if acronym is None and m and not (company and m["job"] in company):
                acronym = m.group("job")
    return acronym


def settle_role(brief: Brief, text: str) -> None:
    """The role by place when no reader read one."""
    if brief.role is None:
        brief.role = opening_role(text, brief.company, brief.candidate)


def without_lead_in(role: str | None) -> str | None:
    """The job without the words a sentence led into it with: "for position Backend
    Developer" is "Backend Developer", "as the Sous Chef" is "Sous Chef". A job title never
    opens with a preposition or an article (wordclass.py's closed classes); the job's own label
    word after them ("position", "role", "puesto") goes too. Nothing changes unless a
    capitalised word or a figure is left to be the job."""
    from followup.labelwords import ROLE_LABEL_WORDS
    from followup.wordclass import DET, PREP, word_classes

    if not role:
        return role
    words = role.split()

    def lead(word: str, label: bool) -> bool:
        if not word.islower():
            return False
        return word == "as" or bool(word_classes(word) & {PREP, DET}) or label

    n = 0
    while n < len(words) - 1 and lead(words[n], n > 0 and words[n] in ROLE_LABEL_WORDS):
        n += 1
    if n == 0:
        return role
    rest = words[n:]
    if not rest or not (rest[0][:1].isupper() or rest[0][:1].isdigit()):
        return role
    return " ".join(rest)
