"""The facts at the top of free-text notes: who, where, which role, when, and who decides when.

People open their notes in a handful of ways, and each has a pattern here: labelled lines
(`Company:`, `Position:`, `With:`, `Panel:`, `Me:`, `me = NAME`, in **bold** too), a title
line ("Kessler Vance LLP -- Litigation Associate"), and an opening sentence ("Met with NAME,
TITLE at COMPANY", "Phone screen with NAME from COMPANY", "onsite w/ NAME (hiring mgr) for
the X job @ COMPANY", "sous chef interview @ fig & thistle tues 3/4 w/ chef marco (exec
chef)"). Company, role and date are read from the header region only (the first block and
the opening sentences), so a former employer named later ("at Fairway Foods") is never taken
for the company.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.addressname import gives_name_at, written_owner_at
from followup.headingfirm import heading_firm
from followup.labelwords import (
    CANDIDATE_LABEL_WORDS,
    COMPANY_LABEL_WORDS,
    DATE_LABEL_WORDS,
    HEADER_COMPANY_WORDS,
    HEADER_FACT,
    ME_LABEL_WORDS,
    ROLE_LABEL_WORDS,
    WITH_LABEL_WORDS,
    label_part,
)
from followup.lazyre import LazyPattern, lazy_compile
from followup.namedtitle import named_with_title
from followup.nameletters import LETTER_WORD, is_letters
from followup.notenames import (
    COMMON_WORDS,
    CREDENTIALS,
    HON,
    HON_PREFIX,
    HONORIFICS,
    MONTH_NAMES,
    NAME_TAIL,
    NAME_WORD,
    NOT_NAMES,
    ORG_SUFFIXES,
    PARTICLES,
    SURNAME_PARTICLES,
    UPPER,
    expand_title,
    is_placeholder,
    restore_case,
    spelled_dates,
    split_honorific,
    title_case_role,
)
from followup.orgwords import BUSINESS_KINDS, INSTITUTION
from followup.timeline import REPLY_BY_CUE
from followup.wordclass import NOUN, lexicon_classes


@dataclass
class Person:
    """A person as the notes name them."""

    name: str
    title: str | None = None
    honorific: str | None = None
    met_on: str | None = None  # the text of the line that says when they met, if it does
    role: str | None = None  # the role they interviewed for, when the notes cover two roles
    # other names the notes call them by ("Flick" for Felicity Armstrong: whogetsanote.py)
    aliases: tuple[str, ...] = ()


@dataclass
class Header:
    """What the opening of the notes says (None or empty where it says nothing)."""

    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    date_text: str | None = None
    people: list[Person] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)  # facts left as template text


# the label words of a fact (labelwords.py, in the languages notes are written in), then the
# header's own: the people met, where, the writer's name as a template asks for it
_FACT_LABELS = label_part(
    ROLE_LABEL_WORDS,
    COMPANY_LABEL_WORDS,
    HEADER_COMPANY_WORDS,
    DATE_LABEL_WORDS,
    CANDIDATE_LABEL_WORDS,
    ME_LABEL_WORDS,
    WITH_LABEL_WORDS,
)
_LABEL = lazy_compile(
    rf"^\s*(?:[-*•>]\s*|\d{{1,2}}[.)]\s+)?[*_]*(?P<label>{_FACT_LABELS}|"
    r"interviewer\(s\)|interviewers?|with|panel lead|panel|people|ppl|ran by|guests|"
    r"attendees|invitees|present|where|location|(?:personnel |people |who I )?met|for|"
    r"appl(?:ied|ying) for|"
    r"recruiter|hiring (?:manager|mgr)|principal|dept head|department head|"
    r"my name(?: on (?:the |my )?\w+| as \w+)?|name|who|"
    r"[a-z]{1,12}[ \t]*\(me\))"  # "SM (me): Cass Reyes"
    r"(?:\s*#?\d{1,2})?[*_]*\s*(?:[:=])[*_]*[ \t]*(?P<value>.*?)\s*$",
    re.I | re.M,
)
_HON = HON_PREFIX
_CAP_NAME = rf"{_HON}?{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{0,3}}"
# "interview" in the languages notes are written in, as a heading says it ("Intervju — Nordvik
# Laks AS", "entrevista Lumen Language Services"): the meeting, never the company
_INTERVIEW_ABROAD = (
    "entrevista|entrevue|entretien|colloquio|intervju|pohovor|haastattelu|intervista|gesprek|"
    "gespräch|vorstellungsgespräch|bewerbungsgespräch|sollicitatiegesprek|jobsamtale|"
    "anställningsintervju|собеседование|intervija|interjú|állásinterjú|mülakat|"
    "starvsfólkasamrøða|samrøða"
)
_ORG_WORDS = INSTITUTION  # public bodies and corporate forms (orgwords.py)
_DATED = lazy_compile(
    r"^(?:interview(?:ed)?\s+(?:was|on)\s+)?(?:(?:mon|tues?|wed|thurs?|fri|sat|sun)\w*\.?,?\s+)?"
    r"(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}[\s-][A-Za-z]{3,9}[\s-]\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:\s*\([^)]*\))?$",
    re.I,
)
# "Hotel Marisol Chicago (boutique, 140 keys), Front Office Manager"
_COMPANY_COMMA_ROLE = lazy_compile(
    r"^(?P<company>[A-Z][^,(\n]{2,60}?)(?:\s*\([^)]*\))?,\s+(?P<role>[A-Z][^,\n]{2,50})$"
)
# A line that opens with the post: "Tenure-track Asst. Prof. search.", "Staff Nurse vacancy"
_ROLE_SEARCH = lazy_compile(
    r"^(?P<role>[A-Z][\w/&+'’.-]+(?:\s+[A-Z][\w/&+'’.-]*){0,5})\s+(?:search|vacancy|opening)\b",
    re.M,
)
_DURATION = lazy_compile(r"^\s*(?:~|about\s+)?\d+\s*(?:min|minutes|hr|hrs|hour|hours)\b", re.I)
_PEOPLE_INTRO = lazy_compile(
    r"(?:\b(?:with|w/)|^(?:also\s+)?(?:met|then))\s+(?P<people>.+)$",
    re.I | re.M,
)
_INTRO_LINE = lazy_compile(
    r"\b(?:interview(?:ed|ing)?|int|intvw|intv|onsite|on-site|met|meeting|phone screen|screen|"
    r"recruiter call|call|final (?:round|rd)|"
    r"talked (?:with|to)|spoke (?:with|to)|chatted with|video call|panel|rencontré|entrevue|"
    r"entrevista|tryout|trial shift|working interview|audition|stage)\b",
    re.I,
)
_PEOPLE_END = lazy_compile(
    r"\s+(?:for|about|on|from|over|to|re|at|who|who's|whose|which|and\s+it)\s+|\s+@\s*|"
    r"\s+[—–-]\s+|\s+--\s+|"
    r"[.;](?:\s|$)|,\s*(?:on|for|about|the|then|after that|\d)\b|"
    r"\s+\d{1,2}/\d|\s+\d{4}-\d\d|\s+(?:and|&)\s+(?:did|had|I)\b|\s+(?:and|&)\s+then\s+(?![A-Z])",
)
_COMPANY_AFTER = lazy_compile(
    r"(?:(?<=\s)@\s*|^@\s*|\bat\s+(?:the\s+)?(?=[A-Z])|\bfrom\s+(?=[A-Z]))(?P<company>[^\n]+)"
)
_COMPANY_END = lazy_compile(
    r"\s*(?:\(|,|;|\.(?:\s|$)|\s[—–]\s|\s--\s|\s+(?:w/|with|on|about|to)\s|\s+for\s+(?![A-Z])|"
    r"\s+(?:mon|tues?|wed|thurs?|fri|sat|sun)\w*\s|\s+\d)"
)
_ROLE = lazy_compile(
    r"(?:^|[—–,:]|\.|--|\bthe|\bfor(?:\s+(?:the|a|an))?)\s+(?P<role>[A-Za-z][\w/&+'’ -]{1,50}?)\s+"
    r"(?:position|role|job|opening)\b",
    re.I | re.M,
)
_ROLE_FOR = lazy_compile(
    r"\bfor\s+(?!about\b|the\s+(?:job|role|position)\b)(?:the\s+|a\s+|an\s+)?"
    r"(?P<role>[A-Z][\w/&+ -]{2,50}?)\s*(?:\.|,|\(|$)",
    re.M,
)
_INLINE_LABEL = lazy_compile(
    r"(?<=[.;–—]\s)(?P<label>role|position|company|candidate)\s*:\s*(?P<value>[^.;\n]+)", re.I
)
_ROLE_RE = lazy_compile(r"\bre:\s*(?P<role>[A-Z][\w/&+ -]{2,50}?)\s*(?:\.|,|\(|$)", re.M)
_ROLE_BEFORE_INTERVIEW = lazy_compile(
    r"^(?!(?:phone|video|final|second|first|third|onsite|in-person|the|my|an?|notes?)\b)"
    r"(?P<role>[A-Za-z][\w/&+ -]{1,40}?)\s+(?:interview|tryout|trial shift|audition)\b",
    re.I | re.M,
)
_TITLE_LINE = lazy_compile(
    r"^#*\s*(?:interview(?: notes)?\s*:\s*)?(?P<left>[^\n]+?)\s+(?:--|[—–])\s+(?P<right>[^\n]+)$",
    re.I,
)
_HYPHEN_LINE = lazy_compile(r"^#*\s*(?P<left>[^\n]+?)\s+-\s+(?P<right>[^\n-]+)$")
_SLASH_LINE = lazy_compile(r"^#*\s*(?P<left>[^\n/]+?)\s+/\s+(?P<right>[^\n]+)$")
_ME_INLINE = lazy_compile(
    rf"(?:^|[,.;(·|][ \t]*)(?:me|my name)[ \t]*[:=][ \t]*"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})(?=[ \t]*(?:$|[,.;)]))",
    re.I | re.M,
)
# a name beside a cue that it is the writer's: "Hannah Liebowitz — that's me", "dee pruitt
# (me)", "tommy garza - me - 6 seasons", "(me — Bianca "Bee" Moreau)", "me - Travis Menendez,
# 11 yrs", "I'm Naomi — Rev. Naomi Haverford-Kline, MDiv"
_SPOKEN_NAME = rf"{NAME_WORD}(?:[ \t]+(?:[\"“][^\"”\n]{{1,20}}[\"”][ \t]+)?{NAME_WORD}){{1,3}}"
_NAME_THEN_ME = lazy_compile(
    rf"(?:^|(?<=[.!?:]\s))(?:[-*•]\s*)?(?P<name>{_SPOKEN_NAME})[ \t]*"
    r"(?:\([ \t]*me[ \t]*[!.]*(?:[,;][^)\n]*)?\)|"
    r"[—–-]+[ \t]*(?:(?:that'?s|that’s|that is|this is)[ \t]+)?me\b|"
    r",[ \t]*(?:that'?s|that’s|that is|this is)[ \t]+me\b)",  # "Eilidh MacAskill, that's me"
    re.I | re.M,
)
_ME_THEN_NAME = lazy_compile(
    rf"(?:\bme[ \t]*[—–=-]+|\bI['’]m[ \t]+{NAME_WORD}[ \t]*[—–-]+)[ \t]*{HON_PREFIX}?"
    rf"(?P<name>{_SPOKEN_NAME})(?=[ \t]*(?:$|[,.;)(]))",
    re.I | re.M,
)


_FIRST_NAME_THEN_ME = lazy_compile(  # "Kayleigh (me!!) met w/ Gary Mott", "S. Kettleborough (me)"
    rf"(?:^|(?<=[.!?:]\s))(?:[-*•]\s*)?(?P<name>(?:{UPPER}\.[ \t]*)?{UPPER}{NAME_TAIL})[ \t]*"
    r"\([ \t]*me[ \t]*[!.]*\)"
    r"(?![ \t]*[:=])",
    re.M,
)
# "(A. Kasparian — that is, me, Armen)": an initial and a surname, then the first name
_INITIAL_THEN_ME = lazy_compile(
    rf"\b(?P<initial>{UPPER})\.[ \t]*(?P<surname>{UPPER}{NAME_TAIL})[ \t]*[—–,-]+[ \t]*"
    rf"(?:that is|that's|that’s|i\.e\.)?,?[ \t]*me,[ \t]*(?P<first>{UPPER}{NAME_TAIL})\b"
)


def _me_cue_name(text: str) -> str | None:
    """The writer's own name where the notes point at it with "me" (see the forms above)."""
    for m in _INITIAL_THEN_ME.finditer(text):
        if m.group("first").startswith(m.group("initial")):
            return f"{m.group('first')} {m.group('surname')}"
    for pattern in (_NAME_THEN_ME, _ME_THEN_NAME, _FIRST_NAME_THEN_ME):
        for m in pattern.finditer(text):
            name = _NICKNAME.sub("", m.group("name")).strip()
            words = name.split()
            if any(w.lower() in COMMON_WORDS or w.lower() in NOT_NAMES for w in words):
                continue  # "talked to me", "told me": no name
            return restore_case(name)
    return None


_COMPANY_ROLE_LINE = lazy_compile(
    r"^(?P<company>[^,@\n]{3,60}),\s+(?:for\s+)?(?:the\s+|an?\s+)?"
    r"(?P<role>[^,(\n]{2,40}?)\s+(?:role|position|job)\b",
    re.I,
)
# a line that opens with meeting someone: who was met, never a "Company — Role" title line
_MET_PERSON_OPENING = lazy_compile(
    r"^\s*(?:[-*•]\s*)?(?:also\s+)?(?:met|then|talked\s+(?:to|with)|spoke\s+(?:to|with)|"
    r"chatted\s+with)\s+(?!(?:at|in|on|for)\b|@)",
    re.I,
)
_WITH_NAME = lazy_compile(rf"(?:^|\s)(?:with|w/|avec|rencontré|conocí a)\s+{HON_PREFIX}?{UPPER}")
_FROM_PERSON = lazy_compile(
    rf"\bfrom\s+(?P<name>{_HON}?{UPPER}{NAME_TAIL}\s+{UPPER}{NAME_TAIL}),\s+"
    # a title, not what the meeting was for: "from Quillfeather Press, for the X role"
    rf"(?!(?i:for|about|re|regarding|the|a|an|on|at)\b)(?P<title>[^,@()\n.]{{2,40}})"
)
# a sentence that opens with a person, their title in brackets, then what they did
_PERSON_ACTS = lazy_compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_HON}?{UPPER}{NAME_TAIL}\s+{UPPER}{NAME_TAIL})\s*"
    r"\((?P<title>[^)\n]{2,40})\)\s+(?:[a-z]+ed|ran|sat|led|took|gave|did|was|is)\b",
    re.M,
)
# mid-sentence, a person and their title who met the writer: "... and Siobhan Kearney (Head of
# Medical) met me in the physio room"
_PERSON_MET_ME = lazy_compile(
    rf"(?P<name>{_HON}?{UPPER}{NAME_TAIL}\s+{UPPER}{NAME_TAIL})\s*"
    r"\((?P<title>[^)\n]{2,40})\)\s+(?:met|interviewed|greeted|collected)\s+me\b"
)
# a part of the day for one role, then who it was with: "B) 11:30 — Digital Literacy Specialist
# — w/ Rohan B (Adult Services Mgr)"
_ROLE_THEN_PEOPLE = lazy_compile(
    r"(?:^|[—–]|--|\s-\s)\s*(?P<role>[A-Z][^—–@()\n:]{2,50}?)\s*(?:[—–]|--|\s-\s)\s*"
    r"(?:w/|with)\s+(?P<people>[A-Z].+)$"
)
_ROLE_AFTER_COMPANY = lazy_compile(  # "@ Fable & Fir (ad agency), junior copywriter"
    r"(?:@|\bat)\s+[A-Z][^,()\n]{1,40}?(?:\s*\([^)\n]*\))?,\s*(?P<role>[a-zA-Z][\w /&+-]{2,40}?)"
    r"\s*\.?\s*$"
)
_ROLE_AFTER_COMPANY_LOWER = lazy_compile(  # "at northpoint credit union, teller II"
    r"(?:@|\bat)\s+[a-z][^,()\n]{1,40}?(?:\s*\([^)\n]*\))?,\s*(?P<role>[a-zA-Z][\w /&+-]{2,40}?)"
    r"\s*\.?\s*$"
)


def _lines_typed_lower(text: str) -> bool:
    """Notes typed in lower case: at least half their lines open with a small letter."""
    openings = [m.group() for m in re.finditer(r"^[^\w\n]*([^\W\d_])", text, re.M)]
    small = sum(1 for o in openings if o[-1].islower())
    return bool(openings) and small * 2 >= len(openings)


def _typed_lower(line: str) -> bool:
    """A line typed in lower case; a roman numeral or a stray capital aside ('teller II')."""
    return sum(c.isupper() for c in re.sub(r"\b[IVX]+\b", "", line)) <= 1


