"""The notes' opening block, read part by part: what each short piece of the first lines is,
and the facts taken from them by elimination.

People open their notes with a few short lines that say where, when, for what and who:

    3RF interview   6/10/25  Tues 8am
    Three Rivers Fabrication, Neville Island
    Structural welder, 2nd shift
    Darnell Hayes

The block is the first few non-empty lines (a front-matter title first), up to a list, a
section's heading or the first person's block. Each line is cut into parts at commas, spaced
dashes and bars, runs of spaces, sentence ends and brackets, a "label:" or "label =" taken off
its value, and each part is classified by its own form, not by a phrase:

- CONTACT: an address or a link; DATE: a figure, a month's or a weekday's name;
- ME: the first person alone ("Me", "me lol", "yo"), which marks the name beside it;
- LABEL: the meeting's or the page's own name ("Interview notes", "Interview record");
- ROLE: a job's noun last (factplace's job part), no organisation's word;
- FIRM: a capitalised run an organisation's word marks (orgwords.py), or the capitalised run
  after the meeting's word and a short preposition of any language ("Colloquio alla
  Cooperativa ..."); weaker, a capitalised run that is nothing else;
- PERSON: two to four words written as names are, no organisation's or place word, at least
  half of them no English word (wordclass.py); a title before it (an honorific) or a job
  beside it ("Marcus Lee (recruiter)", "Dave Brueggemann – owner") makes it someone met;
- PLACE: a capitalised part after a firm on its line, or in brackets after it ("Leeds");
- OTHER: anything else (a sentence, lower-case words).

Then by elimination: the firm is the one organisation-marked part, or failing that the one
capitalised run nothing else claims; the writer is the name beside a ME part, or labelled by
whom the title says the notes are ("mom's interview notes" ... "mom = NAME"), or the one name
in the block that is nobody met, has no title, and that the notes do not use again. A fact is
only filled when one answer is left; two answers and nothing is read.

Also here, since the opening's firm is read against it: a firm the notes name as the
writer's own past or present job ("my before job at DSV", "I worked at Maersk") is never the
firm they met.

Standard library only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.factplace import _DATED
from followup.labelwords import HEADER_FACT, MEETING_NAME
from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.noteheader import TITLE_HINT, Header, Person
from followup.notenames import HONORIFIC_START, HONORIFICS, UPPER, is_placeholder
from followup.orgwords import (
    INSTITUTION,
    LEGAL_FORM,
    ORG_HEAD,
    ORG_SIGN,
    ORG_SUFFIXES,
    org_signed,
)
from followup.wordclass import AUX, DET, NOUN, PREP, PRON, lexicon_classes, word_classes

_SMALL = frozenset([AUX, DET, PREP, PRON])

OPENING_LINES = 6


class Kind(enum.Enum):
    CONTACT = "contact"
    DATE = "date"
    ME = "me"
    LABEL = "label"
    ROLE = "role"
    FIRM = "firm"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"


@dataclass
class Part:
    """One piece of one opening line, what it is, and what stands around it."""

    text: str
    kind: Kind
    line: int  # the index of its line in the block
    label: str | None = None  # the label it stood after ("Job", "mom"), lower case
    aside: bool = False  # written in brackets after the part before it
    strong: bool = False  # a firm an organisation's word marks; a person with a title
    titled: bool = False  # a person with an honorific before the name
    vouched: bool = False  # a firm after "at" or "@": its place says it is one


# where a line is cut: commas and semicolons, spaced dashes, bars and dots, runs of spaces
_CUT = lazy_compile(
    r"[ \t]*[,;:][ \t]+|[ \t]+(?:--|[—–|·•/-])[ \t]+|[ \t]*[|·•][ \t]*|[ \t]{2,}|\t+|"
    r"[ \t]+(?=(?:at|@|for|with|w/)[ \t]+(?:the[ \t]+)?[A-Z])|"
    r"[ \t]+(?=(?i:on|this|last|next)[ \t]+(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|"
    r"[ \t]+(?=(?i:today|yesterday|tonight|this morning|this afternoon)\b)"
)
# a sentence's end: a full stop, then a space or the line's end
_STOP = lazy_compile(r"[.!?](?=[ \t]|$)")
_WORD_BEFORE = lazy_compile(r"([^\W\d_]+)$")
_ASIDE = lazy_compile(r"\(([^()\n]{1,60})\)")
_LABEL = lazy_compile(
    r"^(?P<label>[^\W\d_][^\W\d’' ]{0,24}?)[ \t]*(?::|[ \t]=)[ \t]*(?P<value>\S.*)$"
)
_CONTACT = lazy_compile(r"@|https?:|www\.|\.(?:com|org|net)\b")
_DIGIT = lazy_compile(r"\d")
_WEEKDAY_OR_MONTH = lazy_compile(
    r"^(?i:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|"
    r"yesterday)\b"
)
# the first person alone, in the languages notes are written in, a laugh or a mark after it
_ME = lazy_compile(
    r"^(?i:me|myself|that'?s me|yo|moi|ich|eu|io|ik|jag|jeg|ja)"
    r"(?:[ \t]+(?i:lol|haha|:\)))?[ \t!.]*$"
)
# the page's or the meeting's own name: "Interview notes", "Interview record", "Notes"
_DOCUMENT = (
    r"notes?|record|log|diary|journal|debrief|recap|summary|q[ \t]*&[ \t]*a|prep|write-?up|"
    r"memo|voice[ \t]+memo|transcript|brain[ \t]+dump"
)
_MEETING_PART = lazy_compile(
    rf"^(?:(?:job|phone|video|final|first|second|panel|onsite|on-site|zoom|teams)[ \t]+)*"
    rf"(?i:{MEETING_NAME}|{_DOCUMENT})(?:[ \t]+(?i:{_DOCUMENT}|notes?|screen))*$",
    re.I,
)
# a document's name: "Daily log", "field notebook", "RECORD OF INTERVIEW", "job stuff"
_DOCUMENT_PART = lazy_compile(
    rf"^(?:[^\W\d_]+[ \t]+){{0,2}}(?i:{_DOCUMENT}|notebook|interview|stuff)$|"
    rf"^(?i:{_DOCUMENT})[ \t]+(?i:of|for|from)[ \t]+[^\W\d_]+$"
)
# the meeting's word, a short word of any language, then the firm: "Colloquio alla Cooperativa
# Pastori", "interview at Penmarrow Boatworks", "entrevista Fogline Coffee Roasters"
_MEETING_THEN_FIRM = lazy_compile(
    rf"^(?i:{MEETING_NAME})(?:[ \t]+[a-zà-ÿ’']{{1,5}}){{0,2}}[ \t]+"
    rf"(?P<firm>{UPPER}[\w&’'.-]*(?:[ \t]+(?:[A-Z0-9][\w&’'.-]*|&|of|and|de|di|du|su|la|le))*)$"
)
_MAIL_HEAD = lazy_compile(r"(?i:from|to|subject|date|sent|von|de|para)[ \t]*:")
_DAY_FIRST = lazy_compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d")
_BLANK = lazy_compile(r"[<>\[\]{}]")
# the firm, then the meeting's word: "RIVERSIDE CINEMAS interview!!!", "Acme Foods interview"
_FIRM_THEN_MEETING = lazy_compile(rf"^(?P<firm>.+?)[ \t]+(?i:{MEETING_NAME})[ \t!.]*$")
_CONNECTOR = frozenset(
    [
        "&",
        "and",
        "of",
        "de",
        "di",
        "du",
        "da",
        "del",
        "la",
        "le",
        "su",
        "the",
        "+",
        "y",
        "e",
        "für",
        "der",
        "des",
        "do",
        "et",
        "og",
        "och",
        "i",
        "van",
        "von",
        "am",
        "an",
        "zu",
    ]
)
_NAME_WORD = lazy_compile(rf"{UPPER}[^\W\d_A-Z]*[a-zà-ÿ][^\W\d_]*(?:[’'-][^\W\d_]+)*")
_CAP_WORD = lazy_compile(r"(?:[A-Z0-9][\w&’'.-]*|[^\W\d_a-z][\w’'.-]*)")
_HONORIFIC = HONORIFIC_START  # notenames.py: one pattern for both readers
# words that make a part a place, a room, a meeting or a document, never a person
_NOT_PERSON = lazy_compile(
    r"\b(?i:dept|department|office|unit|team|street|st|road|rd|avenue|ave|lane|drive|park|"
    r"station|centre|center|hall|house|room|island|bay|city|county|north|south|east|west|"
    r"creek|river|lake|beach|valley|harbou?r|heights|springs|falls|cove|bayou|canyon|port|"
    r"notes?|interview\w*|zoom|teams|google|microsoft|slack|outlook|calendar|round|panel|"
    r"screen|call|final|onsite|remote|hybrid|job|role|position)\b"
)
# what a title says the notes are: "mom's interview notes", "Dad’s notes"
_OWNER = lazy_compile(
    r"^[ \t#*_]*(?P<owner>[^\W\d_][\w-]{1,20})[’']s[ \t]+(?:[\w-]+[ \t]+){0,2}"
    rf"(?i:{_DOCUMENT}|interview)\b"
)
# a section's heading or a list: the block ends there
_BLOCK_END = lazy_compile(
    r"^[ \t]*(?:[-*•+>]|\d+[.)]|\[[ x]\]|#{2,})[ \t]|^[ \t]*[^\n:]{1,40}:[ \t]*$|^[ \t]*[-=_*]{3,}"
)


def _block(text: str, title: str | None) -> list[str]:
    """The opening block's lines: a front-matter title, then the first non-empty lines."""
    lines = [title] if title else []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if _BLOCK_END.match(raw) and len(lines) > (1 if title else 0):
            break
        lines.append(raw.strip().strip("#*_> ").strip())
        if len(lines) >= OPENING_LINES + (1 if title else 0):
            break
    return lines


