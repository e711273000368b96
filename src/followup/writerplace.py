"""The writer's own name by the place it stands in the notes, when no label says it.

The header reader (noteheader.py) looks for the writer's name beside a cue ("Me:", "(me)",
a byline, a signature). People also put their own name where a file's owner goes, with no cue
at all, and the reader then takes it for the company, the role or someone met. Each form here
is a place, not a word list:

- a name in the heading that the notes never use again, over notes that name the people met
  after it and speak of them again ("Kieran Adebayo-Walsh (final yr BSc ...)" over "WHO WAS ON
  THE PANEL"; "Jo Whitfield - Probation Officer, Northern Rivers PDU - 27/2");
- one part of a heading typed in lower case ("rhys tandy - blackwater rfc physio assistant -
  thursday 19 march", "harrow & lowe notes — elias kettering", "owen fairclough - notes");
- a heading whose other part says it is the candidate's file ("CANDIDATE FILE — Rosalind
  Ames (civil celebrant)");
- the name then "me" in apposition ("Beverley Nash, me, 58 years young.");
- a pasted invitation: sent from the employer to a personal address greeted by its first part
  ("To: <marisol.quintero.spa@outlook.com>" and "Dear Marisol,"), or titled with the guest
  whose interview it is ("Interview: Lead Build Supervisor – Jordan Pryce", with "Jordan Pryce"
  among its guests and never spoken of in the notes).

A name the notes use again (a first name or a surname anywhere else) is someone spoken of,
never the writer; when a form is not sure it reads nothing and the user is asked (--me).

The same forms undo what the reader took from the name's line: a company or role that is the
name ("Rhys Tandy" as the company), or the label beside it ("Candidate File"). Standard library
only: each form is a line's shape, which a regular expression says.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import (
    MAIL_SERVICES,
    TITLE_HINT,
    Header,
    as_written,
    plausible_role,
    same_person,
    set_role,
)
from followup.notenames import (
    COMMON_WORDS,
    NAME_TAIL,
    NOT_NAMES,
    ORG_SUFFIXES,
    UPPER,
    restore_case,
    title_case_role,
)

_FULL = rf"{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}}"
_LOWER_FULL = r"[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2}"
# the parts of a heading: "A — B", "A - B", "A | B"
_PARTS = lazy_compile(r"[ \t]+(?:--|[—–|·-])[ \t]+")
# a heading line that opens with a name, an aside or a dash after it: "**Chloé Marsh** — ...",
# "Kieran Adebayo-Walsh (final yr BSc ...)", "Jo Whitfield - Probation Officer, ..."
_NAME_OPENS = lazy_compile(
    rf"^[ \t#*_]*(?P<name>{_FULL})[*_]*(?P<rest>[ \t]*(?:\([^)\n]*\)[*_]*)?"
    r"(?:[ \t]+(?:--|[—–-])[ \t]+\S[^\n]*)?)[ \t]*$"
)
_CANDIDATE_LABEL = lazy_compile(
    r"^(?i:(?:the[ \t]+)?(?:candidate|applicant)(?:['’]s)?(?:[ \t]+(?:file|record|notes?|"
    r"profile|summary|sheet))?)$"
)
_NAME_IS_ME = lazy_compile(
    rf"(?:^|[.!?][ \t]+)(?P<name>{_FULL}),[ \t]*(?i:me)[ \t]*(?:,|\.|;|\))(?![ \t]*and\b)", re.M
)
_GREETING = lazy_compile(
    rf"(?:\b(?i:dear|hi|hello|hey)[ \t]+|[\"“][ \t]*){UPPER}{NAME_TAIL}[ \t]*[,!]"
)
_NOTES_WORD = lazy_compile(r"[ \t]+(?i:(?:interview[ \t]+)?notes?)$")
# a pasted invitation mailed from the employer to the writer's own address
_TO_OWN = lazy_compile(
    r"^(?i:to)[ \t]*:[^\n<]*<?(?P<first>[a-z]{2,})[._](?P<last>[a-z]{2,}(?:-[a-z]{2,})?)"
    r"(?:[._][a-z]+)?\d*@(?i:" + MAIL_SERVICES + r")\.[a-z.]{2,6}>?[ \t]*$",
    re.M,
)
_FROM_PERSONAL = lazy_compile(
    r"^(?i:from)[ \t]*:[^\n]*@(?i:" + MAIL_SERVICES + r")\.",
    re.M,
)
# a calendar invitation's title that ends with a guest's name: "Interview: Lead Build
# Supervisor – Jordan Pryce", "Subject: Interview - Area Manager (North West) - Gareth Pryce"
_INVITE_TITLE = lazy_compile(
    r"^(?:(?i:subject)[ \t]*:[ \t]*)?(?i:interview)[ \t]*(?::|[—–-])[ \t]*"
    rf"(?P<job>[^\n]+?)[ \t]+[—–-][ \t]+(?P<name>{_FULL})[ \t]*$",
    re.M,
)
_GUESTS = lazy_compile(
    r"^(?i:to|required|required attendees|attendees|guests|invitees)[ \t]*:[ \t]*(?P<list>[^\n]+)$",
    re.M,
)
# a calendar's guest list, one a line under "Guests:"
_GUEST_BLOCK = lazy_compile(
    r"^(?i:guests|attendees)[ \t]*:[ \t]*\n(?P<block>(?:[^\n]+\n){1,12})", re.M
)
_ADDRESS = lazy_compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_ORGANIZER = lazy_compile(r"^(?i:from|organi[sz]er|sent by)[ \t]*:[ \t]*(?P<who>[^\n<]+)", re.M)


def writer_by_place(header: Header, text: str, raw: str) -> None:
    """The candidate by one of the places above, when no cue gave it, and the company or role
    the reader took from the name's line undone."""
    invited = _invited_address(raw)
    if invited and (header.candidate is None or _mail_misread(header.candidate, invited, raw)):
        header.candidate = invited
    titled = _invite_titled_with_guest(header, raw)
    if titled and (header.candidate is None or header.candidate == titled.split()[0]):
        header.candidate = titled  # "Josie" read from the guest list: the full name
    if header.candidate is None or _is_misread_fact(header, header.candidate):
        found = (
            _labelled_file(header, text, raw)
            or _lower_heading_part(header, text)
            or _name_is_me(header, text)
            or _name_never_again(header, text)
            or _lone_lower_name(header, text)
            or _decorated_heading(header, text)
            or _name_then_own_clause(header, text)
            or _signed_initial(header, text)
        )
        if found:
            header.candidate = found
    if header.candidate is None:
        return
    header.people = [p for p in header.people if not same_person(p.name, header.candidate)]
    if header.company and _names_the_writer(header.company, header.candidate):
        header.company = None
    if header.role and _names_the_writer(header.role, header.candidate):
        header.role = None


