"""The company, the role and the people met, by the place each holds in the notes.

The header reader (noteheader.py) reads labels and many title-line forms. Notes in a form it
has not met are refused ("the notes do not say: company") though the facts stand where people
always put them. This module reads them by place and by role, when they are still missing:

- the header block: the notes' first lines, each split at its separators (dashes, pipes,
  commas, "@", and "at" in any language: "at", "for", "chez", "bei", "presso"...). A part
  whose last word is a job noun is the role; beside it, a part that names an organisation by
  its form is the company. A date, a place of one word or the meeting's own word is neither.
- the close of a pasted mail: under its sign-off, the sender's name, title and organisation;
  the organisation is the company when the mail is not the candidate's own.
- a person's block: a line that is only a name (a heading, "Name — title", "Name:") with lines
  under it about what that person asked or said. That person is someone met.
- a person named with a word of respect in any language ("Herr Lind", "Ibu Ratna",
  "Tanaka-san", "Suresh sir", "Mme Dubois") who opens a sentence as its subject ("Herr Lind
  fragte ...", "Tanaka-san (research lead) asked ..."): someone who spoke with the candidate,
  not someone merely mentioned.

Elimination keeps each reading honest: a part that is a person is never the company, a job
title is never a person, the candidate's own name is never someone met, and a company read
as the meeting's own word ("Vorstellungsgespräch") or as a person is undone. When a form is
not sure it reads nothing: a wrong fact in a draft is worse than a refusal.

Standard library only: each form is a line's shape and a word's part in it.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import COMPANY_LABEL, MEETING_NAME, MEETING_WORD, ROLE_LABEL
from followup.lazyre import lazy_compile
from followup.noteheader import (
    MAIL_SERVICES,
    TITLE_HINT,
    Header,
    Person,
    add_person,
    plausible_role,
    same_person,
)
from followup.notenames import (
    COMMON_WORDS,
    HONORIFICS,
    MONTH_NAMES,
    NAME_TAIL,
    ORG_SUFFIXES,
    UPPER,
    is_placeholder,
    title_case_role,
)
from followup.orgwords import ORG_SIGN, org_signed

FIRST_LINES = 4
_NAME = rf"{UPPER}{NAME_TAIL}"
_FULL = rf"{_NAME}(?:[ \t]+{_NAME}){{1,2}}"
# the separators of a header line's parts; "at" in the languages notes are written in
_SEPARATOR = lazy_compile(r"[ \t]+(?:--|[—–|·•/-])[ \t]+|[ \t]*\|[ \t]*|,[ \t]+|;[ \t]+")
_AT = lazy_compile(
    r"[ \t]+(?:@|at|for|with|w/|chez|bei|presso|en|em|na|no|bij|hos|på|w|v|di|pada)[ \t]+", re.I
)
# the meeting's own word in the languages notes are written in (labelwords.py): never a
# company or a role
_MEETING = lazy_compile(
    r"^(?:(?:final|first|second|1st|2nd|3rd|phone|video|panel|onsite|on-site|zoom|teams)"
    rf"[ \t]+)*(?:{MEETING_NAME})(?:[ \t]+(?:notes?|recap|prep))?$",
    re.I,
)
_MEETING_WORD = lazy_compile(rf"[ \t]*\b(?:{MEETING_WORD})\b[ \t]*", re.I)
# a day's or a month's name in full or cut short, never the opening of a word ("Marina",
# "Monash", "Sunrise")
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b\.?"
)
# longest first, then by name: one pattern source whatever the hash seed (lazyre keeps it)
_MONTH = "|".join(
    sorted({*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept"}, key=lambda m: (-len(m), m))
)
# a part that is a date, a day or a time, in any of the usual forms
_DATED = lazy_compile(
    rf"\d{{1,4}}[/.-]\d{{1,2}}|\b\d{{1,2}}[:.h]\d{{2}}\b|\b\d{{1,2}}[ \t]*(?:am|pm)\b|"
    rf"\b(?:{_MONTH})\b\.?(?:[ \t]+\d|$)|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTH})|"
    rf"^{_WEEKDAY}(?:[ \t]|$)|\b(?:today|yesterday|tomorrow)\b|\b(?:19|20)\d\d\b",
    re.I,
)
# job nouns the title hint leaves out, and the agent endings of job nouns ("operative",
# "practitioner" are in the hint; "Warden", "Mason", "Ranger" are not)
_JOB_NOUN = lazy_compile(
    r"\b(?:warden|mason|ranger|porter|usher|cleaner|packer|picker|sorter|fitter|joiner|"
    r"roofer|glazier|tiler|plasterer|labourer|laborer|farmhand|handyman|groom|chauffeur|"
    r"adjuster|examiner|assessor|appraiser|courier|valet|concierge|lifeguard|coach|operative|officer|associate|akuntansi|staff|"
    r"crew|sommelier|butcher|fishmonger|cellarman|brewer|distiller|cooper|gardener|"
    r"landscaper|decorator|painter|installer|fabricator|rigger|lineman|linesman|"
    r"technologist|optometrist|optician|nutritionist|dietitian|radiographer|sonographer|"
    r"phlebotomist|psychologist|social worker|youth worker|volunteer|fellow|trainee|"
    r"graduate|resident|registrar|locum|auditor|actuary|solicitor|barrister|notary|"
    r"editor|translator|announcer|presenter|illustrator|animator|modeller|tester|"
    r"logistikplaner|ingenieur|ingénieur|entwickler|berater|assistante?|responsable|"
    r"\w+kundige|\w*medewerker|\w*księgow[ay]|técnic[oa]|enfermeir[oa]|"
    r"vendedor|vendedora|enfermer[oa]|cocinero|camarer[oa]|programador[a]?|analista|"
    r"recepcionista|especialista|dentista|periodista|economista|electricista|maquinista|"
    r"trabajador[a]?|contador[a]?|administrador[a]?|operador[a]?|diseñador[a]?|"
    r"\w{3,}eur|\w{3,}euse|\w{3,}trice|\w{3,}(?:leiter|planer|"
    r"techniker|troniker|meister|berater|referent|entwickler|kaufmann|kauffrau)(?:in)?)$",
    re.I,
)
# a job title in a language that puts the head noun first: "Assistante de direction"
_HEAD_FIRST = lazy_compile(r"^(\w+)[ \t]+(?:de|des|du|della|del|di|do|da|dos|das)[ \t]", re.I)
# what marks a capitalised part as an organisation's name rather than a person's (orgwords.py)
_ORG_SIGN = ORG_SIGN
# words of respect said before a name, and what an English note greets with (None: by name)
_BEFORE = {
    **{k: v for k, v in HONORIFICS.items() if k != "professor"},
    "mme": "Ms.",
    "madame": "Ms.",
    "mlle": "Ms.",
    "monsieur": "Mr.",
    "m": "Mr.",
    "sr": "Mr.",
    "sra": "Ms.",
    "srta": "Ms.",
    "señor": "Mr.",
    "señora": "Ms.",
    "senhor": "Mr.",
    "senhora": "Ms.",
    "signor": "Mr.",
    "signora": "Ms.",
    "sig": "Mr.",
    "dhr": "Mr.",
    "mevr": "Ms.",
    "mevrouw": "Ms.",
    "pan": "Mr.",
    "pani": "Ms.",
    "bapak": None,
    "pak": None,
    "ibu": None,
    "bu": None,
    "khun": None,
    "sir": None,
    "madam": None,
    "ma'am": None,
    "ma’am": None,
    "shri": None,
    "mbak": None,
    "kak": None,
    "cllr": "Cllr",
    "councillor": "Councillor",
    "smt": None,
}
_BEFORE_RE = (
    "(?i:"
    + "|".join(sorted((re.escape(k) for k in _BEFORE if k != "m"), key=len, reverse=True))
    + r")\.?|M\."
)
# said after a name: "Tanaka-san", "Kim-nim", "Suresh sir", "Priya ma'am", "Anjali didi"
_AFTER_RE = r"(?:-(?:san|sama|sensei|nim|ji|shi)|[ \t]+(?:sir|ma['’]am|madam|ji|didi|bhaiya|sahab))"
_OPENS = r"(?:^|(?<=[.!?;][ \t])|(?<=[.!?;][ \t]{2}))[ \t]*(?:[-*•>][ \t]+|\d+[.)][ \t]+)?"
# the subject of a sentence: the named person, an aside about them, then a lower-case word
_HONOURED_SUBJECT = lazy_compile(
    rf"{_OPENS}(?:(?:(?i:la|el|le|der|die|the|o|a)[ \t]+)?(?P<h>{_BEFORE_RE})[ \t]+"
    rf"(?P<n>{_NAME}(?:[ \t]+{_NAME}){{0,2}})(?![\w'’-])"
    rf"|(?P<m>{_NAME}(?:[ \t]+{_NAME})?){_AFTER_RE}\b)"
    r"(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*(?:,[^,\n]{1,40},[ \t]*)?(?=[a-zà-ÿ]|m['’]a\b|:)",
    re.M,
)
# the same forms anywhere, for the person's full name ("Ketemu Ibu Ratna Sari (HRD)")
_HONOURED = lazy_compile(
    rf"(?<![\w.'’])(?P<h>{_BEFORE_RE})[ \t]+(?P<n>{_NAME}(?:[ \t]+{_NAME}){{0,2}})"
)
# the verbs that say a person spoke with the candidate, in a person's block
_SPOKE = lazy_compile(
    r"\b(?:asked|asks|said|says|told|wanted|wants|mentioned|explained|talked|discussed|"
    r"pushed|probed|grilled|liked|loved|worried|concern|concerned|raised|described|walked|"
    r"showed|questions?|focus(?:ed)?|keen|interested|cares?|fragte|sagte|wollte|meinte|"
    r"tanya|bilang|a demandé|m['’]a demandé|a dit|preguntó|dijo|chiese|disse|perguntou|"
    r"vroeg|zei)\b",
    re.I,
)
_BULLET = lazy_compile(r"^[ \t]*(?:[-*•>+]|\d+[.)])[ \t]+\S")
# a line that is only a name: "Priya Raman", "**Tom Ellery** — Staff Engineer", "Dr. A Nwosu:"
_NAME_LINE = lazy_compile(
    rf"^[ \t#*_]*(?:(?P<h>{_BEFORE_RE})[ \t]+)?(?P<n>{_FULL})[*_]*"
    r"(?:[ \t]*\((?P<p>[^)\n]{1,60})\)|[ \t]+(?:--|[—–|-])[ \t]+(?P<t>[^\n]{1,60}?)"
    r"|,[ \t]+(?P<c>[^\n,]{1,50}?))?[ \t]*:?[ \t]*[*_]*[ \t]*$"
)
# a section heading naming whom it was with: "INTERVIEW – with Mr Colin Fairweather, Master
# Mason", "Round 2 (with Dana Kelly)"
_WITH_LINE = lazy_compile(
    rf"^[^\n]{{0,40}}?\b(?i:with)[ \t]+(?:(?P<h>{_BEFORE_RE})[ \t]+)?(?P<n>{_FULL})"
    r"(?:,[ \t]+(?P<t>[^\n,()]{2,50}))?[ \t)]*:?[ \t]*$",
    re.M,
)
# a mail's close: the sign-off, the sender's name, then the lines of their card
_SIGN_OFF = lazy_compile(
    r"^[ \t]*(?:best(?: wishes| regards)?|kind regards|warm regards|regards|many thanks|"
    r"thanks|thank you|sincerely|yours sincerely|cheers|all the best|cordialement|"
    r"mit freundlichen grüßen|viele grüße|saludos|atentamente|cordiali saluti|"
    r"met vriendelijke groet|salam)[ \t]*[,!.]?[ \t]*\n(?P<card>(?:[ \t]*\S[^\n]*\n?){2,5})",
    re.M | re.I,
)
_CONTACT = lazy_compile(r"@|https?:|www\.|\+?\d[\d ()-]{6,}|\b(?:tel|phone|mob|ext)\b", re.I)
# the small words inside organisations' names ("Bank of Ireland", "Sp. z o.o.")
_LOWER_IN_FIRM = frozenset(
    ["&", "and", "of", "de", "du", "la", "des", "del", "der", "für", "z", "y", "e", "et", "van"]
)
_NOT_ORG_WORDS = frozenset(["team", "department", "dept", "office", "unit", "division"])


def read_fact_places(header: Header, text: str, raw: str) -> None:
    """Fill what the header reader left missing (company, role, people met) by place, after
    undoing a company that is the meeting's own word or a person. A fact the notes leave as
    template text ("Role: Job Title") stays as the reader left it."""
    before = (header.company, header.role)
    _read(header, text, raw)
    if "company" in header.placeholders or is_placeholder(header.company):
        header.company = before[0]
    if "role" in header.placeholders or is_placeholder(header.role):
        header.role = before[1]


def _read(header: Header, text: str, raw: str) -> None:
    _undo_misread(header)
    header.people = [p for p in header.people if not _firm_name(p.name)]
    lines = _header_lines(text)
    if header.company and not _org_part(header.company, strict=False):
        trial = Header(people=header.people)
        _header_parts(trial, lines)
        if trial.company and trial.role:  # "Thanks note prep" over "... Barista at Fern Coffee"
            header.company, header.role = trial.company, trial.role
    if header.company is None or header.role is None:
        _header_parts(header, lines)
    if header.company is None:
        header.company = _card_org(raw, header)
    if header.company is None:
        _org_line_over_job(header, lines)
    if header.company is None:
        header.company = _lone_org(header, lines)
    if header.company is None and (m := _COMPANY_LABEL.search(text)):
        firm = re.split(r",[ \t]|[ \t]*\(|[ \t]+(?:--|[—–|-])[ \t]+", m.group(1))[0].strip(" .*_")
        if _org_part(firm, strict=False) and not re.match(rf"(?:{_BEFORE_RE})[ \t]", firm):
            header.company = firm  # "Firma: Biolab Analytik GmbH": the label says it
    if header.company is None:
        header.company = _domain_firm(raw, header)
    # a job read as the firm ("Junior Accountant") gives way to the firm a sentence names
    jobby = header.company is None or (_job_part(header.company) and not _org_part(header.company))
    if jobby and (firm := _body_firm(text, header)):
        if header.company and header.role is None:
            header.role = header.company
        header.company = firm
    if header.role is None and header.company:
        _role_beside_company(header, lines)
    if header.role is None:
        _role_in_subject(header, raw)
    if header.role is None and (m := _ROLE_LABEL.search(text)):
        job = re.split(r"[ \t]+/[ \t]+|,[ \t]|[ \t]*\(|[ \t]+(?:--|[—–|-])[ \t]+", m.group(1))[0]
        job = job.strip(" .*_")
        if 0 < len(job.split()) <= 5 and plausible_role(job) and not _org_part(job, strict=True):
            header.role = job  # "Stelle: Kfz-Mechatroniker / Diagnosetechniker ...": its place
    for person in _person_blocks(text, header):
        if header.candidate and same_person(header.candidate, person.name):
            header.candidate = None  # who asked and said things in the notes is someone met
        add_person(header, person)
    for person in _honoured_speakers(text, header):
        add_person(header, person)
    for person in _named_speakers(text, header):
        add_person(header, person)
    for person in _lower_case_met(text, header):
        add_person(header, person)
    for person in _titled_list(text, header):
        add_person(header, person)
    for person in header.people:  # "Operator Karen White": the title of the line above
        words = person.name.split()
        if len(words) > 2 and TITLE_HINT.fullmatch(words[0]) and words[1][:1].isupper():
            person.name = " ".join(words[1:])
    for person in header.people:  # "Mme Claire Dubois" read with her title on
        if m := re.match(rf"(?:{_BEFORE_RE})[ \t]+(?={UPPER})", person.name):
            key = m.group().strip().lower().rstrip(".")
            person.name = person.name[m.end() :]
            person.honorific = person.honorific or _BEFORE.get(key)
    header.people = [p for p in header.people if _may_be_person(p.name, header)]
    if header.candidate and header.company and header.candidate.lower() == header.company.lower():
        header.candidate = None  # "Northwind Freight" over the job is the firm, not the writer


def _firm_name(name: str) -> bool:
    """A name read as a person's that is an organisation's by its form ("Ortega Landscaping")."""
    words = name.split()
    return len(words) > 1 and (
        words[-1].lower() in ORG_SUFFIXES or bool(_ORG_SIGN.search(name)) or org_signed(name)
    )


_LABEL_ON = lazy_compile(r"(?i:re|ref|fwd?|aw|sv|role|job|position|title)[ \t]*:[ \t]*")
_APPLIED_FOR = lazy_compile(
    r"(?i:interview|interviewing|applying|application)[ \t]+(?i:for|as)[ \t]+"
)
_INLINE_ROLE = lazy_compile(r",[ \t]+(?i:role|job|position)[ \t]*:[ \t]*(.+)$")


def _undo_misread(header: Header) -> None:
    company, role = header.company, header.role
    if role and _MEETING.match(role.strip(" .:")):
        header.role = role = None  # "Entrevista" read as the job
    if company and (m := _INLINE_ROLE.search(company)):
        header.company = company = company[: m.start()]  # "Orbitall Systems, role: QA Engineer"
        if _job_part(m.group(1)):
            header.role = role = m.group(1).strip(" .")
    if (
        company
        and _SEPARATOR.search(company)
        and (_DATED.search(company) or any(_job_part(p) for p, _ in _parts(company)))
    ):
        header.company = company = None  # "Técnica de Enfermagem – Hospital X – 30/11"
    if company and (
        _MEETING.match(company.strip(" .:"))
        or re.match(rf"^(?:\d+[.)][ \t]*)?(?:{_BEFORE_RE})[ \t]+{UPPER}", company, re.I)
    ):
        header.company = None  # "Vorstellungsgespräch", "1. Dr. Amara Nwosu"
    if role and (m := _AT.search(role)) and m.group().strip() in ("@", "chez", "bei", "presso"):
        job, firm = role[: m.start()].strip(), role[m.end() :].strip(" .")
        if _job_part(job) and _org_part(firm, strict=False):
            header.role = title_case_role(job) if job.islower() else job
            header.company = header.company or firm
            return
    if (
        role
        and header.company is None
        and (
            role.split()[-1].lower().strip(".") in ORG_SUFFIXES
            or (_org_part(role) and _firm_name(role) and not _job_part(role))
        )
    ):  # a role is taken for the firm by a word of a firm's, not by its length alone
        header.company, header.role = role, None  # "Autohaus Brenner GmbH" read as the job
        return
    if role and (m := _APPLIED_FOR.match(role)):
        header.role = role = role[m.end() :]  # "interview for Barista"
    if role and (m := re.match(r"(?i:their|your|our)[ \t]+", role)):
        header.role = role = role[m.end() :]  # "their Site Engineer"
    if role and re.match(r"(?i:the|my|a)[ \t]", role):
        header.role = None  # "The head" of "The head, Mrs O'Connell, ..."
    elif role and (m := _LABEL_ON.match(role)):
        header.role = role[m.end() :]  # "Ref: Customer Success Manager"


def _header_lines(text: str) -> list[str]:
    """The notes' first lines that are not empty, without markdown's signs; a labelled
    line's value ("Role: Practice Nurse, Elmfield Surgery") stands for the line."""
    out: list[str] = []
    for line in text.splitlines():
        plain = re.sub(r"^[ \t#>*_]+|[*_]+[ \t]*$|\*\*|__", "", line).strip()
        if not plain or re.fullmatch(r"[-=_*~ ]+", plain):
            continue
        labelled = re.match(
            rf"^(?i:{ROLE_LABEL}|{COMPANY_LABEL})[ \t]*[:=][ \t]*(.+)$",
            plain,
        )
        out.append(labelled.group(1) if labelled else plain)
        if len(out) >= FIRST_LINES + 2:
            break
    return out