def _sentences(line: str) -> list[str]:
    """The line cut at its sentences' ends; a stop after an initial or an honorific ("Dr.",
    "J.") ends no sentence."""
    out, start = [], 0
    for m in _STOP.finditer(line):
        word = _WORD_BEFORE.search(line[: m.start()])
        short = word and (len(word.group(1)) < 2 or word.group(1).lower() in HONORIFICS)
        if short or (word and word.group(1).lower() in _SHORT_FORMS):
            continue
        if re.match(r"[ \t]+[a-zà-ÿ]", line[m.end() :]):
            continue  # "Schlesische Str. office": a short form, the sentence goes on
        out.append(line[start : m.start()])
        start = m.end()
    out.append(line[start:])
    return [s for s in (x.strip() for x in out) if s]


# short forms written with a stop inside a name or an address ("St. Brigid's", "Mt. Hood")
_SHORT_FORMS = frozenset(["st", "mt", "ft", "ave", "rd", "jr", "sr", "no", "co", "inc", "vs"])


# labels that title the line and say no fact: "Title: ...", "Interview: ...", "Subject: ..."
_TITLE_LABEL = lazy_compile(
    r"^(?i:title|subject|re|heading|topic|what|betreff|asunto|objet|oggetto|onderwerp|assunto|"
    r"ämne|emne|aihe|temat)$"
)


