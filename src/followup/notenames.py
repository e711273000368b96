"""People's names and titles as notes write them: honorifics kept apart from names, names typed
in lower case restored, placeholders from templates recognised, shorthand titles spelled out.

Hand-written rather than a name-parsing library (nameparser): the cases that matter here are
few and note-specific (a name typed all lower case, "chef marco", "owner Sienna Marlowe",
"<Name>"), and the library does not know template placeholders.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.orgwords import ORG_SUFFIXES as ORG_SUFFIXES  # the readers import it from here

HONORIFICS = {
    "dr": "Dr.",
    "prof": "Prof.",
    "professor": "Prof.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "mx": "Mx.",
    "capt": "Capt.",  # a captain (airline, ship, fire service): "Capt. Renata Silva"
    "captain": "Captain",  # spelled out, it is greeted so: "Dear Captain Abernethy"
    "chef": "Chef",  # a kitchen's form of address: "Chef Marco Bellandi", "Dear Chef Bellandi"
    "judge": "Judge",  # "Judge Amara Okafor": "Dear Judge Okafor"
    "engr": "Engr.",  # an engineer's title in Nigerian English: "Engr. Obi"
    "rev": "Rev.",
    "sgt": "Sgt.",
    "hon": "Hon.",  # "Hon. Patricia Okafor": a judge's or an official's, said before the name
    # an engineer's title in Central Europe and Latin America ("Ing. Pavel Dvořák", "Ing.
    # Claudia Ibarra"): greeted with it there ("Dear Ing. Dvořák,"), never a first name
    "ing": "Ing.",
    # a cathedral's clergy ("Canon Rev. Dr. Matthew Okonjo"): greeted "Dear Canon Okonjo,",
    # the first title said; "Rev. Okonjo" is the known solecism
    "canon": "Canon",
    # German forms of address ("Herr Wernicke fragte ...", "Frau Dr. Petra Hollmann"): a
    # title, no first name; an English note says "Mr."/"Ms." (or the title after them)
    "herr": "Mr.",
    "frau": "Ms.",
    # titles written before the name where they are greeted with it: an engineer in the Gulf
    # ("Eng. Tariq Al-Mansoori"), an attorney ("Atty. Maureen Feeney"), a lieutenant
    "eng": "Eng.",
    "atty": "Atty.",
    "lt": "Lt.",
    # the courtesy titles of French, Spanish, Italian, Dutch and the Nordic languages, said
    # before a surname as "Herr" is ("Madame Isabelle Chappatte", "Señora Ruiz", "Fru
    # Lindqvist"): an English note says "Ms."/"Mr." ("Sr."/"Hr." are left out: "Sr. Analyst",
    # "HR Partner" open titles as often as names)
    "madame": "Ms.",
    "mme": "Ms.",
    "mademoiselle": "Ms.",
    "mlle": "Ms.",
    "monsieur": "Mr.",
    "señora": "Ms.",
    "señor": "Mr.",
    "signora": "Ms.",
    "signor": "Mr.",
    "mevrouw": "Ms.",
    "meneer": "Mr.",
    "fru": "Ms.",
    # Singapore's and Malaysia's "Mdm" before a married woman's name ("Mdm Lim Siew Hoon")
    "mdm": "Ms.",
}
# Words of respect said before a first name where English is spoken with them ("Sir Jomar",
# "Ma'am Grace", "Madam Chua"): not part of the name, and no title for a written greeting
# ("Dear Sir Villanueva" is wrong in any English), so the note greets the person by name.
# Thai "Khun" goes with the first name as these do ("Khun Anan Wongsakul" is greeted by name)
ADDRESS_WORDS = ("sir", "ma'am", "ma’am", "maam", "madam", "mam", "khun")
# Italian titles written before a name ("Dott.ssa Chiara Benedetti", "Prof.ssa"): a title, no
# part of the name; greeted with the title as the notes write it, shortened as the checker's
# greeting reads titles ("Dear Dott. Benedetti,"), never by first name
HONORIFICS |= {"dott": "Dott.", "dott.ssa": "Dott.", "dr.ssa": "Dr.", "prof.ssa": "Prof."}
# Degrees written before a name in German-speaking countries ("Dipl.-Ing. Florian Brandt"):
# no part of the name, and no greeting title (the letters "Dr." and "Prof." are)
# and the professional titles of Spanish-speaking countries ("Ing. Claudia Ibarra", "Lic.",
# "Arq."): the English message greets the person, it does not translate the title
DEGREE_WORDS = ("dipl", "mag", "ing", "lic", "arq")
# The honorifics as a regex alternation (longest first, so "Mrs" is not read as "Mr"), for the
# readers' patterns: one list, not one per pattern.
HON = "|".join(
    sorted(
        [k.capitalize() for k in HONORIFICS if k != "professor"]
        + [w.capitalize() for w in ADDRESS_WORDS + DEGREE_WORDS],
        key=len,
    )[::-1]
)
# one honorific opening a text, any case, its full stop optional: "Ms. Ada", "dr Kaur"
HONORIFIC_START = lazy_compile(
    r"^(?i:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r")\.?[ \t]+"
)
# one or more, each with a discipline after a hyphen: "Prof. Dr.-Ing. ", "Dipl.-Kfm. "
HON_PREFIX = rf"(?:(?:(?:{HON})\.?(?:-[A-Z][a-z]{{1,4}}\.?)?\s+)+)"
# The small words inside a surname ("Willem de Vries", "Ingrid van der Berg", "Nurul binti
# Kamarudin"): typed in lower case, yet part of a name
_PARTICLE_TEXT = "de van von der den da di du del della le la ter ten bin binti"
SURNAME_PARTICLES = frozenset(_PARTICLE_TEXT.split())
PARTICLES = r"(?:(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r")[ \t]+){0,2}"
# A name word: a letter, then letters, apostrophes (straight or curly) and hyphens.
NAME_TAIL = r"[^\W\d_’'-]*(?:[’'-][^\W\d_]+)*"
NAME_WORD = r"[^\W\d_]" + NAME_TAIL
# A capital that may open a name: Óscar, Élodie, Łukasz, Šimon as well as A-Z.
UPPER = r"[A-ZÀ-ÖØ-ÞĀĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŸŹŻŽ]"
MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NOT_NAMES = frozenset(
    [
        "i",
        "her",
        "him",
        "them",
        "me",
        "us",
        "you",
        "the",
        "team",
        "someone",
        "everyone",
        "nobody",
        "hr",
        "recruiting",
        "recruiter",
        "weekends",
        "self",  # a minute's list of those present: "Applicant, self."
        "myself",
        "applicant",
        "candidate",
        "interviewee",
    ]
    + MONTH_NAMES
    + WEEKDAYS
    + [day + "s" for day in WEEKDAYS]
    + ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]
    + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    + list(HONORIFICS)
    + list(ADDRESS_WORDS)
    + list(DEGREE_WORDS)
)
# Words that are never a name when notes are typed in lower case ("then went to lunch",
# "both of them"): a name read from lower-case notes holds none of them.
_COMMON = """a about after again all also am an and any are as at back be been before being both but
    by can could did do does done during each else even ever every few first for from get got
    had has have he her here hers him his how if in into is it its just last later like lunch
    made many me more most much must my next no not now of off on once one only or other our
    out over own same she should so some still such than that the their them then there these
    they this those through to too two under until up very was we went were what when where
    which while who whom why will with would yes yet you your tour coffee call interview
    screen round phone video zoom onsite panel team office today yesterday tomorrow morning
    afternoon evening night sat asked said talked told went did great good nice ok okay us vs