def _parts(line: str) -> list[tuple[str, str]]:
    """A header line's parts, each with the separator before it ("" for the first)."""
    out: list[tuple[str, str]] = []
    for i, chunk in enumerate(_SEPARATOR.split(line)):
        sep = "-" if i else ""
        pieces = _AT.split(chunk)
        ats = [m.group().strip().lower() for m in _AT.finditer(chunk)]
        for j, piece in enumerate(pieces):
            aside = re.search(r"[ \t]*\(([^)]*)\)[ \t]*[,.]?$", piece)
            piece = re.sub(r"[ \t]*\([^)]*\)[ \t]*[,.]?$", "", piece).strip(" :!")
            piece = _bare_job(_MEETING_WORD.sub(" ", piece).strip(" :-"))
            if not re.search(r"\.\w+\.$", piece):  # "Sp. z o.o." keeps its last dot
                piece = piece.strip(" .")
            out.append((piece, ats[j - 1] if j else sep))
            if aside and _job_part(aside.group(1).strip()):  # "the X interview (Library
                out.append((aside.group(1).strip(), "("))  # Assistant)": the job in brackets
    return [(p, s) for p, s in out if p]


_WITH = ("with", "w/")


def _bare_job(part: str) -> str:
    """ "the crew lead job" as "crew lead"."""
    part = re.sub(r"^(?i:the|a|an|my|their|your|our|his|her)[ \t]+", "", part)
    return re.sub(r"[ \t]+(?i:job|role|position|post|vacancy|opening)$", "", part)