def _pieces(line: str) -> list[tuple[str, str | None, bool, str]]:
    """(text, label, aside, the preposition before it) for each part of a line, in order; a
    label itself comes as (text, LABELLED, False, "")."""
    out: list[tuple[str, str | None, bool, str]] = []
    for sentence in _sentences(line)[:3]:
        label: str | None = None
        m = _LABEL.match(sentence)
        if m and len(m.group("label").split()) <= 3:
            out.append((m.group("label").strip(), LABELLED, False, ""))
            word = m.group("label").strip().lower()
            label = None if _TITLE_LABEL.match(word) or _MEETING_PART.match(word) else word
            sentence = m.group("value")
        at = 0
        for aside in [*_ASIDE.finditer(sentence), None]:
            segment = sentence[at : aside.start() if aside else len(sentence)]
            for chunk in _CUT.split(segment):
                chunk = chunk.strip(' .:;*_"“”[]{}')
                lead = _LEAD.match(chunk)
                chunk = chunk[lead.end() :] if lead else chunk
                chunk = chunk.strip(' .:;*_"“”[]{}')
                if chunk:
                    said = lead.group(1).lower() if lead else ""
                    out.append((" ".join(chunk.split()), label, False, said))
            if aside:
                text = aside.group(1).strip()
                if text:
                    out.append((text, label, True, ""))
                at = aside.end()
    return out


# a part's opening preposition, which says what follows ("at Tongue of the Ocean Dive
# Company", "@ Kiezkasse"), and a job's word closing it ("lead dive instructor job")
_LEAD = lazy_compile(r"^(?:(?i:(at|@|for|from|with|w/))[ \t]+)(?:(?i:the|a|an)[ \t]+)?")
_JOB_WORD = lazy_compile(r"[ \t]+(?i:job|position|post|role|vacancy)$")


LABELLED = "\0label"


def _capitalised_run(part: str) -> bool:
    words = part.split()
    if not 0 < len(words) <= 6 or words[0].lower() in _CONNECTOR:
        return False
    if any(w.isdigit() for w in words):
        return False  # "Section 1 of 6": a count, no name
    return all(_CAP_WORD.fullmatch(w) or w.lower() in _CONNECTOR for w in words)


def _english(word: str) -> bool:
    return bool(lexicon_classes(word.lower().strip(".’'")))


def _person(part: str) -> tuple[bool, bool]:
    """(a person's name, with an honorific before it): two to four words written as names
    are, the first and the last no English word and no organisation's or place word."""
    titled = bool(_HONORIFIC.match(part))
    bare = _HONORIFIC.sub("", part).strip()
    words = bare.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False, False
    if ORG_SIGN.search(bare) or INSTITUTION.search(bare) or _NOT_PERSON.search(bare):
        return False, False
    if ORG_HEAD.match(bare) or org_signed(bare) or TITLE_HINT.search(bare):
        return False, False
    first = _english(words[0]) and _ordinary(words[0])  # "Three", "Summit"; not "Tom", "Lena"
    if LEGAL_FORM.search(bare) or ((first or _ordinary(words[-1])) and not titled):
        return False, False
    if any(_ABSTRACT.search(w) for w in words) or _plural_noun(words[-1]):
        return False, False  # "Northstar Fulfillment": an abstract noun names no one
    middle = [w for w in words[1:-1] if w.lower() not in _PARTICLES]
    if not titled and (any(_english(w) for w in middle) or _agent_noun(words[-1])):
        return False, False  # "Northwind Ferry Charters", "Dry Cargo Chartering Broker"
    if any(_BRAND.search(w) for w in words):
        return False, False  # "ClearSound", "BioScience": a brand's capital inside a word
    return True, titled