_AFTER_CHATTER = lazy_compile(
    r"\b(?:interview|screen|onsite)(?:\s+[a-z]+){0,3}\W*[!:]+\s+(?P<company>[A-Z][^,\n]{2,50}),\s*"
    r"(?P<role>[a-zA-Z][\w /&+-]{2,40}?)\s*$",
    re.I,
)
_WAS_PERSON = lazy_compile(
    rf"\b(?:the\s+)?(?P<who>manager|interviewer|recruiter|hiring manager|owner|supervisor|"
    rf"director|principal|chef)\s+(?:was|is)\s+(?P<name>{_HON}?{UPPER}{NAME_TAIL}"
    rf"(?:\s+{UPPER}{NAME_TAIL})?)(?:\s*\((?P<title>[^)\n]{{2,40}})\))?",
    re.I,
)
_FULL_NAME = lazy_compile(rf"{_HON}?{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{1,2}}")
_WHY_ORG = lazy_compile(rf"\bwhy\s+(?:join\s+|work (?:at|for)\s+)?(?P<org>{UPPER}[\w&’'-]+)\s*\?")
# a date, a weekday or a duration: a part of a title line that names no company
_DATED_PART = lazy_compile(
    r"\d{1,2}/\d{1,2}|\b\d+\s*(?:min|mins|minutes|hrs?|hours?)\b|"
    r"\b(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\b|\byesterday\b|\btoday\b",
    re.I,
)
_HONORIFIC_NAME = lazy_compile(
    rf"(?P<name>{HON_PREFIX}{UPPER}{NAME_TAIL}\s+{UPPER}{NAME_TAIL})"
    r"(?:,\s+the\s+(?P<title>[\w &/-]{2,40}?),)?"
)
_PERSON_HEAD = lazy_compile(
    rf"^\s*#*\s*(?:\d+[.)]\s*|[-*•]\s*)?(?P<name>{_CAP_NAME})\s*\((?P<title>[^)]+)\)\s*"
    r"(?::|--|[—–]|-\s|\.|$)"  # "Tasha Greene (Leasing Lead) - Google reviews stuck at 3.1"
)
# "Tom Whitfield, board chair. First names." -- a line that opens with a person and a title
_PERSON_LINE = lazy_compile(
    rf"^\s*#*\s*(?:\d+[.)]\s*|[-*•]\s*)?(?P<name>{_HON}?{UPPER}{NAME_TAIL}(?:\s+{PARTICLES}{UPPER}{NAME_TAIL}){{1,3}}|"
    rf"{_HON}{UPPER}\.[ \t]*{UPPER}{NAME_TAIL})"  # "Mrs A. Okafor - Matron": an initial
    r"(?:,\s+|\s+[-–—=]\s+)(?P<title>[A-Za-z][\w &/.'-]{1,50}?)(?:\s*\([^)]*\)){0,2}"
    r"(?:[.,;]\s|[.,;]?$)"
)
# a person typed in lower case, their title in brackets, opening a line: "ruth ashdown (owner)"
_PERSON_HEAD_LOWER = lazy_compile(
    r"^\s*(?:[-*•]\s*)?(?P<name>[a-z][\w’'-]+(?:[ \t]+[a-z][\w’'-]+){1,2})[ \t]*"
    r"\((?P<title>[^)\n]{2,40})\)[ \t]*(?::|--|[—–-]|\.(?:[ \t]|$)|$)"
)
# a person and a title on a line of lower-case notes: "- jess park = mktg mgr"
_PERSON_LINE_LOWER = lazy_compile(
    r"^\s*(?:[-*•]\s*|\d{1,2}[.)]\s+)?(?P<name>[^\W\d_A-Z][\w’'-]*(?:\s*\([^)\n]*\))?"
    r"(?:\s+[^\W\d_A-Z][\w’'-]*){0,2})\s*(?:=|,|\s[-–—]\s)\s*(?P<title>[^.,;!?()\n]{2,40})"
)
TITLE_HINT = lazy_compile(
    r"\b(?:manager|mgr|director|lead|chair|head|partner|recruiter|chef|owner|gm|vp|ceo|cfo|"
    r"cto|coo|cmo|cno|president|officer|principal|dean|professor|prof|supervisor|foreman|"
    r"wireman|engineer|eng|analyst|designer|architect|specialist|coordinator|nurse|advisor|"
    r"associate|editor|founder|member|hr|talent|educator|teacher|scientist|counsel|pi|"
    r"investigator|captain|pilot|physician|surgeon|attorney|curator|registrar|chief|assistant|"
    r"ea|executive|trainer|planner|buyer|clerk|administrator|superintendent|practitioner|"
    r"therapist|pharmacist|technician|instructor|lecturer|librarian|counselor|consultant|"
    r"accountant|controller|auditor|preparer|bookkeeper|developer|dev|programmer|producer|"
    r"strategist|directrice|"
    r"directeur|gerente|jefe|jefa|operator|driver|cook|baker|cashier|rep|representative|agent|"
    r"dispatcher|mechanic|electrician|plumber|welder|machinist|carpenter|barista|bartender|"
    r"housekeeper|attendant|aide|caregiver|worker|hygienist|paralegal|teller|steward|"
    r"copywriter|writer|teacher|stocker|server|host|nanny|tutor|secretary|receptionist|"
    r"groundskeeper|guard|nurse|medic|scheduler|estimator|inspector|tech|adviser|translator|"
    r"interpreter|researcher|apprentice|intern|paramedic|firefighter|headteacher|\w+ologist|"
    r"agronomist|ambassador|surveyor|keeper|pastor|minister|chaplain|\w+ographer|\w+ician|"
    r"carer|deputy|leader|arborist|florist|stylist|dentist|chemist|journalist|artist|reporter|"
    r"signaller|signalman|scaffolder|deckhand|merchandiser|transcriber|doula|midwife|embalmer|"
    r"supv|underwriter|matron)\b",
    re.I,
)
_NOT_PERSON_WORDS = lazy_compile(
    r"\b(?:group|inc|llc|llp|co|company|corp|logistics|university|hospital|regional|bank|"
    r"labs?|studio|hotel|health|foundation|school|college|department|interview|notes|search)\b",
    re.I,
)
_SIGNATURE = lazy_compile(
    rf"\b(?:Best|Thanks|Regards|Sincerely|Cheers|Warmly|Best regards|Thank you),\s*\n?\s*"
    rf"(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})"  # on one line: not "Theo\nExecutive"
    rf"(?:,\s*(?P<title>[A-Z][^,\"\n]{{2,40}}))?"
)
_I_AM = lazy_compile(
    rf"\b(?:(?i:my name(?:'s| is|(?: on the (?:e-?mail|note))? should be))|I am|I'm)\s+"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{1,2}})"
)
# The writer of the notes on a line of its own near the top: "Travis Boone",
# "Elizabeth (Liz) Marchetti", "Imogen Hart, MLIS", "Denise Carrow, MSN, FNP-C".
_BARE_NAME_LINE = lazy_compile(
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:\s+(?:\([^)]{{1,20}}\)|[\"“][^\"”]{{1,20}}[\"”]))?"
    rf"(?:\s+{UPPER}{NAME_TAIL}){{1,2}})"  # 'Earl "Buck" Tillman', "Ana (Annie) Ruiz"
    r"(?:,\s*[A-Z][A-Za-z-]{1,6}){0,3}"
)
_BOLD_LINE = lazy_compile(r"^\*\*(.+)\*\*$")
_NICKNAME = lazy_compile(r"\s*(?:\([^)]*\)|[\"“][^\"”]*[\"”])")  # 'Earl "Buck" Tillman'
_TRAILING_ASIDE = lazy_compile(r"\s*\([^()]*\)\s*$")
_QUALIFIED_ROLE = lazy_compile(r"^([^,]+?\s[-–—]\s[^,]+),\s*[^,]+$")  # the role, then a team
# "observed by Mr Jamal Reid, Head of Humanities", "interviewed by Ana Ruiz (Ops Manager)"
_BY_PERSON = lazy_compile(
    rf"\b(?:observed|interviewed|assessed|chaired|led|run)\s+by\s+"
    rf"(?P<name>{_HON}?{UPPER}{NAME_TAIL}\s+{UPPER}{NAME_TAIL})"
    r"(?:,\s*(?P<title>[A-Za-z][\w &/-]{1,40})|\s*\((?P<paren>[^)\n]{2,40})\))"
)
_BY_PEOPLE = lazy_compile(
    r"\b(?:interviewed|assessed|met)\s+by\s+(?P<people>[^\n]+?\b(?:and|&)\b[^\n]+?)"
    r"(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.(?:\s|$)|$)",
    re.M,
)
_LIST_ITEM = lazy_compile(r"^\s*(?:\d+[.)]|[-*•])\s*")
_HEADING_LABEL = lazy_compile(r"^\s*#{2,6}\s*(?:[a-z]+(?:\s+\d+)?\s*:\s*)?")  # "### block 1: "
_EMPHASIS = lazy_compile(r"\*\*|__")
_DASH_ASIDE = lazy_compile(r"\s+[—–]\s+[^—–]*$")  # what the meeting was, after the person's title
# A transcript's speaker label, as Otter and similar tools write it: "Paula Greenberg  0:03"
_SPEAKER_LABEL = lazy_compile(
    rf"^(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{0,2}})"
    r"\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*$",
    re.M,
)
_POSSESSIVE_PERSON = lazy_compile(rf"(?P<name>{_CAP_NAME})['’]s\s+(?:lab|team|group|office)\b")
_TITLE_FIRST = lazy_compile(rf"^(?P<title>(?:[a-z][\w&/-]*\s+){{1,4}}?)(?=(?:{HON})\.?\s|[A-Z])")
_SINGLE_TITLE_WORDS = {
    "chef",
    "owner",
    "principal",
    "recruiter",
    "manager",
    "director",
    "founder",
    "ceo",
    "coach",
}


def read_header(text: str) -> Header:
    """Candidate, company, role, date and the people met, from the top of free-text notes."""
    header = Header()
    _calendar_event(text, header)  # a pasted iCalendar event or Outlook invitation
    invited = _meeting_invite(text, header)  # a pasted video-call invitation's host and topic
    invitation = _invitation(text, header)  # "Invitation: Interview - Sous Chef @ Wed Nov 25"
    region = _PASTED_FROM.sub("", _header_region(text))  # "pasted from Teams chat w/ Dev - "
    if invitation:  # its title names no company ("Invitation", "Thu Nov")
        region = region.replace(invitation, "")
    labelled = _labelled(text)
    for label, value in labelled:
        _apply_label(header, label, value)
    for person in _people_section(text):  # "PANEL" / "ppl:" and one person a line under it
        add_person(header, person)
    for person in _honorific_people(text):  # "Chair - Mrs Angela Pryce", "... - Mrs A + Mr B"
        add_person(header, person)
    for asked in _ASKED_BY.finditer(text):  # "Q (Anneliese Fuchs, GM): how do you feel ..."
        for person in parse_people(asked.group("who")):
            if len(split_honorific(person.name)[1].split()) > 1:
                add_person(header, person)
    lines = [  # "> **Interview: Offline Editor — Northlight Post**": a quoted calendar title
        _EMPHASIS.sub("", ln.strip().lstrip(">").strip())
        if ln.strip().startswith(">")
        else _BOLD_LINE.sub(r"\1", ln.strip().lstrip("#").strip())  # "**Acme — Role**"
        for ln in region.splitlines()
        if ln.strip().lstrip(">").strip() and not _FORWARDED.match(ln)
    ]
    lines = [ln for ln in lines if ln not in (invited, invitation)]
    lines = [plain for ln in lines if (plain := _undecorated(ln))]  # "LACE & LANTERN ✨ ..."
    heading = _NOTES_TITLE.sub("", _PASTED_FROM.sub("", lines[0])) if lines else ""
    if lines and heading != lines[0] and _job_after_notes_title(heading):
        lines[0] = heading  # "Job hunt log — Senior Hydrologist, Tamsett Water Consulting"
        _after_notes_title(header, heading)
        if header.company and header.role is None and lines[1:]:  # the job on the next line:
            job = re.split(r",\s+|\s+(?:--|[—–-])\s+", lines[1])[0]  # "Senior Physiotherapist
            job = _TRAILING_ASIDE.sub("", job).strip(" .")  # (MSK / sports), permanent"
            sure = TITLE_HINT.search(job) or (job[:1].isupper() and len(job.split()) <= 5)
            if sure and plausible_role(job) and not _DATED_PART.search(job):
                set_role(header, job)
    if lines and (stamp := LOG_STAMP.match(lines[0])) and lines[0][stamp.end() :][:1].islower():
        lines = lines[1:]  # "0314 — can't sleep, typing on phone.": the writer's aside
    lines = _writer_in_title(header, lines)
    caps = _caps_company(lines[0], text) if lines and header.company is None else None
    shout = _CAPS_THEN_MEETING.match(lines[0]) if lines and header.company is None else None
    if shout and caps is None:  # "LACE & LANTERN BRIDAL interview recap"
        caps = _caps_company(shout.group("caps"), text)
    org_line = _TRAILING_ASIDE.sub("", lines[0]) if lines[1:] else ""
    if (
        header.company is None
        and caps is None
        and _named_org(org_line)
        and not re.search(r"\s(?:--|[—–|:/-])\s|:|@", org_line)
        and not (_INTRO_LINE.search(org_line) or MEETING_PART.search(org_line))
    ):
        job = re.split(r"\s+(?:--|[—–-])\s+|,\s+|\s*\(", lines[1])[0].strip(" .")
        if TITLE_HINT.search(job) and plausible_role(job) and not _INTRO_LINE.search(job):
            # "Great Lakes Gift of Life Network (the OPO)" over "Organ Donation Coordinator —
            # clinical": the organisation's own line, then the job's
            header.company = _TRAILING_ASIDE.sub("", lines[0]).strip(" .")
            set_role(header, job)
    first_part = re.split(r"\.\s", lines[0])[0].strip() if lines else ""
    if header.company is None and caps is None and first_part.islower() and first_part != lines[0]:
        # "olander lock & safe. tues 6/9. 9am.": the business, then the day, a sentence each
        words = first_part.split()
        if 2 <= len(words) <= 5 and ("&" in words or words[-1] in ORG_SUFFIXES):
            caps = restore_case(first_part)
            lines = [lines[0][len(first_part) :].lstrip(". "), *lines[1:]]
    if caps:
        header.company = caps  # "SUMMIT AIR MECHANICAL" over "commercial HVAC tech - interview"
    # the title line may follow a line of chat ("ok writing this ..."), or the company in caps
    for line in lines[1:3] if caps else lines[:3]:
        if _MET_PERSON_OPENING.match(line):
            continue  # "met siobhán ní bhriain (eng manager) — she asked ...": a person met
        read_title_line(header, line)
        unaside = _TRAILING_ASIDE.sub("", line)
        if header.company is None and unaside != line:
            read_title_line(header, unaside)  # "Fire Dept - Recruit (Class 26-2)"
        if header.company is None and (cut := _QUALIFIED_ROLE.match(unaside)):
            read_title_line(header, cut.group(1))  # "QUANTIVA - Account Executive, Mid-Market"
        if header.company and not caps:
            break
    if header.company and header.role is None:  # "Clinical Research Coordinator II — X team"
        for line in lines[1:3]:  # under the company's line
            trial = Header()
            read_title_line(trial, line)
            if trial.role and trial.company and _TEAM.search(trial.company):
                header.role = trial.role
                break
    if header.role and _UNIT.search(header.role):  # "BAY STATE PUBLIC DEFENSE - Dorchester
        for line in lines[1:3]:  # Trial Office" over "Staff Investigator - interview Tue 5/19"
            trial = Header()
            read_title_line(trial, line)
            job = trial.role or (
                trial.company if trial.company and TITLE_HINT.search(trial.company) else None
            )
            if job and not _UNIT.search(job) and plausible_role(job):
                header.role = job
                break
    if header.company and re.search(
        rf"\b{re.escape(header.company)}\s+(?:team|unit|division|directorate|dept|department)\b",
        text,
        re.I,
    ):  # "HEO Policy Adviser, Rail Accessibility" over "... SEO, Rail Accessibility team"
        header.company = None
        for line in lines[1:3]:  # the organisation on the next line: "Office of Rail Standards"
            read_title_line(header, re.sub(r"\s+\|\s+", " — ", line))
            if header.company:
                break
    if header.company is None and lines and (m := _ORG_THEN_ROLE.match(lines[0])):
        # "greenleaf co-op mktg coord intvw": the company ends at its kind of organisation
        role = expand_title(m.group("role")) or ""
        if TITLE_HINT.search(role) and plausible_role(role):
            header.company = restore_case(m.group("company"))
            set_role(header, role)
    for line in lines[:4]:
        for pair in _titled_pairs(line):  # "manager = Bev Costa, deputy = Tunde"
            add_person(header, pair)
        both = _ORG_COMMA_JOB.match(line) if header.company is None else None
        if both and TITLE_HINT.search(both["role"]) and not TITLE_HINT.search(both["company"]):
            # "Orchard Lane Care Home, night senior carer": the company, then the job typed
            header.company = both.group("company")
            set_role(header, title_case_role(both.group("role")))
    joined = " ".join(lines)
    typed_lower = _lines_typed_lower(text)
    for line in _intro_lines(region):
        for person in _people_in_intro(line, typed_lower):
            add_person(header, person)
    for line in lines:
        if not _INTRO_LINE.search(line) and "@" not in line:
            continue
        if header.company is None:
            header.company = _company_in(line)
    for line in _intro_lines(region):
        if header.company is None:
            header.company = _company_in(line)
    for i, line in enumerate(lines[:4]):
        job = _TRAILING_ASIDE.sub("", line)  # "Staff Pharmacist (full time, some Saturdays)"
        head = job.split(",")[0].split()
        if "," in job and head and TITLE_HINT.search(head[-1]):
            job = job.split(",")[0]  # "Senior Mine Surveyor, Marandoo North (iron ore), FIFO"
        bare = re.fullmatch(r"[A-Za-z][\w/&+' -]{2,40}", job)
        if i and header.role is None and bare and len(job.split()) <= 5:
            title = expand_title(job) or ""  # a line that is only the job: "member services rep"
            if TITLE_HINT.search(title.split()[-1]):
                set_role(header, title)
        if i == 0 and header.company is None and MEETING_PART.search(line.split(",")[0]):
            # "Onsite, Fernhill Robotics, Controls Technician. Nov 18."
            _title_parts(header, re.sub(r",\s*|\.\s+", " — ", line.rstrip(". ")))
        after = _ROLE_AFTER_COMPANY.search(line) or (
            _typed_lower(line) and _ROLE_AFTER_COMPANY_LOWER.search(line)
        )
        if header.role is None and after:
            role = after.group("role").strip()  # "@ Fable & Fir (ad agency), junior copywriter"
            if TITLE_HINT.search(role):
                set_role(header, role)
        if header.company is None and (chat := _AFTER_CHATTER.search(line)):
            # "my first real job interview!!! FreshWay Market on Route 9, part time cashier"
            company = _cut_company(chat.group("company"))
            if company and TITLE_HINT.search(chat.group("role")):
                header.company = company
                set_role(header, chat.group("role"))
    for m in _WAS_PERSON.finditer(text):  # "the manager was Ms. Tran (store manager)"
        add_person(header, make_person(m.group("name"), m.group("title") or m.group("who")))
    if header.candidate is None and (m := _ME_INLINE.search(text)):
        header.candidate = restore_case(m.group("name").strip())
    if header.candidate is None:
        header.candidate = _me_cue_name(text)
    if (
        lines
        and (m := _COMPANY_ROLE_LINE.match(lines[0]))
        # not a meeting: "Phone screen with Daniel Osei from Quillfeather Press, for the X role"
        and not _WITH_NAME.search(m.group("company"))
        and not _INTRO_LINE.search(m.group("company"))
    ):
        header.company = header.company or restore_case(m.group("company").strip())
        header.role = header.role or title_case_role(m.group("role").strip())
    in_private = False  # under a "PRIVATE:" heading: "visa sponsorship — skilled worker" is no one
    for line in text.splitlines():
        line = _RULED_HEADING.sub(r"\g<inner>", line)  # "== Dr Rahul Sethi (Clinical Director) =="
        line = _TIMED_PERSON.sub(_capitalised_person, line)  # "10:00 -- GIL AMUNDSEN (News Dir)"
        line = ENTRY_PREFIX.sub("", line)  # "ITEM 1  Capt. A B - Director", "#2 A B, Manager"
        in_private = in_private or bool(_PRIVATE_HEADING.match(line))
        if (both := _ROLE_THEN_PEOPLE.search(line)) and TITLE_HINT.search(both.group("role")):
            # "A) 10:00 — Youth Services Librarian II — w/ Tamsin Achterberg (Coordinator)"
            role = title_case_role(both.group("role").strip())
            for person in _people_in_intro("with " + both.group("people")):
                if plausible_role(role):
                    person.role = role
                add_person(header, person)
        intro = re.match(
            r"\s*(?:[-*]\s*)?(?:then|also met|met|saw|pairing|portfolio|lunch|"
            r"(?:talked|spoke|sat down) (?=to\b|with\b)|"
            r"(?:phone|video|teams|zoom)(?:/\w+)?(?:\s+call)?\s+(?=w/|with\b))\b",
            line,
            re.I,
        ) or (_INTRO_LINE.search(line) and _WITH_NAME.search(line))
        if intro:
            listed = _people_in_intro(line.strip(" -*"), typed_lower)
            full_named = any(len(p.name.split()) > 1 for p in listed)
            for person in listed:
                if (
                    len(person.name.split()) < 2
                    and not full_named  # "with Dolores Whitfield (manager) and Sam again"
                    and not intro.group().strip().lower().startswith(("then", "met", "also"))
                ):
                    continue
                if re.search(r"\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}\b", line):
                    person.met_on = line
                add_person(header, person)
        first_line = line.strip() == text.strip().splitlines()[0].strip()
        if (
            (m := _PERSON_HEAD.match(line))
            and (len(m.group("name").split()) > 1 or TITLE_HINT.search(m.group("title")))
            and not first_line
            and not m.group("name").isupper()  # "ROAD TEST (Diaz):" heads a part of the day
            and not _NOT_PERSON_WORDS.search(m.group("name"))
            and not _ORG_WORDS.search(m.group("name"))
            and not (header.company and same_person(m.group("name"), header.company))
        ):  # "Elena Varga (CEO):", a table row, a heading; not "Paralegal (litigation)"
            add_person(header, make_person(m.group("name"), m.group("title")))
        elif (
            (m := _PERSON_LINE.match(line))
            and not _NOT_PERSON_WORDS.search(m.group("name"))
            and TITLE_HINT.search(m.group("title"))
            and not (header.company and same_person(m.group("name"), header.company))
            and not first_line
        ):  # "Tom Whitfield, board chair.", "Gary Lindqvist - training director, ..."
            add_person(header, make_person(m.group("name"), m.group("title")))
        elif (
            (m := _PERSON_LINE_LOWER.match(line))
            and not first_line
            and not in_private
            and not _LABEL.match(line)  # "job = 2nd yr apprentice plumber" names no one
            and _short_title(expand_title(m.group("title")) or "")
            and not _APPLIED_JOB_WORD.search(m.group("title"))  # "- cook position": the job
        ):  # phone notes: "- jess park = mktg mgr", "- tomás (not tom) ruiz-abreu, design lead"
            # (not a topic: "- escalations — angry member whose claim was denied")
            name = re.sub(r"\s*\([^)]*\)", "", m.group("name"))
            if not any(w in COMMON_WORDS for w in name.split()):
                add_person(header, make_person(name, m.group("title").strip()))
        elif (m := _listed_person(line)) and not (
            header.company and same_person(m.group("name"), header.company)
        ):  # "1) Ada Lin, Director of FP&A — case interview (60 min)", "- **Bo Ek** — CFO"
            add_person(header, make_person(m.group("name"), m.group("title")))
        elif (
            typed_lower
            and not in_private
            and (m := _PERSON_HEAD_LOWER.match(line))
            and TITLE_HINT.search(m.group("title"))
            and not any(
                w in COMMON_WORDS or w in NOT_NAMES
                for w in split_honorific(m.group("name"))[1].split()  # "mrs deborah kincaid"
            )
        ):  # lower-case notes: "ruth ashdown (owner) — just her"
            add_person(header, make_person(m.group("name"), m.group("title")))
    for line in text.splitlines()[:60]:  # a log's line: "0930  Arrived at the office. Met A B, X."
        stamped = LOG_STAMP.match(line)
        sentences = _SENTENCE_BREAK.split(line[stamped.end() if stamped else 0 :].strip())
        for sentence in sentences[0 if stamped else 1 :]:
            if _MET_SENTENCE.match(sentence):
                for person in _people_in_intro(sentence, typed_lower):
                    if len(person.name.split()) > 1:
                        add_person(header, person)
    for line in text.splitlines()[:15]:  # "gary pruitt (ops mgr) + linda osei (HR partner)"
        if joined_people := _JOINED_PEOPLE.match(line):
            for m in _PERSON_WITH_TITLE.finditer(joined_people.group()):
                name = m.group("name")
                name = name.lower() if name.isupper() else name
                add_person(header, make_person(name, m.group("title")))
    opening = "\n".join(text.splitlines()[:20])  # the panel may be said after a paragraph or two
    for m in _PANEL_LIST.finditer(opening):  # "It was a panel: A B, the manager, and C D, who ..."
        for person in parse_people(m.group("people")):
            if (
                len(person.name.split()) > 1
                and _typed_capitalised(person.name, m.group("people"))
                and not _NOT_PERSON_WORDS.search(person.name)
            ):
                add_person(header, person)
    for line in text.splitlines()[:20]:  # "The panel was three people. Dr. A B, Director. ..."
        first, *sentences = _SENTENCE_BREAK.split(line.strip())
        if not sentences or not _PANEL_OPENING.search(first):
            continue
        for sentence in sentences:
            m = _PERSON_LINE.match(sentence)
            if (
                m
                and TITLE_HINT.search(m.group("title"))
                and not _NOT_PERSON_WORDS.search(m.group("name"))
            ):
                add_person(header, make_person(m.group("name"), m.group("title")))
            if m and re.search(r",\s+and\s+", sentence):  # "Mr. A B, Director, and C D, Manager."
                for person in parse_people(sentence):
                    if (
                        len(person.name.split()) > 1
                        and person.title
                        and TITLE_HINT.search(person.title)
                        and not _NOT_PERSON_WORDS.search(person.name)
                    ):
                        add_person(header, person)
    if _PANEL_OPENING.search("\n".join(text.splitlines()[:6])):  # "Three of them across a table."
        for m in _PARAGRAPH_PERSON.finditer(text):  # "Lupe Navarrete does member services."
            name = m.group("name")
            if not (_NOT_PERSON_WORDS.search(name) or _ORG_WORDS.search(name)):
                add_person(header, make_person(name, None))
    for m in [*_PERSON_ACTS.finditer(text), *_PERSON_MET_ME.finditer(text)]:
        if TITLE_HINT.search(m.group("title")) and not _NOT_PERSON_WORDS.search(m.group("name")):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _BY_PEOPLE.finditer(text):  # "interviewed by Ms A B, Partner, and C D, Associate."
        for person in parse_people(m.group("people")):
            if len(person.name.split()) > 1 and person.title and TITLE_HINT.search(person.title):
                add_person(header, person)
    for m in _BY_PERSON.finditer(text):
        title = m.group("title") or m.group("paren")
        if TITLE_HINT.search(title) and not _NOT_PERSON_WORDS.search(m.group("name")):
            add_person(header, make_person(m.group("name"), title.strip()))
    for m in _FROM_PERSON.finditer(text):  # "got the no from Priyanka Sharma, eng mgr @ X"
        if TITLE_HINT.search(m.group("title")):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _SIGNATURE.finditer(text):  # a pasted email signed "Best, Ruth Okonkwo, Manager"
        if not m.group("title") and not text[m.end() :].strip():
            continue  # the notes' own last words, "Thanks,\nSofia Reyes": the writer's sign-off
        signer = make_person(m.group("name"), m.group("title"))
        if signer and not (header.candidate and same_person(signer.name, header.candidate)):
            add_person(header, signer)
    for m in _HONORIFIC_NAME.finditer(region):  # "Mrs. Daniela Ruiz, the SPED coordinator, ..."
        whole = region[: m.end()].rsplit("\n", 1)[-1] + region[m.end() :].split("\n", 1)[0]
        if _OWN_PREFIX.match(m.group("name")) and whole.strip(" *#_") == m.group("name"):
            continue  # "Eng. Omar Farouk" alone on a line: the writer's own name and prefix
        met = make_person(re.sub(r"['’]s$", "", m.group("name")), m.group("title"))
        if met and not (header.candidate and same_person(met.name, header.candidate)):
            add_person(header, met)
    for m in _NAME_THE_TITLE.finditer(region):  # "it was Gemma Hollis the academy director"
        if TITLE_HINT.search(m.group("title")):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _MET_IN_PROSE.finditer(text):  # "... and met Sarah-Jane Whitcombe who owns the yard"
        name = m.group("name")
        if (
            not (_NOT_PERSON_WORDS.search(name) or _ORG_WORDS.search(name))
            and not any(w in COMMON_WORDS or w in NOT_NAMES for w in name.lower().split())
            and not (header.company and same_person(name, header.company))
        ):
            add_person(header, make_person(name, _WHO_DOES.get(m.group("verb") or "")))
    for m in _TITLE_THEN_NAME.finditer(text):  # "her yard manager Pip Dawson came over"
        name = m.group("name")
        if not (_NOT_PERSON_WORDS.search(name) or _ORG_WORDS.search(name)):
            add_person(header, make_person(name, m.group("title")))
    for m in _TITLE_THEN_LOWER_NAME.finditer(text) if typed_lower else ():
        words = m.group("name").split()  # "talked to their managing editor ana lúcia ferreira"
        if not any(w in COMMON_WORDS or w in NOT_NAMES for w in words):
            add_person(header, make_person(restore_case(m.group("name")), m.group("title")))
    for m in _HON_SURNAME_BRACKET.finditer(text):  # "mr haugen the owner (Delbert Haugen, ...)"
        full = re.search(  # the name in brackets as a name is written: "Delbert Haugen"
            rf"(?<![\w’'-])(?P<first>{UPPER}{NAME_TAIL})[ \t]+"
            rf"(?i:{re.escape(m.group('surname'))})(?![\w’'-])",
            m.group("inner"),
        )
        if full and not m.group("hon").isupper():  # "MS Project (... construction project)"
            spoken = m.group("title") or re.sub(r"^the\s+", "", m.group("inner").split(" - ")[0])
            met_title = spoken if TITLE_HINT.search(spoken) and len(spoken.split()) <= 4 else None
            met = make_person(f"{m.group('hon').capitalize()} {full.group()}", met_title)
            if met:
                met.name = restore_case(met.name) if met.name.islower() else met.name
                add_person(header, met)
    for m in _FIRST_THEN_FULL.finditer(text):  # "mostly Courtney (Courtney Abernathy, manager)"
        if TITLE_HINT.search(m.group("title")):
            named = f"{m.group('first')} {m.group('surname')}"
            add_person(header, make_person(named, m.group("title")))
    for m in _NAME_IS_TITLE.finditer(text):  # "carla sandoval-pike is the district manager"
        if TITLE_HINT.search(m.group("title")) and not any(
            w in COMMON_WORDS or w in NOT_NAMES for w in m.group("name").lower().split()
        ):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _NAME_TITLE_SENTENCE.finditer(text):  # "... office. Gail Brennan, Centre Manager."
        if TITLE_HINT.search(m.group("title")) and not (
            _NOT_PERSON_WORDS.search(m.group("name")) or _ORG_WORDS.search(m.group("name"))
        ):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _NAME_SHE_IS.finditer(text):  # "Gwen Lloyd-Price, she's the practice director"
        if TITLE_HINT.search(m.group("title")) and not _NOT_PERSON_WORDS.search(m.group("name")):
            add_person(header, make_person(m.group("name"), m.group("title")))
    for m in _PERSON_CALLED.finditer(text):  # "the guy Raj Patel (senior associate I think?)"
        title = _UNSURE.sub("", m.group("title") or m.group("after") or "").strip()
        if TITLE_HINT.search(title) and not _NOT_PERSON_WORDS.search(m.group("name")):
            add_person(header, make_person(m.group("name"), title))
    _company_met_with(text, header)
    if header.candidate is None and (m := _ME_RUN_ON.search(text)):
        # "..., me bobbie jo truitt, been running the diner 6 yrs": the writer, said in passing
        words = m.group("name").lower().split()
        if not any(w in COMMON_WORDS or w in NOT_NAMES for w in words) and not TITLE_HINT.search(
            m.group("name")
        ):
            header.candidate = restore_case(m.group("name"))
    own = _NAME_DASH_NOTES.search(opening) if header.candidate is None else None
    own = own or (_NOTES_COMMA_NAME.search(opening) if header.candidate is None else None)
    if own and _may_be_writer(own.group("name"), header):
        header.candidate = own.group("name")  # "Travis Kowalczyk - notes after, in the truck"
    if header.candidate is None:
        header.candidate = _byline(text, header)
    if header.candidate is None:
        header.candidate = _said_own_name(text)
    _transcript_speakers(text, header)
    if header.candidate is None:
        header.candidate = _bare_name_candidate(text, header)
    if header.candidate is None:
        header.candidate = _signed_or_mailed(text, header)
    if header.candidate is None:
        header.candidate = _writer_by_place(text, header)
    titled = _titled_with_first_name(text, header)
    if titled and header.candidate and header.candidate.split()[0] == titled:
        header.company = None  # "Notes - Sipho" signed "Sipho Mahlangu": the writer's own name
        for line in lines[1:3]:
            read_title_line(header, line)
            if header.company:
                break
        header.people = [p for p in header.people if p.name != header.company]
    if header.role is None and "role" not in header.placeholders:
        header.role = _role(joined, region)  # not after "Role: Job Title", a template's blank
    for m in _POSSESSIVE_PERSON.finditer(joined):
        add_person(header, make_person(m.group("name"), None))
    for m in _WHY_ORG.finditer(text):  # "Q: why Brightwave?" asks about the company, no person
        org = m.group("org")
        for p in [p for p in header.people if same_person(p.name, org) and " " not in p.name]:
            header.people.remove(p)
            if header.role is None and p.title and TITLE_HINT.search(p.title):
                set_role(header, p.title.split(",")[0])  # "w/ Brightwave (CS Manager, ...)"
        if header.company is None or _DATED_PART.search(header.company):
            header.company = org
    declined = [m.group("name") for m in DECLINED.finditer(text)]
    declined += [m.group("name") or m.group("struck") for m in CORRECTED.finditer(text)]
    declined += [m.group("name") for m in SKIPPED.finditer(text)]
    declined += [m.group("name") for m in NOT_YET_MET.finditer(text)]
    surnames = {p.name.split()[-1] for p in header.people if " " in p.name}
    header.people = [  # "Working Together (Sandhu)" heads what Sandhu asked: no person
        p for p in header.people if not (p.title and p.title in surnames and p.honorific is None)
    ]
    header.people = [  # the candidate in a guest list, and a guest who declined, were not met
        p
        for p in header.people
        if not (header.candidate and same_person(p.name, header.candidate))
        and not any(same_person(p.name, name) for name in declined)
    ]
    _recruiter_for(region, header)  # "A B from TalentBridge, recruiting for Solace Hospice"
    for m in _NICK_EQUALS_NAME.finditer(text):  # "TJ = Terrell Jacobs, crew foreman."
        if TITLE_HINT.search(m.group("title")) and not _NOT_PERSON_WORDS.search(m.group("name")):
            add_person(header, make_person(m.group("name"), m.group("title")))
    if said := _THIS_IS_FROM.search(text):  # a message: "Hey Wes, it's Nora w/ Canopy Line Tree"
        org = said.group("org")
        header.people = [p for p in header.people if not same_person(p.name, org)]
        if header.company is None and not TITLE_HINT.search(org):
            header.company = org
    if header.role is None and (own := _ME_THEN_JOB.search(text)):
        job = expand_title(own.group("job")) or ""  # "Wesley Brandt (me) - climbing arborist"
        if TITLE_HINT.search(job) and plausible_role(job):
            set_role(header, title_case_role(job))
    dated = _ORG_INTERVIEW_DATE.match(lines[0]) if lines and header.role else None
    if header.company is None and header.role and dated:
        # "bluecrest aquatics interview thurs 5/14/26" over the job's own line: the business
        org = dated.group("org").strip()
        job_like = TITLE_HINT.search(org) or same_person(org, header.role)
        if not (job_like or _DATED_PART.search(org)):
            header.company = restore_case(org)
    named_place = _KIND_THEN_NAME.search(region) if header.company is None else None
    if named_place and _kind_of_business(named_place.group("kind")):
        org = named_place.group("org").strip()  # "at the bakery (Crust & Crumb)"
        if not (TITLE_HINT.search(org) or _DATED_PART.search(org)):
            header.company = org
    for line in lines[:3] if header.company is None else ():
        if quoted := _FORM_QUOTED.match(line):  # 'SIA "Baltijas Meža Inventarizācija"'
            header.company = quoted.group("name").strip()
            break
    if header.company is None:
        header.company = _org_in(region, header)
        if header.company and header.role and same_person(header.role, header.company):
            header.role = None  # "redline interview" named the company, not the job
    if header.role is None and "role" not in header.placeholders:
        set_role(header, _job_in(region, header) or "")
    for line in text.splitlines()[:40]:  # "bud lindqvist - ops mgr. lena park - safety director."
        first, *more = re.split(r"(?<=\w)\.[ \t]+", line.strip())
        pattern = _PERSON_LINE_LOWER if first.islower() else _PERSON_LINE
        if not more or _LABEL.match(line) or not pattern.match(first + "."):
            continue
        for sentence in more:
            said = pattern.match(sentence.rstrip(".") + ".")
            spelled = expand_title(said.group("title").strip()) if said else None
            if said and spelled and _short_title(spelled) and TITLE_HINT.search(spelled):
                named = said.group("name")
                if not any(w in COMMON_WORDS or w in NOT_NAMES for w in named.lower().split()):
                    add_person(header, make_person(named, said.group("title").strip()))
    for person in header.people:  # "dana k - ops mgr (Dana Kessler on the card)": the full name
        words = person.name.split()
        if len(words) == 1 or (len(words) == 2 and len(words[1].rstrip(".")) == 1):
            initial = words[1][0] if len(words) == 2 else ""
            full = re.search(
                rf"\((?:[^()\n]*?\b)?(?P<full>(?i:{re.escape(words[0])})[ \t]+"
                rf"(?P<surname>{UPPER}{NAME_TAIL}))\b[^()\n]*\)",
                text,
            )
            if full and full["surname"].startswith(initial.upper()):
                person.name = f"{words[0][:1].upper()}{words[0][1:]} {full['surname']}"
    for person in header.people:  # "Hon. Patricia Okafor ... (addressed as "Judge Okafor")"
        if person.honorific == "Hon." and len(person.name.split()) > 1:
            spoken = re.search(
                rf"\b(?P<h>(?!Hon\b){HON})\.?[ \t]+{re.escape(person.name.split()[-1])}\b", text
            )
            person.honorific = split_honorific(f"{spoken['h']} x")[0] if spoken else None
    for person in header.people:  # "Chef Rui wanted ..." and "... Chef Rui Paixão.": the surname
        _full_name_after_title(person, text)
    if header.candidate is None and (applied := _APPLICATION_OF.search(text)):
        header.candidate = applied.group("name")  # "IN RE: Application of Rosalind Teague"
    if header.date_text is None and not _SAYS_A_DAY.search(region):
        # a log or a journal, no date at the top: the entry that says the interview ("4/14/26
        # (Tue) - ORAL BOARD"), else the first day's own line ("24/03/2026 (Tue)")
        day_lines = [ln.strip() for ln in text.splitlines()[:60] if _LOG_DAY.match(ln)]
        header.date_text = next(
            (ln for ln in day_lines if _INTRO_LINE.search(ln) or _BOARD.search(ln)),
            next((ln for ln in day_lines if _DATED.match(ln)), None),
        )
    if header.date_text is None:
        header.date_text = region
    _own_labels(text, header)  # "Player: Felix Brandt", "Game master: Ruth K, co-founder"
    _given_names_first(text, header)  # "Mr. Lim Wei Jie ... everybody calls him Mr Lim"
    if header.company and header.company.isupper() and len(header.company) > 5:
        header.company = " ".join(  # "THE SUNDAY LEDGER": The Sunday Ledger; "NHS", "BHP" stay
            w.capitalize() if len(w) > 3 or w in ("THE", "AND", "OF", "FOR") else w
            for w in header.company.split()
        )
    if header.company:  # "Lotus Lantern Studio ✨": a decoration is no part of the name
        header.company = re.sub(r"[^\w.)&'’]+$", "", header.company) or None
    if header.company and (plain := re.sub(r"\s*\([^)]*\)", "", header.company).strip()):
        header.company = plain  # "FreshRoute Foods (regional grocery delivery)": an aside
    if header.company and header.role:  # "at Kestrel Mutual for QA Analyst"
        header.company = re.sub(
            rf"\s+for\s+(?:the\s+|an?\s+)?{re.escape(header.role)}\b.*$", "", header.company
        )
        # "brightwater dental, practice manager job": the role read with the company before it
        rest = re.match(
            rf"{re.escape(header.company)}\s*(?:,|[-–—:|/]|\bat\b)\s*(.+)$", header.role, re.I
        )
        if rest and re.search(r"[^\W\d_]{2}", rest.group(1)):
            header.role = rest.group(1)
    _applying_for(text, header)
    if header.candidate is None:  # the last place looked: a name that is a heading's part
        header.candidate = _name_in_heading(text, header)
    return header


# a company's legal form in capitals, then its name in quotes, the way the Baltic states,
# Poland, Russia and Central Asia write a firm: 'SIA "Meža Dati"', 'UAB "Vilkas"', 'ООО «Ромашка»'
_FORM_QUOTED = lazy_compile(
    r"^(?P<form>[^\W\d_a-zа-я][^\W\d_]{1,4}\.?)[ \t]+"
    r"[\"“„«](?P<name>[^\"”“«»\n]{2,60})[\"”“»][ \t.]*$"
)
_APPLIED_JOB_WORD = lazy_compile(r"\b(?:position|job|role|post|vacancy)[ \t]*$", re.I)
# a sentence that is a person and their title alone, after another: "interview, 30 min, in the
# Comms Centre office. Gail Brennan, Communications Centre Manager. just her."
_NAME_TITLE_SENTENCE = lazy_compile(
    rf"(?<=[.!?])[ \t]+(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL}),[ \t]+"
    r"(?P<title>[A-Z][\w&/' -]{2,50}?)\.(?=[ \t]|$)",
    re.M,
)
# a message that opens by saying who writes and from where: "Hi Wes, it's Nora w/ Canopy Line
# Tree Care.", "this is Dev from Halden Water"
_THIS_IS_FROM = lazy_compile(
    rf"\b(?i:it['’]s|this\s+is)[ \t]+{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL})?[ \t]+"
    r"(?:w/|with|from|at|here\s+at)[ \t]+"
    rf"(?P<org>{UPPER}[\w&'’-]*(?:[ \t]+(?:{UPPER}[\w&'’-]*|&|of|and)){{1,5}})(?=[ \t]*[.,!]|$)",
    re.M,
)
# the name a person goes by, then their full name and title: "TJ = Terrell Jacobs, crew foreman"
_NICK_EQUALS_NAME = lazy_compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?(?:[A-Z]{{2,3}}|{UPPER}{NAME_TAIL})[ \t]*=[ \t]*"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]*,[ \t]*"
    r"(?P<title>[A-Za-z][\w &/-]{2,40}?)(?=[ \t]*(?:[.;(]|$))",
    re.M,
)
# the writer's name opening a line, then that these are the notes: "Ana Ruiz - notes after"
_NAME_DASH_NOTES = lazy_compile(
    rf"^[ \t]*(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]+(?:--|[—–:-])"
    r"[ \t]+(?i:(?:my[ \t]+)?(?:[a-z]+[ \t]+){0,2}notes?)\b[^\n]*$",  # "my running notes"
    re.M,
)
# a label of the notes' own (a game's, a form's: "Player:", "Game master:", "Organizer:")
_ANY_LABEL = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<label>[A-Za-z][\w '’-]{1,24}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*)$"
)
_FULL_NAME = lazy_compile(
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,2}})[ \t]*\.?"
)


