"""What a value read as the company or the role is, by what its words are: a company is never
a date ("Weds 9th April"), an employment type ("Full Time", "Vollzeit", "CDI"), the job's own
label ("RDH position": the job) or the job's own line in another language ("Tootmisjuht /
production lead": the role's other half); a role is never an employment type.

A company found to be no firm gives way to the firm the notes' opening lines name by place:
the first part of those lines (between dashes, bars, commas or full stops, without the
meeting's word: "interview Mersey Gateway Port Services") that names itself an organisation
(orgwords.org_signed), else the capitalised name after "@" or "at" on the first line ("interview
@ Wheal Trevaskis Heritage Mine"), else the long capitalised name after the meeting's word
and a dash on the title line ("Cyfweliad – Awdurdod Parc Cenedlaethol Eryri"). A company no
reader read is looked for so too. With none, the company is unread: the writer then says it
does not know it, rather than thanking someone for an interview at "Full Time".

The words are closed classes, not phrases found in a batch: the calendar's words (notenames'
month and weekday names, every language's month names from monthwords.py), the employment
types in the languages notes are written in, the job's label words (labelwords.py).
Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import MEETING_NAME, MEETING_WORD, folded
from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.noteheader import TITLE_HINT
from followup.notenames import MONTH_NAMES, WEEKDAYS
from followup.orgwords import org_signed

# an employment type in the languages notes are written in: English, German, French,
# Spanish, Portuguese, Italian, Dutch, the Nordic languages, Finnish, Polish (accents dropped)
_EMPLOYMENT = (
    r"full[ -]?time|part[ -]?time|ft|pt|permanent|perm|temporary|temp|contract|fixed[ -]term|"
    r"seasonal|casual|freelance|zero[ -]hours?|locum|per diem|prn|relief|hourly|salaried|"
    r"vollzeit|teilzeit|befristet|unbefristet|temps plein|temps partiel|cdi|cdd|"
    r"tiempo completo|medio tiempo|jornada completa|media jornada|tempo integral|"
    r"meio periodo|tempo pieno|tempo parziale|voltijd|deeltijd|heltid|deltid|fuldtid|"
    r"kokoaikainen|osa-aikainen|pelny etat|niepelny etat"
)
_EMPLOYMENT_TYPE = lazy_compile(
    rf"^(?:{_EMPLOYMENT})(?:[ \t]*(?:[,/&+]|and|or)[ \t]*(?:{_EMPLOYMENT}))*(?:[ \t]+role|"
    r"[ \t]+position|[ \t]+post|[ \t]+job)?$"
)
_CALENDAR = frozenset(
    [*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept", *WEEKDAYS]
    + [d[:3] for d in WEEKDAYS]
    + ["tues", "weds", "thur", "thurs", "of", "the", "st", "nd", "rd", "th"]
)
# the job's label word ending a value ("RDH position"); not "post" or "job", which end the
# names of firms ("The Denver Post")
_JOB_LABELLED = lazy_compile(r"^(?P<job>.+?)[ \t]+(?i:position|role|vacancy|job title)$")
# the parts of an opening line: dashes, bars, commas, full stops before a space, "@"
_OPENING_PARTS = lazy_compile(r"[ \t]+(?:--|[—–|·•-])[ \t]+|[,;][ \t]*|\.[ \t]+|[ \t]*@[ \t]*")
_CAPITAL = r"[A-ZÀ-ÞĀ-Ž][\w'’&.-]*"
_AFTER_AT = lazy_compile(
    r"(?:@|\bat\b)[ \t]*(?P<firm>[A-Z][\w'’&.-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z][\w'’&.-]*)"
    r"{1,5})"
)
_MEETING_OPENING = lazy_compile(rf"^(?i:(?:{MEETING_WORD})\b[ \t]*(?:at|with|@)?[ \t]*)+")
# the title line: the meeting's own word, a dash, and a name of three to six capitalised
# words (a person's name is rarely so long; a firm's or a body's often is)
_TITLE_FIRM = lazy_compile(
    rf"^(?i:{MEETING_NAME})[ \t]+[—–-][ \t]+(?P<firm>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{2,5}})"
    r"[ \t]*$"
)
_MEETING_CLOSING = lazy_compile(rf"(?i:[ \t]+(?:{MEETING_WORD}))+[ \t!.]*$")


def employment_type(value: str) -> bool:
    """Whether the value is an employment type only ("Full Time", "part-time / seasonal")."""
    return bool(_EMPLOYMENT_TYPE.match(folded(value).strip(" .")))


def calendar_only(value: str) -> bool:
    """Whether every word of the value is the calendar's: a number, an ordinal, a weekday's or
    a month's name in any language ("Weds 9th April", "2 Hydref 2025")."""
    tokens = re.findall(r"[^\W\d_]+|\d+", folded(value))
    if not tokens or not any(t.isdigit() for t in tokens):
        return False
    words = [t for t in tokens if not t.isdigit() and t not in _CALENDAR]
    if not words:
        return True
    from followup.monthwords import month_lexicon  # loaded only for a word left over

    return all(len(w) >= 4 and w in month_lexicon() for w in words)