_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "du", "del", "bin", "binti"])


def _plural_noun(word: str) -> bool:
    """ "Apiaries", "Orchards": an English noun's plural, no surname."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 5:
        return False
    stem = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return NOUN in lexicon_classes(stem)


# the endings of abstract and mass nouns, which no surname has ("Fulfillment", "Logistics")
_ABSTRACT = lazy_compile(r"(?i:ment|tion|sion|ness|ity|ics|ware|ship|ology)s?$")
# a capital inside a word that no surname's prefix explains ("ClearSound", not "McAllister",
# "DeLuca", "O'Neill", "MacLeod")
_BRAND = lazy_compile(r"^(?!(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von|Fitz))[A-Z][a-z]+[A-Z]")


def _ordinary(word: str) -> bool:
    """An everyday English word (the checker's list of ordinary words): no surname."""
    from followup.candidateplace import _ordinary_words

    return word.lower().strip(".’'") in _ordinary_words()


def _role(part: str) -> bool:
    from followup.factplace import _job_part  # the job's noun, read as the header reads it

    words = part.split()
    if _PRONOUN.search(part) or not words or LEGAL_FORM.search(part) or not part[:1].isalpha():
        return False
    ranked = len(words) > 1 and words[0].lower() in _SENIORITY and words[1][:1].isupper()
    if ranked and words[-1].lower().strip(".") not in ORG_SUFFIXES:
        return True  # "Lead Guide", "Senior PM Payments", "VP Engineering"
    if len(words) > 2 and words[1] == "of" and TITLE_HINT.fullmatch(words[0]):
        return True  # "Head of Security Engineering": a job, whatever its team's words
    if words[-1].lower().strip(".") in ORG_SUFFIXES or INSTITUTION.search(part):
        return False
    return _job_part(part) or _agent_noun(words[-1])


def _agent_noun(word: str) -> bool:
    """An English noun that names someone by what they do ("Genealogist", "Dispenser",
    "Shearer"); "Manchester" has the ending and is no English word."""
    low = word.lower()
    return bool(_AGENT.search(low)) and NOUN in lexicon_classes(low) and not _ordinary(low)


_AGENT = lazy_compile(r"(?:ist|er|or|ian|eer|ier)$")


# the words of rank a job's title opens with ("Senior PM", "Lead Guide", "VP Engineering")
_SENIORITY = frozenset(
    [
        *("senior", "junior", "lead", "head", "chief", "principal", "staff", "deputy"),
        *("assistant", "associate", "vp", "svp", "evp", "avp", "sr", "jr", "director"),
    ]
)


def classify(part: str) -> tuple[Kind, bool, bool]:
    """What one part is by its own form: (kind, strong, titled); see the module's doc."""
    if _CONTACT.search(part):
        return Kind.CONTACT, False, False
    if _ME.match(part):
        return Kind.ME, False, False
    if _DATED.search(part) or _WEEKDAY_OR_MONTH.match(part):
        return Kind.DATE, False, False
    if m := _FIRM_THEN_MEETING.match(part):
        firm = m.group("firm")
        plain = all(_ordinary(w) for w in firm.split())  # "Phone interview", "Panel interview"
        if _capitalised_run(firm) and not plain and not _person(firm)[0] and not _role(firm):
            # "Acme Foods interview" marked by its word; "RIVERSIDE CINEMAS interview", "TTC
            # interview" weak (a name may stand there too: "Mark Baker interview")
            marked = org_signed(firm) or bool(ORG_SIGN.search(firm.replace("&", " ")))
            return Kind.FIRM, marked and len(firm.split()) > 1, False
    if _MEETING_PART.match(part) or _DOCUMENT_PART.match(part):
        return Kind.LABEL, False, False
    if _BLANK.search(part):
        return Kind.OTHER, False, False  # "<Company Name>": a template's blank
    legal = LEGAL_FORM.search(part)
    if legal and len(part.split()) > 1 and _capitalised_run(part[: legal.start()].strip() or "x"):
        return Kind.FIRM, True, False  # "Vistula Data sp. z o.o", "Nordlys Shipping AS"
    if m := _MEETING_THEN_FIRM.match(part):
        firm = m.group("firm")
        small = word_classes(firm.split()[0].lower()) & _SMALL
        sure = not _person(firm)[0] and not small  # "NOTES TO SELF" names no firm
        marked = org_signed(firm) or bool(ORG_SIGN.search(firm.replace("&", " ")))
        marked = marked or bool(ORG_HEAD.match(firm) or LEGAL_FORM.search(firm))
        # "Interview Mekong Thread Collective" marked by its word; "Interview Mark Brenner"
        # may be the writer's own name after the meeting's word: no sure firm
        return (Kind.FIRM, marked, False) if sure else (Kind.OTHER, False, False)
    person, titled = _person(part)
    if person:
        return Kind.PERSON, titled, titled
    if _role(part) or (_JOB_WORD.search(part) and _role(_JOB_WORD.sub("", part))):
        return Kind.ROLE, False, False
    if _capitalised_run(part):
        bare = part.replace("&", " ")  # "Bathurst & Davenport": "&" alone marks no firm
        strong = org_signed(part) or bool(
            ORG_SIGN.search(bare) or LEGAL_FORM.search(part) or ORG_HEAD.match(part)
        )
        return Kind.FIRM, strong and len(part.split()) > 1, False
    return Kind.OTHER, False, False


def opening_parts(text: str, title: str | None = None) -> list[Part]:
    """Every part of the opening block, classified, with a place after a firm set apart."""
    parts: list[Part] = []
    for i, line in enumerate(_block(text, title)):
        on_line: list[Part] = []
        for piece, label, aside, lead in _pieces(line):
            if label == LABELLED:
                on_line.append(Part(piece, Kind.LABEL, i))
                continue
            kind, strong, titled = classify(piece)
            fact = HEADER_FACT.get(label or "")
            first = not on_line or on_line[-1].kind is Kind.LABEL
            blank = _BLANK.search(piece) or is_placeholder(piece)
            if first and kind not in (Kind.DATE, Kind.CONTACT, Kind.ME) and not aside and not blank:
                if fact == "role":
                    kind = Kind.ROLE  # "Job: Lead Guide": the label says what it is
                elif fact == "company" and kind is not Kind.PERSON:
                    kind, strong = Kind.FIRM, True
            part = Part(piece, kind, i, label, aside, strong, titled)
            part.vouched = kind is Kind.FIRM and lead in ("at", "@")  # "@ Brightline Events"
            if kind is Kind.FIRM and aside:
                part.kind = Kind.PLACE  # "(Oakland)", "(NU)"
            on_line.append(part)
        for at, p in enumerate(on_line[:-1]):
            full = on_line[at + 1]
            if full.aside and p.text.isupper() and _initials(full.text) == p.text:
                p.kind, p.strong = Kind.FIRM, True  # "VBK (Vaaldriehoek Boere Koöperasie)"
        # the last part of a line, weak, after a firm: the town ("Leeds" after "Hartley and
        # Sons Pianos"); a town is written after the firm, never before it, in a list
        plain = [p for p in on_line if not p.aside and p.kind is not Kind.LABEL]
        weak_last = len(plain) > 1 and plain[-1].kind is Kind.FIRM and not plain[-1].strong
        if weak_last and any(p.kind is Kind.FIRM for p in plain[:-1]):
            plain[-1].kind = Kind.PLACE
        # a weak firm written before the strong one on its line is a place ("York, Northgate
        # Cathedral Choir School")
        if any(p.kind is Kind.FIRM and p.strong for p in on_line):
            for p in on_line:
                if (
                    p.kind is Kind.FIRM
                    and not p.strong
                    and len(p.text.split()) == 1
                    and not p.vouched
                ):
                    p.kind = Kind.PLACE
        parts += on_line
    return parts


def _same(a: str, b: str) -> bool:
    return a.strip(_PUNCT).lower() == b.strip(_PUNCT).lower()


_PUNCT = ' .,:;*_"“”[]{}()'


def _shares_word(a: str, b: str) -> bool:
    return bool({w.lower() for w in a.split() if len(w) > 2} & {w.lower() for w in b.split()})


def _within(part: str, name: str) -> bool:
    """Every word of the part is a word of the name: the part is that person's."""
    words = {w.lower() for w in part.split()}
    return bool(words) and words <= {w.lower() for w in name.split()}


def _bound_title(parts: list[Part], at: int) -> str | None:
    """The job written right beside a person ("Marcus Lee (recruiter)", "Dave – owner")."""
    after = parts[at + 1] if at + 1 < len(parts) else None
    if after and after.line == parts[at].line and after.label is None:
        low = after.text.lower()
        if after.kind is Kind.ROLE or (
            len(after.text.split()) <= 4 and TITLE_HINT.search(low) and not ORG_SIGN.search(low)
        ):
            return after.text
    return None


def firm_in_opening(
    parts: list[Part], people: list[str], past: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """The one firm of the block, by the organisation's word or by elimination; none of the
    writer's own past jobs (`past`)."""
    firms = [p for p in parts if p.kind is Kind.FIRM and (p.label is None or _firm_label(p))]
    firms = [p for p in firms if _firm_name(p.text) not in past]
    firms = [p for p in firms if not any(_same(p.text, n) for n in people if n)]
    strong = {p.text for p in firms if p.strong}
    if len(strong) == 1:
        return _firm_name(next(iter(strong)))
    if strong:
        return None
    weak = {
        _firm_name(p.text)
        for p in firms
        if (len(_firm_name(p.text).split()) > 1 or p.vouched)
        and (_first_or_after_label(p, parts) or p.vouched)
        and not any(_HONORIFIC.match(w + " ") for w in p.text.split())  # "Met Ms. Ada Finch"
        and not re.match(rf"{UPPER}\.[ \t]", p.text)  # "T. Brennan-Moss": a person's
        and not any(_shares_word(p.text, n) for n in people[-1:] if n)  # the writer's
    }
    if len(weak) == 1:
        return next(iter(weak))  # "Three Rivers Fabrication", not "3RF" of "3RF interview"
    return None


def _firm_name(part: str) -> str:
    """The firm's own words of a part: without the meeting's word before or after them."""
    m = _MEETING_THEN_FIRM.match(part) or _FIRM_THEN_MEETING.match(part)
    return m.group("firm") if m else part


def _firm_label(part: Part) -> bool:
    return part.label is not None and HEADER_FACT.get(part.label) == "company"


def _first_or_after_label(part: Part, parts: list[Part]) -> bool:
    """A capitalised run that opens its line or its sentence, or follows the page's name."""
    on_line = [p for p in parts if p.line == part.line]
    at = on_line.index(part)
    return at == 0 or on_line[at - 1].kind in (Kind.LABEL, Kind.DATE, Kind.ROLE)


_OWN = ("me", "candidate")


def candidate_in_opening(
    parts: list[Part], people: list[str], rest: str, owner: str | None
) -> str | None:
    """The writer's name: beside a ME part, labelled by the notes' owner, or the one name of
    the block that is nobody met (see the module's doc)."""
    from followup.candidateplace import talked_of

    for i, part in enumerate(parts):
        if part.kind is not Kind.PERSON or part.titled:
            continue
        near = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts)]
        if any(p.kind is Kind.ME and p.line == part.line for p in near):
            return _HONORIFIC.sub("", part.text)
        if part.label and (
            (owner and _same(part.label, owner)) or HEADER_FACT.get(part.label) in _OWN
        ):
            return part.text  # "mom = NAME" under "mom's interview notes", "Me: NAME"
    left = []
    for i, part in enumerate(parts):
        if part.kind is not Kind.PERSON or part.titled or part.label or part.aside:
            continue
        if _bound_title(parts, i) or any(_shares_word(part.text, n) for n in people if n):
            continue
        if talked_of(part.text, rest):
            continue
        left.append(part.text)
    return left[0] if len(set(left)) == 1 else None