def _job_part(part: str) -> bool:
    """A part that is a job title: its last word a job noun, no organisation's word."""
    words = part.split()
    if not 0 < len(words) <= 6 or _DATED.search(part) or _MEETING.match(part):
        return False
    last = re.sub(r"\b(?:i{1,3}|iv|\d)$", "", part, flags=re.I).strip()
    if not last or last.split()[-1].lower() in ORG_SUFFIXES:
        return False
    tail = last.split()[-1]
    if m := _HEAD_FIRST.match(part):  # "Assistante de direction", "Responsable des achats"
        tail = m.group(1)
    return bool(TITLE_HINT.search(tail) or _JOB_NOUN.search(tail)) and plausible_role(part)


def _org_part(part: str, strict: bool = True) -> bool:
    """A part that names an organisation by its form: capitalised words, not a job, a date,
    the meeting or a person with a title. Strict, a part of two or three words needs a sign of
    an organisation (its kind, "&", a business's noun, a capital inside a word: "ClearSpan"),
    since a person's name has the same form ("Priya Raman"), and one word is never enough;
    not strict (after "at" or "@", under a sender's job) the place vouches for the rest."""
    words = part.split()
    if not 0 < len(words) <= 6 or _DATED.search(part) or _MEETING.match(part) or ":" in part:
        return False
    if _job_part(part) or re.match(rf"(?:\d+[.)][ \t]*)?(?:{_BEFORE_RE})[ \t]", part, re.I):
        return False
    if re.match(r"\d+[.)][ \t]", part):  # a list's line
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w in _LOWER_IN_FIRM or w in ("o.o.", "o.o")
        for w in words
    ):
        return False
    if words[-1].lower() in _NOT_ORG_WORDS or words[0].lower() in ("the", "my"):
        return False
    if len(words) == 1:
        return (not strict) and len(part) > 2 and not part.isupper()
    if words[-1].lower() in ORG_SUFFIXES or _ORG_SIGN.search(part) or org_signed(part):
        return True
    if re.search(r"\b(?!Mc|Mac|De|Di|La|Le|Van|Von|O)[A-Z][a-z]+[A-Z][a-z]", part):
        return True  # "ClearSpan Glass", not "LaToya", "McKenzie"
    return not strict or len(words) > 3