def _job_line_half(company: str, role: str | None, text: str) -> bool:
    """Whether the company is the other half of the job's own line, the job in two languages
    ("Tootmisjuht / production lead." with the role read as "Production Lead"): the line is
    the two, a slash between them, and nothing else."""
    if not role or ":" in company:
        return False  # "Amats: grāmatvedis": a label, the gate's (writer/valuecheck.py)
    pair = {company.lower().strip(" ."), role.lower().strip(" .")}
    for line in text.splitlines()[:12]:
        halves = [h.strip(" \t.#*") for h in line.lower().split(" / ")]
        if len(halves) == 2 and set(halves) == pair:
            return True
    return False


# the writer's own words: "I", "i" as typed, "my", "me" ("Mine", "My" mid-line are names)
_FIRST_PERSON = lazy_compile(r"\b[Ii](?:['’](?:m|ve))?\b|\b(?:my|me|myself)\b|^(?:My|Me)\b")


def _capitalised(name: str) -> bool:
    """A name of two to six words, each with a capital but the joining ones ("Pearl Bay Hotel
    & Residences", "Bank of Ireland"); not a sentence ("He asked about my A&P")."""
    words = name.split()
    joins = {"&", "and", "of", "the", "de", "du", "des", "la", "le", "y", "i", "og", "och", "und"}
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w in joins for w in words)


def opening_firm(text: str, role: str | None) -> str | None:
    """The firm the notes' first lines name by place (the module docstring), or None. A line
    in the first person ("I worked at Acme Corp", "Acme Corp - where I was until May") speaks
    of the writer's own job, past or present: it names no employer here."""
    lines = [ln.strip(" \t#*") for ln in text.splitlines() if ln.strip()][:4]
    lines = [ln for ln in lines if not _FIRST_PERSON.search(ln)]
    for line in lines:
        line = re.sub(r"[ \t]*\([^()]*\)", "", line)
        for part in _OPENING_PARTS.split(line):
            name = _MEETING_OPENING.sub("", part.strip(" .:!")).strip()
            name = _MEETING_CLOSING.sub("", name).strip()  # "LUMEN SKIN STUDIO interview!!"
            name = re.sub(r"^[^\w(\"'“‘]+", "", name)  # an emoji before the name
            if not name or ":" in name or (role and name.lower() == role.lower()):
                continue
            if _capitalised(name) and org_signed(name) and not calendar_only(name):
                if TITLE_HINT.search(name):
                    continue  # "Director of Finance": someone's title, no firm
                return name
    m = _AFTER_AT.search(lines[0]) if lines else None
    if m and not calendar_only(m.group("firm")) and not employment_type(m.group("firm")):
        return m.group("firm").strip()
    m = _TITLE_FIRM.match(lines[0]) if lines else None
    if m and not calendar_only(m.group("firm")) and not employment_type(m.group("firm")):
        return m.group("firm").strip()  # "Cyfweliad – Awdurdod Parc Cenedlaethol Eryri"
    return None


def settle_kinds(brief: Brief, text: str) -> None:
    """No employment type as the role; no date, employment type, job label or job line as
    the company, which then gives way to the opening's firm or is unread."""
    if brief.role and employment_type(brief.role):
        brief.role = None
    company = brief.company
    if not company:
        brief.company = opening_firm(text, brief.role)  # no reader read one: by place
        return
    labelled = _JOB_LABELLED.match(company)
    if labelled and not org_signed(labelled.group("job")):
        brief.role = brief.role or labelled.group("job").strip()  # "RDH position": the job
    elif not (
        calendar_only(company)
        or employment_type(company)
        or _job_line_half(company, brief.role, text)
    ):
        return
    brief.company = opening_firm(text, brief.role)