def people_in_opening(parts: list[Part]) -> list[Person]:
    """The people the block names with their job beside them: someone met."""
    found = []
    for i, part in enumerate(parts):
        if part.kind is not Kind.PERSON or not (title := _bound_title(parts, i)):
            continue
        before = parts[i - 1] if i and parts[i - 1].line == part.line else None
        after_meeting = before is not None and before.kind in (Kind.LABEL, Kind.DATE)
        if not (part.titled or (parts[i + 1].aside and after_meeting)):
            continue  # "Ana Souza (glassblower)" heads the writer's own notes
        found.append(Person(_HONORIFIC.sub("", part.text), title))
    return found


# the writer's own past or present job, then its firm: "my before job at DSV", "my old
# company, Maersk Line", "I worked at Tesco", "I used to work for Aldi"
_OWN_JOB = lazy_compile(
    r"\b(?i:my[ \t]+(?:before|previous|prior|old|former|last|current|present|first|earlier|"
    r"old)[ \t]+(?:job|employer|company|work|workplace|position|role)(?:[ \t]+(?:was|is))?|"
    r"i[ \t]+(?:used[ \t]+to[ \t]+work|worked|currently[ \t]+work|still[ \t]+work)|"
    r"i[ \t]+was[ \t]+working|i['’]?m[ \t]+currently[ \t]+(?:an?[ \t]+)?[\w -]{1,40}?|"
    r"i[ \t]+came[ \t]+over[ \t]+|before[ \t]+this[ \t]+i[ \t]+worked)"
    r"[ \t]*(?:,[ \t]*|[ \t]+(?i:at|in|with|for|from)[ \t]+|(?<=is|as)[ \t]+)"
    rf"(?P<firm>{UPPER}[\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*|&))*)"
)