def _header_parts(header: Header, lines: list[str]) -> None:
    """The role and the company from the header block's parts: a job part, and beside it in
    the same line the one part that names an organisation."""
    for line in lines[:FIRST_LINES]:
        parts = _parts(line)
        # a job after "with" is the title of the person met ("call w/ Hiring Manager")
        jobs = [i for i, (p, sep) in enumerate(parts) if _job_part(p) and sep not in _WITH]
        if len(jobs) != 1:
            continue
        j = jobs[0]
        job = parts[j][0]
        firms = [
            i
            for i, (p, sep) in enumerate(parts)
            if i != j and _org_part(p, strict=sep not in ("@", "at", "chez", "bei", "presso"))
        ]
        if not firms and header.people and _MEETING.match(_SEPARATOR.split(line)[0].strip()):
            firms = _firm_by_elimination(header, parts, j)
        if header.company is None and len(firms) == 1 and abs(firms[0] - j) == 1:
            firm = parts[firms[0]][0]
            named = any(same_person(p.name, firm) for p in header.people)
            if not (header.role and firm.lower() in header.role.lower()) and not named:
                header.company = firm
        if (
            header.role is None
            and (header.company is None or header.company.lower() not in job.lower())
            and ((header.company and header.company.lower() in line.lower()) or firms)
        ):
            header.role = title_case_role(job) if job.islower() else job
        if header.company and header.role:
            return