def _mail_misread(candidate: str, invited: str, raw: str) -> bool:
    """A candidate read from an invitation to the writer's address that is only the greeted
    first name ("Ines") or the sender's own name on its From line ("Kilnworth Pottery")."""
    return candidate == invited.split()[0] or bool(
        re.search(rf"^(?i:from)[ \t]*:[ \t]*{re.escape(candidate)}\b", raw, re.M)
    )


def _is_misread_fact(header: Header, name: str) -> bool:
    return bool(header.company and same_person(header.company, name))


def _names_the_writer(fact: str, candidate: str) -> bool:
    """A company or role that holds the writer's name ("Rhys Tandy", "Jordan Pryce") or the
    label of their file ("Candidate File")."""
    return (
        candidate.lower() in fact.lower()
        or same_person(fact, candidate)
        or bool(_CANDIDATE_LABEL.match(fact.strip()))
    )


def _used_again(name: str, text: str, line: str) -> bool:
    """Whether a first name or surname of `name` is anywhere in the notes but its own line
    and a greeting (a pasted mail's "Dear Owen," or '"Elias, thank you ...' greets the
    writer: it is no one spoken of)."""
    rest = _GREETING.sub("", text.replace(line, "", 1))
    return any(
        re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", rest, re.I)
        for w in name.split()
        if len(w) > 1
    )


def _name_like(name: str) -> bool:
    words = name.lower().split()
    return not any(w in COMMON_WORDS or w in NOT_NAMES or w in ORG_SUFFIXES for w in words) and (
        not TITLE_HINT.search(name)
    )


def _heading_lines(text: str, n: int = 3) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()][:n]