# the firm, then the writer's time there: "Acme Corp - where I was until May"
_JOB_THEN_OWN = lazy_compile(
    rf"(?P<firm>{UPPER}[\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*|&))*)[ \t]*(?:--|[-–—,(])[ \t]*"
    r"(?i:where[ \t]+i[ \t]+(?:was|worked|work)|my[ \t]+(?:old|last|current|previous)[ \t]+job)"
)


def past_employers(text: str) -> set[str]:
    """The firms the notes name as the writer's own past or present job."""
    found = [*_OWN_JOB.finditer(text), *_JOB_THEN_OWN.finditer(text)]
    return {m.group("firm").rstrip(".") for m in found}


_LEGAL_FIRM = lazy_compile(
    rf"(?<![\w])(?P<firm>{UPPER}[\w&’'-]*(?:[ \t]+{UPPER}[\w&’'-]*){{0,4}}[ \t]+"
    r"(?:AS|ASA|AB|AG|GmbH|Ltd|Inc|LLC|plc|Oy|SA|BV|NV|Pty Ltd|Co\.))\b"
)


def _other_firm(text: str, past: set[str]) -> str | None:
    """The one firm with a legal form the notes name that is none of the writer's own jobs."""
    found = {m.group("firm") for m in _LEGAL_FIRM.finditer(text)}
    found = {f for f in found if not any(_shares_word(f, p) for p in past)}
    return next(iter(found)) if len(found) == 1 else None