def _firm_by_elimination(header: Header, parts: list[tuple[str, str]], j: int) -> list[int]:
    """In a title line that opens with the meeting's word ("Cyfweliad – Sain Arfor – Senior
    Producer"), the capitalised part beside the job that is no one met and not the writer:
    what is left of meeting, firm and job is the firm."""
    return [
        i
        for i, (p, _) in enumerate(parts)
        if abs(i - j) == 1
        and _org_part(p, strict=False)
        and len(p.split()) > 1
        and not any(same_person(q.name, p) for q in header.people)
        and not (header.candidate and same_person(header.candidate, p))
    ]


def _org_line_over_job(header: Header, lines: list[str]) -> None:
    """A line that is only an organisation's name over a line that opens with the job:
    "Kemper & Hale Architects" over "Junior Architect"."""
    for i, line in enumerate(lines[: FIRST_LINES - 1]):
        if i + 1 >= len(lines):
            return
        parts = _parts(line)
        below = _parts(lines[i + 1])
        if len(parts) != 1 or not below or not _org_part(parts[0][0]):
            continue
        if _job_part(below[0][0]) and not any(
            same_person(p.name, parts[0][0]) for p in header.people
        ):
            header.company = parts[0][0]
            if header.role is None:
                job = below[0][0]
                header.role = title_case_role(job) if job.islower() else job
            return


# a line that is a sentence of the writer's, not a title: its firm may be anyone's
_SENTENCE = lazy_compile(r"(?:^|[ \t])(?:I|I'm|I've|[Ww]e|[Mm]y|[Oo]ur|me)[ \t]|[.!?]$")
# a word of a name held in brackets inside it: "Al-Noor Denim Mills (Pvt) Ltd"
_BRACKETED_WORD = lazy_compile(r"^\([A-Z][\w.]*\)$")


def _lone_org(header: Header, lines: list[str]) -> str | None:
    """By elimination in the title block (the notes' first lines): the one part that names an
    organisation by a word of its own (orgwords.org_signed: "Läänemere Digiriik OÜ", "Lotofaga
    Methodist College", "Pracownia Organowa Sobczak i Syn") and is no person, job, date or the
    meeting; an address after it is a part of its own. Two such parts name nothing sure."""
    found: list[str] = []
    for line in lines[:FIRST_LINES]:
        if _SENTENCE.search(line):
            continue  # "I met the team at Balfour Beatty Group, where I work.": a sentence's
        for part, sep in _parts(line):
            words = part.split()
            if not 2 <= len(words) <= 6 or sep in _WITH or ":" in part or not org_signed(part):
                continue
            if _DATED.search(part) or _MEETING.match(part) or _job_part(part):
                continue
            if re.match(rf"(?:\d+[.)][ \t]*)?(?:{_BEFORE_RE})[ \t]", part, re.I):
                continue  # "Dr Fiona Grant", "Pan Andrzej Sobczak"
            if not all(
                w[:1].isupper()
                or w[:1].isdigit()
                or w in _LOWER_IN_FIRM
                or w in ("i", "o.o.", "o.o")
                or _BRACKETED_WORD.match(w)
                for w in words
            ):
                continue
            if any(same_person(p.name, part) for p in header.people) or (
                header.candidate and same_person(header.candidate, part)
            ):
                continue
            if part not in found:
                found.append(part)
    return found[0] if len(found) == 1 else None


def _role_beside_company(header: Header, lines: list[str]) -> None:
    """The job in the company's own line, or alone on the line under it."""
    company = (header.company or "").lower()
    for i, line in enumerate(lines[:FIRST_LINES]):
        if company not in line.lower():
            continue
        candidates = [p for p, _ in _parts(line) if company not in p.lower() and _job_part(p)]
        if not candidates and i + 1 < len(lines):
            alone = [p for p, _ in _parts(lines[i + 1])]
            if len(alone) == 1 and _job_part(alone[0]):
                candidates = alone
            elif alone and _job_part(alone[0]) and not any(_job_part(p) for p in alone[1:]):
                candidates = alone[:1]  # "Senior Events Coordinator - panel interview, 1hr"
        if not candidates:
            candidates = _left_over(line, header)
        if len(candidates) == 1:
            job = candidates[0]
            header.role = title_case_role(job) if job.islower() else job
            return


# the words of a place or a unit, never of a job: "Leeds City Centre", "Works Dept"
_PLACE_WORDS = lazy_compile(
    r"\b(?:city|centre|center|street|st|road|rd|avenue|ave|north|south|east|west|office|"
    r"branch|site|campus|hq|park|square|quay|dept|department|team|unit|division|works|"
    r"region|district|county|remote|hybrid|onsite|on-site|video|zoom|teams|phone|contract|"
    r"permanent|temporary|temp|full|part|time|ft|pt|notes|interview|round|stage)\b",
    re.I,
)