_GUEST_LABEL = lazy_compile(
    r"\b(?:attendees?|guests?|invitees?|participants?|panel\w*|interviewers?|with|met|present|"
    r"people|cc|to|from|sender|recipients?|contacts?|reference|referee|by)\b"
)


def _own_labels(text: str, header: Header) -> None:
    """Labels the readers do not know, in the notes' first lines, read by what they hold: a
    person with a job title is someone met ("Game master: Ruth Kowalczyk, co-founder"); a
    calendar's organiser is one when the notes speak of them again; a full name alone is the
    writer's when it is the only one and the notes never use it again ("Player: Felix
    Brandt")."""
    lines = text.splitlines()[:15]
    alone: list[str] = []
    for line in lines:
        m = _ANY_LABEL.match(line)
        if not m or _LABEL.match(line) or len(m.group("label").split()) > 3:
            continue
        label, value = m.group("label").lower(), m.group("value").strip()
        if re.fullmatch(r"organi[sz]er|host", label) and (named := _FULL_NAME.fullmatch(value)):
            first = named.group("name").split()[0]
            if len(re.findall(rf"\b{re.escape(first)}\b", text)) > 1:
                add_person(header, make_person(named.group("name"), None))  # met, and said again
            continue
        titled = _FULL_NAME.match(value) if TITLE_HINT.search(label) else None
        if titled and re.fullmatch(
            r"[ \t]*(?:\((?P<t>[^()\n]{2,60})\))?[ \t]*\.?", value[titled.end() :]
        ):
            # "supervisor: Lorraine Pettigrew (PSC supervisor, mobile team lead)": the label is
            # what the person is
            said = re.match(r"[ \t]*\((?P<t>[^()\n]+)\)", value[titled.end() :])
            add_person(header, make_person(titled["name"], said["t"] if said else label))
            continue
        if (person := _PERSON_LINE.match(value + ".")) and TITLE_HINT.search(person["title"]):
            if not (_NOT_PERSON_WORDS.search(person["name"]) or _ORG_WORDS.search(person["name"])):
                add_person(header, make_person(person["name"], person["title"]))
            continue
        if _GUEST_LABEL.search(label):
            continue  # "Required attendees: Arjun Mehta": a guest list, not the writer's name
        if (named := _FULL_NAME.fullmatch(value)) and _may_be_writer(named["name"], header):
            alone.append(named.group("name"))
    if header.candidate is None and len(alone) == 1:
        surname = alone[0].split()[-1]
        if len(re.findall(rf"\b{re.escape(surname)}\b", text)) == 1:
            header.candidate = alone[0]


# the writer's own name written surname first, the surname in capitals: "Candidate: AKELLO
# Grace Patricia" (so "Dr. Nakato Sarah" with "Dr. Nakato" later is Sarah Nakato)
_OWN_NAME_SURNAME_FIRST = lazy_compile(
    r"^[ \t]*(?i:candidate|name|me|my name)[ \t]*:[ \t]*[A-Z]{2,}[ \t]+[A-Z][a-z]+", re.M
)


def _given_names_first(text: str, header: Header) -> None:
    """A name the notes show written surname first ("Mr. Lim Wei Jie", with "Mr Lim" or "LIM
    Wei Jie" or "Lim is (the) surname") turned to the order an English greeting reads, given
    names then surname ("Wei Jie Lim": "Dear Mr. Lim,"); never "Dear Mr. Jie,". A two-word
    name titled by its first word ("Mr. Tarek" for Tarek Zaki) is no sign: that is a first
    name with a title, as Egyptian English says it; nor is a first name in capitals ("KIRAN
    Malhotra"); it is when the writer gives their own name surname first ("Candidate: AKELLO
    Grace Patricia": "Dr. Nakato Sarah", then "Dr. Nakato", is Dr. Sarah Nakato)."""
    own_surname_first = _OWN_NAME_SURNAME_FIRST.search(text) is not None
    for person in header.people:
        words = person.name.split()
        if len(words) < 2:
            continue
        first, second = re.escape(words[0]), re.escape(words[1])
        if len(words) == 2 and own_surname_first:  # the notes write names surname first
            titled = re.search(rf"\b(?:{HON})\.?\s+{first}\b(?!\s+{second})", text)
            if titled and not re.search(rf"\b(?:{HON})\.?\s+{second}\b", text):
                person.name = f"{words[1]} {words[0]}"  # "Dr. Nakato Sarah", "Dr. Nakato asked"
                continue
        said = re.search(
            rf"\b{first}\b[^.\n]{{0,30}}\b(?:is|=)\s+(?:the\s+|his\s+|her\s+)?"
            r"(?:sur|family |last )name\b",
            text,
            re.I,
        )
        if len(words) > 2 and not said:
            capitals = re.search(rf"\b{re.escape(words[0].upper())}\s+{second}\b", text)
            # "CHAN Ka Wai" with "Ms. Chan": a surname in capitals is titled in any case
            titled = re.search(rf"\b(?:{HON})\.?\s+(?i:{first})\b(?!\s+{second})", text)
            if titled and words[0].isupper():
                words[0] = _family_case(titled.group().split()[-1])
            if re.search(rf"\b(?:{HON})\.?\s+{re.escape(words[-1])}\b", text):
                titled = None  # "Dr. García" too: José Luis García's given names come first
            said = titled or (capitals if len(words[0]) > 1 and not words[0].isupper() else None)
        if said:
            person.name = " ".join([*words[1:], words[0]])


def _family_case(word: str) -> str:
    """'Chan' for 'CHAN' (a surname in capitals, as on a passport), a word in mixed case kept."""
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word


# that these are the notes, then the writer's name: "notes, Pip Ashdown (Philippa)", "Notes by
# Ana Ruiz", "my notes — Ana Ruiz"
_NOTES_COMMA_NAME = lazy_compile(
    r"^[ \t]*(?i:(?:my[ \t]+)?(?:interview[ \t]+)?notes?)"
    r"(?:[ \t]*,|[ \t]+(?i:by|from)|[ \t]*[—–:-])"
    rf"[ \t]+(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,2}})"
    r"(?=[ \t]*(?:\(|,|$))",
    re.M,
)
# the writer's own line, then the job: "Wesley Brandt (me) - climbing arborist / crew leader"
_ME_THEN_JOB = lazy_compile(
    r"^[ \t]*[^\n()]{2,40}?\((?i:me)\)[ \t]*(?:--|[—–:-])[ \t]*(?P<job>[^\n()]{3,60}?)[ \t]*$",
    re.M,
)
# words that say a day: a date, a year, a weekday, a month, "today"
_SAYS_A_DAY = lazy_compile(
    r"\d{1,2}/\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\b(?:19|20)\d\d\b|\b(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sept?|oct|nov|dec)|\bmay\s+\d|\btoday\b|\byesterday\b",
    re.I,
)
# what numbers or letters an entry of a form: "ITEM 1  ", "#2 ", "Interviewer 2 - ", "S: " (a SOAP
# note's letter; not "A:", an answer; "Interviewer 2: A B" is a label, read as one)
ENTRY_PREFIX = lazy_compile(
    r"^[ \t]*(?:#[ \t]?\d{1,2}[.:)]?|\(\d{1,2}\)|"  # "(2) Dilan Fernando - Head of ..."
    r"(?i:item|part|entry|no\.?|person)[ \t]*#?\d{1,2}[.:)]?|"
    r"(?i:interviewer|panell?ist)[ \t]*#?\d{1,2}[ \t]+(?:--|[—–-])|[B-Z]:)[ \t]+(?=\S)"
)
# the candidate named as the one who applies: "Application of Rosalind Teague"
_APPLICATION_OF = lazy_compile(
    rf"\b(?i:application|candidacy)[ \t]+(?i:of|from|by)[ \t]+"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,2}})\b"
    rf"(?![ \t]*[(,][ \t]*{UPPER})"
)
# a log's line that opens with its day: "4/14/26 (Tue) - ORAL BOARD", "24/03/2026 (Tue)"
_LOG_DAY = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?:mon|tues?|wed|thurs?|fri|sat|sun)\w*\.?,?[ \t]+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d\d-\d\d)\b",
    re.I,
)
_BOARD = lazy_compile(
    r"\b(?:board|assessment cent(?:er|re)|assessment day|tryout|audition)\b", re.I
)
# a line in capitals, then what the notes are in lower case: "ACME CO interview recap"
_CAPS_THEN_MEETING = lazy_compile(
    r"^(?P<caps>[A-Z][A-Z&'’.]*(?:[ \t]+[A-Z&][A-Z&'’.]*){0,4})[ \t]+(?:--|[—–-][ \t]+)?"
    r"(?:interview|notes|recap|debrief|write-?up)\b[a-z \t]*$"
)


# The notes' own name for themselves at the head of the title line, in the writer's language
# or left as a to-do: "Job hunt log — Senior Hydrologist, Tamsett Water", "JOB LOG — Northern
# Valley Health District", "Catatan wawancara - Seabright Hotel & Spa" (Indonesian: interview
# notes), "TODO — Kiln & Wheel job": a few words, one of them a word for notes or a log, then a
# dash. What follows is the title line; the heading is never the company or the role.
_NOTES_WORD = (
    r"(?:notes?|log|logbook|journal|diary|tracker|todo|tbd|catatan|notas|apuntes|notizen|"
    r"appunti|anteckningar|aantekeningen|notatki|muistiinpanot|notlar)"
)
# where the notes came from, heading them: "pasted from Teams chat w/ Dev (so i don't lose it) -
# interview Tues 24 March 2026, Riverside Park Stadium, Northbridge Sports & Events Ltd"
_PASTED_FROM = lazy_compile(
    r"^(?i:pasted|copied|forwarded|exported)[ \t]+from\b[^\n]*?[ \t](?:--|[—–-])[ \t]+(?=\S)"
)
_NOTES_TITLE = lazy_compile(
    rf"^(?i:(?:[^\W\d_]+\s+){{0,3}}{_NOTES_WORD}(?:\s+[^\W\d_]+){{0,2}})\s+(?:--|[—–|-])\s+(?=\S)"
)


_JOB_AT = lazy_compile(r"(?P<org>.+?)\s+(?i:job|position|interview)(?:\s*\((?P<role>[^()]+)\))?")


# the job and the company in the writer's own sentence: "I'm Amara Linwood, applying for
# **Community Doula** with **Tidewater Community Birth Partners**"
_APPLYING_FOR = lazy_compile(
    r"\bI(?:['’]m|[ \t]+am|[ \t]+was|['’]ve[ \t]+been)\b[^.\n]{0,60}?"  # the writer's own sentence
    r"\b(?:applying|applied|interviewing|interviewed)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?P<role>[A-Z][\w&/'’ -]{2,50}?)[ \t]+(?:(?:role|position|job|post)[ \t]+)?(?:with|at)[ \t]+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6})"
)


_OPENS_WITH_A_DAY = lazy_compile(r"[*_]|(?i:(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\b)|\d")


def _applying_for(text: str, header: Header) -> None:
    """The writer's sentence "I'm NAME, applying for ROLE with COMPANY" says both, when no
    company was read or a date line was ("**Thursday, March 26, 2026"); a meeting is no role."""
    if header.company is not None and not _OPENS_WITH_A_DAY.match(header.company):
        return
    m = _APPLYING_FOR.search(_EMPHASIS.sub("", "\n".join(text.splitlines()[:20])))
    if m is None or not (_named_org(m["org"]) or _org_like(m["org"]) or len(m["org"].split()) > 1):
        return
    header.company = m["org"]
    if header.role is None or re.search(r"(?i)\binterview", header.role):
        header.role = m["role"].strip()


def _job_after_notes_title(rest: str) -> bool:
    """Whether what follows the notes' own heading is the job's title line (a company, a job,
    both), not the writer's name ("Notas — Bia (Beatriz Albuquerque Lima)", read elsewhere)."""
    return len(rest.split()) > 1 and bool(
        re.search(r",|\s(?:--|[—–|-])\s", rest) or _JOB_AT.fullmatch(rest) or _org_like(rest)
    )


# every word capitalised: the name of some organisation, in a part that names no job
_CAPITALISED = lazy_compile(r"(?:[A-Z][\w&'’.-]*|&|of|and)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,5}")


def _after_notes_title(header: Header, rest: str) -> None:
    """The title line under the notes' own heading: "Kiln & Wheel job (Studio Technician)",
    "Senior Hydrologist, Tamsett Water Consulting (Flood Risk team)" (the job is the part
    that names a job, the company the other), "Seabright Hotel & Spa, Cairns QLD" (the
    place after the company); nothing when neither part is sure."""
    if m := _JOB_AT.fullmatch(rest):
        if _named_org(m["org"]) or _org_like(m["org"]):
            header.company = m["org"].strip()
            if m["role"] and TITLE_HINT.search(m["role"]):
                set_role(header, m["role"].strip())
        return
    if rest.islower():  # "notes - clyde freight, warehouse shift supervisor"
        rest = _lower_company_comma_role(rest)
    parts = [p.strip() for p in _TRAILING_ASIDE.sub("", rest).split(",")]
    if len(parts) != 2 or not all(parts):
        return
    first, second = parts
    job_first = TITLE_HINT.search(first) and not TITLE_HINT.search(second)
    if job_first and _CAPITALISED.fullmatch(second):
        header.company = second
        set_role(header, first)
    elif not TITLE_HINT.search(first) and (
        _named_org(first)
        or _org_like(first)
        or (_CAPITALISED.fullmatch(first) and TITLE_HINT.search(second))
    ):
        header.company = first  # "Solent Analytics, Data Engineer"; "..., Cairns QLD": a place
        if TITLE_HINT.search(second) and plausible_role(second):
            set_role(header, second)


def _undecorated(line: str) -> str:
    """A line without its pictographs and stars ("✨ interview recap ✨", "☆ what she asked ☆",
    "🔐 Cipher Hall"): the words alone."""
    if line.isascii():
        return line
    kept = "".join(" " if unicodedata.category(c) in ("So", "Sk", "Cs", "Co") else c for c in line)
    return re.sub(r"[ \t]{2,}", " ", kept.replace("\ufe0f", "").replace("\u200d", "")).strip()


# a log's time stamp opening a line: "0930  ", "09:30 ", "[14:05] ", "1.30pm - "
LOG_STAMP = lazy_compile(
    r"^[ \t]*\[?(?:[01]\d[0-5]\d|\d{1,2}[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?)\]?[ \t]*"
    r"(?:--|[—–-])?[ \t]+",
    re.I,
)
# a sentence that says who was met: "Met Neil Tranter, Local Operations Manager, and ..."
_MET_SENTENCE = lazy_compile(
    rf"^(?:also[ \t]+|then[ \t]+)?(?i:met)(?:[ \t]+with)?[ \t]+{HON_PREFIX}?{UPPER}"
)
# the first line: a name (no job in it), "interview", then only when: "bluecrest aquatics
# interview thurs 5/14/26" (the job is said on its own line)
_ORG_INTERVIEW_DATE = lazy_compile(
    r"^(?!(?:phone|video|zoom|teams|final|second|first|third|onsite|in-person|the|my|an?|notes?|"
    r"job|group|panel)\b)(?P<org>[A-Za-z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,4}?)[ \t]+"
    r"(?i:interview|tryout|trial shift|working interview|audition)[ \t,:-]+"
    r"(?P<when>(?:(?:mon|tues?|wed|thurs?|fri|sat|sun)\w*\.?,?[ \t]+)?"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\b[^\n]*$",
    re.I,
)
# the kind of business, then its name in brackets: "at the bakery (Crust & Crumb)"
_KIND_THEN_NAME = lazy_compile(
    r"\b(?:at|from|to)[ \t]+(?:the|their|a)[ \t]+(?P<kind>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]*"
    rf"\((?P<org>{UPPER}[^()\n]{{1,40}})\)"
)


def _kind_of_business(kind: str) -> bool:
    last = kind.split()[-1]
    return last in ORG_SUFFIXES or last in BUSINESS_KINDS


# a recruiter from an agency and the employer they recruit for: "Lindiwe Dube from TalentBridge,
# recruiting for Solace Hospice", "agency recruiter (Hirewell) hiring for Kestrel Mutual"
_RECRUITING_FOR = lazy_compile(
    rf"(?:(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]+"
    r"(?:from|at|of|with|w/)[ \t]+(?P<agency>[A-Z][^\n,;()]{1,40}?)[ \t]*,?[ \t]+)?"
    r"(?:who\s+is\s+|who['’]s\s+)?(?:recruiting|hiring|sourcing|headhunting)[ \t]+"
    r"(?:for|on behalf of)[ \t]+(?:the\s+)?"
    r"(?P<employer>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and|the|de|du))*)",
)


def _recruiter_for(region: str, header: Header) -> None:
    """The employer is the one an agency recruits for, not the agency; its recruiter was met."""
    m = _RECRUITING_FOR.search(region)
    if m is None:
        return
    employer = m.group("employer").rstrip(".")
    if m.group("agency") and header.company and same_person(header.company, m.group("agency")):
        header.company = None  # the agency was read as the company
    if header.company is None and not TITLE_HINT.search(employer):
        header.company = employer
    if m.group("name") and not _NOT_PERSON_WORDS.search(m.group("name")):
        agency = m.group("agency").strip()
        add_person(header, make_person(m.group("name"), f"recruiter, {agency}"))


# a capitalised name of two to six words, a comma, and a job typed in lower case
_ORG_COMMA_JOB = lazy_compile(
    rf"^(?P<company>{UPPER}[\w&'’.-]*(?:[ \t]+(?:{UPPER}[\w&'’.-]*|&|of|and)){{1,5}}),[ \t]*"
    r"(?P<role>[a-z][a-z /&-]{2,40}?)[ \t.!]*$"
)
# "manager = Bev Costa, deputy = Tunde": each title, an equals sign, the person
_TITLE_EQUALS = lazy_compile(
    rf"(?P<title>[A-Za-z][\w &/-]{{1,30}}?)[ \t]*=[ \t]*"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{0,2}})[ \t]*(?:,|;|$)[ \t]*"
)


