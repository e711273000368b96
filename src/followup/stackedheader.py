"""A header typed one fact a line, the way notes are thumbed into a phone:

    nps job
    packer WG-5703
    glacier np
    phone intv
    mar 28 2024

The first block is a stack when it has three lines or more and each is a few words with no
label and no sentence in it. Each line is then read by what it is, not by a phrase list: a
date, a time or the kind of meeting says no company and no job; the job is the line whose
last word is a job's title (TITLE_HINT) or an agent noun, a noun only whose stem is a verb in
the lexicon (wordclass.py: "packer" from "pack", "welder" from "weld"; not "number", itself a
verb), with a requisition code after it set aside ("WG-5703"); the employer is the line that
says its job or its interview ("nps job", "glacier np interview") or holds an organisation's
word (orgwords.py). A fact the notes already give is kept.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, plausible_role, set_role
from followup.notenames import ORG_SUFFIXES, restore_case, title_case_role
from followup.orgwords import INSTITUTION
from followup.wordclass import NOUN, VERB, lexicon_classes

_WORD = lazy_compile(r"[^\W\d_][\w&'’.-]*")
# a requisition or posting code after the job: "WG-5703", "#4471", "req 2291"
_CODE = lazy_compile(
    r"[ \t]+(?:(?:req|job|posting)[ \t]*#?[ \t]*\d[\w-]*|#?[A-Z]{0,4}-?\d{3,}[\w-]*)$", re.I
)
# the employer, then the word for the job or the meeting: "nps job", "glacier np interview"
_EMPLOYER_THEN_JOB = lazy_compile(
    r"^(?P<org>[^\W\d_][\w&'’. -]{1,40}?)[ \t]+(?:job|post|position|vacancy|interview|intv)$",
    re.I,
)
_LABEL_OR_SENTENCE = lazy_compile(r"[:=]|[.!?][ \t]+\S|[,;]")


def _stack(text: str) -> list[str]:
    """The first block's lines when it is a stack (see above), else nothing."""
    block = re.split(r"\n[ \t]*\n", text.strip(), maxsplit=1)[0]
    lines = [ln.strip().lstrip("-*•# ").strip() for ln in block.splitlines()]
    lines = [ln for ln in lines if ln]
    if not 3 <= len(lines) <= 12:
        return []
    if any(len(ln.split()) > 4 or _LABEL_OR_SENTENCE.search(ln) for ln in lines):
        return []
    return lines


def _agent_noun(word: str) -> bool:
    """A noun only, whose stem is a verb: "packer" (pack), "shopper" (shop), "sweeper"."""
    low = word.lower()
    if not re.fullmatch(r"[a-z]{4,}(?:er|or)", low) or lexicon_classes(low) != {NOUN}:
        return False
    stems = {low[:-2], low[:-1], low[:-3] if low[-3] == low[-4] else low[:-2]}
    return any(VERB in lexicon_classes(stem) for stem in stems if len(stem) >= 3)


def _job(line: str) -> str | None:
    job = _CODE.sub("", line).strip()
    words = _WORD.findall(job)
    if not words or len(words) != len(job.split()):
        return None
    last = words[-1]
    if not (TITLE_HINT.search(last.lower()) or _agent_noun(last)):
        return None
    role = title_case_role(job)
    return role if plausible_role(role) else None


def _acronym(word: str) -> str:
    """A short lower-case word that is no English word, in capitals ("nps": NPS)."""
    unknown = len(word) <= 4 and word.islower() and not lexicon_classes(word)
    return word.upper() if unknown and not re.search(r"[aeiou]", word) else word


def _employer(line: str) -> str | None:
    said = _EMPLOYER_THEN_JOB.match(line)
    if said:
        org = said.group("org").strip()
    elif INSTITUTION.search(line) or line.lower().split()[-1] in ORG_SUFFIXES:
        org = line
    else:
        return None
    if TITLE_HINT.search(org) or _job(org):
        return None
    org = " ".join(_acronym(w) for w in org.split())
    return restore_case(org)


def read_stacked_header(header: Header, text: str) -> None:
    """The job and the employer from a header typed one fact a line (see above)."""
    lines = _stack(text)
    if not lines:
        return
    if header.role is None:
        role = next((job for ln in lines if (job := _job(ln))), None)
        if role:
            set_role(header, role)
    if header.company is None:
        header.company = next((org for ln in lines if (org := _employer(ln))), None)
