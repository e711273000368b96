"""The job and the employer where the header reader found neither, in the forms people type
them on one line:

- prose that says what the interview was for: "Interview today for Court Usher at Riverside
  Combined Court (HMCTS).";
- the job at the employer in lower case: "junior copywriter @ hatch & holler (ancoats)";
- the employer, then the job's interview: "MATCH REPORT (lol) — Tri-County Youth Soccer
  League, League Administrator interview";
- the job said in a sentence of its own: "Job is Reception and Intake Officer, 30 hrs a week";
- a job read with its employer after "at": "senior despatch coordinator (evenings) at
  Basketly, the Leeds hub" is the job at Basketly;
- an organisation's own line in lower case, ending in its kind: "st aldhelm's university
  hospitals nhs trust, transport & logistics office" (St Aldhelm's University Hospitals NHS
  Trust).

`read_post_line` (run later, from notes.py, on what every reader before it left unread) takes
two more: the notes' first line written "ROLE @ FIRM" with the firm capitalised ("Line Cook @
Saltmarsh Oyster Bar -- notes from the call"), and "my interview for the ROLE post at the FIRM"
(post, position, role, job, vacancy). It fills the role only with a job title
(noteheader.TITLE_HINT and plausible_role): "Dana Reyes @ Saltmarsh" is a person at a firm,
and "for the night shift at the Saltmarsh" names no post.

Each reads only the notes' first lines (or, for the prose, a sentence that says "interview"),
takes a company only when none was read, and a role only when none was; the company is spelt
as the notes spell it elsewhere when they do. Standard library only: each form is a line's
shape.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, plausible_role, set_role
from followup.notenames import ORG_SUFFIXES, UPPER, restore_case, title_case_role

_CAP_WORDS = rf"{UPPER}[\w&'’./-]*(?:[ \t]+(?:{UPPER}[\w&'’./-]*|&|and|of|the)){{0,6}}"
_FOR_ROLE_AT = lazy_compile(
    r"\b(?i:interview\w*)\b[^.\n]{0,25}?\bfor[ \t]+(?:the[ \t]+|an?[ \t]+)?"
    r"(?:(?:permanent|temporary|part[ -]time|full[ -]time|fixed[ -]term)[ \t]+)?"
    rf"(?P<role>{UPPER}[\w/'’-]*(?:[ \t]+(?:{UPPER}[\w/'’-]*|&|and|of)){{0,4}})"
    r"[ \t]+(?:(?i:position|role|job|post)[ \t]+)?(?:\([^)\n]{1,40}\)[ \t]+)?at[ \t]+"
    rf"(?P<org>{_CAP_WORDS})"
)
_ROLE_AT_LOWER = lazy_compile(
    r"^[ \t]*(?P<role>[a-z][a-z /&-]{2,40}?)[ \t]+@[ \t]+(?P<org>[a-z][\w&'’ -]{1,40}?)"
    r"[ \t]*(?:\(|,|$)"
)
_ORG_THEN_ROLE_INTERVIEW = lazy_compile(
    rf"(?P<org>{_CAP_WORDS}),[ \t]*(?P<role>{UPPER}[\w/&'’ -]{{2,40}}?)[ \t]+(?i:interview)\b"
)
_ROLE_AT_ORG = lazy_compile(
    r"^(?P<role>.+?)(?:[ \t]*\([^)\n]*\))?[ \t]+at[ \t]+"
    rf"(?P<org>{UPPER}[\w&'’-]*(?:[ \t]+{UPPER}[\w&'’-]*){{0,4}})(?:,|$)"
)
# the job in lower case after "for the": "went up ... for the beatkeeper job, grouse and deer"
_FOR_THE_JOB = lazy_compile(
    r"\bfor[ \t]+the[ \t]+(?P<role>[a-z][a-z-]{2,20}(?:[ \t]+[a-z][a-z-]{2,20}){0,2})[ \t]+"
    r"(?:job|post|position|vacancy)\b"
)
# the job said in a sentence of its own: "Job is Reception and Intake Officer, 30 hrs a week"
_JOB_IS = lazy_compile(
    r"(?:^|[.!?][ \t]+)(?i:the[ \t]+)?(?i:job|role|post|position)[ \t]+(?:is|was)[ \t]+"
    rf"(?:the[ \t]+|an?[ \t]+)?(?P<role>{UPPER}[\w/'’-]*"
    rf"(?:[ \t]+(?:{UPPER}[\w/'’-]*|&|and|of)){{0,5}})"
    r"(?=[ \t]*[,.;(]|[ \t]*$)",
    re.M,
)
_HEADING_PARTS = lazy_compile(r"[ \t]+(?:--|[—–|·-])[ \t]+")


def read_job_line(header: Header, text: str) -> None:
    """The job and the employer by the forms above, when the header reader read none."""
    heading = [ln.strip(" \t#*_>") for ln in text.splitlines() if ln.strip()][:4]
    if header.role and (m := _ROLE_AT_ORG.match(header.role)) and plausible_role(m["role"]):
        header.company = header.company or m.group("org")  # "... coordinator at Basketly"
        header.role = None
        set_role(header, title_case_role(m.group("role")) if m["role"].islower() else m["role"])
    for line in heading:
        for part in _HEADING_PARTS.split(line):
            if m := _ROLE_AT_LOWER.match(part):
                _take(header, m.group("role"), _as_written(m.group("org").strip(), text))
            elif m := _ORG_THEN_ROLE_INTERVIEW.fullmatch(part.strip()):
                if header.role is None or header.role in m.group("org"):
                    header.role = None  # "Fenland Rowing Association" read as the job
                    if header.company and header.company in line:
                        header.company = None  # "RACE REPORT (ha)": the other part, a joke
                _take(header, m.group("role"), m.group("org"))
    if m := _FOR_ROLE_AT.search(text):
        _take(header, m.group("role"), m.group("org"))
    if header.role is None and (m := _JOB_IS.search(text)) and plausible_role(m["role"]):
        set_role(header, m.group("role"))
    if header.role is None and (m := _FOR_THE_JOB.search(text)) and plausible_role(m["role"]):
        set_role(header, title_case_role(m.group("role")))
    if header.company is None:
        header.company = _lower_org_line(heading, text)


def _take(header: Header, role: str, org: str) -> None:
    """The role when none was read and it is a job; the company likewise."""
    role = role.strip()
    job_like = TITLE_HINT.search(role) or role[:1].isupper()
    if header.role is None and job_like and plausible_role(role) and len(role.split()) <= 6:
        set_role(header, title_case_role(role) if role.islower() else role)
    org = re.split(r"\.[ \t]", org)[0]  # "Larchfield Public School. Tomas Reyes, ..."
    if header.company is None and org.split()[0].lower() not in ("the", "a", "an", "my"):
        header.company = org.strip(" .")


def _as_written(org: str, text: str) -> str:
    """The company as the notes write it with capitals elsewhere ("hatch & holler" once,
    "Hatch & Holler" later), else with capitals given back."""
    for m in re.finditer(rf"(?<!\w){re.escape(org)}(?!\w)", text, re.I):
        if not m.group().islower():
            return m.group()
    return restore_case(org)


def _lower_org_line(heading: list[str], text: str) -> str | None:
    """An organisation's own line in lower case among the first, ending in its kind of
    organisation: "st aldhelm's university hospitals nhs trust, transport & logistics office"."""
    for line in heading[:3]:
        first = line.split(",")[0].strip()
        words = first.split()
        if not (3 <= len(words) <= 7 and first.islower()) or words[-1] not in ORG_SUFFIXES:
            continue
        if re.search(r"\d|@|\binterview\b", first):
            continue
        written = _as_written(first, text)
        if written != restore_case(first):
            return written
        return " ".join(
            w.upper() if not re.search(r"[aeiouy]", w) and len(w) > 2 else restore_case(w)
            for w in words
        )
    return None


# "Line Cook @ Saltmarsh Oyster Bar", then perhaps " -- notes from the call" or a date
_ROLE_AT_FIRM = lazy_compile(
    r"^[ \t#*]*(?P<role>[A-Za-z][\w/&+'’. -]{1,50}?)[ \t]+@[ \t]*"
    r"(?P<firm>[A-Z][\w&'’. -]{1,60}?)[ \t.]*(?:(?:--|[—–|]|[ \t]-[ \t]|,).*)?$"
)
# "my interview for the Assistant Archivist post at the Pemberton Maritime Museum"
_INTERVIEW_FOR_POST = lazy_compile(
    r"\b(?i:interview(?:ed)?|interviewing)[ \t]+(?i:for)[ \t]+(?i:the|a|an)[ \t]+"
    r"(?P<role>[A-Z][\w/&+'’-]*(?:[ \t]+[\w/&+'’-]+){0,5}?)[ \t]+"
    r"(?i:post|position|role|job|vacancy|opening)[ \t]+(?i:at|with)[ \t]+(?:the[ \t]+)?"
    r"(?P<firm>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of|and|&|the)){0,5})"
)


def read_post_line(header: Header, text: str) -> None:
    """Fill the header's role (and the firm, when missing) from "ROLE @ FIRM" on the first
    line or "my interview for the ROLE post at the FIRM" (see the module docstring)."""
    if header.role is not None:
        return
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    found = _ROLE_AT_FIRM.match(first) or _INTERVIEW_FOR_POST.search(text)
    if found is None:
        return
    role = found.group("role").strip(" .")
    if not TITLE_HINT.search(role) or not plausible_role(title_case_role(role)):
        return  # "Dana Reyes @ Saltmarsh": a person at the firm, no job
    set_role(header, role)
    if header.company is None:
        header.company = re.sub(r"[ \t]+(?:of|and|&|the)$", "", found.group("firm").strip(" ."))