# a role that is a sentence: a personal pronoun or a pronoun's contraction in it
_PRONOUN = lazy_compile(
    r"(?i:\b(?:he|she|they|we|you|him|them|me|my|his|their|our|your)\b|"
    r"\b(?:he|she|they|we|you|i|it)['’](?:d|ll|s|re|ve|m)\b)"
)


def read_opening_people(header: Header, text: str) -> None:
    """Someone the opening names with their job beside them is someone met (an early hook,
    before the people read are settled): "Phone screen - Marcus Lee (recruiter), FIRM"."""
    for person in people_in_opening(opening_parts(text)):
        if header.candidate and _shares_word(person.name, header.candidate):
            continue
        if not any(_shares_word(p.name, person.name) for p in header.people):
            header.people.append(person)


def read_opening_block(
    brief: Brief, text: str, title: str | None, met: list[str], fixed: set[str], raw: str = ""
) -> None:
    """The firm, the writer and the job where the other readers left them unread or misread
    (see the module's doc). `met` are the people read; `fixed` the facts the front matter or
    the user gave, never changed; `raw` the notes as written (a pasted mail's header)."""
    if _MAIL_HEAD.match((raw or text).lstrip()):
        return  # a pasted mail: its header and its signature are the mail readers' to read
    parts = opening_parts(text, title)
    past = past_employers(text)
    if "company" not in fixed and brief.company and brief.company in past:
        brief.company = _other_firm(text, past)  # "my before job at DSV" is not who they met
    strong = {p.text for p in parts if p.kind is Kind.FIRM and p.strong}
    if "candidate" not in fixed and brief.candidate in strong:
        brief.candidate = None  # "Maison Ravenal" is the firm, not the writer
    if "company" not in fixed:
        firm = firm_in_opening(parts, [*met, brief.candidate or ""], past)
        misread = brief.company is not None and (
            _misread_firm(brief.company, parts, met) or _initials(firm or "") == brief.company
        )
        if firm and brief.company and not misread:
            misread = _outranked(brief.company, firm, parts)
        if firm and firm not in past and (brief.company is None or misread):
            brief.company = firm
        elif misread and _no_firm(brief.company or "", parts):
            brief.company = None  # someone met, a day, a label or a sentence is no firm
    if "candidate" not in fixed and brief.candidate is None:
        block = {p.line for p in parts}
        lines = [ln for ln in text.splitlines() if ln.strip()]
        rest = "\n".join(lines[len(block) :])
        owner = _OWNER.match(lines[0]) if lines else None
        found = candidate_in_opening(parts, met, rest, owner.group("owner") if owner else None)
        if found and not _ruled_out(found, text, met, brief):
            brief.candidate = found
    if "role" not in fixed:
        _settle_role(brief, parts, met)


def _ruled_out(name: str, text: str, met: list[str], brief: Brief) -> bool:
    """The writer's name found is something else by what its words are: a word of the firm,
    the job or a person met, an ordinary or a business word, a place or a heading
    (candidateplace.py, signoffname.py ask the same of every name they read)."""
    from followup.signoffname import not_a_person

    if brief.company and _shares_word(name, brief.company):
        return True
    if any(_shares_word(name, n) for n in met) or not_a_person(name, text):
        return True
    return bool(brief.role and _within(name, brief.role))


def _is(value: str, parts: list[Part], *kinds: Kind) -> bool:
    """The value is written in the block as a part of one of these kinds, and as no other."""
    mine = [p for p in parts if _same(p.text, value)]
    return bool(mine) and all(p.kind in kinds for p in mine)