def _left_over(line: str, header: Header) -> list[str]:
    """By elimination in the company's line: the one part of two to five capitalised words
    with a job's word in it that is no date, place, unit, person or organisation ("Head of
    Operations" beside the company)."""
    company = (header.company or "").lower()
    out = []
    for part, _ in _parts(line):
        words = part.split()
        if company in part.lower() or not 2 <= len(words) <= 5 or _PLACE_WORDS.search(part):
            continue
        if not all(w[:1].isupper() or w in ("&", "and", "of", "/") for w in words):
            continue
        if _org_part(part) or _DATED.search(part) or not plausible_role(part):
            continue
        if not any(TITLE_HINT.fullmatch(w) or _JOB_NOUN.search(w) for w in words):
            continue  # "Head of Operations", not "Glasgow Harbour" nor "Jo Whitfield"
        if any(same_person(p.name, part) for p in header.people) or (
            header.candidate and same_person(header.candidate, part)
        ):
            continue
        out.append(part)
    return out


# a line labelled as the job in the languages notes are written in: the value is the job
_ROLE_LABEL = lazy_compile(
    rf"^[ \t#*_>-]*(?i:{ROLE_LABEL})[*_]*[ \t]*[:=][ \t]*[*_]*(.+)$",
    re.M,
)
_COMPANY_LABEL = lazy_compile(
    rf"^[ \t#*_>-]*(?i:{COMPANY_LABEL})[*_]*[ \t]*[:=][ \t]*[*_]*(.+)$",
    re.M,
)
_SUBJECT = lazy_compile(r"^[ \t]*(?i:subject|betreff|objet|asunto|oggetto)[ \t]*:[ \t]*(.+)$", re.M)


def _role_in_subject(header: Header, raw: str) -> None:
    """The one job part of a pasted mail's or invitation's subject that names the meeting:
    "Subject: Interview – Park Warden (GT-04) – Banff Field Unit – Process 26-0117"."""
    for m in _SUBJECT.finditer(raw):
        subject = m.group(1)
        if not _MEETING_WORD.search(subject):
            continue
        jobs = [p for p, _ in _parts(subject) if _job_part(p)]
        if len(jobs) == 1:
            header.role = title_case_role(jobs[0]) if jobs[0].islower() else jobs[0]
            return


def _card_org(raw: str, header: Header) -> str | None:
    """The organisation on the card under a pasted mail's sign-off, when the sender is not
    the candidate: "Regards, / Chantal Roy / HR Advisor | Conseillère en RH / Parks Canada"."""
    for m in _SIGN_OFF.finditer(raw):
        card = [ln.strip() for ln in m.group("card").splitlines() if ln.strip()]
        signer = card[0]
        if not re.fullmatch(_FULL, signer):
            continue
        if header.candidate and same_person(header.candidate, signer):
            continue  # the candidate's own mail
        titled = False
        for line in card[1:4]:
            if _CONTACT.search(line):
                continue
            first = re.split(r"[ \t]*\|[ \t]*|[ \t]+[—–-][ \t]+", line)[0].strip()
            if _job_part(first) or TITLE_HINT.search(first):
                titled = True
                continue
            # under the sender's job, the line is their organisation's by its place
            if _org_part(first, strict=not titled):
                return first
    return None


# a line under a name that says another named person spoke ("- Owen asked about ...")
_OTHER_SUBJECT = lazy_compile(
    rf"^[ \t]*(?:[-*•>+]|\d+[.)])[ \t]+(?:(?:{_BEFORE_RE})[ \t]+)?{_NAME}[ \t]+"
    r"(?:asked|said|told|wanted|explained|mentioned|worried|talked)\b"
)


def _person_blocks(text: str, header: Header) -> list[Person]:
    """People whose name stands alone on a line over lines about what they asked or said,
    and people a section heading says it was with."""
    lines = text.splitlines()
    people: list[Person] = []
    for i, line in enumerate(lines):
        m = _NAME_LINE.match(line)
        if not m or (_BULLET.match(line) and not line.rstrip().endswith(":")):
            continue
        if _DATED.search(line):
            continue  # "Dee Roche - Harbour Clerk, Port of Rosslare - 3/11": the notes' heading
        heading = bool(re.match(r"[ \t]*(?:#|\*\*|__)", line))
        under: list[str] = []
        for nxt in lines[i + 1 : i + 9]:
            if not nxt.strip():
                if under or not heading:
                    break  # a plain name line has its lines right under it
                continue
            if _NAME_LINE.match(nxt) and not _BULLET.match(nxt):
                break
            under.append(nxt)
        bullets = [u for u in under if _BULLET.match(u) or u.startswith((" ", "\t"))]
        if len(bullets) < 2 or not any(_SPOKE.search(u) for u in bullets):
            continue
        if any(_OTHER_SUBJECT.search(u) for u in bullets):
            continue  # the lines say what others asked: no block of this person's
        title = m.group("p") or m.group("t") or m.group("c")
        person = _person(m.group("n"), m.group("h"), title)
        if person and not _in_company(person.name, header):
            people.append(person)
    for m in _WITH_LINE.finditer(text):
        start = text.count("\n", 0, m.start())
        below = lines[start + 1 : start + 6]
        if sum(1 for ln in below if _BULLET.match(ln)) >= 2:
            person = _person(m.group("n"), m.group("h"), m.group("t"))
            if person:
                people.append(person)
    return people