def _titled_pairs(line: str) -> list[Person]:
    """The people of a line made only of "title = Name" pairs, each title a job."""
    line = _LIST_ITEM.sub("", line.strip())
    pairs = list(_TITLE_EQUALS.finditer(line))
    if not pairs or "".join(m.group() for m in pairs) != line:
        return []
    if not all(TITLE_HINT.search(m.group("title")) for m in pairs):
        return []  # "job = 2nd yr apprentice plumber" names no one
    return [p for m in pairs if (p := make_person(m.group("name"), m.group("title"))) is not None]


# capitalised words ending in the kind of organisation they name ("Riverside Athletic FC")
_ORG_RUN = lazy_compile(
    rf"(?<![\w’'-]){UPPER}[\w&’'-]*(?:[ \t]+(?:&[ \t]+)?{UPPER}[\w&’'-]*){{0,4}}[ \t]+(?i:"
    + "|".join(re.escape(w) for w in sorted(ORG_SUFFIXES, key=lambda w: (-len(w), w)))
    + r")\b\.?"
)


# an honorific and a surname, then the full name in brackets: "mr haugen the owner (Delbert
# Haugen, he founded the whole chain)", "Mr Ruckert (the super - Dale Ruckert, CGCS)"
_HON_SURNAME_BRACKET = lazy_compile(
    rf"(?<![\w’'-])(?P<hon>(?i:{HON}))\.?[ \t]+(?P<surname>{NAME_WORD})"
    r"(?:[ \t]+the[ \t]+(?P<title>[a-z][\w &/-]{1,30}?))?[ \t]*\((?P<inner>[^()\n]{3,80})\)"
)
# a paragraph that opens with a person and what they did, in prose about a panel: "Ruth-Ann
# Kessler chairs the board", "Dale Vandermolen, cherries and pears, was the skeptic"
_PARAGRAPH_PERSON = lazy_compile(
    rf"^(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})(?:,[^,.\n]{{1,40}},)?[ \t]+"
    r"(?:[a-z]+s|was|is|did|ran|led|asked|said|wanted|joined|came)\b",
    re.M,
)
# a first name, then the full name and a title in brackets: "Courtney (Courtney Abernathy,
# practice manager)"
_FIRST_THEN_FULL = lazy_compile(
    rf"(?<![\w’'-])(?P<first>{UPPER}{NAME_TAIL})[ \t]*\([ \t]*(?P=first)[ \t]+"
    rf"(?P<surname>{UPPER}{NAME_TAIL}),[ \t]*(?P<title>[^()\n]{{2,40}})\)"
)
# a person, then "is the" and their title, opening a line or a sentence: "carla sandoval-pike
# is the district manager", "Ana Ruiz is the ops lead here"
_NAME_IS_TITLE = lazy_compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*(?:[-*•][ \t]*)?"
    r"(?P<name>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){1,2})[ \t]+(?:is|was)[ \t]+the[ \t]+"
    r"(?P<title>(?:[\w&/-]+[ \t]+){0,3}?[\w&/-]+)(?=[ \t]*(?:[,.;(]|$))",
    re.M,
)
# a person's full name, then what they are in the same breath: "Gwen Lloyd-Price, she's the
# practice director", "the guy Raj Patel (senior associate I think?)"
_NAME_SHE_IS = lazy_compile(
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]*,[ \t]*"
    r"(?:she|he|they)(?:['’]s|[ \t]+is|[ \t]+was|['’]re|[ \t]+are)[ \t]+"
    r"(?:the|their|our|a|an)[ \t]+"
    r"(?P<title>(?:[\w&/-]+[ \t]+){0,3}?[\w&/-]+)(?=[ \t]*(?:[,.;(]|\band\b|$))",
    re.M,
)
_PERSON_CALLED = lazy_compile(
    r"\b(?i:the|this|a|some|one)[ \t]+(?i:guy|man|woman|lady|gentleman|chap|bloke|fella|gal)[ \t]+"
    rf"(?:called[ \t]+|named[ \t]+)?(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"(?:[ \t]*\((?P<title>[^)\n]{2,60})\)|"
    r"[ \t]*,[ \t]*(?:the[ \t]+)?(?P<after>[\w &/-]{2,40}?)(?=[,.;]))"
)
_UNSURE = lazy_compile(r"[ \t]*(?:\bI think\b|\bI guess\b|\bmaybe\b|\bprobably\b|\?).*$", re.I)
# the writer's name after "me" in a run-on sentence: ", me bobbie jo truitt, been running ..."
_ME_RUN_ON = lazy_compile(
    rf"(?:^|[,;][ \t]*|(?:--|[—–-])[ \t]*)me[ \t]*[,:]?[ \t]+"  # "... -- me, Gemma Horne"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?=[ \t]*[,;(.]|[ \t]*$)",
    re.I | re.M,
)
# the writer's name alone as a byline near the top, in a block of its own: "-Tyler Brandvold"
_BYLINE = lazy_compile(
    rf"^[ \t]*(?:-|–|—|~|by)[ \t]*(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})[ \t]*$"
)


_NAME_COMMA = lazy_compile(
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}}),[ \t]+\S"
)


def _byline(text: str, header: Header) -> str | None:
    """A full name alone in its own block among the notes' first lines, after a dash ("-Tyler
    Brandvold"), or a name-and-title line above a labelled list of the people met that does
    not hold it ("Luis Ferreira-Tan, head coach FRC Team 8812" over "Panel: ..."): the writer.
    Never a person met, nor a name the notes use again (the writer does not name themself)."""
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    for block in blocks[:4]:
        lines = [ln for ln in block.splitlines() if ln.strip()]
        if len(lines) == 1 and (m := _BYLINE.match(lines[0])):
            name = m.group("name")
            if _may_be_writer(name, header):
                return name
    lines = text.strip().splitlines()[:12]
    label_at = next(
        (
            i
            for i, ln in enumerate(lines)
            if (lab := _LABEL.match(ln)) and lab.group("label").lower() in _PEOPLE_LABELS
        ),
        0,
    )
    for line in lines[1:label_at][:3]:  # above "Panel:", under the title
        m = _NAME_COMMA.match(line)
        if m is None or _LABEL.match(line) or _NOT_PERSON_WORDS.search(m.group("name")):
            continue
        if any(
            w.lower() in COMMON_WORDS or w.lower() in NOT_NAMES for w in m.group("name").split()
        ):
            continue  # "I'm Tom Reyes, ...": said, not a byline (read elsewhere)
        name = m.group("name")
        first = name.split()[0]
        rest = text.replace(line, "")
        writer = _may_be_writer(name, Header(company=header.company))  # read as met: the writer
        if writer and not re.search(rf"\b{re.escape(first)}\b", rest):
            return name
    return None


# a time of the day, then a person in capitals with their title: "10:45 -- TAMSIN OAKES (Asst.
# News Director / digital)", a rundown of the day
_TIMED_PERSON = lazy_compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:--|[—–-])\s*"
    rf"(?P<name>{UPPER}[A-Z’'-]+(?:[ \t]+{UPPER}[A-Z’'-]+){{1,2}})(?=\s*\((?P<title>[^)]+)\))",
    re.I,
)


def _capitalised_person(m: re.Match[str]) -> str:
    """The person of a timed line as a name is written, when their title is a job's."""
    name = m.group("name")
    if not (name.isupper() and TITLE_HINT.search(m.group("title"))):
        return m.group()
    return "- " + " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _org_in(region: str, header: Header) -> str | None:
    """An organisation the opening names by its form, in a phrase of its own ("interview
    done. Redline Freight Logistics, the yard off Hwy 59."): the last resort for the company,
    never the candidate's own employer ("I was at Fairway Foods"), a person or the role."""
    for m in _ORG_RUN.finditer(region):  # "so Riverside Athletic FC academy interview was"
        part = m.group().strip(" .")
        line_start = region.rfind("\n", 0, m.start()) + 1
        line_end = region.find("\n", m.end())
        line = region[line_start : line_end if line_end >= 0 else len(region)]
        if not _named_org(part) or _FORMER_EMPLOYER.search(region[line_start : m.start()]):
            continue  # "I worked at Fairway Foods", "my current employer is Acme Corp"
        if _FORMER_LINE.search(line):
            continue  # "Acme Corp - where I was until May"
        if any(same_person(p.name, part) for p in header.people) or part == header.role:
            continue
        return part
    return None


# a shift or a schedule said after a job ("dispatch lead nights"): no part of the title
_SHIFT_AFTER = lazy_compile(
    r"\s+(?:nights?|days|evenings?|weekends?|overnights?|graveyards?|part[- ]time|full[- ]time|"
    r"seasonal|temp|contract|ft|pt)$",
    re.I,
)


def _job_in(region: str, header: Header) -> str | None:
    """A job said in a phrase of its own in the opening ("Redline Freight Logistics, the yard
    off Hwy 59. dispatch lead nights."), without the shift after it."""
    for m in re.finditer(r"[^.,;:()\[\]|\n—–]+", region):
        part = _SHIFT_AFTER.sub("", m.group().strip())
        words = part.split()
        if not 1 <= len(words) <= 4 or not TITLE_HINT.search(part):
            continue
        if any(same_person(p.name, part) for p in header.people) or _named_org(part):
            continue
        if region[max(0, m.start() - 1) : m.start()] == "(" or any(
            p.title and part.lower() in p.title.lower() for p in header.people
        ):
            continue  # "Ana Lima (Design Lead)": a person's title, not the job applied for
        if any(w.lower() in COMMON_WORDS for w in words if not TITLE_HINT.fullmatch(w)):
            continue  # "talked to the ops mgr": a sentence, not a job
        return part
    return None


def _listed_person(line: str) -> re.Match[str] | None:
    """A list item or sub-heading that is a person and their title, whatever follows a dash."""
    heading = _HEADING_LABEL.match(line)
    if _LIST_ITEM.match(line):
        plain = _EMPHASIS.sub("", line)
    elif heading:
        plain = _EMPHASIS.sub("", line[heading.end() :])
    else:
        return None
    for form in (plain, _DASH_ASIDE.sub("", plain)):
        m = _PERSON_LINE.match(form)
        if (
            m
            and TITLE_HINT.search(m.group("title"))
            and not _NOT_PERSON_WORDS.search(m.group("name"))
        ):
            return m
    return None


# a question labelled with who asked it, named in full: "Q (Anneliese Fuchs, GM): ...",
# "Q (Chef Marco Bellandi): ..."
_ASKED_BY = lazy_compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?(?i:q|question)[ \t]*\d*[ \t]*\("
    rf"(?P<who>{HON_PREFIX}?{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,3}}"
    r"(?:,[^():\n]{1,40})?)\)[ \t]*:",
    re.M,
)


# A heading over the people met, then one person a line: "PANEL", "ppl:", "## 👥 Who I met",
# "**Interviewers**", "The panel:" (a label with its value on the same line is read elsewhere)
_PEOPLE_HEADING = lazy_compile(
    r"^[#*_>\s]*(?:[^\w\s]+\s*)?(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}panel(?:\s+members)?|"
    r"interviewers?|interviewed by|people(?:\s+(?:i\s+)?met)?|ppl|"
    r"who\s+i\s+(?:met|saw|spoke (?:to|with))|who|attendees|guests|participants|met|present)"
    r"(?:\s*\(\d+[^)\n]*\))?"  # "PANEL (3):"
    r"[*_\s]*:?[*_\s]*$",
    re.I,
)
# One person a line: "Mr Dev Sandhu, SEO, Rail team", "jordan reyes - project engineer, ...",
# "Maren Holt — Head of Marketing (hiring manager)", "Ms Rachel Kemp, HR Business Partner"
_ENTRY = lazy_compile(
    rf"^(?P<name>{HON_PREFIX}?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}?)[ \t]*"
    r"(?:\((?P<paren>[^)\n]*)\)|(?:,|--|->|[-–—=:→])[ \t]*|$)(?P<rest>.*)$"  # "A B → title"
)
# a role said before the person on their line: "Chair - Mrs Angela Pryce, Grade 7"
_ENTRY_ROLE_FIRST = lazy_compile(
    rf"^(?P<pre>[A-Za-z][\w/&' ]{{0,30}}?)[ \t]*(?:--|[-–—:])[ \t]+(?={HON_PREFIX})"
)
_HON_PERSON = (
    rf"{HON_PREFIX}{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{0,2}}(?:\s*\([^)\n]{{1,40}}\))?"
)
# people with honorifics opening a line, after what the meeting was: "FORMAL INTERVIEW - Mrs
# Helen Ashworth (Headteacher) + Mr Reid", "Chair - Mrs Angela Pryce", "- Mr. Tran (owner)"
_HONORIFIC_LIST = lazy_compile(
    rf"^(?:(?P<pre>[^\n:()]{{1,40}}?)[ \t]*(?:--|[-–—:])[ \t]+)?"
    rf"(?P<people>{_HON_PERSON}(?:\s*(?:\+|&|\band\b|,)\s*{_HON_PERSON})*)(?![’'\w])"
)


# a title line that opens with the people met, each with an honorific, then the place
_PEOPLE_THEN_PLACE = lazy_compile(
    rf"^(?P<people>{_HON_PERSON}(?:\s*(?:\+|&|\band\b|,)\s*{_HON_PERSON})*)"
    r"\s+(?:--|[—–-])\s+(?P<rest>[^\n]+)$"
)


def _entry_title(paren: str | None, rest: str) -> str | None:
    """The title on a person's line: the bracket, else the first part, with a grade or
    qualification joined to the title after it ("Grade 7, Deputy Head of Policy")."""
    if paren and paren.strip():
        return paren.strip()
    parts = [p.strip(" .") for p in re.split(r",\s*|;\s*|\.\s+|\s+\(|\s+(?:--|[-–—])\s+", rest)]
    parts = [p for p in parts if p and p.lower() not in CREDENTIALS]
    if not parts:
        return None
    title = parts[0]
    coded = re.fullmatch(r"[A-Z]{2,6}|(?:grade|band|level|pay band)\s*\w{1,3}", title, re.I)
    if coded and len(parts) > 1 and parts[1][:1].isupper() and TITLE_HINT.search(parts[1]):
        title = f"{title}, {parts[1]}"
    return title if len(title) <= 60 else None


def person_entry(line: str) -> Person | None:
    """A line that is one person and their title, as people list the panel one to a line."""
    line = _EMPHASIS.sub("", _LIST_ITEM.sub("", line.strip())).strip()
    pre = None
    if role_first := _ENTRY_ROLE_FIRST.match(line):
        pre, line = role_first.group("pre").strip(), line[role_first.end() :]
    m = _ENTRY.match(line)
    if not m or _NOT_PERSON_WORDS.search(m.group("name")):
        return None
    title = _entry_title(m.group("paren"), m.group("rest")) or pre
    person = make_person(m.group("name"), title)
    if person is None or not re.search(r"[a-z]", person.name):
        return None
    titled = title is not None and TITLE_HINT.search(title) is not None
    if (
        person.honorific is None
        and len(person.name.split()) < 2
        and (not titled or line[m.end("name") :].lstrip()[:1] == ":")
    ):
        return None  # "Reminder: 30 minutes before", "Sam" alone: no person a reader is sure of
    return person


def _people_section(text: str) -> list[Person]:
    """The people listed one to a line under a heading that says they are the people met."""
    lines = text.splitlines()
    people: list[Person] = []
    for i, line in enumerate(lines[:60]):
        if not _PEOPLE_HEADING.match(line) or not line.strip():
            continue
        found: list[Person] = []
        for entry in lines[i + 1 : i + 11]:
            if not entry.strip() or _PEOPLE_HEADING.match(entry) or entry.strip().startswith("#"):
                break
            if (person := person_entry(entry)) is not None:
                found.append(person)
            elif found and not entry.lstrip().startswith("("):
                break  # the list has ended ("Join by phone: ...")
        people += found
    return people


def _honorific_people(text: str) -> list[Person]:
    """People named with an honorific at the start of a line, or after what the meeting was."""
    people: list[Person] = []
    for line in text.splitlines()[:60]:
        plain = _EMPHASIS.sub("", _LIST_ITEM.sub("", line.strip()))
        m = _HONORIFIC_LIST.match(plain)
        if not m or (m.group("pre") and len(m.group("pre").split()) > 4):
            continue
        if _OWN_PREFIX.match(plain) and not plain[m.end() :].strip() and "(" not in plain:
            continue  # "Eng. Omar Farouk" alone on a line: the writer's own name and prefix
        listed = [  # not "Dr. F's hands", "Dr. N-O was late": a nickname or a possessive
            p
            for p in parse_people(m.group("people"))
            if re.search(r"[a-z]", p.name) and not re.search(r"['’]s$", p.name)
        ]
        labelled_list = (m.group("pre") or "").strip().lower() in _PEOPLE_LABELS
        if (  # not "Guests: Chef A B, C D (HR)": there the comma separates people
            len(listed) == 1
            and not labelled_list
            and plain[m.end() :].lstrip().startswith((",", " -", "-", "—", "–"))
        ):
            entry = person_entry(plain)  # "Mr Dev Sandhu, SEO, Rail team": the title after it
            listed = [entry] if entry is not None else listed
        people += listed
    return people


def _transcript_speakers(text: str, header: Header) -> None:
    """In a speaker-labelled transcript, the speaker greeted by first name by another is the
    candidate and the other speakers were met; with no such greeting nothing is guessed."""
    labels = list(_SPEAKER_LABEL.finditer(text))
    speakers = list(dict.fromkeys(m.group("name") for m in labels))
    if len(speakers) < 2:
        return
    said: dict[str, str] = {name: "" for name in speakers}
    for m, after in zip(labels, [*labels[1:], None], strict=True):
        end = after.start() if after else len(text)
        said[m.group("name")] += text[m.end() : end]
    greeted = [
        name
        for name in speakers
        if any(
            re.search(rf"\b(?i:hi|hey|hello|welcome|thanks|thank you),?\s+{name.split()[0]}\b", w)
            for other, w in said.items()
            if other != name
        )
    ]
    if len(greeted) != 1 or (header.candidate and not same_person(header.candidate, greeted[0])):
        return
    header.candidate = header.candidate or greeted[0]
    for name in speakers:
        if name != greeted[0]:
            add_person(header, make_person(name, None))


# The notes titled with the writer's name: "Morag's notes — Isle of Kerrera Spirits, Brand
# Ambassador", "ROZ ACHTERBERG - interview notes", "B. McAllister — Red Gum Resources interview"
_OWN_NOTES = lazy_compile(
    rf"^(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL})?)['’]s\s+(?:interview\s+)?notes\b"
    r"[\s:.,]*(?:(?:--|[—–-])\s*)?(?P<rest>.*)$"
)
_NAME_THEN_NOTES = lazy_compile(
    rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s+(?:--|[-—–:|])\s+(?:interview\s+)?notes$",
    re.I,
)
# "INTERVIEW NOTES — Ma. Kristine Dela Cruz", "Messages — Me (Jasmine Moreno) [note to self]",
# "Notas — Bia (Beatriz Albuquerque Lima)": the notes titled with the writer's own name
_NOTES_BY = lazy_compile(
    r"^(?i:(?:my\s+|interview\s+)?(?:notes?|notas|messages|texts)(?:\s+to\s+self)?)\s*"
    rf"(?:--|[—–:|-])\s*(?P<own>(?:(?i:me)|{UPPER}{NAME_TAIL})\s*\()?"
    rf"(?P<name>(?:[A-Z][a-z]?\.\s+)?{UPPER}{NAME_TAIL}(?:\s+[\"“][^\"”]{{1,20}}[\"”])?"
    rf"(?:\s+{UPPER}{NAME_TAIL}){{1,3}})\)?\s*(?:\[[^\]]*\])?\s*$"
)
_NAME_WITH_INITIALS = lazy_compile(
    rf"{UPPER}{NAME_TAIL}\s+(?:{UPPER}{NAME_TAIL}|[A-Z](?:[-.][A-Z])*\.?)"  # "Lorraine A-C"
)
_INITIAL_SURNAME = lazy_compile(
    rf"^(?P<name>{UPPER}\.\s?{UPPER}{NAME_TAIL})\s+(?:--|[—–-])\s+(?P<rest>.+)$"
)


def _writer_in_title(header: Header, lines: list[str]) -> list[str]:
    """The writer's name in the first line, set as the candidate; the lines left to read for
    company and role. A name before "- interview notes" counts only when the next line holds
    the company, so "ACME ROBOTICS - interview notes" stays the company."""
    if not lines or header.candidate:
        return lines
    first, rest = lines[0], lines[1:]
    if " // " in first:  # "Lorraine A-C // Keystone Residential Group // Community Manager"
        head, *tail = [p.strip() for p in first.split(" // ")]
        trial = Header()
        if (
            _NAME_WITH_INITIALS.fullmatch(head)
            and _title_parts(trial, " — ".join(tail))
            and _may_be_writer(head, header)
            and not same_person(head, trial.company or "")
        ):
            header.candidate = head
            return [" — ".join(tail), *rest]
        return [" — ".join([head, *tail]), *rest]
    if (m := _NOTES_BY.match(first)) and (m.group("own") or _company_next(rest)):
        name, after = _NICKNAME.sub("", m.group("name")), ""
    elif m := _OWN_NOTES.match(first) or _INITIAL_SURNAME.match(first):
        name, after = m.group("name"), m.group("rest").strip()
    elif (m := _NAME_THEN_NOTES.match(first)) and rest:
        if not _company_next(rest):
            return lines
        name, after = m.group("name"), ""
    else:
        return lines
    if name.isupper() or name.islower():
        name = " ".join(w.capitalize() for w in name.split())
    if not _may_be_writer(name, header) or any(w.lower() in NOT_NAMES for w in name.split()):
        return lines
    header.candidate = name
    if rest and (full := _full_name_of(name, rest[0])):
        header.candidate, rest = (
            full,
            rest[1:],
        )  # "# T. Brennan-Moss — ..." over "Talia Brennan-Moss"
        return rest
    _company_comma_role(
        header, after
    )  # "Morag's notes — Isle of Kerrera Spirits, Brand Ambassador"
    return [after, *rest] if after else rest


def _full_name_of(initialled: str, line: str) -> str | None:
    """The line when it is the full form of "T. Brennan-Moss": "Talia Brennan-Moss"."""
    m = re.fullmatch(r"([A-Z])\.\s?(.+)", initialled)
    full = _BARE_NAME_LINE.fullmatch(line.strip())
    if m is None or full is None:
        return None
    words = full.group("name").split()
    if len(words) == 2 and words[0][0] == m.group(1) and words[1] == m.group(2):
        return full.group("name")
    return None


def _company_next(rest: list[str]) -> bool:
    """Whether the line after a title names the company (so the title's name is the writer)."""
    if not rest:
        return False
    trial = Header()
    read_title_line(trial, rest[0])
    return trial.company is not None


def _company_comma_role(header: Header, part: str) -> bool:
    """What is left of a title line, read as "Company, Role (aside)" when the role is a job."""
    part = _TRAILING_ASIDE.sub("", part)
    pair = _COMPANY_COMMA_ROLE.match(part)
    pieces = [p.strip() for p in part.split(",")]
    if pair is None and len(pieces) == 3 and _named_org(pieces[0]) and _UNIT_AFTER.match(pieces[2]):
        # "Harwick Co. Circuit Court, Official Court Reporter, Dept. 14": the unit is no part
        pair = _COMPANY_COMMA_ROLE.match(f"{pieces[0]}, {pieces[1]}")
    if not pair or not TITLE_HINT.search(pair.group("role")) or TITLE_HINT.search(pair.group(1)):
        return False
    header.company = header.company or restore_case(pair.group("company").strip())
    set_role(header, pair.group("role"))
    return True


def _said_own_name(text: str) -> str | None:
    """ "My name is Ana Ruiz", "I'm Ana Ruiz": never a qualification ("I'm FGASA Field Guide
    Level 2": an acronym, or more capitalised words after the two or three read)."""
    for m in _I_AM.finditer(text):
        name, after = m.group("name"), text[m.end() : m.end() + 2]
        if any(len(w) > 1 and w.isupper() for w in name.split()) or re.match(r"\s[A-Z\d]", after):
            continue
        if TITLE_HINT.search(name) or _ORG_WORDS.search(name):
            continue
        return name
    return None


_PRIVATE_HEADING = lazy_compile(
    r"^[\W_]*(?:private|personal|notes to self|(?:for )?me only)\b[^\n]{0,30}$", re.I
)
_RULED_HEADING = lazy_compile(r"^\s*={2,}\s*(?P<inner>.*?)\s*={2,}\s*$")
# what the writer puts around their own name on a line alone: a professional prefix ("Eng.
# Karim Adel"), letters after it without a comma ("Hana Novak BSc(Hons) MCOptom")
_OWN_PREFIX = lazy_compile(r"^(?:Eng|Arch)\.?\s+(?=[A-Z])")  # "Engr." is an honorific: a person met
_SPACED_LETTERS = lazy_compile(r"(?:\s+[A-Z]{2,}[A-Za-z]*(?:\([A-Za-z]+\))?)+$")


# a professional title written short before the writer's own name ("Ing.", "Lic.", "Arq.",
# "Eng."): kept off the signature; an honorific ("Dr.", "Mr.") is read as one elsewhere
# titles greeted with the name ("Dear Ing. Wernicke,") that a writer does not sign with
_OWN_TITLES = frozenset({"ing", "eng", "lic", "arq", "arch", "atty", "lt"})
_TITLE_ABBREV = lazy_compile(r"^(?P<abbr>[A-Z][a-z]{1,3})\.[ \t]+(?=[A-Z][a-z])")


def _own_title_off(value: str) -> str:
    """'Ing. Rodrigo Salazar Méndez' -> 'Rodrigo Salazar Méndez'; 'Dr. Ana Ruiz' as it was."""
    m = _TITLE_ABBREV.match(value)
    if m is None or (m["abbr"].lower() in HONORIFICS and m["abbr"].lower() not in _OWN_TITLES):
        return value
    return value[m.end() :]


def _writer_line(line: str) -> str:
    """A line alone without the prefix and letters that dress the writer's name, in Latin
    letters when it is written in two scripts ("Νίκος / Nikos Papadakis")."""
    line = _latin_spelling(_OWN_PREFIX.sub("", line))
    bare = _SPACED_LETTERS.sub("", line)
    return bare if len(bare.split()) >= 2 and not bare.endswith(",") else line