def _labelled_file(header: Header, text: str, raw: str) -> str | None:
    """ "CANDIDATE FILE — Rosalind Ames (civil celebrant)": a heading part that says the file is
    the candidate's, beside a name (not "Candidate File — Area Manager")."""
    for line in _heading_lines(text):
        parts = [p.strip(" \t#*_") for p in _PARTS.split(line.strip())]
        if len(parts) != 2 or not any(_CANDIDATE_LABEL.match(p) for p in parts):
            continue
        other = next(p for p in parts if not _CANDIDATE_LABEL.match(p))
        other = re.sub(r"[ \t]*\([^)\n]*\)$", "", other)
        if re.fullmatch(_FULL, other) and _name_like(other):
            if header.company and header.company.lower() in line.lower():
                header.company = None  # "Candidate File": the heading's label
            if applied := _APPLICATION.search(raw):
                _applied_for(header, applied, other)
            return other
    return None


# "Application: Civil Funeral Celebrant — freelance panel, Larkspur Funeral Partners (...)"
_APPLICATION = lazy_compile(
    r"^[ \t]*(?i:application|applied for|applying for)[ \t]*:[ \t]*\n?[ \t]*(?P<job>[^—–\n]+?)"
    r"[ \t]+[—–-][ \t]+(?P<rest>[^\n]+)$",
    re.M,
)


def _applied_for(header: Header, m: re.Match[str], name: str) -> None:
    """The job and the employer under an "Application:" label: the job, a dash, then what
    the post is and the employer last ("..., Larkspur Funeral Partners (Harrogate branch)")."""
    last = re.sub(r"[ \t]*\([^)\n]*\)$", "", m.group("rest")).split(",")[-1].strip(" .")
    named = re.fullmatch(rf"{UPPER}[\w&'’-]*(?:[ \t]+\S+){{0,5}}", last)
    if header.company is None and named and last.split()[-1].lower() in ORG_SUFFIXES:
        header.company = last
    job = m.group("job").strip()
    if (header.role is None or _names_the_writer(header.role, name)) and plausible_role(job):
        header.role = None
        set_role(header, job)


def _lower_heading_part(header: Header, text: str) -> str | None:
    """One part of a heading typed in lower case that is a name the notes never use again:
    "rhys tandy - blackwater rfc physio assistant - ...", "harrow & lowe notes — elias
    kettering", a line "owen fairclough - notes" (the other part a job, a company, a date or
    "notes"; never a heading all of whose parts could be names)."""
    lines = [ln.strip(" \t#*_") for ln in text.splitlines() if ln.strip()][:30]
    for i, line in enumerate(lines):
        parts = _PARTS.split(line)
        if len(parts) < 2 or not line[:1].islower():
            continue
        notes_line = any(_NOTES_WORD.sub("", f" {p}") == "" for p in parts)
        if i >= 3 and not notes_line:
            continue  # below the heading only "name - notes" is the writer's own line
        for part in parts:
            if not re.fullmatch(_LOWER_FULL, part) or not _name_like(part):
                continue
            if any(
                re.search(r"\d", p) is None
                and re.fullmatch(_LOWER_FULL, p)
                and p != part
                and _name_like(p)
                for p in parts
                if not _NOTES_WORD.search(f" {p}")
            ):
                continue  # "jess park - tom lee": two names, which is whose?
            rest = [p for p in parts if p != part]
            if not notes_line and _company_part(rest) is None:
                continue  # "hollin lifts — lift engineer": the company, then the job
            name = restore_case(part)
            if _used_again(name, text, line) or any(
                same_person(p.name, name) for p in header.people
            ):
                continue
            _read_rest_of_heading(header, rest, text, name)
            return name
    return None