def _honoured_speakers(text: str, header: Header) -> list[Person]:
    """People named with a word of respect who open a sentence as its subject."""
    full = [m.group("n") for m in _HONOURED.finditer(text)]
    full += [  # a full name with no word of respect in it ("Ketemu Ibu Ratna" is none)
        m.group()
        for m in re.finditer(_FULL, text)
        if not any(w.lower().rstrip(".") in _BEFORE for w in m.group().split())
    ]
    people: list[Person] = []
    for m in _HONOURED_SUBJECT.finditer(text):
        said = m.group("n") or m.group("m")
        honorific = m.group("h")
        words = said.split()
        longer = [  # "Ibu Ratna" is "Ratna Sari", "M. Garnier" is "Julien Garnier"
            name
            for name in full
            if len(name.split()) > len(words)
            and (name.split()[: len(words)] == words or name.split()[-len(words) :] == words)
        ]
        if len({n.lower() for n in longer}) == 1:
            said = longer[0]
        person = _person(said, honorific, None)
        if person and not _in_company(person.name, header):
            people.append(person)
    return people


_ADDRESS = lazy_compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_CAPITALISED_RUN = lazy_compile(rf"{_NAME}(?:[ \t]+(?:&[ \t]+)?{_NAME}){{0,3}}")


_RUN = rf"{_NAME}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_NAME}){{0,4}}"
# the employer named in a sentence about the meeting: "interview was with Kier Group",
# "Helen Ward from Ashcombe & Partners", "Bean & Leaf's new shop", "The Loomly team"
_BODY_FIRMS = (
    lazy_compile(
        rf"\b(?i:interview(?:ed|ing)?|met|spoke|talked|call|meeting|went)\b[^.\n]{{0,40}}?"
        rf"\b(?i:with|at|for|from|to)[ \t]+(?:the[ \t]+)?(?P<f>{_RUN})"
    ),
    lazy_compile(rf"{_FULL}[ \t]+from[ \t]+(?:the[ \t]+)?(?P<f>{_RUN})"),
    lazy_compile(
        rf"(?P<f>{_RUN})['’]s[ \t]+(?:new[ \t]+|main[ \t]+)?(?i:shop|office|offices|store|"
        r"site|hq|headquarters|factory|warehouse|kitchen|studio|clinic|yard|branch)\b"
    ),
    lazy_compile(rf"\b(?i:the)[ \t]+(?P<f>{_NAME})[ \t]+team\b"),
)
# a sentence about the candidate's own job, now or before: its firm is not the employer
_OWN_JOB = lazy_compile(
    r"\b(?i:currently|current|my job|i work|i'm at|i am at|worked at|work at|previous|"
    r"former|ex-|used to|my last|my old)\b"
)
_DEPARTMENT = frozenset(
    re.split(
        r"\s+",
        "design product engineering sales marketing hr people finance ops operations data "
        "support legal it security research admin leadership management hiring interview "
        "recruiting talent platform growth content",
    )
)


def _body_firm(text: str, header: Header) -> str | None:
    """The one organisation the notes' sentences about the meeting name, when no header gave
    it; a firm in a sentence about the candidate's own job is eliminated, and a firm named
    both ways is no answer."""
    found: set[str] = set()
    own: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])[ \t]+|\n", text):
        for k, pattern in enumerate(_BODY_FIRMS):
            for m in pattern.finditer(sentence):
                _body_candidate(m.group("f"), k == 3, sentence, header, found, own)
    found -= own
    return found.pop() if len(found) == 1 else None


def _body_candidate(
    firm: str, team: bool, sentence: str, header: Header, found: set[str], own: set[str]
) -> None:
    """One firm a sentence names, kept when it is an organisation and no person."""
    firm = re.sub(r"['’]s$", "", firm).strip()
    if team:
        if firm.lower() in _DEPARTMENT or firm.lower() in COMMON_WORDS:
            return
    elif not _org_part(firm):
        return
    if any(same_person(p.name, firm) for p in header.people) or (
        header.candidate and same_person(header.candidate, firm)
    ):
        return
    (own if _OWN_JOB.search(sentence) else found).add(firm)


def _domain_firm(raw: str, header: Header) -> str | None:
    """The employer's mail domain spelled out in the notes as capitalised words: an address
    "nadia.brooks@helixpay.com" and "Helix Pay HQ" give "Helix Pay". Only one such firm."""
    names = {w.lower() for p in header.people for w in p.name.split() if len(w) > 2}
    labels = {
        m.group("domain").lower().split(".")[0].replace("-", "")
        for m in _ADDRESS.finditer(raw)
        if not re.match(MAIL_SERVICES + r"\.", m.group("domain").lower())
    }
    # an address of someone met ("s.mcleish@vertexaccess.co.uk" of Stuart McLeish) names
    # the employer for sure: its domain may be spelled as one word ("Bellmont")
    theirs = {
        m.group("domain").lower().split(".")[0].replace("-", "")
        for m in _ADDRESS.finditer(raw)
        if any(n in m.group().split("@")[0].lower() for n in names)
    }
    found: set[str] = set()
    for label in labels:
        if len(label) < 4:
            continue
        for m in _CAPITALISED_RUN.finditer(raw):
            words = m.group().split()
            for end in range(len(words), 0, -1):
                name = " ".join(words[:end])
                if re.sub(r"[^a-z0-9]", "", name.lower()) == label:
                    rest = words[end:]  # "Vertex Access Solutions" of vertexaccess.co.uk
                    kind = rest[:1] and rest[0].lower().strip(".") in ORG_SUFFIXES
                    found.add(name + " " + rest[0] if kind else name)
    people = {p.name.lower() for p in header.people} | {(header.candidate or "").lower()}
    found = {f for f in found if f.lower() not in people and f.lower() not in names}
    if len(found) != 1:
        return None
    firm = found.pop()
    squashed = re.sub(r"[^a-z0-9]", "", firm.lower())
    return firm if " " in firm or any(squashed.startswith(t) for t in theirs) else None