def _lower_case_writer(lines: list[str], text: str, header: Header) -> str | None:
    """Lower-case notes with "kit delaney" alone as the last line of the opening block: the
    writer, when both words are name-like (no common word, job, meeting, date or company)."""
    block = re.split(r"\n[ \t]*\n", text.strip(), maxsplit=1)[0].splitlines()
    if len(block) < 2 or not all(re.match(r"[^\w\n]*[a-z]", ln) for ln in block):
        return None  # each line typed in lower case ("... on Commerce st" may hold a capital)
    last = block[-1].strip()
    if not re.fullmatch(r"[a-z][a-z’'-]+ [a-z][a-z’'-]+", last):
        return None
    words = last.split()
    if any(w in COMMON_WORDS or w in NOT_NAMES or w in ORG_SUFFIXES for w in words):
        return None
    if any(re.search(r"(?:ing|tion|ment|ness|ance|ence)$", w) for w in words):
        return None  # "route planning", "site induction": a thing, not a name
    if _MEETING_ONLY.match(last) or MEETING_PART.search(last) or _DATED_PART.search(last):
        return None
    name = " ".join(w.capitalize() for w in words)
    return name if _may_be_writer(name, header) else None


def _bare_name_candidate(text: str, header: Header) -> str | None:
    """A bare "First Last" line among the first five, not one of the people met: the writer.

    Never a name under a heading ("Interviewers:"), nor one whose next line is its title.
    """
    lines = _opening_lines(text)
    for i, line in enumerate(lines[:5]):
        m = _BARE_NAME_LINE.fullmatch(_writer_line(line))
        if not m or (i and lines[i - 1].endswith(":")) or (line.isupper() and not text.isupper()):
            continue  # a line in capitals over mixed-case notes names the employer
        name = _NICKNAME.sub("", m.group("name"))
        if not _may_be_writer(name, header) or _over_its_title(lines, i):
            continue
        return name
    return _lower_case_writer(lines, text, header)


def _opening_lines(text: str) -> list[str]:
    """The first six lines with words, without the markdown around them."""
    return [ln.strip().strip("#*_ ").strip() for ln in text.splitlines() if ln.strip()][:6]


def _over_its_title(lines: list[str], i: int) -> bool:
    """Line i is a person's name over their title ("Owen Blake" / "Office Manager")."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return len(following.split()) <= 4 and bool(TITLE_HINT.search(following))


# The parts of a heading line: "Marelize du Toit — interview Tue 3 Mar", "CANDIDATE FILE —
# Rosalind Ames (civil celebrant)", "**Farhana Rahman (Tania)** — 12/05/2026"
_HEADING_PARTS = lazy_compile(r"\s+[—–|·-]\s+|\s*\|\s*")
_NAME_PARTICLE = lazy_compile(r"\s(?:du|de|da|van|von|der|den|le|la|bin|binti|al)(?=\s)")
_PLACE_WORDS = lazy_compile(
    r"\b(?:dept|department|office|unit|division|team|services?|group|school|hospital|"
    r"university|college|council|trust|ltd|inc|co|llc|plc|gmbh|notes?|interview|file)\b",
    re.I,
)
_SALUTATION = lazy_compile(r"(?:dear|hi|hello|hey|to|from|cc|attn)\b", re.I)
_LOWER_NAME = lazy_compile(r"[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2}")


def _typed_lower_after_heading(text: str, name_line: str) -> bool:
    """Notes typed in lower case under a first line that may be in capitals: most lines
    after the first (the name's own line aside) open with a lower-case letter."""
    starts = [
        m.group()
        for ln in text.strip().splitlines()[1:]
        if ln.strip() != name_line and (m := re.search(r"[^\W\d_]", ln))
    ]
    return len(starts) >= 2 and sum(c.islower() for c in starts) >= 0.6 * len(starts)


def _name_in_heading(text: str, header: Header) -> str | None:
    """A name that is one whole part of one of the first three lines, split at its dashes or
    bars, and is no company, job, person met or ordinary words: the writer ("callum reid"
    alone under a heading in capitals, "Marelize du Toit — interview Tue 3 Mar"); the last
    place looked, when no label, byline or signature says it."""
    lines = _opening_lines(text)[:3]
    for i, line in enumerate(lines):
        if i and lines[i - 1].endswith(":"):
            continue  # a name under "Panel:" or "Met:" is a person met
        for part in _HEADING_PARTS.split(line.replace("**", "")):
            part = _NICKNAME.sub("", part).strip(" *_,.")
            if _SALUTATION.match(part):
                continue  # "Dear Owen," over a pasted mail: the writer greeted, not signed
            joined = _NAME_PARTICLE.sub(lambda m: m.group().title(), part)
            m = _BARE_NAME_LINE.fullmatch(joined)
            if m:
                name = " ".join(  # "du Toit" as the notes write it
                    w.lower() if f" {w.lower()} " in f" {part} " else w
                    for w in m.group("name").split()
                )
            elif (
                _LOWER_NAME.fullmatch(part)
                and part == line.strip(" *_,.")  # a line alone, in notes typed lower case
                and _typed_lower_after_heading(text, line)
            ):
                name = restore_case(part)
            else:
                continue
            if any(w in COMMON_WORDS or w in NOT_NAMES for w in name.lower().split()) or (
                name.isupper() and not text.isupper()
            ):
                continue  # "Final Loop", "Status Board", "PRELIMINARY REPORT"
            if _over_its_title(lines, i):
                continue  # "Owen Blake" over "Office Manager": someone met
            said = "|".join(re.escape(w) for w in (name.split()[0], name.split()[-1]))
            if re.search(rf"\b(?:{said})\b(?![ \t]*,[ \t]*\n)", text.replace(line, "", 1), re.I):
                continue  # "Lauren Becker -- ..." and later "Becker asked": someone met
            if (
                _may_be_writer(name, header)
                and not _PLACE_WORDS.search(name)
                and not (header.role and name.lower() in header.role.lower())
            ):
                return name
    return None


# -- where the writer's name stands, when no label says it ---------------------------------------
# Read by the place a name has in the notes, not by the words around it:
# - a chat pasted in ("Jordan Pike  24/03/2026 17:01"): the writer is the speaker who is not the
#   friend the paste says it is with ("pasted from Teams chat w/ Dev"), else the only speaker
#   who tells of the interview in the first person;
# - the notes said to be the writer's: "ok this is ewan macrae notes for the ... job";
# - the writer's name signing the opening sentence: "I'm writing this in the car. — Hana
#   Kobayashi";
# - the writer's line over the job: "ken morimoto - itamae position", or over their own years:
#   "Wade Thibodeaux -- 22 yrs ag aviation" (a name the notes never use again, no person met).
_CHAT_SPEAKER = lazy_compile(
    rf"^(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]{{1,4}}"
    r"(?:\[?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t,]+|(?:today|yesterday)[ \t,]+(?:at[ \t]+)?)?"
    r"\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?)[ \t]*$",
    re.M,
)
_CHAT_WITH = lazy_compile(
    rf"\bchat\b[^\n]{{0,30}}?\b(?:w/|with)[ \t]+(?P<name>{UPPER}{NAME_TAIL})", re.I
)
_FIRST_PERSON_INTERVIEW = lazy_compile(
    r"\b(?:i|me|my)\b[^\n]{0,80}\b(?:interview|panel|asked)|\b(?:asked|told)[ \t]+me\b", re.I
)
_THIS_IS_MY_NOTES = lazy_compile(
    rf"\bthis[ \t]+is[ \t]+(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})(?:['’]s)?[ \t]+"
    r"(?:interview[ \t]+)?notes\b",
    re.I,
)
_SIGNED_SENTENCE = lazy_compile(
    rf"[.!?][ \t]+(?:--|[—–])[ \t]*(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})[ \t]*$",
    re.M,
)
_NAME_THEN_JOB = lazy_compile(
    rf"^[ \t]*(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})[ \t]+(?:--|[—–-])[ \t]+"
    r"(?:(?P<job>[a-z][\w /&-]{1,40}?[ \t]+(?:position|job|role|post|vacancy))"
    r"|(?P<years>\d{1,2}\+?[ \t]*(?:yrs?|years?)\b[^\n]*))[ \t]*(?:\(|$)",
    re.M,
)


def _chat_writer(text: str) -> str | None:
    """The writer among the speakers of a pasted chat (see above); None unless sure."""
    said: dict[str, str] = {}
    marks = list(_CHAT_SPEAKER.finditer(text))
    if len(marks) < 2:
        return None
    for m, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.start() if after else len(text)
        said[m["name"]] = said.get(m["name"], "") + text[m.end() : end]
    if len(said) != 2:
        return None
    peer = _CHAT_WITH.search(text[: marks[0].start()])
    if peer:
        others = [n for n in said if n.split()[0].lower() != peer["name"].lower()]
        return others[0] if len(others) == 1 else None
    telling = [n for n, words in said.items() if _FIRST_PERSON_INTERVIEW.search(words)]
    return telling[0] if len(telling) == 1 else None


def _writer_by_place(text: str, header: Header) -> str | None:
    """The writer's name where it stands in notes with no label for it (see above)."""
    top = "\n".join(text.splitlines()[:12])
    if (chat := _chat_writer(text)) is not None:
        return chat
    for pattern in (_THIS_IS_MY_NOTES, _SIGNED_SENTENCE, _NAME_THEN_JOB):
        for m in pattern.finditer(top):
            name = restore_case(m["name"]) if m["name"].islower() else m["name"]
            words = name.lower().split()
            if any(w in COMMON_WORDS or w in NOT_NAMES for w in words):
                continue
            if pattern is _NAME_THEN_JOB:
                elsewhere = text.replace(m.group(), "")
                if re.search(rf"\b{re.escape(words[-1])}\b", elsewhere, re.I):
                    continue  # a name the notes use again is someone spoken of, not the writer
                if header.company and same_person(header.company, name):
                    header.company = None  # "ken morimoto - itamae position" read as the firm
            if _may_be_writer(name, header):
                return name
    return None


def _may_be_writer(name: str, header: Header, titled: str | None = None) -> bool:
    """A name read alone on a line that is no ordinary words, company, job or person met;
    `titled` is a first name the notes are titled with ("Notes - Sipho"), read as a company."""
    return not (
        all(w in COMMON_WORDS for w in name.lower().split())
        or _NOT_PERSON_WORDS.search(name)
        or _ORG_WORDS.search(name)
        or TITLE_HINT.search(name)
        or any(same_person(p.name, name) for p in header.people)
        or (
            header.company is not None
            and header.company != titled
            and same_person(header.company, name)
        )
    )


_NOTES_OF = lazy_compile(rf"^#*\s*notes?\s*(?:--|[-—–:])\s*(?P<name>{UPPER}{NAME_TAIL})\s*$", re.I)


def _titled_with_first_name(text: str, header: Header) -> str | None:
    """The one word of a first line "Notes - Sipho", when it was read as the company."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    m = _NOTES_OF.match(first)
    return m.group("name") if m and m.group("name") == header.company else None


# The writer's own address on a personal mail service: "maria.ortiz@gmail.com"
MAIL_SERVICES = (
    r"(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|gmx|aol)"
)
_MAIL_SERVICE = r"@" + MAIL_SERVICES
_OWN_ADDRESS = lazy_compile(  # the whole of the address before the "@", not "park.edits@"
    r"(?<![\w.+-])(?P<first>[a-z]{2,})[._](?P<last>[a-z]{2,}(?:-[a-z]{2,})?)"
    r"(?P<more>[._][a-z]+)?\d*"  # "ines.halvorsen.keeps@": the first name alone is sure
    + _MAIL_SERVICE
    + r"\.[a-z.]{2,6}\b",
    re.I,
)
# a name with its address on a personal mail service, as mail headers and calendar guest
# lists write it: "To: Maya Goldfarb <maya.g.audio@gmail.com>", "Jae-min Park (jp.edits@gmail.com)"
_NAMED_OWN_ADDRESS = lazy_compile(
    r"(?P<label>\b\w+:[ \t]*)?(?:[^\n,:]*,[ \t]*)?"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"[ \t]*[<(][ \t]*[\w.+-]+(?i:" + _MAIL_SERVICE + r"\.[a-z.]{2,6})[ \t]*[>)]"
)
# the notes signed at the end: "- Sam", "— Priya K.", "~ Jo"
_SIGN_OFF = lazy_compile(
    rf"^[ \t]*(?:-|–|—|~|--)[ \t]*(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}\.?)?)"
    r"(?:,[ \t]*[A-Z][A-Za-z().]*[A-Z][A-Za-z().]*){0,3}[ \t]*$"  # "— Siobhan Kearney, MISCP"
)


_MAIL_PERSON = lazy_compile(
    r"^(?P<field>(?i:from|to|cc))[ \t]*:[ \t]*"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"[ \t]*<(?P<address>[\w.+-]+@(?P<domain>[\w.-]+))>",
    re.M,
)
# a mail's recipient by name alone, as Outlook pastes it: "To: Tomasz Wierzbicki"
_MAIL_TO_NAME = lazy_compile(
    rf"^(?i:to)[ \t]*:[ \t]*(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"[ \t]*(?:<[^>\n]*>)?[ \t]*$",
    re.M,
)
# a pasted mail's marks that are no part of its words: "> " quoting, "**From:**" in bold
_QUOTED = lazy_compile(r"^[ \t]*>[ \t]?", re.M)
_BOLD_FIELD = lazy_compile(r"^\*\*(?P<field>\w+:)\*\*", re.M)
# the organisation that ends a mail's signature: "Talent Acquisition Partner | Prairie Federal
# Credit Union", "Graduate Recruitment Team\nAshdown Fairleigh LLP"
_SIGNED_ORG = lazy_compile(
    r"^(?:thanks|thank you|best|best regards|kind regards|regards|warm regards|many thanks|"
    r"sincerely|cheers)[ \t]*[,.!]?[ \t]*\n(?P<block>(?:[ \t]*\S[^\n]*\n?){1,3})",
    re.I | re.M,
)
_MAIL_SUBJECT = lazy_compile(
    r"^subject[ \t]*:[ \t]*(?:(?:re|fwd?|aw)[ \t]*:[ \t]*)*(?P<s>.+)$", re.I | re.M
)


_PERSONAL_DOMAIN = lazy_compile(_MAIL_SERVICE[1:] + r"\.", re.I)


def read_mail_headers(raw: str, header: Header) -> None:
    """A pasted e-mail's header block (the reader's text has it dropped): the writer is the
    one on a personal mail service, the others on the employer's domain were met; the role is
    the subject's job title; the company ends the sender's signature ("Theo\nExecutive
    Producer, Loudhouse Audio"). Nothing is read from a block with no such header."""
    raw = _BOLD_FIELD.sub(r"\g<field>", _QUOTED.sub("", raw))
    people = list(_MAIL_PERSON.finditer(raw))
    to_named = _MAIL_TO_NAME.search(raw)
    if not people and not (to_named and _MAIL_SUBJECT.search(raw)):
        return
    invited = _APPOINTMENT.search(raw) is not None  # a forwarded appointment: To is its guest
    if header.candidate is None and to_named and (invited or _greets(raw, to_named.group("name"))):
        header.candidate = to_named.group("name")  # the mail invites its reader: the writer
    if header.company is None and invited and (place := _PLACE_LINE.search(raw)):
        header.company = _company_of_domain(place.group("place"), raw)
    if header.company is None:
        header.company = _signed_org(raw)
    sent = {m.group("field").lower(): m.group("address").lower() for m in people}
    to_self = {  # notes mailed to oneself: From and To the same address
        m.group("name") for m in people if sent.get("from") and sent.get("from") == sent.get("to")
    }
    if len(to_self) == 1 and (
        header.candidate is None or _initials_of(header.candidate, next(iter(to_self)))
    ):
        header.candidate = next(iter(to_self))  # "-- RK" under notes mailed by Rosalind Kaye
    if header.candidate is None:
        own = {m.group("name") for m in people if _PERSONAL_DOMAIN.match(m.group("domain"))}
        if len(own) == 1:
            header.candidate = own.pop()
    header.people = [p for p in header.people if p.name not in to_self]
    for m in people:
        name = m.group("name")
        if _MAILBOX_WORDS.search(name):
            continue  # "From: Graduate Recruitment <gradrec@...>": a team's mailbox, no person
        if (
            _PERSONAL_DOMAIN.match(m.group("domain"))
            or name in to_self
            or (header.candidate and same_person(name, header.candidate))
        ):
            continue
        signed = re.search(
            rf"^{re.escape(name.split()[0])}(?:[ \t]+[^\s,]+){{0,2}}[ \t]*\n"  # "Lena Fischer"
            rf"(?P<title>[^,|\n]{{2,40}})(?:,|[ \t]+\|)[ \t]*"
            r"(?P<company>[A-Z][^,\n]{2,50})[ \t]*$",
            raw,
            re.M,
        )
        title = signed.group("title").strip() if signed else None
        org = signed.group("company").strip() if signed else ""
        if signed and TITLE_HINT.search(signed.group("title")) and not _REGION.fullmatch(org):
            header.company = header.company or org
        add_person(header, make_person(name, title if title and TITLE_HINT.search(title) else None))
    if header.company:  # "the position with Prairie Federal Credit Union": the employer
        header.people = [p for p in header.people if not same_person(p.name, header.company)]
    guessed = header.role is not None and not TITLE_HINT.search(header.role)
    if (header.role is None or guessed) and (subject := _MAIL_SUBJECT.search(raw)):
        # "Interview confirmation - Senior UX Designer": the part of the subject that is a job
        # (over a role guessed from the mail's prose, "Confirming your interview")
        for part in re.split(r"\s+(?:--|[-—–])\s+", subject.group("s")):
            job = re.sub(r"\s*\([^)]*\)", "", _TRAILING_ASIDE.sub("", part)).strip()
            job = re.sub(r"^(?:interview|invitation|re|fw|fwd)\s*:\s*", "", job, flags=re.I)
            short = len(job.split()) <= 5 or (len(job.split()) <= 7 and "," in job)
            if job and TITLE_HINT.search(job) and short and plausible_role(job):
                header.role = None
                set_role(header, job)
                break


_SIGN_OFF_WORD = lazy_compile(
    r"(?i:thanks|thank you|best|best regards|kind regards|regards|cheers|warmly|sincerely|"
    r"all the best|many thanks|warm regards)\s*[,.!]?"
)
_SIGNED_NAME = lazy_compile(rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL})?)")


_MAILBOX_WORDS = lazy_compile(
    r"\b(?i:recruitment|recruiting|talent|careers|hr|team|people|hiring|jobs|admissions|"
    r"office|department|no-?reply|notifications?)\b"
)


def _greets(mail: str, name: str) -> bool:
    """Whether the mail opens by greeting this person by first name ("Hi Marguerite,")."""
    first = re.escape(name.split()[0])
    return bool(re.search(rf"^(?:hi|hello|dear|hey)[ \t]+{first}[ \t]*[,!]", mail, re.I | re.M))


_REGION = lazy_compile(
    r"(?i:(?:north|south|east|west|central|mid)(?:[ -]?(?:east|west))?|midlands)"
)


def _signed_org(mail: str) -> str | None:
    """The organisation on the last lines of a mail's signature, named by its form."""
    for m in _SIGNED_ORG.finditer(mail):
        for line in m.group("block").splitlines():
            part = line.split("|")[-1].split(",")[-1].strip(" .")
            if _named_org(part) and not _REGION.fullmatch(part):  # "Manager, North" is a patch
                return part
    return None


def _initials_of(initials: str, name: str) -> bool:
    """Whether "RK" is written for "Rosalind Kaye"."""
    return initials.isupper() and initials == "".join(w[0] for w in name.split()).upper()


def _short_title(title: str) -> bool:
    """A job title as a lower-case line gives it: a few words, the title's word among the
    first three ("mktg mgr", "senior design lead"), not a sentence that holds one."""
    words = title.split()
    hint = TITLE_HINT.search(title)
    return hint is not None and len(words) <= 5 and len(title[: hint.start()].split()) < 3


def _signed_or_mailed(text: str, header: Header) -> str | None:
    """The writer's name from a sign-off on the last line ("- Sam") or from their own address
    on a personal mail service ("maria.ortiz@gmail.com" -> "Maria Ortiz"); never a person met."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found = []
    if lines and (m := _SIGN_OFF.match(lines[-1])):
        found.append(m.group("name").rstrip("."))
    if (  # "-- Josiah Whitfield" over "Youth Pastor, Grace Fellowship"
        len(lines) > 3
        and (m := _SIGN_OFF.match(lines[-2]))
        and len(lines[-1].split()) <= 8
        and TITLE_HINT.search(lines[-1].split(",")[0])
    ):
        found.append(m.group("name").rstrip("."))
    last = lines[-1].strip().strip("*_ ") if lines else ""
    if (  # the notes end in a sign-off, as a mail would: "Thanks,\nSofia"
        len(lines) > 3
        and _SIGN_OFF_WORD.fullmatch(lines[-2].strip())
        and (m := _SIGNED_NAME.fullmatch(last))
        and _may_be_writer(m.group("name"), header)
    ):
        found.append(m.group("name"))
    card = [part.strip() for part in last.split(" | ")]
    if (  # a signature: "Dana Whitlock | Dana Whitlock Photography | dana@danawhitlock.photo"
        len(card) > 1
        and "@" in card[-1]
        and (m := _BARE_NAME_LINE.fullmatch(card[0]))
        and _may_be_writer(m.group("name"), header)
    ):
        found.append(_NICKNAME.sub("", m.group("name")))
    if (  # the notes signed with the full name alone on the last line: "Sipho Mahlangu"
        len(lines) > 3
        and (m := _BARE_NAME_LINE.fullmatch(last))
        and "(" not in last
        and not last.isupper()
        and _may_be_writer(m.group("name"), header, _titled_with_first_name(text, header))
    ):
        found.append(_NICKNAME.sub("", m.group("name")))
    addressed = list(_NAMED_OWN_ADDRESS.finditer(text))
    named = list(
        dict.fromkeys(
            m.group("name")
            for m in addressed
            if not re.match(r"(?:organi[sz]er|host|from)\b", m.group("label") or "", re.I)
        )
    )
    greeted = [n for n in named if re.search(rf"\b(?:hi|hello|dear|hey)\s+{n.split()[0]}\b", text)]
    if len(named) == 1 or len(greeted) == 1:  # one address of the writer's own, or the one greeted
        return (greeted or named)[0]
    for m in _OWN_ADDRESS.finditer(text):
        if any(a.start() <= m.start() < a.end() for a in addressed):
            continue  # an address beside a name is that person's: read above, or not the writer
        if owner := written_owner_at(text, m.start(), m.end()):
            found.append(owner)  # addressname.py: "Rodrigo Mamani Choque — rmamani.sso@..."
        if owner or not gives_name_at(text, m.start(), m.end()):
            continue  # addressname.py: a run or a code is no "Rmamani Sso"
        if m.group("more"):  # a third part may be a surname, a particle or a pun: not sure
            found.append(m.group("first").capitalize())
        else:
            found.append(f"{m.group('first').capitalize()} {restore_case(m.group('last').lower())}")
    for name in found:
        if name.lower() in COMMON_WORDS or name.lower() in NOT_NAMES:
            continue
        if any(same_person(p.name, name) for p in header.people):
            continue
        return name
    return None


_PERSON_WITH_TITLE = lazy_compile(
    r"(?P<name>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'-]*){1,3})\s*\((?P<title>[^)]{2,40})\)"
)
# two or more people with their titles on one line, joined by "+", "&" or "and"
_JOINED_PEOPLE = lazy_compile(
    rf"^\s*{_PERSON_WITH_TITLE.pattern}(?:\s*(?:\+|&|\band\b)\s*{_PERSON_WITH_TITLE.pattern})+".replace(
        "?P<name>", "?:"
    ).replace("?P<title>", "?:"),
    re.I,
)


# The suffixes longest first, then alphabetical: a set's order changes from run to run, and
# the same text each run is what lets the compiled pattern be kept (lazyre.py).
_ORG_THEN_ROLE = lazy_compile(  # the company ends at the kind of organisation it is
    r"^(?P<company>[^\W\d_][^@\n]*?\b(?:"
    + "|".join(re.escape(w) for w in sorted(ORG_SUFFIXES, key=lambda w: (-len(w), w)))
    + r"))\.?\s+(?P<role>[^\d@\n]+?)\s+(?:interview|intvw|intv|intrvw|int|screen|phone screen|"
    r"onsite)\b",
    re.I,
)


# a pasted video-call invitation: its host was met; its topic names the candidate and the job
_INVITE_HOST = lazy_compile(
    rf"^(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})(?:,[ \t]*[A-Z][\w.]*)?"
    r"[ \t]+is inviting you to a scheduled (?:Zoom|Teams|Webex|Google Meet) meeting",
    re.M,
)
_INVITE_TOPIC = lazy_compile(
    r"^(?i:topic|title|subject)[ \t]*:[ \t]*(?:(?i:interview)\w*[ \t]*(?:--|[—–:-])[ \t]*)?"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"[ \t]+/[ \t]+(?P<role>[^\n]+)$",
    re.M,
)


# an iCalendar event's people: "ORGANIZER;CN=Rebecca Oduya-Grant:mailto:people@x.co.nz",
# "ATTENDEE;CN=Hamish Te Whare;ROLE=REQ-PARTICIPANT:mailto:hamish@x.co.nz"
_ICAL_PERSON = lazy_compile(
    r"^(?:ORGANIZER|ATTENDEE)[^\n]*?;CN=(?P<name>[^;:\n]+)[^\n]*?:mailto:(?P<address>[^\s]+)$",
    re.M,
)
_ICAL_FIELD = lazy_compile(r"^(?P<field>SUMMARY|LOCATION)[^:\n]*:(?P<value>[^\n]+)$", re.M)
# an Outlook invitation's title that names the one interviewed: "Interview: Assistant Finance
# Manager (Group Reporting) – Harshvardhan Kulkarni", the name among the attendees
_INVITE_INTERVIEWEE = lazy_compile(
    r"^interview[ \t]*:[ \t]*(?P<role>[^\n]+?)[ \t]+(?:--|[—–-])[ \t]+"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]*$",
    re.I | re.M,
)
_ATTENDEES_LINE = lazy_compile(
    r"^(?:required |optional )?attendees[ \t]*:(?P<list>[^\n]+)$", re.I | re.M
)


# a calendar's invitation as mailed: "Invitation: Interview - Sous Chef @ Wed Nov 25, 2026 10am
# - 11:30am (GMT)", the event's title before the "@", when it is after
_INVITATION_LINE = lazy_compile(
    r"^(?:updated[ \t]+)?invitation[ \t]*:[ \t]*(?P<summary>[^\n@]+?)[ \t]+@[ \t]+"
    r"(?P<when>[^\n]+)$",
    re.I | re.M,
)
_PLACE_LINE = lazy_compile(r"^(?:location|where)[ \t]*:[ \t]*(?P<place>[^\n]+)$", re.I | re.M)
_ADDRESS_DOMAIN = lazy_compile(r"@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def _place_is_sender(place: str, text: str) -> bool:
    """The invitation's place is the business that sent it: its name, spelled without spaces,
    is in a work address the notes hold ("The Copper Pot" and talent@copperpotgroup.co.uk)."""
    place = re.sub(r"^the\s+", "", place.lower())
    spellings = {re.sub(r"[^a-z0-9]", "", place.replace("&", w)) for w in ("", "and", "n")}
    if min(len(w) for w in spellings) < 4:
        return False
    return any(
        any(w in m.group("domain").lower().replace("-", "") for w in spellings)
        for m in _ADDRESS_DOMAIN.finditer(text)
        if not _PERSONAL_DOMAIN.match(m.group("domain"))
    )


_APPOINTMENT = lazy_compile(r"^-+[ \t]*original appointment[ \t]*-+[ \t]*$", re.I | re.M)


def _company_of_domain(place: str, text: str) -> str | None:
    """The sender's domain as words ("brightwater-renewables.co.uk": Brightwater Renewables)
    when the appointment's place opens with its first word ("Brightwater Aberdeen office")."""
    first = re.sub(r"[^a-z0-9]", "", (place.split() or [""])[0].lower())
    for m in _ADDRESS_DOMAIN.finditer(text):
        label = m.group("domain").lower().split(".")[0]
        words = label.split("-")
        if len(first) >= 4 and words[0] == first and not _PERSONAL_DOMAIN.match(m.group("domain")):
            return " ".join(w.capitalize() for w in words)
    return None