pm etc people person persons folks guys two three four five six seven eight nine ten several"""
COMMON_WORDS = frozenset(_COMMON.split())
_HONORIFIC = re.compile(
    r"^(?:(?P<h>"
    + "|".join(sorted([*HONORIFICS, *ADDRESS_WORDS, *DEGREE_WORDS], key=len, reverse=True))
    + r")\.?(?:-[A-Z][a-z]{1,4}\.?)?\s+)+",
    re.I,
)
_FIRST_HONORIFIC = re.compile(
    r"(?P<h>"
    + "|".join(sorted([*HONORIFICS, *ADDRESS_WORDS, *DEGREE_WORDS], key=len)[::-1])
    + r")\b",
    re.I,
)
_PLACEHOLDER = re.compile(
    r"<[^>]*>|\[[^\]]*\]|\{[^}]*\}|_{3,}|\.\.\.|^(?:your name|first last|company name|"
    r"job title|position title|interviewer name|their title|title|name|role|company|"
    r"position|mm/dd/yyyy|yyyy-mm-dd|tbd|n/a|x+)$",
    re.I,
)
_TITLE_WORDS = {
    "mgr": "manager",
    "gm": "general manager",
    "vp": "VP",
    "eng": "engineer",
    "exec": "executive",
    "ops": "operations",
    "dept": "department",
    "dir": "director",
    "asst": "assistant",
    "assoc": "associate",
    "prof": "professor",
    "coord": "coordinator",
    "mktg": "marketing",
    "sr": "senior",
    "jr": "junior",
}
_SMALL_WORDS = {"of", "and", "for", "the", "at", "in", "on", "a", "an", "to", "&"}


def is_placeholder(value: str | None) -> bool:
    """A value left as the template wrote it: <Name>, [Company], First Last, MM/DD/YYYY."""
    if value is None:
        return False
    text = value.strip().strip("*").strip()
    return not text or bool(_PLACEHOLDER.search(text))


def split_honorific(name: str) -> tuple[str | None, str]:
    """('Dr.', 'Helen Okafor') from 'Dr. Helen Okafor'; (None, name) without one, or with a
    word of address only ("Sir Jomar Villanueva" -> (None, "Jomar Villanueva"))."""
    m = _HONORIFIC.match(name.strip())
    if not m:
        return None, name.strip()
    first = _FIRST_HONORIFIC.match(m.group())  # "Prof. Dr.-Ing. Heinrich Lüdke": "Prof."
    title = HONORIFICS.get(first.group("h").lower()) if first else None
    return title, name.strip()[m.end() :].strip()


def restore_case(text: str) -> str:
    """Words typed all lower case get capitals ("steve o'malley" -> "Steve O'Malley");
    text that already has capitals is left as written."""
    if any(c.isupper() for c in text):
        return text
    words = []
    for i, word in enumerate(text.split()):
        if i and word in _SMALL_WORDS:
            words.append(word)
            continue
        parts = re.split(r"([’'-])", word)
        out = []
        for j, part in enumerate(parts):
            after_mark = j > 1 and parts[j - 1] in "’'"
            keep_lower = after_mark and len(part) <= 1  # "don't"-like endings stay lower
            keep_lower = keep_lower or (j > 1 and parts[j - 1] == "-" and len(part) <= 2)  # co-op
            out.append(part if keep_lower else part[:1].upper() + part[1:])
        words.append("".join(out))
    return " ".join(words)


# a level after a job title: "II", "iii", "2", "L4", "(II)"
_LEVEL = re.compile(r"\(?(?:[IVX]{1,4}|[ivx]{1,4}|\d|[Ll]\d)\)?,?")


def expand_title(title: str | None) -> str | None:
    """'ops mgr' -> 'ops manager' -> 'operations manager'; titles as written otherwise."""
    if title is None:
        return None
    raw = title.split()
    # "eng mgr" is an engineering manager; "firmware eng II" is an engineer at a level
    words = [
        "engineering"
        if w.lower() == "eng" and i + 1 < len(raw) and not _LEVEL.fullmatch(raw[i + 1])
        else _TITLE_WORDS.get(w.lower().rstrip("."), w)
        for i, w in enumerate(raw)
    ]
    words = [
        new[:1].upper() + new[1:] if old[:1].isupper() else new
        for old, new in zip(raw, words, strict=True)
    ]
    out = " ".join(words).strip(" ,")
    return out or None


# Letters a job title writes in capitals ("ux designer" -> "UX Designer", "rn" -> "RN")
_ACRONYM_TEXT = (
    "ux ui qa qc hr it pm rn lpn cna np pa pt ot slp emt vp svp evp ceo cfo cto coo cmo cio "
    "cno seo crm erp bi ml ai sre gis ehs hse cpa cdl hvac icu"
)
_TITLE_ACRONYMS = frozenset(_ACRONYM_TEXT.split())


def title_case_role(role: str) -> str:
    """A role typed in lower case ('sous chef', 'ux designer') as a job title ('Sous Chef',
    'UX Designer')."""
    expanded = expand_title(role) or role
    # typed lower case but for acronyms: "teller II", "commercial HVAC service tech"
    if any(w[:1].isupper() and not w.isupper() for w in expanded.split()):
        return expanded
    return " ".join(
        w
        if (i and w in _SMALL_WORDS) or (w.isupper() and len(w) > 1)
        else "/".join(
            p.upper() if p in _TITLE_ACRONYMS else p[:1].upper() + p[1:] for p in w.split("/")
        )
        for i, w in enumerate(expanded.split())
    )


# Letters after a name that are qualifications, not a name nor a job ("Robert Haines, RPh",
# "Niamh Costello, PharmD, RPh"): in a list of people they belong to the person before them.
_CREDENTIAL_TEXT = """rph pharmd phd md do rn bsn msn np fnp pa mba cpa pe peng ceng lcsw msw mph jd
esq dds dmd ms msc ma ba bsc beng meng cfa pmp frcs mrcp cissp ccrn mlis edd dnp aprn cma shrm-cp
phr"""
CREDENTIALS = frozenset(_CREDENTIAL_TEXT.split())


_NOT_INITIALS_TEXT = "ok am us uk eu ny la tv id ot ps fyi asap eod eow tbd na"
_NOT_INITIALS = frozenset(_NOT_INITIALS_TEXT.split())
# A person written by the capitals of their name: "GA", "TBS", "Dr B-M", "R O-G", "HTW"
_INITIALS = re.compile(rf"(?:(?:{HON})\.?\s+)?(?P<caps>[A-Z](?:[ .-]?[A-Z]){{1,3}})\.?")


def initials_match(text: str, name: str) -> bool:
    """Whether text is the initials of the name, every part of it ("TBS" for Tunde
    Bakare-Sloane) or of the surname's parts ("B-M" for Fionnuala Baird-Menzies, after "Dr").
    Two capitals at least: one letter names no one for sure."""
    m = _INITIALS.fullmatch(text.strip())
    if m is None:
        return False
    caps = re.sub(r"[ .-]", "", m.group("caps"))
    if caps.lower() in _TITLE_ACRONYMS or caps.lower() in _NOT_INITIALS:
        return False  # "HR said", "the GM", "PM": a word, not a person's initials
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    if len(parts) < 2:
        return False
    every = "".join(p[0] for p in parts).upper()
    surname = "".join(p[0] for p in re.split(r"-", name.split()[-1]) if p).upper()
    return caps == every or (len(surname) > 1 and caps == surname)


_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
ORDINAL_DAYS |= {w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30}
ORDINAL_DAYS |= {f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS)}
ORDINAL_DAYS |= {"thirty-first": 31}
# a day written in words before its month: "the twenty-third of April", "first of May"
_SPELLED_DAY = re.compile(
    r"\b(?:the\s+)?(?P<day>"
    + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
    + r")(?P<of>\s+of)?\s+(?P<month>"
    + "|".join(MONTH_NAMES)
    + r")\b",
    re.I,
)


def spelled_dates(text: str) -> str:
    """Days written in words as digits: "Thursday, the twenty-third of April, 2026" ->
    "Thursday, 23 April, 2026"; "first round" and "the second of them" stay as written."""
    return _SPELLED_DAY.sub(
        lambda m: f"{ORDINAL_DAYS[m.group('day').lower().replace(' ', '-')]} {m.group('month')}",
        text,
    )