_NOBODY = frozenset(
    [
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
        "anyone",
        "interviewer",
        "interviewers",
        "panel",
        "recruiter",
        "manager",
        "hr",
        "team",
        "they",
        "she",
        "he",
        "both",
        "each",
        "it",
        "this",
        "that",
        "we",
        "i",
        "you",
    ]
    + [m.lower() for m in MONTH_NAMES]
    + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _named_speakers(text: str, header: Header) -> list[Person]:
    """A full name in the notes whose first name opens a sentence with a verb of speaking
    ("Tasha asked about ...", "Tasha said 1 week"): someone who spoke with the candidate."""
    said = [
        m.group(1)
        for m in re.finditer(
            rf"{_OPENS}({_NAME})(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]+"
            r"(?:(?:also|then|later|mostly|really|kept)[ \t]+)?"
            r"(?=(?:asked|said|told|wanted|explained|mentioned|worried|talked|pushed|probed|"
            r"described|walked|showed)\b)",
            text,
            re.M,
        )
    ]
    people: list[Person] = []
    for first in set(said):
        if first.lower() in _NOBODY:
            continue
        fulls = {
            m.group()
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(first)}[ \t]+{_NAME}(?![\w’'-])", text)
        }
        fulls = {f for f in fulls if not _firm_name(f) and f.split()[1].lower() not in COMMON_WORDS}
        if len(fulls) > 1 or (not fulls and said.count(first) < 2):
            continue  # a first name alone: only when it speaks twice ("Zoe asked ... Zoe said")
        full = fulls.pop() if fulls else first
        if header.candidate and full.split()[0] == header.candidate.split()[0]:
            continue
        if header.candidate and same_person(header.candidate, full):
            continue
        person = _person(full, None, None)
        if person and not _in_company(person.name, header):
            people.append(person)
    return people


# in notes typed in lower case: "met with jess okonkwo-marsh whos the sales director"
_LOWER_MET = lazy_compile(
    r"\bmet(?:[ \t]+with)?[ \t]+(?P<n>[a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+),?[ \t]+"
    r"(?:who['’]?s|she['’]?s|he['’]?s|the)[ \t]+(?P<t>(?:the[ \t]+)?(?:[a-z&/]+[ \t]+){0,3}"
    r"[a-z]+)"
)


def _lower_case_met(text: str, header: Header) -> list[Person]:
    """Someone met, named in lower case and then said to be a job holder."""
    people: list[Person] = []
    for m in _LOWER_MET.finditer(text):
        words = m.group("n").split()
        said = re.sub(r"^the[ \t]+", "", m.group("t")).split()
        ends = [i for i, w in enumerate(said) if TITLE_HINT.fullmatch(w)]
        if any(w in COMMON_WORDS for w in words) or not ends:
            continue
        title = " ".join(said[: ends[0] + 1])  # "sales director" of "sales director and then"
        name = " ".join(w.capitalize() if "-" not in w else w.title() for w in words)
        if header.candidate and same_person(header.candidate, name):
            continue
        person = _person(name, None, title_case_role(title))
        if person:
            people.append(person)
    return people


# a list's line: "- Kim Nguyen, Park Warden", "2. Ana Ruiz - Lead", "* Ben Li (PM)"
_LISTED = lazy_compile(
    rf"^[ \t]*(?:[-*•+]|\d+[.)])[ \t]+(?:(?P<h>{_BEFORE_RE})[ \t]+)?(?P<n>{_FULL})"
    r"(?:,[ \t]+|[ \t]+(?:--|[—–-])[ \t]+|[ \t]*\()(?P<t>[^()\n]{2,60}?)\)?[ \t]*$"
)
# the lists that name no one met: the candidate's referees, copies of a mail
_NOT_MET_LIST = lazy_compile(r"(?i:refer|referee|cc\b|bcc|my contacts|recommend)")


def _titled_list(text: str, header: Header) -> list[Person]:
    """Everyone in a list of two or more "Name, Job" lines under a line that ends in ":"
    ("The board will be:", "Panel:", "Gesprächspartner:"): a list of the people met."""
    lines = text.splitlines()
    people: list[Person] = []
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":") or _NOT_MET_LIST.search(line):
            continue
        found: list[Person] = []
        for nxt in lines[i + 1 : i + 10]:
            m = _LISTED.match(nxt)
            if not m:
                break
            title = m.group("t").strip(" .")
            if not (_job_part(title) or TITLE_HINT.search(title)):
                break
            person = _person(m.group("n"), m.group("h"), title)
            if person is None or _in_company(person.name, header):
                break
            found.append(person)
        if len(found) >= 2:
            people += found
    return people


def _in_company(name: str, header: Header) -> bool:
    """Every word of the name is a word of the company's ("Reyes" of "Beaumont & Reyes")."""
    firm = {w.lower() for w in (header.company or "").split()}
    return all(w.lower() in firm for w in name.split())


def _person(name: str, honorific: str | None, title: str | None) -> Person | None:
    """A person from a name the forms above read; never a job, an organisation or a word."""
    name = re.sub(r"['’]s$", "", name.strip())  # "Ingrid Halvorsen's"
    name = re.sub(r"-(?:san|sama|sensei|nim|ji|shi)$", "", name)  # "Tanaka-san" is Tanaka
    words = name.split()
    if not words or any(w.lower() in COMMON_WORDS for w in words):
        return None
    if any(len(w) < 2 or not re.search(r"[a-zà-ÿ]{2}", w) for w in words):
        return None  # initials ("R O-G", "Ciarán O'D") or a line in capitals ("NAKALIMUTAN KO")
    if words[-1].lower() in ORG_SUFFIXES or _job_part(name) or TITLE_HINT.search(name):
        return None
    if any(w.lower() in {m.lower() for m in MONTH_NAMES} for w in words):
        return None
    key = (honorific or "").lower().rstrip(".")
    greet = _BEFORE.get(key) if key else None
    if title:
        title = title.strip(" .*_")
        if not (TITLE_HINT.search(title) or _JOB_NOUN.search(title)) or _DATED.search(title):
            title = None
    return Person(name=name, title=title, honorific=greet)


def _may_be_person(name: str, header: Header) -> bool:
    """Never the company, a job title or a bare word of respect."""
    bare = name.strip(" .")
    if not bare or bare.lower() in _BEFORE or len(bare) < 2:
        return False
    if header.company and bare.lower() == header.company.lower():
        return False
    return not (header.role and bare.lower() == header.role.lower())