def _invitation(text: str, header: Header) -> str | None:
    """A mailed calendar invitation's title line: the job from the event's title, the date
    from after its "@", the company from its place when the sender's address names it.
    Returns the line, which names no company itself ("Invitation" is none)."""
    m = _INVITATION_LINE.search(text)
    if m is None:
        return None
    job = re.sub(r"^interview\s*(?:--|[—–:-])\s*", "", m.group("summary").strip(), flags=re.I)
    job = re.sub(r"\s*(?:--|[—–:-])\s*interview$", "", _TRAILING_ASIDE.sub("", job), flags=re.I)
    if TITLE_HINT.search(job) and plausible_role(job):
        set_role(header, job)
    header.date_text = header.date_text or m.group("when")
    place = _PLACE_LINE.search(text)
    first = re.split(r"\s+(?:--|[—–-])\s+|,", place.group("place"))[0].strip() if place else ""
    if header.company is None and first and _place_is_sender(first, text):
        header.company = first
    return m.group().strip()


def as_written(name: str, text: str) -> str:
    """The name as the notes spell it with its accents, when it was read from somewhere that
    has none (an e-mail address: "tomasz.wrobel@" for Tomasz Wróbel)."""
    if not name.isascii():
        return name
    words = name.split()
    pattern = r"[ \t]+".join(rf"[^\W\d_]{{{len(w)}}}" for w in words)
    for m in re.finditer(rf"(?<![\w@.]){pattern}(?![\w@])", text):
        found = m.group()
        plain = unicodedata.normalize("NFKD", found).encode("ascii", "ignore").decode()
        if not found.isascii() and plain.split() == words:
            return re.sub(r"[ \t]+", " ", found)
    return name


def _calendar_event(text: str, header: Header) -> None:
    """A pasted calendar event: the attendee on a personal mail service is the writer, the
    others were met; the summary gives the job, the location's first part the company. An
    Outlook invitation titled "Interview: ROLE – NAME" with NAME among its attendees: NAME is
    the writer."""
    for m in _ICAL_PERSON.finditer(text):
        name = m.group("name").strip().strip('"')
        if not re.fullmatch(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}", name):
            continue
        if _PERSONAL_DOMAIN.match(m.group("address").split("@")[-1]):
            header.candidate = header.candidate or name
        elif not _MAILBOX_WORDS.search(name):
            add_person(header, make_person(name, None))
    fields = {
        m.group("field"): m.group("value").replace("\\,", ",").strip()
        for m in _ICAL_FIELD.finditer(text)
    }
    if summary := fields.get("SUMMARY"):
        job = re.sub(
            r"^interview\s*(?:--|[—–:-])\s*", "", _TRAILING_ASIDE.sub("", summary), flags=re.I
        )
        if TITLE_HINT.search(job) and plausible_role(job):
            set_role(header, job)
    if place := fields.get("LOCATION"):
        first = re.split(r"\s+(?:--|[—–-])\s+|,", place)[0].strip()
        if _named_org(first) or _org_like(first):
            header.company = header.company or first
    titled = _INVITE_INTERVIEWEE.search(text)
    listed = _ATTENDEES_LINE.search(text)
    if titled and listed:
        name = titled.group("name")
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", listed.group("list")):
            header.candidate = header.candidate or name
            role = _TRAILING_ASIDE.sub("", titled.group("role")).strip()
            if TITLE_HINT.search(role):
                set_role(header, role)


def _meeting_invite(text: str, header: Header) -> str | None:
    """ "Frank DeLuca, EA is inviting you to a scheduled Zoom meeting." over "Topic: Interview —
    Gloria Nwachukwu / Senior Tax Preparer": Frank was met; Gloria, invited, is the writer."""
    host = _INVITE_HOST.search(text)
    if host is None:
        return None
    add_person(header, make_person(host.group("name"), None))
    topic = _INVITE_TOPIC.search(text)
    if topic is None or same_person(topic.group("name"), host.group("name")):
        return None
    role = _TRAILING_ASIDE.sub("", topic.group("role")).strip()
    if not (plausible_role(role) and _may_be_writer(topic.group("name"), header)):
        return None
    header.candidate = header.candidate or topic.group("name")
    set_role(header, role)
    first = host.group("name").split()[0]
    owned = re.search(  # the notes under it: "Brightline Tax & Bookkeeping — Frank owns it"
        rf"^(?P<org>{UPPER}[^\n—–]{{2,60}}?)[ \t]+(?:--|[—–-])[ \t]+{re.escape(first)}"
        r"(?:[ \t]+\w+)?[ \t]+(?:owns|runs|founded|started|manages)[ \t]+(?:it|the)\b",
        text,
        re.M,
    )
    if owned and not TITLE_HINT.search(owned.group("org")):
        header.company = header.company or owned.group("org").strip()
    return topic.group().strip()


def _writer_only(line: str) -> bool:
    """A line that is a bare full name and nothing else (the writer's, under a title)."""
    return _BARE_NAME_LINE.fullmatch(line.strip().strip("#*_ ")) is not None


def _header_region(text: str) -> str:
    """The first block, and each later line that opens an interview ("Met with ...")."""
    blocks = re.split(r"\n[ \t]*\n", text.strip(), maxsplit=1)
    if len(blocks) > 1 and all(  # a forwarded mail's header block: the notes start after it
        _FORWARDED.match(ln) or _MAIL_FIELD.match(ln) for ln in blocks[0].splitlines()
    ):
        blocks = re.split(r"\n[ \t]*\n", blocks[1].strip(), maxsplit=1)
    first = blocks[0]
    # A one-line heading then a blank line: the next block is header too.
    if len(blocks) > 1 and (
        len(first.splitlines()) <= 1 or all(_writer_only(ln) for ln in first.splitlines()[1:])
    ):  # "# T. Brennan-Moss — field notebook" over "Talia Brennan-Moss", then the company
        second = re.split(r"\n[ \t]*\n", blocks[1], maxsplit=1)[0]
        first = f"{first}\n{second}"
    return first


def _intro_lines(region: str) -> list[str]:
    """Header sentences that may name the people met, joined across wrapped lines."""
    rows: list[str] = []
    for row in region.splitlines():  # a wrapped line joins the one before, never a label's
        wraps = rows and not re.match(r"[ \t]*(?:[-*•]|\w+\s*[:=])", row)
        label = _LABEL.match(rows[-1]) if rows else None
        if wraps and (label is None or label.group("label").lower() == "with"):
            rows[-1] += " " + row
        else:
            rows.append(row)
    out = []
    for line in rows:
        label = _LABEL.match(line)
        if label and label.group("label").lower() not in ("with",):
            continue
        if (
            _INTRO_LINE.search(line)
            or _WITH_NAME.search(line)
            or line.lower().startswith(("with", "w/", "met ", "then "))
        ):
            out.append(line.strip())
    return out