def _settle_role(brief: Brief, parts: list[Part], met: list[str]) -> None:
    """A job read that is a sentence ("Said he'd loop in the CTO") or a place, a day or a
    person of the block ("Manchester", "Mar 4") is no job: the block's one job part, if any."""
    role = brief.role
    wrong = bool(role) and (_PRONOUN.search(role or "") or _is(role or "", parts, *_NOT_JOB))
    wrong = wrong or bool(role and brief.company and _same(role, brief.company))  # "VBK"
    if role and not wrong and not _is(role, parts, Kind.PLACE):
        return
    firsts: dict[int, Part] = {}
    for p in parts:
        firsts.setdefault(p.line, p)
    peoples = {  # a person's own line: "Gary Whitfield – owner"
        line
        for line, p in firsts.items()
        if p.kind is Kind.PERSON or any(_same(p.text, n) for n in met)
    }
    theirs = {  # "Tom Okafor, VP Engineering": his job, not the one applied for
        i + 1
        for i, p in enumerate(parts)
        if (p.kind is Kind.PERSON or any(_same(p.text, n) for n in met)) and _bound_title(parts, i)
    }
    jobs = {
        _JOB_WORD.sub("", p.text)
        for i, p in enumerate(parts)
        if p.kind is Kind.ROLE
        and not p.aside
        and i not in theirs
        and (_role_label(p) or (p.label is None and p.line <= 2 and p.line not in peoples))
    }
    if len(jobs) == 1:
        brief.role = next(iter(jobs))
    elif wrong:
        brief.role = None  # a place stays when no job replaces it: "Long Beach" may be a job


_NOT_JOB = (Kind.DATE, Kind.PERSON, Kind.CONTACT, Kind.ME, Kind.LABEL)


def _role_label(part: Part) -> bool:
    return part.label is not None and HEADER_FACT.get(part.label) == "role"


def _outranked(company: str, firm: str, parts: list[Part]) -> bool:
    """The firm read is written in the block inside a part that is no firm ("Office at Ban
    Nongbone") while the block names a firm by an organisation's word; or the block's first
    line names that firm and the block never names the one read."""
    rest = company[len(firm) + 1 :] if company.startswith(firm + " ") else ""
    if rest[:1].islower() and (_role(_LEAD.sub("", rest)) or _WEEKDAY_OR_MONTH.match(rest)):
        return True  # "Pinecrest Solar for Project Coordinator", "Little Maples ... today"
    a, b = company.strip(_PUNCT).lower(), firm.strip(_PUNCT).lower()
    if a in b or b in a:
        return False  # "Brennan, Achterberg & Moreau LLP": the same firm, read longer
    if any(p.text.strip(_PUNCT).lower() in a for p in parts if len(p.text) > 3):
        return False  # the firm read is partly the block's own words: read there
    if not any(p.strong and p.kind is Kind.FIRM and _firm_name(p.text) == firm for p in parts):
        return False
    low = company.lower()
    holding = [p for p in parts if low in p.text.lower()]
    if holding:
        return all(p.kind in (Kind.PLACE, Kind.LABEL, Kind.DATE, Kind.PERSON) for p in holding)
    return any(p.line == 0 and p.kind is Kind.FIRM and _firm_name(p.text) == firm for p in parts)


def _initials(firm: str) -> str:
    """ "TRF" of "Three Rivers Fabrication": the firm's short name, its words' capitals."""
    words = [w for w in firm.split() if w.lower() not in _CONNECTOR]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _misread_firm(company: str, parts: list[Part], met: list[str]) -> bool:
    """The firm read is a person met, or a part of the block that is no organisation while
    the block names one ("York" before "Northgate Cathedral Choir School")."""
    if _DAY_FIRST.match(company):
        return True  # "2026-11-25 saw article ...": a day's line, no firm
    if any(p.kind is Kind.FIRM and p.text.startswith(company + " ") for p in parts):
        return False  # "Vistula Data", written "Vistula Data sp. z o.o" below
    if _is(company, parts, Kind.LABEL):
        return True
    if any(_same(company, p.name) for p in people_in_opening(parts)):
        return True  # "Marcus Lee (recruiter)": someone met
    if _is(company, parts, Kind.PERSON) and any(p.strong for p in parts if p.kind is Kind.FIRM):
        return True  # "Yannick Ah-Kee — Maison Ravenal": the name beside the firm
    if _is(company, parts, Kind.PLACE) and any(p.strong for p in parts if p.kind is Kind.FIRM):
        return True
    # "Wrote This in the Van After": a sentence the block writes in lower case is no firm
    return any(_same(p.text, company) and _lower_sentence(p.text) for p in parts)


def _no_firm(company: str, parts: list[Part]) -> bool:
    """The firm read is surely none, whatever else the block names: a day's line, the page's
    label, someone met, a sentence in lower case. A name or a town beside a firm is only
    replaced by that firm, never dropped."""
    if _DAY_FIRST.match(company) or _MEETING_PART.match(company.strip(_PUNCT)):
        return True  # "Interview notes", "[Voice Memo"; not "Northfield Journal", a firm's
    if any(_same(company, p.name) for p in people_in_opening(parts)):
        return True
    return any(_same(p.text, company) and _lower_sentence(p.text) for p in parts)


def _lower_sentence(part: str) -> bool:
    """Lower-case words, two or more of them the grammar's small words ("wrote this in the
    van after"): a sentence, where "granite state bank" is a name typed in lower case."""
    small = [w for w in part.split() if word_classes(w) & _SMALL]
    return part.islower() and len(small) >= 2