def company_under_notes_rule(text: str) -> str | None:
    """The company opening the first line under a "-- my notes --" rule after a paste:
    "Exhibit Forge Ltd, Birmingham (workshop by the NEC). ..." (the first part ends with the
    kind of organisation it is)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:40]):
        if _OWN_NOTES_RULE.match(line) and i + 1 < len(lines):
            first = re.split(r"[,.(]|[ \t]+[—–-][ \t]+", lines[i + 1])[0].strip()
            words = first.split()
            if (
                2 <= len(words) <= 5
                and words[0][:1].isupper()
                and words[-1].lower() in ORG_SUFFIXES
            ):
                return first
    return None


def _company_part(parts: list[str]) -> tuple[str, str, str] | None:
    """The part of a lower-case heading that names the company by its kind of organisation
    ("blackwater rfc physio assistant": the company, then the job) or by an "&" ("harrow &
    lowe notes"): the part, the company and the job after it."""
    for part in parts:
        words = _NOTES_WORD.sub("", f" {part}").split()
        if not words or re.search(r"\d", part):
            continue
        ends = [j for j, w in enumerate(words) if w.lower() in _ORG_ENDS or w == "&"]
        if ends:
            end = ends[-1] + (2 if words[ends[-1]] == "&" else 1)
            return part, " ".join(words[:end]), " ".join(words[end:])
    return None


def _read_rest_of_heading(header: Header, parts: list[str], text: str, name: str) -> None:
    """The company (and job) in the heading's other parts, when the reader took the name's
    part for them, each as the notes write it elsewhere ("Harrow & Lowe")."""
    found = _company_part(parts)
    if found is None:
        return
    part, company, job = found
    written = re.search(rf"(?<!\w){re.escape(company)}(?!\w)", text.replace(part, ""), re.I)
    spelled = written.group() if written and not written.group().islower() else None
    if (
        header.company is None
        or _NOTES_WORD.search(f" {header.company}")
        or _names_the_writer(header.company, name)
    ):
        header.company = spelled or _org_case(company)
    role = header.role
    if role is None or _names_the_writer(role, name) or role.lower().startswith(company.lower()):
        header.role = None  # "Blackwater Rfc Physio Assistant": the company, then the job
        if job and TITLE_HINT.search(job) and plausible_role(job):
            set_role(header, restore_case(job))


_ORG_ENDS = ORG_SUFFIXES | {"rfc", "rufc", "cc"}  # a club's kind: "blackwater rfc"


def _org_case(company: str) -> str:
    """ "blackwater rfc": Blackwater RFC (a short kind of organisation in capitals)."""
    return " ".join(
        w.upper()
        if w in _ORG_ENDS and len(w) <= 3 and w not in ("co", "bar", "pub", "spa")
        else restore_case(w)
        for w in company.split()
    )


def _name_is_me(header: Header, text: str) -> str | None:
    """ "Beverley Nash, me, 58 years young.": a name, then "me" set beside it."""
    for m in _NAME_IS_ME.finditer(text):
        name = m.group("name")
        if _name_like(name) and not any(same_person(p.name, name) for p in header.people):
            return name
    return None


def _invited_address(raw: str) -> str | None:
    """An invitation the employer mailed to the writer's personal address and that greets
    them by its first part ("To: <marisol.quintero.spa@outlook.com>", "Dear Marisol,"); not a
    mail the writer sent from one (their own address is then the sender's)."""
    to = _TO_OWN.search(raw)
    if to is None or _FROM_PERSONAL.search(raw):
        return None
    first, last = to.group("first"), to.group("last")
    if not re.search(rf"^(?i:dear|hi|hello|hey)[ \t]+(?i:{first})[ \t]*[,!]", raw, re.M):
        return None
    return as_written(f"{first.capitalize()} {last.capitalize()}", raw)


def _invite_titled_with_guest(header: Header, raw: str) -> str | None:
    """An invitation titled with the guest whose interview it is ("Interview: Lead Build
    Supervisor – Jordan Pryce"): one of its guests, not its organiser or sender, and never
    spoken of in the notes outside the invitation's own lines."""
    m = _INVITE_TITLE.search(raw)
    if m is None or re.search(r"\b(?i:with|w/)\s*$", m.group("job")):
        return None
    name = m.group("name")
    guests = " ".join(g.group("list") for g in _GUESTS.finditer(raw))
    listed = _GUEST_BLOCK.search(raw)
    guests += " " + (listed.group("block") if listed else "")
    squashed = re.sub(r"[^a-z]", "", name.lower())
    addressed = any(
        re.sub(r"[^a-z]", "", a.lower()).startswith(squashed) for a in _ADDRESS.findall(guests)
    )
    organisers = " ".join(o.group("who") for o in _ORGANIZER.finditer(raw))
    if not (name in guests or addressed) or name.split()[0] in organisers:
        return None
    if not _name_like(name):
        return None
    own_lines = [ln for ln in raw.splitlines() if name in ln]
    rest = "\n".join(ln for ln in raw.splitlines() if ln not in own_lines)
    rest = _ADDRESS.sub("", rest)  # "josie.marchetti.subs@...": the guest's own address
    rest = re.sub(rf"\b{re.escape(name.split()[0])}['’]s[ \t]+interview\b", "", rest)
    if _used_again(name, rest, ""):
        return None
    job = re.sub(r"[ \t]*\([^)\n]*\)$", "", m.group("job")).strip()
    if header.company and (header.company in job or _names_the_writer(header.company, name)):
        header.company = None  # "Colourist" from "Interview – Colourist – Pia Lindqvist"
    misread = header.role is None or _names_the_writer(header.role, name) or header.role in job
    if misread and plausible_role(job):  # the invitation's title says which is the job
        header.role = None
        set_role(header, job)
    return name


def _name_never_again(header: Header, text: str) -> str | None:
    """A name that opens one of the heading's lines (the notes' first lines, or the first
    under a "-- my notes --" rule after a paste) and that the notes never use again, above the
    people met, who are listed under a "Panel:" line below it or each spoken of again: the
    writer's own ("Kieran Adebayo-Walsh (final yr BSc Paramedic Science, UWE)" over "WHO WAS
    ON THE PANEL", "Jo Whitfield - Probation Officer, Northern Rivers PDU - 27/2"). Never a
    name under a "Panel:" line, nor the only person the notes name."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    starts = [0] + [i + 1 for i, ln in enumerate(lines[:40]) if _OWN_NOTES_RULE.match(ln)]
    for start in starts:
        for i in range(start, min(start + 3, len(lines))):
            line = lines[i]
            m = _NAME_OPENS.match(line)
            under = lines[i - 1] if i else ""
            if m is None or under.rstrip().endswith(":") or _PEOPLE_LIST.match(under):
                continue  # a name under "Panel:" or "## Who I met" is a person met
            name = m.group("name")
            if not _name_like(name) or _used_again(name, text, line):
                continue
            if _JOB_AT.match(m.group("rest").strip(" \t*_—–-")):
                _job_beside(header, m.group("rest"), name)  # "NAME - groom job at X"
                return name
            if i == 0 and header.company and same_person(header.company, name):
                continue  # "Kopjes Wildlife Lodge — Camp Host": the employer's own heading
            below = "\n".join(lines[i + 1 :])
            met = [p for p in header.people if not same_person(p.name, name)]
            listed = _PEOPLE_LIST.search(below) is not None
            spoken = all(_used_again(p.name, below, _first_line_of(p.name, below)) for p in met)
            if not met or not (listed or spoken) or any(p.name not in below for p in met):
                continue
            _job_beside(header, m.group("rest"), name)
            return name
    return None


# a rule that opens the writer's own notes under a paste: "---------- my notes ----------"
_OWN_NOTES_RULE = lazy_compile(r"^[ \t]*[-=_~*]{2,}[^\n]*\b(?i:notes)\b[^\n]*[-=_~*]{2,}[ \t]*$")
_PEOPLE_LIST = lazy_compile(
    r"^[ \t#*]*(?i:panel|interviewers?|who was on the panel|who i met|people|met)\b[^\n]{0,20}:?",
    re.M,
)
# the rest of the name's line: "- senior/travelling groom job at Ashbury Lodge Stables, Lambourn"
_JOB_AT = lazy_compile(
    r"^(?P<job>[^,\n]+?)[ \t]+(?i:job|role|post|position)[ \t]+(?i:at|with)[ \t]+"
    rf"(?P<org>{UPPER}[\w&'’-]*(?:[ \t]+(?:{UPPER}[\w&'’-]*|&|of|and)){{0,5}})"
)


_ORG_PART = rf"{UPPER}[\w&'’-]*(?:[ \t]+(?:{UPPER}[\w&'’-]*|&|of)){{1,4}}"


def _job_beside(header: Header, rest: str, name: str) -> None:
    """The job (and the company) on the writer's own line, when the reader took none or took
    the name for one: "- Probation Officer, ...", "- groom job at Ashbury Lodge Stables"."""
    rest = rest.strip(" \t*_—–-")
    if header.company and _names_the_writer(header.company, name):
        header.company = None
    if header.role and _names_the_writer(header.role, name):
        header.role = None
    if at := _JOB_AT.match(rest):  # the writer's own words for the job: surer than a guess
        header.company = header.company or at.group("org")
        header.role = None
        set_role(header, title_case_role(at.group("job")))
        return
    if rest.startswith("("):
        return  # "(final yr BSc Paramedic Science, UWE)": about the writer, no job
    job, *more = re.split(r",[ \t]*|[ \t]+[—–-][ \t]+", rest)
    if header.role is None and TITLE_HINT.search(job) and plausible_role(job) and len(job) < 60:
        set_role(header, job.strip())
    org = more[0].strip() if more and header.role == job.strip() else ""
    if header.company is None and re.fullmatch(_ORG_PART, org) and not re.search(r"\d", org):
        header.company = org  # "Jo Whitfield - Probation Officer, Northern Rivers PDU - 27/2"


_DECORATION = lazy_compile(r"[ \t]*(?:~{2,}|={2,}|\*{3,}|#{3,})[ \t]*")


def _decorated_heading(header: Header, text: str) -> str | None:
    """A first line set off by decorations, the company in capitals between them and the
    writer's name and job after ("~~~ HOLLOW OAK COFFEE ROASTERS ~~~   Owen Falkirk — Head
    Roaster"), the name never used again."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    parts = [p for p in _DECORATION.split(first) if p.strip()]
    if len(parts) != 2 or not parts[0].isupper():
        return None
    m = _NAME_OPENS.match(parts[1])
    if m is None or not _name_like(m.group("name")) or _used_again(m.group("name"), text, first):
        return None
    header.company = " ".join(  # "HOLLOW OAK": Hollow Oak; "NHS", "BHP" stay
        w.capitalize() if re.search(r"[AEIOUY]", w) else w for w in parts[0].split()
    )
    header.role = None
    _job_beside(header, m.group("rest"), m.group("name"))
    return m.group("name")


# a paragraph that opens with the writer's name, then their own clause with no subject:
# "Calum Drummond, went up to Balnacraig Estate for the beatkeeper job, ..."
_NAME_THEN_CLAUSE = lazy_compile(
    rf"^[ \t]*(?P<name>{_FULL}),[ \t]+(?:went|had|got|drove|came|arrived|travelled|headed|"
    r"walked|cycled|took)\b",
    re.M,
)
# notes signed with an initial: "— M.", "-J"
_INITIAL_SIGN_OFF = lazy_compile(rf"^[ \t]*(?:--|[—–~-])[ \t]*(?P<initial>{UPPER})\.?[ \t]*$", re.M)
# a full name in prose with letters after it: "Megan Vandermeer, OCT, finally in the room"
_NAME_WITH_LETTERS = lazy_compile(rf"(?P<name>{_FULL}),[ \t]*[A-Z]{{2,6}}\b,")


def _name_then_own_clause(header: Header, text: str) -> str | None:
    """ "Calum Drummond, went up to ...": a paragraph's opening name, then the writer's own
    clause, the name never used again (never "Hamish Learmonth, went up the hill with him"
    when Hamish is spoken of later)."""
    for m in _NAME_THEN_CLAUSE.finditer(text):
        name = m.group("name")
        met = any(same_person(p.name, name) for p in header.people)
        if _name_like(name) and not met and not _used_again(name, text, m.group()):
            return name
    return None


def _signed_initial(header: Header, text: str) -> str | None:
    """Notes signed with an initial ("— M.") and one full name with letters after it
    ("Megan Vandermeer, OCT, ...") whose first name has it and that the notes never use
    again: the writer."""
    signed = _INITIAL_SIGN_OFF.findall(text)
    if len(signed) != 1:
        return None
    named = {
        m.group("name")
        for m in _NAME_WITH_LETTERS.finditer(text)
        if m.group("name").startswith(signed[0]) and _name_like(m.group("name"))
    }
    if len(named) != 1:
        return None
    name = named.pop()
    met = any(same_person(p.name, name) for p in header.people)
    return None if met or _used_again(name, text, name) else name


def _lone_lower_name(header: Header, text: str) -> str | None:
    """Notes in lower case under a heading in capitals, with a name alone on the second line
    that the notes never use again ("NORTHSOUND OFFSHORE SERVICES - ..." over "callum reid"),
    not a person met nor a thing ("route planning")."""
    lines = [ln.strip(" \t#*_") for ln in text.splitlines() if ln.strip()][:2]
    opening = _PARTS.split(lines[0])[0] if lines else ""
    if len(lines) < 2 or not opening.isupper() or not re.fullmatch(_LOWER_FULL, lines[1]):
        return None
    words = lines[1].split()
    if any(re.search(r"(?:ing|tion|ment|ness|ance|ence)$", w) for w in words):
        return None
    name = restore_case(lines[1])
    if not _name_like(lines[1]) or _used_again(name, text, lines[1]):
        return None
    return None if any(same_person(p.name, name) for p in header.people) else name


def _first_line_of(name: str, text: str) -> str:
    """The line that first names this person (so "spoken of again" means after it)."""
    for ln in text.splitlines():
        if any(re.search(rf"\b{re.escape(w)}\b", ln) for w in name.split() if len(w) > 2):
            return ln
    return ""