def _labelled(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs; a people list that ends with a comma continues on the next line."""
    out = []
    lines = text.splitlines()
    for i, line in enumerate(lines[:40]):
        m = _LABEL.match(line)
        if not m:
            continue
        value = m.group("value").strip().strip("*").strip()
        label = m.group("label").lower()
        j = i + 1
        while value.endswith(",") and j < len(lines) and lines[j].strip():
            value = f"{value} {lines[j].strip()}"
            j += 1
        if not value and label == "ppl":
            continue  # "ppl:" over a list, one person a line: the people section reads it
        if not value and label in _PEOPLE_LABELS:
            # "Interviewers:" and a list under it, one person a line, bulleted or indented (a
            # calendar invite's "Guests:"); one who declined was not met
            while j < len(lines) and re.match(r"(?:\s*[-*•]|[ \t]+)\s*\S", lines[j]):
                guest = lines[j].strip().lstrip("-*•").strip()
                if not re.search(r"[—–-]\s*(?:declined|no)\s*$", guest, re.I):
                    out.append((label, re.sub(r"\s+[—–-]\s*(?:accepted|yes|maybe)\s*$", "", guest)))
                j += 1
            continue
        out.append((label, value))
    for m in _INLINE_LABEL.finditer(text):  # "Me: Sam Ortiz. Role: Data Scientist."
        out.append((m.group("label").lower(), m.group("value").strip()))
    return out


_PEOPLE_LABELS: tuple[str, ...] = ("interviewer", "interviewers", "interviewer(s)", "with")
_PEOPLE_LABELS += ("panel", "people", "ppl", "ran by", "guests", "attendees", "invitees", "met")
_PEOPLE_LABELS += ("personnel met", "people met", "who i met", "who", "present")
_ROLE_LABELS = {
    "panel lead",
    "recruiter",
    "hiring manager",
    "hiring mgr",
    "principal",
    "dept head",
    "department head",
}


def _apply_label(header: Header, label: str, value: str) -> None:
    label = HEADER_FACT.get(label, label)  # labelwords.py: "Puesto:", "Datum:", "Yo:"
    label = "me" if label.endswith("(me)") else label
    label = "my name" if label.startswith("my name") else label  # "my name on the application"
    if label == "institution":  # "Institution: Lakeview Regional Referral Hospital, Jinja"
        value, label = value.split(",")[0], "company"
    if label in ("company", "organization", "organisation", "employer", "firm", "agency"):
        if is_placeholder(value):
            header.placeholders.append("company")
        elif header.company is None:
            header.company = restore_case(re.sub(r"\s*\(.*$", "", value).strip(" ,."))
    elif label in ("where", "location"):  # "Where: Hargrove & Petit LLP, 1200 Market St"
        place = value.split(",")[0].strip()
        if (
            header.company is None
            and (_ORG_WORDS.search(place) or _named_org(place))
            and place[:1].isupper()
        ):
            header.company = place
    elif label in ("role", "position", "post", "vacancy", "job", "for") or label.startswith("appl"):
        if is_placeholder(value):
            header.placeholders.append("role")
            return
        value = _REQUISITION.sub("", value)  # "Senior Planner -- req #26-114"
        role, _, rest = re.sub(r"\s*\([^)]*\)", "", value).partition(",")
        role = re.sub(r"\s+\+\s+", " and ", role)  # "vinyasa + prenatal teacher"
        dashed = re.split(r"\s+(?:--|[—–])\s+", role)
        if len(dashed) == 2 and _TEAM.search(dashed[1].strip(" .")):
            role = dashed[0]  # "Recruiting Coordinator — TA team": the team is not the job
        if header.role is None:
            header.role = title_case_role(role.strip(" ."))
        rest = rest.strip(" .")
        if header.company is None and rest and _ORG_WORDS.search(rest) and rest[:1].isupper():
            header.company = rest
    elif label.startswith("interviewer") or label in _PEOPLE_LABELS:
        if is_placeholder(value) or re.search(r"<|\[", value):
            header.placeholders.append("interviewer")
            return
        if value.islower():  # notes typed without capitals: "who: margaret olander. owner."
            value = re.sub(r"(?<=[a-z]{2})\.\s+(?=[a-z])", ". ", value)
            first, *more = value.split(". ")
            value = ". ".join([restore_case(first)] + [p[:1].upper() + p[1:] for p in more])
        own = re.search(r"^(?P<name>[^()]+?)\s*\(\s*me\s*\)", value, re.I)
        if own and header.candidate is None:  # "WHO: NADIA HADDAD-REYES (me)": the writer
            name = own.group("name").strip()
            name = name.title() if name.isupper() else name
            if re.fullmatch(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}", name):
                header.candidate = name
            return
        first, *more = _SENTENCE_BREAK.split(value)
        for person in parse_people(first):
            add_person(header, person)
        for sentence in more:  # "Present: Ms A B, Director. C D, Head of Safety." one a sentence
            for person in parse_people(sentence):
                titled = person.title and TITLE_HINT.search(person.title)
                if len(person.name.split()) > 1 and titled:
                    add_person(header, person)
    elif label in _ROLE_LABELS:  # "principal = Delroy Okoro", "Recruiter: ... KIRAN Malhotra"
        value = re.split(r"\s+[—–]\s+|\s+--\s+", value)[-1]
        value = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in value.split())
        for person in parse_people(re.sub(r"\s*\([^)]*\)\s*$", "", value.rstrip(". "))):
            person.title = person.title or label
            add_person(header, person)
    elif label in ("date", "interview date"):
        if is_placeholder(value):
            header.placeholders.append("date")
        else:
            header.date_text = value
    elif label == "name" and not re.fullmatch(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}", value):
        return  # "Name:" as in front matter names the candidate, and only a person's name
    elif label in ("me", "my name", "name", "candidate"):
        if is_placeholder(value):
            header.placeholders.append("candidate")
        elif header.candidate is None:
            value = _latin_spelling(value)  # "이수민 / Sumin "Susie" Lee": the name as mailed
            value = _own_title_off(value)  # "Yo: Ing. Rodrigo Salazar Méndez"
            called = _INITIAL_CALLED.match(value)  # "R. Achterberg (Roz), CPC": Roz
            if called and called.group("called").startswith(called.group("initial")):
                value = f"{called.group('called')} {called.group('surname')}"
            first = re.split(
                r"(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mx)(?<!Mrs)(?<!Prof)(?<!Ing)(?<!\b[A-Z])\.\s", value
            )[0]
            first = re.split(r"\s+[—–-]\s+|,\s+(?=[a-z])", first)[0]
            first = re.sub(r"\s*\(?[\"“][^\"”]*[\"”]\)?", "", first)  # 'Margaret ("Maggie")'
            first = re.sub(r"\s*\(.*$", "", first).strip()
            first = _surname_first(first).rstrip(". ")  # "VASQUEZ, Renata M.": Renata M. Vasquez
            name = first.split(",")[0]  # "Dr. Farah Haddad, PharmD"
            if "," in first and not is_letters(first.split(",", 1)[1]):  # nameletters.py
                first = name  # "Yelena Sokolova-Price, Russian/Ukrainian": not letters after
            if re.search(r"\d", first) or first.count(",") > 1:
                first = name  # "Ethan Marsh, 2,300 TT, ATP": the name alone
            plain = re.sub(r"\s[A-Z]\.(?=\s)", "", name)  # "Renata M. Vasquez"
            plain = re.sub(r"^[A-Z]\.\s+(?=\S+$)", "", plain)  # "C. Ashdown": the initial kept
            # "W. M. Chamari Dissanayake": the initials before the names (Sri Lankan order)
            plain = re.sub(r"^(?:[A-Z]\.[ \t]*)+(?=\S+\s+\S)", "", plain)
            if re.fullmatch(rf"{_HON}?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}", plain) and not (
                TITLE_HINT.search(plain.split()[-1]) or _ORG_WORDS.search(plain)  # a job, a firm
            ):
                header.candidate = restore_case(first)  # not "me: grew the list to 2.3k"


# an initial and a surname, then the first name the writer goes by in brackets
_INITIAL_CALLED = lazy_compile(
    rf"(?P<initial>{UPPER})\.?[ \t]+(?P<surname>{UPPER}{NAME_TAIL})"
    rf"(?:,[ \t]*{LETTER_WORD})*[ \t]*"  # "C. Ashdown, Ph.D. (Caroline)": nameletters.py
    rf"\([ \t]*(?P<called>{UPPER}{NAME_TAIL})[ \t]*\)"
)


def _latin_spelling(value: str) -> str:
    """A name written in two scripts, "이수민 / Sumin Lee", "Sumin Lee / 이수민" or "Жанар
    Сейткали (Zhanar Seitkali)": the part in Latin letters, the one an English message signs
    with; anything else as it was."""
    bracketed = re.match(r"^(?P<own>[^()A-Za-z]+?)\s*\((?P<latin>[A-Z][^()\d@]*)\)", value)
    if bracketed and re.search(r"[^\W\d_]", bracketed["own"]):  # "Жанар Сейткали (Zhanar ...)"
        return bracketed["latin"].strip()
    parts = [p.strip() for p in re.split(r"\s+/\s+", re.sub(r"\s*\([^)]*\)", "", value))]
    latin = [p for p in parts if re.search(r"[A-Za-z]", p)]
    if len(parts) > 1 and len(latin) == 1 and not any(re.search(r"\d|@", p) for p in parts):
        return latin[0]
    return value


_SURNAME_FIRST = lazy_compile(
    rf"(?P<last>[A-Z][A-Z’'-]+),\s*(?P<first>{UPPER}{NAME_TAIL}(?:\s+[A-Z]\.?)?)"
)


_CAPS_SURNAME_FIRST = lazy_compile(
    rf"(?P<last>[A-Z][A-Z’'-]+)\s+(?P<first>{UPPER}[a-z’'-]+(?:\s+{UPPER}[a-z’'-]+)+)"
)


def _surname_first(value: str) -> str:
    """A name written surname first in capitals, as on a roster: "VASQUEZ, Renata M." is
    "Renata M. Vasquez", and "OKELLO Denis Opio" (the surname in capitals before two given
    names, as East African and French forms write it) is "Denis Opio Okello"; one given name
    after capitals ("KIRAN Malhotra") is a first name said loud, kept; anything else as it
    was."""
    m = _SURNAME_FIRST.fullmatch(value.strip()) or _CAPS_SURNAME_FIRST.fullmatch(value.strip())
    if m is None:
        return value
    last = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), m.group("last"))
    return f"{m.group('first')} {last}"


_SENTENCE_BREAK = lazy_compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)[.)]\s+(?=[A-Z(])")
# the people met listed after a colon inside a sentence of prose, up to the sentence's end
_PANEL_LIST = lazy_compile(
    r"(?:\b(?:(?:it|this) was a panel|the panel(?: was)?|my interviewers(?: were)?|I met)[ \t]*:|"
    r"^(?:the )?panel (?:was|were)\b)"  # "Panel was Dr. A B, Head of X, and C D, Officer."
    r"[ \t]*(?P<people>[^\n]+?)(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.(?:\s|$)|$)",
    re.I | re.M,
)
_PANEL_OPENING = lazy_compile(
    r"\b(?:panel|interviewers|(?:two|three|four|five) (?:people|of them)|I met)\b", re.I
)
DECLINED = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<name>[^\n(–—]+?)[ \t]*(?:\([^)\n]*\))?"
    r"[ \t]*[—–-][ \t]*declined[ \t]*$",
    re.I | re.M,
)


# a name the notes take back: "Capt. Nadia Okonkwo? no. CORRECTION: it was ...", "~~Dana~~"
CORRECTED = lazy_compile(
    rf"{_HON}?(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{0,2}})\s*\?+\s*"
    r"(?:no|nope|wrong|actually no)\b|~~(?P<struck>[^~\n]+)~~",
)
# a person the candidate is still to meet: "next round would be with Ines Marquez", "will meet
# Dr. Shah on Friday" (a person met at a "final round" is met: only "next" and a future tense)
NOT_YET_MET = lazy_compile(
    rf"\b(?:next\s+(?:round|interview|step|stage|meeting)s?\b[^\n.;]{{0,40}}?\b(?:with|w/|meet)|"
    r"(?:will|would|['’]ll|going to)\s+(?:be\s+)?(?:meet(?:ing)?|interview(?:ing)?\s+with|"
    r"talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)))\s+"
    rf"{_HON}?(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL})?)"
)
# a person marked as not to be written to: "- Lin (recruiter) — only saw her at the door, skip"
SKIPPED = lazy_compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<name>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,2})"
    r"[ \t]*(?:\([^)\n]*\))?[ \t]*(?:[—–]|--|-)[^\n]*[,;—–(][ \t]*"
    r"(?:skip|no (?:need to )?(?:email|write|thank)[\w -]*|don['’]?t (?:email|write)[\w -]*)"
    r"[ \t).!]*$",
    re.I | re.M,
)


_FORWARDED = lazy_compile(r"^\s*-*\s*(?:forwarded message|original message)\s*-*\s*$", re.I)
_MAIL_FIELD = lazy_compile(r"^\s*(?:from|to|cc|date|sent|subject)\s*:", re.I)
_REQUISITION = lazy_compile(r"\s+(?:--|[—–|-])\s+(?:req|ref|job|posting|id)\b.*$", re.I)
# a part of an organisation, named as a place or a unit: never the job
_UNIT = lazy_compile(
    r"\b(?:office|team|unit|division|directorate|dept|department|branch|bureau)$", re.I
)
_TEAM = lazy_compile(
    r"\b(?:team|unit|division|dept|department|group|service|program(?:me)?)$", re.I
)
# a part of an organisation named by its kind first: "Dept of Geography", "School of Law"
# a part of the place after the job on a title line: "Dept. 14", "Ward 7B", "Room 412"
_UNIT_AFTER = lazy_compile(
    r"(?:dept|department|room|unit|floor|ward|suite|building|bldg|site|branch|division)\.?\s*\w",
    re.I,
)
_UNIT_FIRST = lazy_compile(
    r"(?:dept\.?|department|school|faculty|division|directorate|office|institute|centre|center)"
    r"\s+(?:of|for)\s+[A-Z]",
    re.I,
)
# where the company is ("Nakuru office", "Cebu IT Park site"), after its name and a comma
_PLACE_TAIL = lazy_compile(
    r",\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?:office|site|branch|campus|hq|headquarters|plant)"
    r"(?=\s+(?:--|[—–-])\s+|\s*$)"
)


def _named_org(part: str) -> bool:
    """A part that names an organisation by its form: "GreenFurrow Agritech Ltd"."""
    words = part.strip(" .").split()
    return (
        1 < len(words) <= 6
        and words[0][:1].isupper()
        and (words[-1].lower().strip(".") in ORG_SUFFIXES or bool(_ORG_WORDS.search(part)))
        and not TITLE_HINT.search(part)
    )


# the kinds of organisation written as words, not letters ("Ltd", "Co."; not "LLC", "PLC")
_WORD_SUFFIXES = frozenset(["ltd", "co", "inc", "corp", "bar", "pub", "spa", "gym", "lab"])
_INNER_CAPITAL = lazy_compile(r"\b[A-Z][a-z]+[A-Z][a-z]")  # "ClearSpan", "FreshWay"


def _org_like(part: str) -> bool:
    """A part of a title line that is an organisation's name by its form, never a person's:
    an ampersand ("Rye & Barrel"), a word capitalised inside ("ClearSpan Glass"), or the kind
    of organisation at its end ("Harbourline Freight Ltd"); a job title is none."""
    part = part.strip(" .")
    if not part[:1].isupper() or TITLE_HINT.search(part) or _DATED_PART.search(part):
        return False
    words = part.split()
    return 1 < len(words) <= 6 and (
        "&" in words
        or bool(_INNER_CAPITAL.search(part))
        or words[-1].lower() in ORG_SUFFIXES
        or bool(_ORG_WORDS.search(part))
    )


def read_title_line(header: Header, line: str) -> None:
    """'Company -- Role', 'Phone interview -- Company, Role (x), date',
    'INTERVIEW NOTES - ACME ROBOTICS - CONTROLS ENGINEER'."""
    if invite := re.match(  # a calendar invite's title: "Interview: Paralegal – Candidate: X"
        r"^interview\s*:\s*(?P<role>.+?)\s+(?:--|[—–-])\s+(?:candidate|me|name)\s*:", line, re.I
    ):
        set_role(header, invite.group("role"))
        return
    if line.isupper():
        line = " ".join(
            w
            if len(w) <= 3
            and w.isalpha()
            and w not in ("AND", "THE", "FOR", "OF")
            and w.lower() not in _WORD_SUFFIXES  # "PENNINE OATCAKE CO. LTD": Co. Ltd
            else w.capitalize()
            for w in line.split()
        )
    short = re.fullmatch(r"(?P<abbr>[A-Z]{2,6})\s+(?:--|[—–-])\s+(?P<org>[A-Z][^\n]+?)[ .]*", line)
    if (
        short
        and short["abbr"][0] == short["org"][0]
        and (_named_org(short["org"]) or _org_like(short["org"]))
    ):  # "PHV - Pacific Harbor Trading Co.": the letters, then the name they stand for
        header.company = header.company or short.group("org")
        return
    if met := _PEOPLE_THEN_PLACE.match(line):  # "Ms. A (head) + Mr. B (deputy) - St Aidan's"
        for person in parse_people(met.group("people")):
            add_person(header, person)
        _single_title_part(header, met.group("rest"))
        return
    labelled = re.match(r"^interview\s*:\s*", line, re.I) is not None
    line = re.sub(  # "Subject: Interview: Senior Planner - X": each label off
        r"^(?:(?:event|re|subject|title|what|interview|slug)\s*:\s*)+", "", line, flags=re.I
    )
    line = re.sub(r"\s+//\s+", " — ", line)  # "WKTR INTERVIEW // SR EVENING PRODUCER"
    prefix = re.match(  # "면접 노트 — Nuri Mobility America": a heading word in another script
        r"^(?:interview[ \t]+(?:notes|transcript|recording|summary)(?:[ \t]*\([^)\n]*\))?|notes|"
        r"interview|[^\x00-\x7f\d\s][^A-Za-z\d\n]*?)\s+(?:--|[—–-])\s+",
        line,
        re.I,
    ) or re.match(  # "POHOVOR — Dopravní podnik města X, a.s.": one part after it (with more
        # parts, factplace.py finds the firm among them by elimination)
        rf"^(?:{_INTERVIEW_ABROAD})\s+(?:--|[—–-])\s+(?=[^—–\n]+$)(?!.*\s-\s)",
        line,
        re.I,
    )
    line = line[prefix.end() :] if prefix else line
    # the meeting word before the name, in the languages notes are written in:
    # "entrevista Lumen Language Services — Senior Translator", "Interview Acme Ltd — Buyer"
    line = re.sub(  # and "Notes interview Wanderfield Journeys — 2 June", "notes from interview X"
        r"^(?i:notes?\s+(?:(?:from|of|on)\s+)?(?:the\s+)?(?:my\s+)?)?"
        rf"(?i:interview|{_INTERVIEW_ABROAD})\s+(?=[A-Z])",
        "",
        line,
    )
    line = _PLACE_TAIL.sub("", line)  # "Acme Ltd, Nakuru office — Role": the office is no part
    parts = re.split(r"\s+(?:--|[—–-])\s+", line)
    if labelled and len(parts) == 1 and _named_org(parts[0]):  # "Interview: Acme Ltd"
        header.company = header.company or restore_case(parts[0].strip(" ."))
        return
    unit = re.fullmatch(r"(?P<org>[^,]+),\s*(?P<unit>[^,]+)", line.strip(" ."))
    if (
        len(parts) == 1
        and unit
        and _named_org(unit["org"])
        and (_TEAM.search(unit["unit"]) or _UNIT_FIRST.match(unit["unit"]))
    ):
        header.company = header.company or unit["org"]  # "City of X, Community Development Dept"
        return
    if all(_only_date(part) for part in parts):  # "Tuesday, June 2, 2026 - 1:30 pm"
        header.date_text = header.date_text or line
        return
    if len(parts) == 2 and _only_date(parts[0]) and not _only_date(parts[1]):
        header.date_text = header.date_text or parts[0]  # "Thursday 19th March 2026 - X, Role"
        if _company_comma_role(header, parts[1]):
            return
        named = _TRAILING_ASIDE.sub("", parts[1])
        plain = not re.search(r",|@|\b(?:at|for|with|w/)\b", named) and not _INTRO_LINE.search(
            named
        )
        org = len(named.split()) >= 3 or _org_like(named) or _named_org(named)
        if plain and org and not TITLE_HINT.search(parts[1]):  # not "10:00 -- A B (Director)"
            # "Mon 1st June — Northgate Reproductive Medicine": the date, then the company
            _single_title_part(header, parts[1])
            return
    if len(parts) == 2 and _only_date(parts[1]) and not _only_date(parts[0]):
        header.date_text = (
            header.date_text or parts[1]
        )  # "Red Gum Resources interview — Mon 18 May 26"
        line = parts[0]
    notes_word = _HYPHEN_LINE.match(line) or _TITLE_LINE.match(line)
    if notes_word and _NOTES_ONLY.match(notes_word.group("right")):
        left = notes_word.group("left")  # "Paisaa Labs onsite - notes"
        read_title_line(header, left)
        firm = bool(TITLE_HINT.search(left)) or _names_a_firm(left)  # not "Jane Smith - notes"
        if header.company is None and firm and not _MEETING_FORM.match(left):
            _single_title_part(header, left)  # "Lanterns Guide Dogs – interview notes"
        return
    if alone := re.fullmatch(
        r"(?P<org>[A-Z][\w&'’. ]{2,50}?)\s+(?:interview|screen|onsite|on-site)", line, re.I
    ):
        if not TITLE_HINT.search(alone.group("org")) and not _MEETING_FORM.match(line):
            header.company = header.company or restore_case(alone.group("org"))
        return
    m = _TITLE_LINE.match(line) or _HYPHEN_LINE.match(line) or _SLASH_LINE.match(line)
    if prefix and not m and line.islower():  # "notes - clyde freight, warehouse shift supervisor"
        line = _lower_company_comma_role(line)
    if prefix and not m and not _COMPANY_COMMA_ROLE.match(line):
        _single_title_part(header, line)  # "INTERVIEW - Clearwater Community Pharmacy"
        return
    if m and _MEETING_ONLY.match(m.group("right")) and not _ORG_WORDS.search(m.group("left")):
        if TITLE_HINT.search(m.group("left")):  # "commercial HVAC service tech - interview"
            set_role(header, m.group("left"))
        elif _org_like(m.group("left")):  # "ClearSpan Glass & Glazing - interview"
            header.company = header.company or restore_case(m.group("left").strip(" ."))
        return
    if prefix and not m and (pair := _COMPANY_COMMA_ROLE.match(line)):
        # "Interview notes - Hotel Marisol (boutique, 140 keys), Front Office Manager"
        company, role = pair.group("company").strip(), pair.group("role")
        if TITLE_HINT.search(company) and not TITLE_HINT.search(role):
            company, role = role.strip(), company  # "Interview — Project Manager II, Ridgeline"
        header.company = header.company or restore_case(company)
        set_role(header, role)
        return
    if not m or _LABEL.match(line) or _FORMER_LINE.search(line):
        return  # "Acme Corp - where I was until May" names the candidate's own employer
    last = m.group("left").split(",")[-1].strip()
    if (
        "," in m.group("left")
        and _FULL_NAME.fullmatch(last)
        and TITLE_HINT.search(m.group("right"))
    ):  # "last Thurs, 30 min, Tamsin Greaves — talent partner": a person, not a company
        add_person(header, make_person(last, m.group("right")))
        return
    if _title_parts(header, line):
        return
    left, right = m.group("left").strip(), m.group("right").strip()
    if _DATED.search(left) and not _INTRO_LINE.search(right):
        # "21-Aug-2025 (Thurs) -- interviewed at X", "interview was tue 4/22 -- Role @ Company"
        header.date_text = header.date_text or left
        if at := re.match(r"(?P<role>[^@]+?)\s+(?:@|at)\s+(?=[A-Z])(?P<company>.+)$", right):
            header.company = header.company or _cut_company(at.group("company"))
            set_role(header, at.group("role"))
        return
    if _DATED.search(left) or _only_date(left):  # "Thursday, the twenty-third of April, 2026"
        return
    if _DATED.search(right.rstrip("!. ")) and (inner := _DASHED.match(left)):
        # "depot supervisor interview - Northgate garage - wed 11/4": the date ends the line
        header.date_text = header.date_text or right
        left, right = inner.group(1), inner.group(2)
    company_first = re.match(r"(?P<org>.+?)\s+(?:interview|screen|onsite|on-site)$", left, re.I)
    if (
        company_first
        and not _MEETING_FORM.match(company_first.group("org"))
        and not TITLE_HINT.search(company_first.group("org"))
        and TITLE_HINT.search(right)
        and "," not in right
    ):  # "Crestline Solar interview — Project Coordinator": the company, then the role
        header.company = header.company or restore_case(company_first.group("org").strip())
        set_role(header, right)
        return
    meeting = _ROLE_MEETING.match(left)
    if meeting and not _MEETING_FORM.match(meeting.group("role")):
        # "sous chef tryout — Osteria Venti — wed 8/27": the role, then the company
        company = _DASHED_SPLIT.split(right)[0].strip(" .!")
        if company and not _DATED.search(company):
            header.company = header.company or restore_case(company)
        set_role(header, meeting.group("role"))
        return
    left = re.sub(
        r"^(?:rejection|rejected|offer|update|follow-?up|thank-?you|notes?)$",
        "interview",
        left,
        flags=re.I,
    )
    if re.search(r"\b(?:interview|visit|screen|round|onsite|on-site)$", left, re.I):
        # "Phone screen -- Company, Role"; "Phone screen -- Company (aside) -- Role"
        company, *rest = re.split(r",|\s+(?:--|[—–])\s+", right, maxsplit=1)
        left, right = re.sub(r"\s*\([^)]*\)", "", company).strip(), "".join(rest).strip()
        aside = re.search(r"\(([^)]*)\)", company)
        no_role_after = not right or _DATED.search(right)
        titled = aside and TITLE_HINT.search(aside.group(1).split()[-1] if aside.group(1) else "")
        if aside and no_role_after and titled:
            set_role(header, aside.group(1))  # "Onsite — Tidewell (Senior Backend Engineer)"
    if re.search(r"@|\bw/|\bwith\b", left):
        return
    head = re.sub(r"\s*\([^)]*\)", "", right).split(",")[0]
    job_first = TITLE_HINT.search(head) and not _ORG_WORDS.search(head)  # "Staff Chaplain, ..."
    if _ORG_WORDS.search(right) and not _ORG_WORDS.search(left) and not job_first:
        # "Paralegal (litigation) -- Brennan, Achterberg & Moreau LLP": the role comes first
        role = re.sub(r"\s*\([^)]*\)", "", left).strip()
        header.company = header.company or right.strip(" .")
        if header.role is None and plausible_role(title_case_role(role)):
            header.role = title_case_role(role)
        return
    if header.company is None and left and not _INTRO_LINE.search(left):
        header.company = restore_case(left)
    role = re.sub(r"\s*\([^)]*\)", "", right)
    role = re.split(r",|\.\s|\s+/\s+|\s+[—–-]\s+|\s+interview\b", role, flags=re.I)[0].strip(" .")
    role = re.sub(r"\s+(?:role|position|job|search|opening)$", "", role, flags=re.I)
    if header.role is None and role and plausible_role(title_case_role(role)):
        header.role = title_case_role(role)


# the parts of a date and a time: "Tuesday, June 2, 2026", "1:30 pm", "Mon March 2 2026"
_DATE_BITS = lazy_compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}[:.]\d{2}\b|"
    r"\b(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day|nesday|urday|sday)?\b\.?|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b\.?|"
    r"\b\d{1,4}(?:st|nd|rd|th)?\b|\b(?:at|on|of|the)\b|[/,.:()-]",
    re.I,
)
# what the meeting was, and nothing else: "interview + ride along", "phone screen", "final round"
_MEETING_WORD = (
    r"(?:interview|screen|call|chat|ride[- ]?along|tour|trial shift|shadow(?:ing)?(?: shift)?|"
    r"tryout|visit|round|assessment(?: day| centre| center)?|presentation|lesson|lunch|test)"
)
_MEETING_ONLY = lazy_compile(
    r"^(?:(?:formal|final|first|second|third|1st|2nd|3rd|phone|video|zoom|teams|panel|group|"
    rf"onsite|on-site|in-person|technical|informal|short|quick)\s+)*{_MEETING_WORD}"
    rf"(?:\s*(?:\+|&|and|,|/)\s*(?:a\s+)?(?:\d+\s*(?:hr|hrs|hours?|min)\s+)?{_MEETING_WORD})*"
    r"(?:\s+(?:transcript|recording|summary)(?:\s*\([^)\n]*\))?)?"  # "Interview transcript (Otter)"
    r"[!.\s]*$",
    re.I,
)
_INITIAL_NAME = lazy_compile(rf"{UPPER}{NAME_TAIL}\s+{UPPER}\.?")  # "Priya K."


# a part of a title line that names the notes themselves: "- notes", "— my notes", "- recap"
_NOTES_ONLY = lazy_compile(
    r"^(?:my\s+)?(?:(?:interview|meeting|call)\s+)?(?:notes?|recap|debrief|write-?up)[!.\s]*$",
    re.I,
)


def _names_a_firm(part: str) -> bool:
    """Whether a title line's part reads as a firm's name rather than a person's: a firm's
    form or word (orgwords.py), or a name that ends in a noun of the lexicon and is three
    words or more ("Lanterns Guide Dogs") or English words only ("Crumb Bakery"); a given
    name and a surname ("Jane Smith", "Priya Sharma") is no firm."""
    words = [w.strip(".,&'’").lower() for w in part.split()]
    if _org_like(part) or _named_org(part):
        return True
    if not words or NOUN not in lexicon_classes(words[-1]):
        return False
    return len(words) >= 3 or all(lexicon_classes(w) for w in words)


def _lower_company_comma_role(line: str) -> str:
    """A title line typed in lower case after "notes - ", "the company, the job" ("clyde
    freight, warehouse shift supervisor"), with capitals where the company and the job have
    them, when the second part reads as a job title and the first does not; else as typed."""
    company, comma, job = line.partition(",")
    job = _TRAILING_ASIDE.sub("", job).strip(" .")
    title = expand_title(job) or ""
    if not comma or "," in job or not TITLE_HINT.search(title) or TITLE_HINT.search(company):
        return line
    if not plausible_role(title_case_role(title)) or len(company.split()) > 5:
        return line
    return f"{restore_case(company.strip())}, {title_case_role(title)}"


def _only_date(part: str) -> bool:
    """A part of a title line that is a date or a time and nothing else."""
    part = spelled_dates(part)  # "Thursday, the twenty-third of April, 2026"
    return bool(re.search(r"\d", part)) and not _DATE_BITS.sub("", part).strip()


def _single_title_part(header: Header, part: str) -> None:
    """What follows "Interview - " or "Notes - " when it is one part: the company, the role,
    or the writer's own name ("Notes - Priya K.")."""
    part = _TRAILING_ASIDE.sub("", part).strip(" !")
    if not re.search(r"\b[^\W\d_]\.[^\W\d_]{1,3}\.$", part):  # "Vltavice, a.s." keeps its dot
        part = part.strip(" .")
    if not part or _only_date(part) or _MEETING_ONLY.match(part) or _LABEL.match(part):
        return
    if _INITIAL_NAME.fullmatch(part):
        header.candidate = header.candidate or part
    elif (
        TITLE_HINT.search(part)
        and not _ORG_WORDS.search(part)
        and not any(part.lower().endswith(" " + w) for w in ORG_SUFFIXES)
    ):
        set_role(header, part)
    elif header.company is None:
        header.company = restore_case(part)


def _caps_company(line: str, text: str) -> str | None:
    """A first line in capitals over mixed-case notes, naming neither a job, a date nor the
    meeting: the employer ("SUMMIT AIR MECHANICAL")."""
    letters = [c for c in text if c.isalpha()]
    if not line.isupper() or sum(c.isupper() for c in letters) > len(letters) / 2:
        return None
    words = line.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|[-—–:@/]", line) or TITLE_HINT.search(line):
        return None
    if _INTRO_LINE.search(line) or MEETING_PART.search(line) or _LABEL.match(line):
        return None
    return " ".join(  # letters without a vowel are an acronym ("NHS", "BHP")
        w if len(w) <= 2 or not re.search(r"[AEIOUY]", w) else w.capitalize() for w in words
    )


MEETING_PART = lazy_compile(
    r"\b(?:interview(?: notes)?|visit|screen|round|onsite|on-site|notes|check|call|panel|"
    rf"tryout|{_INTERVIEW_ABROAD}|mülakat|rozmowa)$",
    re.I,
)


def _title_parts(header: Header, line: str) -> bool:
    """A title line of three or more parts, in any order: 'Final round — Executive Assistant
    to the CEO — Halcyon Bio', 'Entrevue — Studio Boréal, Montréal — UX Designer (bilingue)',
    'GOLDCREST FOODS PLC (Supply Chain Analyst) - Ikeja office'. The part that reads as a job
    title is the role, the first other part the company; a meeting form or a date is neither."""
    parts = []
    for part in re.split(r"\s+(?:--|[—–-])\s+", line):
        aside = re.search(r"\(([^)]*)\)", part)
        parts.append(re.sub(r"\s*\([^)]*\)", "", part).strip(" .!"))
        if aside and TITLE_HINT.search(aside.group(1)) and not _DURATION.match(aside.group(1)):
            parts.append(aside.group(1).strip())
    parts = [
        p
        for p in parts
        if p and not _DATED.search(p) and not MEETING_PART.search(p) and not _DAY.fullmatch(p)
    ]
    split = []
    for p in parts:  # "Project Manager II, Ridgeline Infrastructure Group": a role, a company
        head, _, tail = p.partition(",")
        role_head = TITLE_HINT.search(head) and not _ORG_WORDS.search(head)
        role_tail = TITLE_HINT.search(tail) and not _ORG_WORDS.search(tail) and "," not in tail
        if tail.strip() and (role_head or (role_tail and not TITLE_HINT.search(head))):
            split += [head.strip(), tail.strip()]  # or "Nordhaven Logistics, Shift Supervisor"
        else:
            split.append(p)
    parts = split
    if len(parts) < 2 or re.search(r"@|\bw/|\bwith\b", line):
        return False
    roles = [
        p.split(",")[0]
        for p in parts
        if TITLE_HINT.search(p.split(",")[0]) and not _ORG_WORDS.search(p)
    ]
    others = [  # "Studio Boréal, Montréal" is the studio; "Brennan, Achterberg & Moreau LLP" all
        p if _ORG_WORDS.search(p) else p.split(",")[0]
        for p in parts
        if p.split(",")[0] not in roles and not _DATED_PART.search(p)
    ]
    if len(roles) != 1 or not others or not plausible_role(title_case_role(roles[0])):
        return False
    company = heading_firm(others, roles[0], line, _org_like)  # headingfirm.py: not the team
    if company.isupper() and len(company) > 4:  # "GOLDCREST FOODS PLC" -> "Goldcrest Foods PLC"
        company = " ".join(w.capitalize() if len(w) > 3 else w for w in company.split())
    header.company = header.company or restore_case(company)
    set_role(header, roles[0])
    return True


_DAY = lazy_compile(
    r"(?:[A-Za-z]{3,9}\.?,?\s+)?[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
)
_FORMER_LINE = lazy_compile(
    r"\bwhere I (?:was|worked|work|am)\b|\b(?:my )?(?:old|former|previous|last|current) "
    r"(?:job|employer|company|role)\b",
    re.I,
)
_DASHED = lazy_compile(r"^(.+?)\s+(?:--|[—–-])\s+(.+)$")
_DASHED_SPLIT = lazy_compile(r",|\s+(?:--|[—–-])\s+")
_ROLE_MEETING = lazy_compile(
    r"^(?P<role>.+?)\s+(?:interview|tryout|trial shift|working interview|stage)$", re.I
)
_MEETING_FORM = lazy_compile(  # "phone interview", "final round interview": no role
    r"^(?:phone|video|zoom|teams|onsite|on-site|in-person|final|first|second|third|panel|"
    r"technical|group|screening|\w+\s+round|job|my)\b",
    re.I,
)


def set_role(header: Header, role: str) -> None:
    """The role, when none is known yet and this one reads as a job title."""
    role = re.sub(r"\s*\([^)]*\)", "", role).strip(" .")
    role = re.sub(r"(?<=\w)\s+(?:position|role|job|post|vacancy|opening)$", "", role, flags=re.I)
    if header.role is None and role and plausible_role(title_case_role(role)):
        header.role = title_case_role(role)


def plausible_role(role: str) -> bool:
    """A job title, not an organisation, a date or a sentence ('did BOTH interviews')."""
    words = role.split()
    return (
        0 < len(words) <= 7
        and not _ORG_WORDS.search(role)
        and not re.search(  # the "I" of a sentence, not of "F&I Manager"
            r"\d{1,2}/\d|\d{4}|\b(?:did|was|were|my)\b|(?<![\w&])I\b|[+&/]\s*$", role
        )
        and not all(w.isupper() and len(w) > 3 for w in words)  # "JATC" is an organisation
    )


def _matches(pattern: LazyPattern, text: str) -> list[re.Match[str]]:
    """Every match, overlapping ones included (a rejected long match may hide a good one)."""
    out = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


# a full name then "the" and the person's title, in prose: "it was Gemma Hollis the academy
# director who ran it", "met Sam Oyelaran, the ops manager, at ten"
_NAME_THE_TITLE = lazy_compile(
    rf"(?<![\w’'-])(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{1,2}}),?\s+the\s+"
    r"(?P<title>(?:[\w&-]+\s+){0,3}?(?:manager|director|lead|head|chair|owner|founder|recruiter|"
    r"supervisor|coordinator|principal|dean|partner|chef|captain|curator|editor|president))\b"
)
# a person met in prose, by full name: "... and met Sarah-Jane Whitcombe who owns the yard",
# with what they do when the sentence says it ("who owns", "who runs")
_MET_IN_PROSE = lazy_compile(
    rf"\b(?i:met)[ \t]+(?:(?i:with)[ \t]+)?(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})"
    r"(?![\w’'-])(?![ \t]+(?:[A-Z]|(?:staff|team|people|crew|employees|folks)\b))"
    r"(?:,?[ \t]+who[ \t]+(?P<verb>owns|runs|manages|heads|leads)\b)?"
)
_WHO_DOES = {"owns": "owner", "runs": "manager", "manages": "manager", "heads": "head"}
_WHO_DOES["leads"] = "lead"
# a title said before the full name, in prose: "her yard manager Pip Dawson came over"
_TITLE_THEN_NAME = lazy_compile(
    r"\b(?:her|his|their|the)[ \t]+(?P<title>(?:[a-z][\w&-]*[ \t]+){0,2}?(?:manager|director|"
    r"lead|head|owner|supervisor|coordinator|chef|editor|foreman|instructor|clerk))[ \t]+"
    rf"(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})(?![\w’'-])"
    r"(?=[ \t]*(?:[,.;:()]|$|[ \t]+(?:came|joined|said|asked|talked|showed|was|who|and|also)\b))"
)
# the same in notes typed in lower case, after the candidate says they spoke to them: "talked
# to their managing editor ana lúcia ferreira and the art director"
_TITLE_THEN_LOWER_NAME = lazy_compile(
    r"\b(?:talked|spoke|chatted)[ \t]+(?:to|with)[ \t]+(?:her|his|their|the)[ \t]+"
    r"(?P<title>(?:[a-z][\w&-]*[ \t]+){0,2}?(?:manager|director|lead|head|owner|supervisor|"
    r"coordinator|chef|editor|foreman|instructor|clerk))[ \t]+"
    r"(?P<name>[a-zà-ÿ][a-zà-ÿ’'-]+(?:[ \t]+[a-zà-ÿ][a-zà-ÿ’'-]+){1,2}?)"
    r"(?=[ \t]*(?:[,.;:()]|$|[ \t]+(?:and|who|came|joined|said|asked)\b))",
    re.M,
)
# the job said outright: "job is Head Coach U14-U16", "the role was Night Auditor"
_ROLE_IS = lazy_compile(
    r"\b(?:the\s+)?(?:job|role|position)\s+(?:is|was|=)\s+(?:for\s+)?(?:an?\s+|the\s+)?"
    r"(?P<role>[A-Z][\w/&+'’–-]*(?:\s+[A-Z0-9][\w/&+'’–-]*){0,5})"
)


def _role(joined: str, region: str) -> str | None:
    if m := _ROLE_SEARCH.search(region):  # "Tenure-track Asst. Prof. search."
        return title_case_role(m.group("role").strip())
    if m := _ROLE_IS.search(region):
        return title_case_role(m.group("role").strip())
    for pattern in (_ROLE, _ROLE_BEFORE_INTERVIEW, _ROLE_RE, _ROLE_FOR):
        for m in _matches(pattern, joined if pattern is not _ROLE_BEFORE_INTERVIEW else region):
            role = m.group("role").strip()
            role = re.sub(r"^(?:for\s+)?(?:the|a|an)\s+", "", role, flags=re.I)
            if re.search(r"\s-\s|\babt\b|[:;]", role):
                continue
            if re.search(
                r"\b(?:about|with|at|from|to|for|interviewing)\b|\b\w+'(?:ll|re|ve)\b", role, re.I
            ):
                continue
            if role and not re.match(r"(?:about|it|this|that|me|my|your)\b", role, re.I):
                return title_case_role(role)
    return None


def _company_in(line: str) -> str | None:
    """The employer an opening line names: after '@' first, then after 'at' or 'from'; never
    a person ('from Priyanka Sharma, eng mgr @ Tidewell' names Tidewell)."""
    found = sorted(
        _matches(_COMPANY_AFTER, line), key=lambda m: not m.group().lstrip().startswith("@")
    )
    if _typed_lower(line):  # phone notes: "w/ maria + tom from greenway foods", "at rye & barrel"
        found += _matches(_COMPANY_AFTER_LOWER, line)
    for m in found:
        if _FORMER_EMPLOYER.search(line[: m.start()]):
            continue  # "at my last job at Parcelway", "I came over from Acme"
        company = _cut_company(m.group("company"))
        explicit = m.group().lstrip().startswith("@")
        after = m.group("company")[len(company) :]
        if m.group().lstrip().startswith("from") and re.match(
            r"\s*,\s*(?!\s|(?:for|about|re|regarding)\b)[^,@]{0,30}?" + TITLE_HINT.pattern,
            after,
            re.I,
        ):
            continue  # "from Priyanka Sharma, eng mgr": a person and a title ("from X, for
            # the Editor role" is a company, then what the meeting was for)
        if _DEPARTMENT.fullmatch(company):
            continue  # "Jo Whitcombe from HR": a team inside the company, not the company
        if company.islower() and company.split()[0] in COMMON_WORDS and not explicit:
            continue  # "at home", "from the start"; "@ the copper fox" is a name
        if company and (explicit or not company.lower().startswith("the ")):
            return restore_case(company)
    return None


# a team inside every company: "from HR", "from the recruiting team", "from People Ops"
_DEPARTMENT = lazy_compile(
    r"(?:the\s+)?(?:hr|human resources|recruiting|recruitment|talent(?: acquisition)?|"
    r"people(?: ops| operations)?|hiring|finance|legal|it|ops|operations|engineering|sales|"
    r"marketing|payroll|admin|administration)(?:\s+(?:team|dept|department|side))?",
    re.I,
)
_COMPANY_AFTER_LOWER = lazy_compile(r"\b(?:at|from)\s+(?P<company>[a-z][^\n]+)")
# What the candidate says about a job they hold or held, just before "at X" / "from X": that
# X is their own employer, never the company they are writing to.
_FORMER_EMPLOYER = lazy_compile(
    r"(?:\b(?:my|the|our)\s+(?:\w+\s+){0,2}?(?:last|old|previous|prior|former|current|"
    r"present|first|day)\s+(?:\w+\s+)?(?:job|role|position|employer|company|gig|place|team|"
    r"workplace|shop|firm|store|hospital|school|clinic|agency|internship|placement|stint)|"
    r"\bI\s+(?:\w+\s+){0,2}?(?:work(?:ed)?|was|am|were|spent|interned|volunteered|started|"
    r"left|quit|came|moved|transferred|stayed|did|ran|led|built|coached|taught|managed|"
    r"set up)|\bI['’]m\s+(?:still\s+|currently\s+)?|"
    r"\b(?:came|coming|moved|moving|transferred|switched|leaving|left|quit)\s+(?:over\s+)?|"
    r"\b(?:previously|formerly|currently|before (?:this|that|here)|ex-|used to (?:work|be)|"
    r"when I was|my time|years?|yrs)\b)[^.;:!?@]{0,25}$",
    re.I,
)


def _cut_company(text: str) -> str:
    m = _COMPANY_END.search(text)
    company = (text[: m.start()] if m else text).strip(" .,")
    if company[:1].isupper() and (low := _LOWER_AFTER_NAME.search(company)):
        company = company[: low.start()]  # "Crossroads Fuel & Diner corporate office in ..."
    return company


# where a capitalised name gives way to lower-case words that describe it: "Crossroads Fuel &
# Diner corporate office", not "Bank of the West" nor "Fig & thistle" (one small word)
_LOWER_AFTER_NAME = lazy_compile(
    r"(?<=[\w.)’'])[ \t]+(?!(?:of|and|the|de|del|la|le|du|on|upon|for|y|e|und|van|von|da|do)\b)"
    r"[a-z][\w’'-]*[ \t]+[a-z][\w’'-]*(?:[ \t]|$)"
)


def _people_in_intro(line: str, typed_lower: bool = True) -> list[Person]:
    """The people a line says were met. A name typed in lower case counts only in notes typed
    in lower case: where the lines open with capitals, "w/ pizza cutouts" is a thing."""
    opens_lower = bool(re.match(r"[^\w]*(?:met|saw|spoke|talked|chatted)\b", line))  # "met bilal"
    lowercase_notes = (sum(c.isupper() for c in line) <= 2 or opens_lower) and typed_lower
    people: list[Person] = []
    segments = re.split(
        r"\b(?:with\b|w/|(?:spoke|talked) to\b|avec\b|rencontré\b|conocí a\b)\s*", line, flags=re.I
    )[1:]
    opener = re.match(
        r"\s*(?:spoke (?:to|with)|talked (?:to|with)|chatted with|met with|call with|"
        r"phone screen with|coffee with)\b",
        line,
        re.I,
    )
    if not segments:
        segments = [m.group("people") for m in _PEOPLE_INTRO.finditer(line)]
    saw = re.match(r"\s*(?:[-*•]\s*)?saw\s+(?P<people>.+)$", line, re.I) if not segments else None
    if saw:  # "saw GARY MARSH (contracts manager) + Sharon Doyle": full names or titled only
        return [
            p
            for p in _people_in_intro(f"met {saw.group('people')}", typed_lower)
            if len(p.name.split()) > 1 or p.title
        ]
    for segment in segments:
        # "dr." as well as "Dr.": a title's full stop is no sentence end
        segment = re.sub(rf"\b({HON})\.", r"\1", segment, flags=re.I)
        cut = _PEOPLE_END.search(segment)
        part = segment[: cut.start()] if cut else segment
        # "Keisha Montgomery, Regional Operations Manager at Ridgeway ..." keeps its title
        part = re.split(r"\s+at\s+(?=[A-Z])|\s+@", part)[0]
        listed = parse_people(part)
        single = all(  # the names as typed: "humanist families" is no "Humanist Families"
            len(p.name.split()) == 1 for p in listed if _typed_capitalised(p.name, part)
        )
        if (
            single
            and not lowercase_notes
            and any(  # "with Muslim, Hindu and humanist families"
                chunk.strip()[:1].islower() and not _is_title_only(chunk.strip(" ,."))
                for chunk in _JOINER.split(re.sub(r"\s*\([^)]*\)", "", part))
                if chunk.strip(" ,.")
            )
        ):
            continue
        full_named = any(len(p.name.split()) > 1 for p in listed)  # "A B (x) and Sam again"
        people += [
            p
            for p in listed
            if (lowercase_notes or _typed_capitalised(p.name, part) or _titled_lower_name(p))
            and (len(p.name.split()) > 1 or p.title or lowercase_notes or opener or full_named)
        ]
    return people


# "interview w/ Harbourline Freight - ops analyst": the meeting, who or what with, then a job
_MEETING_WITH_THEN_JOB = lazy_compile(
    rf"^\s*(?:[\w-]+\s+){{0,2}}?(?i:interview|call|screen|chat|onsite|meeting)\s+(?:w/|with)\s+"
    rf"(?P<who>{_CAP_NAME})\s+[-–—]\s+(?P<job>[a-z][\w /&+-]{{2,40}}?)\s*$"
)


def _company_met_with(text: str, header: Header) -> None:
    """The opening line "interview w/ X - ops analyst" is read as a person X and a title, or
    as a company X and the job. X is the company when the notes name the people met on other
    lines and never speak of X again by its first word (a person met is spoken of: "ravi said")."""
    first, _, rest = text.strip().partition("\n")
    m = _MEETING_WITH_THEN_JOB.match(first.strip())
    if not m:
        return
    who = m.group("who")
    met = [p for p in header.people if p.name == who and p.title is None]
    others = [p for p in header.people if p.name != who]
    job = expand_title(m.group("job")) or ""
    if (
        not met
        or not others
        or re.search(rf"\b{re.escape(who.split()[0])}\b", rest, re.I)
        or not TITLE_HINT.search(job)
        or not plausible_role(job)
    ):
        return
    header.people.remove(met[0])
    header.company = header.company or who
    if header.role is None:
        set_role(header, job)


def _titled_lower_name(person: Person) -> bool:
    """A full name typed in lower case, with a job title in brackets: "ravi menon (ops
    director)" in otherwise capitalised notes is a person, "chronic pain patients" is not."""
    words = person.name.split()
    return (
        len(words) > 1
        and bool(person.title and TITLE_HINT.search(person.title))
        and not any(w.lower() in COMMON_WORDS for w in words)
    )


def _typed_capitalised(name: str, text: str) -> bool:
    """A name in mixed-case notes is typed with capitals ('chronic pain patients' is not one)."""
    first = name.split()[0]
    return re.search(rf"\b{re.escape(first)}\b", text) is not None


# a person introduced by what they do, then their name: "a tech called Bashir Haddad", "their
# yard manager, Pip Dawson" is read elsewhere; here the title goes in brackets after the name
_CALLED_PERSON = lazy_compile(
    r"\b(?:an?|the|their|our|his|her)\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    rf"(?:called|named)\s+(?P<name>{UPPER}{NAME_TAIL}(?:\s+{UPPER}{NAME_TAIL}){{0,2}})"
)


# an aside between an honorific and the name it goes with: "sgt (retd) Dave Mullins"
_HONORIFIC_ASIDE = lazy_compile(
    rf"(?<![\w’'-])(?P<hon>(?i:{HON})\.?)[ \t]*"
    rf"\((?:(?P<retired>(?i:retd?\.?|retired))|[^()\n]{{1,20}})\)[ \t]+(?={UPPER})"
)

_LOWER_HONORIFIC = lazy_compile(rf"(?<![\w’'-])(?P<hon>(?-i:{HON.lower()}))(?=\.?[ \t]+{UPPER})")
# a person and the department they work in: "Priya Chauhan from HR" (not "from Acme Foods")
_FROM_DEPARTMENT = lazy_compile(
    rf"(?P<name>(?-i:{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL}))[ \t]+from[ \t]+"
    r"(?P<dept>(?:the[ \t]+)?"
    r"(?:HR|IT|finance|operations|ops|recruiting|recruitment|talent|people|sales|marketing|"
    r"legal|payroll|admin|estates|facilities)(?:[ \t]+(?:team|dept|department))?)\b",
    re.I,
)


def parse_people(value: str) -> list[Person]:
    """People as notes list them: 'A (T), B (T) and C (T)', 'Name, Title', 'jordan reyes + kim',
    'Sara Lind / Mike Tran', 'Ellen Park (HR) and then Raj Patel, the plant manager',
    'principal Dr. A and chair Mr. B'. A part that is a title ('the plant manager', 'VP Sales')
    belongs to the person before it."""
    value = value.strip().strip(",.:= ")
    if not value:
        return []
    asides: list[str] = []

    def keep(m: re.Match[str]) -> str:  # a joiner inside brackets does not split ("Head, X")
        asides.append(m.group(1))
        return f" \x00{len(asides) - 1}\x00"

    if dashed := _ONE_PERSON_DASH_TITLE.fullmatch(value):  # "A B, RHIA, CCS — Manager, X & Y"
        value = f"{dashed.group('head')} ({dashed.group('title')})"
    value = _CALLED_PERSON.sub(r"\g<name> (\g<title>)", value)  # "a tech called Bashir Haddad"
    value = named_with_title(value, lambda t: bool(TITLE_HINT.search(t)))  # namedtitle.py
    # "sgt (retd) Dave Mullins": a rank he has left is no title to greet him by
    value = _HONORIFIC_ASIDE.sub(lambda m: "" if m["retired"] else f"{m['hon']} ", value)
    value = _LOWER_HONORIFIC.sub(lambda m: m["hon"].capitalize(), value)  # "sgt Dave": "Sgt Dave"
    value = _FROM_DEPARTMENT.sub(r"\g<name> (\g<dept>)", value)  # "Priya Chauhan from HR"
    masked = re.sub(r"\s*\(([^)]*)\)", keep, value)
    # "Payroll & Pensions Manager", "Sales and Marketing Director": one title, not two people
    masked = _TITLE_JOINED.sub(
        lambda m: m.group().replace(m.group("joiner") or m.group("joiner2"), "\x01"), masked
    )
    people: list[Person] = []
    pending: str | None = None  # a title said before its person's name
    for chunk in _JOINER.split(masked):
        chunk = chunk.strip(" ,.")
        if not chunk:
            continue
        aside = re.search(r"\x00(\d+)\x00", chunk)
        title = asides[int(aside.group(1))] if aside else None
        chunk = re.sub("\x01", lambda _: "&" if "&" in value else "and", chunk)
        name_text = re.sub(r"\s*\x00\d+\x00.*$", "", chunk).strip()
        if title and _DURATION.match(title):
            title = None
        if not aside and "," in name_text:  # "Dana Ortiz, recruiter" after a joiner
            name_text, _, title = name_text.partition(",")
            title = title.strip() or None
        if not aside and (eq := re.match(r"^(.+?)\s+(?:=|[-–—]|--)\s+(.+)$", name_text)):
            name_text, title = eq.group(1), eq.group(2)  # "jess park = marketing manager"
        previous = people[-1] if people else None
        if previous is not None and all(
            w.lower().strip(".") in CREDENTIALS for w in name_text.split()
        ):  # "Robert Haines, RPh - owner": letters after a name, then perhaps a title
            letters = f"{name_text}, {title}" if title else name_text
            previous.title = f"{previous.title}, {letters}" if previous.title else letters
            continue
        if previous is not None and (said := _SAID_TITLE.match(name_text)):
            previous.title = previous.title or expand_title(said.group("title")) or None
            continue  # "Mr. Greg Patterson, he is the Export Manager"
        if _is_title_only(name_text):
            extra = expand_title(re.sub(r"^(?:and\s+)?(?:the|our|their|his|her)\s+", "", name_text))
            if title and (_CLAUSE_TITLE.search(title) or _NAME_ASIDE.search(title)):
                title = None  # "Head Buyer (he poured, I slurped)": an aside, not the title's
            extra = f"{extra} ({title})" if extra and title else extra
            if re.match(r"(?:and\s+)?(?:the|our|their)\s", name_text, re.I) and (
                previous is None or previous.title
            ):
                pending = extra  # "..., and the creative director, Hollis Grant"
            elif previous is not None:  # "Linda Carver, LCSW, Clinical Director"
                previous.title = f"{previous.title}, {extra}" if previous.title else extra
            continue
        person = make_person(name_text, title)
        if person is not None:
            if pending and not _CLAUSE_TITLE.search(pending):
                person.title = person.title or pending
            people.append(person)
        pending = None
    return people


_SAID_TITLE = lazy_compile(
    r"(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+are)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?P<title>.+)$",
    re.I,
)
# A "name" that ends in what someone does is a job title ("Staff Pharmacist", "Export Manager")
_JOB_AT_END = lazy_compile(
    r"\b(?:manager|director|pharmacist|engineer|analyst|coordinator|supervisor|specialist|"
    r"officer|technician|assistant|associate|consultant|developer|designer|adviser|advisor|"
    r"scientist|teacher|nurse|recruiter|accountant|administrator|representative|intern|"
    r"programmer|hygienist|librarian|headteacher|principal)$",
    re.I,
)
# one person, letters after their name perhaps, a dash, then their title with its own commas
_ONE_PERSON_DASH_TITLE = lazy_compile(
    rf"(?P<head>{HON_PREFIX}?{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}}"
    r"(?:,[ \t]*[A-Z][A-Za-z().]*[A-Z][A-Za-z().]*)*)"  # "RHIA, CCS"
    r"[ \t]+(?:--|[—–])[ \t]+(?P<title>(?:(?!,[ \t]*and\b|[;+—–]|--)[^()\n])+)"
)
# a word joined to a job title by "&" or "and", after a comma or at the start: one title
_TITLE_JOINED = lazy_compile(
    rf"(?:^|(?<=,)|(?<=,\s))[ \t]*{UPPER}[a-z]+[ \t]+(?P<joiner>&|and)[ \t]+"
    rf"(?:{UPPER}[\w-]*[ \t]+){{0,2}}(?i:manager|director|lead|officer|coordinator|partner|"
    r"supervisor|specialist|head|chief|administrator|analyst|advisor|adviser)\b|"
    # "Director of Patient & Family Services", "Head of Sales and Marketing"
    r"\b(?i:director|head|manager|vp|chief|dean|officer|lead)[ \t]+of[ \t]+"
    rf"(?:{UPPER}[\w-]*[ \t]+){{1,2}}(?P<joiner2>&|and)[ \t]+{UPPER}"
)
# what joins people in a list: commas, "+", "&", "and" (then), ";", a spaced slash
_JOINER = lazy_compile(
    r"\s*,\s*(?:(?:and|&|\+)\s+)?(?:then\s+)?|\s+(?:\+|&|and(?:\s+then)?|/|et|y)\s+|\s*;\s*|"
    r"\s*\+\s*"
)


def _is_title_only(text: str) -> bool:
    """'the plant manager', 'VP Sales', 'recruiter', 'LCSW': a title with no name in it."""
    text = text.strip()
    if re.match(r"(?:the|our|their|his|her)\s", text, re.I) or re.fullmatch(r"[A-Z]{2,6}", text):
        return True
    if not TITLE_HINT.search(text) or len(text.split()) > 6:
        return False
    if re.match(rf"{HON_PREFIX}{UPPER}", text):
        return False  # "Mr Dev Ramgoolam": an honorific opens a name ("Dev" is no job here)
    person = make_person(text, None)  # "owner Sienna Marlowe" holds a name; "District Manager" not
    return person is None or not person.title


def make_person(text: str, title: str | None) -> Person | None:
    text = re.sub(r"\s+", " ", text).strip(" ,.-")
    text = _QUOTED_NICKNAME.sub(" ", text)  # 'Jo "Mack" Mackenzie': the name is Jo Mackenzie
    text = re.sub(r"^(?:then|and|met|with|w/)\s+", "", text, flags=re.I)
    text = re.sub(rf"\b({HON})(?=\s)", r"\1.", text)
    pre_title = None
    m = _TITLE_FIRST.match(text)
    if m and m.group("title").strip():
        pre_title = m.group("title").strip()
        text = text[m.end() :].strip()
    elif text.islower():
        words = text.split()
        if len(words) > 1 and words[0] in _SINGLE_TITLE_WORDS:
            pre_title, text = words[0], " ".join(words[1:])
    ranked = _RANK_FIRST.match(text) if pre_title is None else None
    if ranked and TITLE_HINT.search(text[ranked.end() :]):
        ranked = None  # "Principal Transportation Planner": the whole is a title, no name
    if ranked:  # "Battalion Chief Dana Whitaker": a rank before the name, no part of it
        pre_title, text = ranked.group("rank"), text[ranked.end() :]
        title = f"{pre_title}, {title}" if title else None
    if pre_title and pre_title.split()[0].lower() in ("a", "an", "the", "every", "each", "some"):
        return None  # "a senior DS" is someone unnamed
    honorific, name = split_honorific(re.sub(r"^(?:doctor)\s+", "Dr. ", text, flags=re.I))
    if any(c.isupper() for c in name):  # "Owen Blackwood sitting in": the name ends at capitals
        after = re.search(r"(?:\s+[a-z][\w'’-]*)+$", name)
        if after and not title and not pre_title and TITLE_HINT.search(after.group()):
            title = after.group().strip()  # "Duane Pruitt ops mgr": the title, unmarked
        name = name[: after.start()] if after else name
    if re.match(r"(?:the|a|an|my|our|their|his|her|some|two|three)\b(?!\.\s)", name, re.I):
        return None  # not "A. Okafor", an initial
    if name.islower() and any(w in COMMON_WORDS for w in name.split()):
        return None  # lower-case notes: "then went to lunch" is no name
    name = restore_case(name)
    if name.isupper() and len(name.split()) > 1 and all(len(w) > 1 for w in name.split()):
        name = restore_case(name.lower())  # "saw GARY MARSH (contracts manager)": Gary Marsh
    if not name.isupper() and len(_SPACED_LETTERS.sub("", name).split()) >= 2:
        name = _SPACED_LETTERS.sub("", name)  # "James Whitlock MRCVS": letters after the name
    words = name.split()
    initial = honorific is not None and len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[0])
    if initial:  # "Mrs A. Okafor - Matron": greeted "Mrs. Okafor", never by the initial
        words = words[1:]
    if not words or len(words) > 4 or any(not re.fullmatch(NAME_WORD, w) for w in words):
        return None
    if not name[:1].isupper() or name.lower() in NOT_NAMES or _JOB_AT_END.search(name):
        return None
    if re.fullmatch(r"[A-Z]{2,6}s?", name):
        return None  # "my DBS is current", "the HR": letters for a thing, not a person's name
    cased = [w for i, w in enumerate(words) if not (i and w in SURNAME_PARTICLES)]  # "de Vries"
    if not all(w[:1].isupper() for w in cased) or re.search(r"['’](?:d|m|ll|ve|re)\b", name):
        return None  # "I'd tune a PID" is a clause, not a name
    if name.lower() in ("interviewer name", "first last", "name") or is_placeholder(name):
        return None
    if title and (_DURATION.match(title) or _CLAUSE_TITLE.search(title)):
        title = None  # "Dave, B licence funded it's fine": what follows is no title
    if title and _NAME_ASIDE.search(title):
        title = None  # "dr. okafor (chinedu? goes by "nedu")": what they are called, no title
    if title:
        title = re.sub(
            r"^(?:who is|who's|she's|he's|she is|he is|they're)\s+|^the\s+", "", title.strip()
        )
        title = re.sub(r"^the\s+", "", title)
        title = re.split(r"\s+(?:--|[—–])\s+", title)[0]  # "owner — her grandmother started it"
    title = expand_title(title or pre_title)
    return Person(name=name, title=title, honorific=honorific)


# a rank or a post written before a full name: "Battalion Chief Dana Whitaker", "Deputy
# Director Ana Ruiz", "Lieutenant Sam Okoro" (the name after it is two or three words)
_RANK_FIRST = lazy_compile(
    rf"^(?P<rank>(?:{UPPER}[a-z]+[ \t]+){{0,2}}(?:Chief|Lieutenant|Lt\.?|Sergeant|Commander|Major|"
    r"Colonel|Col\.?|Detective|Inspector|Deputy|Constable|Corporal|Marshal|Sheriff|Director|"
    r"Superintendent|Supt\.?|Officer|Warden|Matron|Sister|Coach|Pastor|Imam|Rabbi|"
    # a school's, a court's or a council's post: "Principal Denise Harper", "Dean Ana Ruiz"
    r"Principal|Headteacher|Headmaster|Headmistress|Dean|Provost|Chancellor|Judge|Justice|"
    r"Councillor|Mayor|Chair|Chairman|Chairwoman|President|Captain|Foreman|Supervisor))[ \t]+"
    rf"(?={UPPER}{NAME_TAIL}(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,2}}$)"
)
# a nickname in quotes between a first name and a surname
_QUOTED_NICKNAME = lazy_compile(
    rf"(?<=[^\W\d_])[ \t]+[\"“'][^\"”'\n]{{1,20}}[\"”'][ \t]+(?={UPPER})"
)
# an aside about what a person is called, not what they do
_NAME_ASIDE = lazy_compile(r"\bgoes by\b|\bcalled\b|\bnickname\b|\?|[\"“”]")
# words a job title never holds: a pronoun with its verb, a contraction, a first person
_CLAUSE_TITLE = lazy_compile(
    r"\b(?:it['’]s|that['’]s|I|I['’]m|me|my|is|was|were|seemed|said|says)\b|^(?:my|his|her)$"
)


def add_person(header: Header, person: Person | None) -> None:
    if person is None:
        return
    for known in header.people:
        if same_person(known.name, person.name):
            known.title = known.title or person.title
            known.honorific = known.honorific or person.honorific
            known.role = known.role or person.role
            if len(person.name.split()) > len(known.name.split()):
                known.name = person.name
            return
    header.people.append(person)


def _full_name_after_title(person: Person, text: str) -> None:
    """A person read by title and first name ("Chef Rui") whom the notes also name in full
    with the title ("... and the executive chef, Chef Rui Paixão"): the full name, so the note
    greets them by title and surname ("Dear Chef Paixão,"), never "Chef Rui"."""
    if person.honorific is None or " " in person.name:
        return
    full = re.search(
        rf"(?<![\w’'-]){HON_PREFIX}{re.escape(person.name)}[ \t]+"
        rf"(?P<surname>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL})?)(?![\w’'-])",
        text,
    )
    if full is None:
        return
    surname = full["surname"]
    words = surname.lower().split()
    if any(w in COMMON_WORDS or w in NOT_NAMES for w in words) or _ORG_WORDS.search(surname):
        return  # "Chef Rui Wanted ...", "Dr. Ana Clinic"
    person.name = f"{person.name} {surname}"


def same_person(a: str, b: str) -> bool:
    """'Marco' and 'Marco Rossi' are one person; so are curly and straight apostrophes."""
    fa = re.findall(r"[\w'-]+", a.lower().replace("’", "'"))
    fb = re.findall(r"[\w'-]+", b.lower().replace("’", "'"))
    short, long = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return bool(short) and all(w in long for w in short)


_DECIDE = lazy_compile(
    r"\b(?:decid\w*|decision|get back|hear back|let me know|be in touch|offers?|eligible list|"
    rf"{REPLY_BY_CUE})\b[^.\n]*",
    re.I,
)
_IN_SPAN = lazy_compile(
    r"\b(?:in|within)\s+(?:about\s+|~\s*|a\s+)?"
    r"(?P<n>a|one|two|three|four|five|\d+|a couple of|a few|few)?\s*"
    r"(?:(?:week|wk)s?\s+or\s+(?:two|so)|(?P<working>(?:working|business)\s+)?(?P<unit>days?|weeks?|wks?)"
    r"(?:\s+or\s+(?P<or>two|three|so))?)",
    re.I,
)
# "early next week": that week's Tuesday; "mid next week": its Wednesday (the end is _END_OF_WEEK)
_PART_OF_NEXT_WEEK = lazy_compile(r"\b(?P<part>early|mid)[- ]+next\s+(?:week|wk)\b", re.I)
_END_OF_WEEK = lazy_compile(
    r"\b(?:end|late)\s+(?:of\s+)?(?:the\s+|this\s+|(?P<next>next\s+))?(?:week|wk)\b", re.I
)
_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "a couple of": 2,
    "a few": 3,
    "few": 3,
    "so": 1,
}


def decision_date(text: str, interview: dt.date | None) -> dt.date | None:
    """The date the employer said they would decide by, when the notes say so plainly."""
    if interview is None:
        return None
    from followup.notes import parse_date

    for m in _DECIDE.finditer(text):
        phrase = m.group()
        when = re.search(
            r"\b(?P<part>early|mid|end of|late)[- ]+(?P<month>[a-z]+)\b", phrase, re.I
        ) or re.search(r"\b(?P<part>)by\s+(?P<month>[a-z]+)\s+\d", phrase, re.I)
        if when and when.group("part"):
            month = when.group("month").lower()
            idx = next(
                (i for i, name in enumerate(MONTH_NAMES) if name.startswith(month[:3])), None
            )
            if idx is not None:
                day = {"early": 7, "mid": 15, "late": 25, "end of": 28}[when.group("part").lower()]
                year = interview.year + (1 if idx + 1 < interview.month else 0)
                return dt.date(year, idx + 1, day)
        day_ = parse_date(phrase, interview + _YEAR) if re.search(r"\d", phrase) else None
        if day_ is not None and day_ >= interview:
            return day_
        part = _PART_OF_NEXT_WEEK.search(phrase)
        if part:  # "early next week" from a Friday is the Tuesday after, not a week on
            monday = interview + dt.timedelta(days=7 - interview.weekday())
            return monday + dt.timedelta(days=1 if part["part"].lower() == "early" else 2)
        span = _IN_SPAN.search(phrase)
        if span:
            if re.search(r"week\s+or\s+two", span.group(), re.I):
                return interview + dt.timedelta(days=14)
            if re.search(r"week\s+or\s+so", span.group(), re.I):
                return interview + dt.timedelta(days=7)
            n_raw = (span.group("n") or "a").lower()
            n = int(n_raw) if n_raw.isdigit() else _NUMBERS.get(n_raw, 1)
            if span.group("or") and span.group("or").lower() != "so":  # "a day or two": two
                n = max(n, _NUMBERS[span.group("or").lower()])
            unit = (span.group("unit") or "week").lower()
            if unit.startswith("day") and span.group("working"):  # "3 working days"
                return _working_days_after(interview, n)
            return interview + dt.timedelta(days=n * (1 if unit.startswith("day") else 7))
        end_of = _END_OF_WEEK.search(phrase)
        if end_of:  # "by end of next week": that working week's Friday
            from followup.timeline import end_of_week

            friday = end_of_week(interview + dt.timedelta(days=7 if end_of.group("next") else 0))
            return friday if friday >= interview else friday + dt.timedelta(days=7)
        if re.search(r"next\s+(?:week|wk)|a\s+week|couple (?:of )?weeks", phrase, re.I):
            weeks = 2 if "couple" in phrase.lower() else 1
            return interview + dt.timedelta(days=7 * weeks)
    return None


_YEAR = dt.timedelta(days=365)


def _working_days_after(day: dt.date, n: int) -> dt.date:
    """The n-th working day (Monday to Friday) after `day`."""
    while n > 0:
        day += dt.timedelta(days=1)
        n -= day.weekday() < 5
    return day
