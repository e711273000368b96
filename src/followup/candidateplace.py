"""The candidate's own name read by where it stands in the notes and by elimination.

The last reader asked, when no label, byline or form of noteheader.py named the writer. It
does not look for one more wording. It looks in the places where people put their own name
on their own notes, and keeps a name found there only when everything else the notes say
rules out that it is anyone or anything else:

Places (each gives a person-name-shaped string, or nothing):
- the heading: one whole part of one of the first three lines, split at dashes, bars, colons
  and commas ("Dana Whitaker - interview debrief", "INTERVIEW NOTES - DANA WHITAKER",
  "Dana Whitaker – notes after the panel, 3 May"), or a line that is the name alone;
- the sign-off: the last line alone, a name after a dash or after a closing word ("- Dean",
  "— D. Hollis", "Cheers,\\nDean");
- a pasted mail's From or To line, its name or its address;
- an e-mail address whose part before the "@" is two name words ("dana.whitaker@...");
- a label that means "me" or "name" in some language, then a name ("Moi : Élodie Brun").

Elimination (a name is dropped when any holds): a word of it is a word of a person met or
listed, of the company, of the role or of a job title; a word of it is an ordinary English
word, a business or place word, a month or weekday; the notes use one of its words again
outside the places above (the one the notes talk about is someone else); it is in capitals
over notes in mixed case (an employer's banner). Then the names left must all be one person;
two different people and nothing is read: a wrong name on the candidate's signature is worse
than asking for --me.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.addressname import gives_name_at
from followup.lazyre import lazy_compile
from followup.nameletters import split_letters
from followup.nicknames import without_nicknames
from followup.noteheader import TITLE_HINT
from followup.notenames import (
    COMMON_WORDS,
    HONORIFIC_START,
    HONORIFICS,
    NOT_NAMES,
    ORG_SUFFIXES,
    SURNAME_PARTICLES,
    UPPER,
    restore_case,
)
from followup.openingname import parts_in_opening
from followup.orgwords import org_signed
from followup.signoffname import not_a_person
from followup.wordclass import lexicon_classes

# one word of a name: a capital, then letters with inner apostrophes or hyphens ("O'Neill")
_WORD = rf"{UPPER}[^\W\d_’'-]*(?:[’'-][^\W\d_]+)*"
# an initial, or a given name's usual abbreviation ("Md. Tanvir Hossain")
_NAME_ABBREVIATION = r"(?:Md|Mohd|Muhd|Wm|Thos|Chas|Jas|Geo)\."
_INITIAL = rf"(?:{UPPER}\.|{_NAME_ABBREVIATION})"
# the Gaelic particles written with a capital inside a surname ("Siobhán Ó Murchú")
_GAELIC = r"(?:Ó|Ní|Nic|Uí|Ua|Mhic)"
_PARTICLE = r"(?:" + "|".join(sorted(SURNAME_PARTICLES, key=lambda p: (-len(p), p))) + r")"
# a full name: two or three words, an initial allowed first, particles between ("du Toit")
_FULL = lazy_compile(rf"(?:{_INITIAL}|{_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{1,2}}")
_ONE = lazy_compile(_WORD)
# a word as names are written: an initial, or a capital then lower case with a vowel
_NAME_SHAPED = lazy_compile(
    rf"{UPPER}\.|{_NAME_ABBREVIATION}|{_GAELIC}|(?:{_PARTICLE})|(?:Mc|Mac|O['’]|D['’])?{UPPER}(?=[^\W\d_]*[aeiouyà-ÿāēīōū])"
    r"[^\W\d_A-Z’'-]+(?:[’'-][^\W\d_]+)*"
)
# the parts of a heading line
_HEADING_SPLIT = lazy_compile(r"[ \t]+(?:--|//?|[—–|·-])[ \t]+|[ \t]*[|:·][ \t]*|,[ \t]+")
# a line that is a closing word alone ("Cheers,", "Thanks!"): the next line signs
_CLOSING = lazy_compile(
    r"(?i:cheers|thanks|thank you|best|regards|best regards|kind regards|warmly|sincerely|"
    r"love|yours|ta|later|x+)[ \t]*[,.!]?"
)
_SIGN_DASH = r"(?:--|[-–—~])"
# a pasted mail's header: "From: Dana Whitaker <dana@...>", "To: dana.whitaker@example.com"
_MAIL_LINE = lazy_compile(
    r"^[ \t>*_]*(?P<field>(?i:from|to|von|de|an|à|para|van|aan|da|a))[ \t*_]*:[ \t*_]*"
    r"(?P<value>[^\n]+)$",
    re.M,
)
_ADDRESS = lazy_compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# "me" and "my name" in the languages notes are written in: a lexicon of the first person
# and of the word for a name, not of the notes' phrasing
_ME_WORDS = (
    r"me|myself|self|my name|name|candidate|applicant|yo|mi nombre|nombre|candidato|candidata|moi|"
    r"mon nom|nom|candidat|candidate|ich|mein name|name|bewerber|bewerberin|eu|meu nome|nome|"
    r"io|il mio nome|ik|mijn naam|naam|jag|mitt namn|namn|jeg|mitt navn|navn|minä|nimi|"
    r"ja|imię|jméno|én|nevem|adım|isim"
)
_ME_LABEL = lazy_compile(
    rf"(?:^|[·|(.;][ \t]*)[ \t*_-]*(?i:{_ME_WORDS})[ \t*_]*(?:[:=]|[ \t]+[-–—])[ \t]*"
    r"(?P<value>[^\n,;·|()]+(?:\([^)\n]{0,30}\)[^\n,;·|()]*)?)",
    re.M,
)
_ME_WORD = lazy_compile(rf"(?i:{_ME_WORDS})")
_SAID_AFTER = lazy_compile(r"[ \t]+(?:--|[—–-])[ \t]+")
# a name marked as the writer's: "Kayleigh Brandt (me)", "WHO: NADIA HADDAD-REYES (me)"
_ME_MARK = lazy_compile(
    rf"(?P<value>(?:{UPPER}[^\W\d_]*\.?[ \t]+){{1,3}}{UPPER}[^\W\d_’'-]*(?:[’'-][^\W\d_]+)*)"
    r"[ \t]*\((?i:me|myself|moi|yo|ich|eu|io|ik|jag|jeg|that'?s me|that is me)\)|"
    r"\b(?i:me|myself|moi|yo|ich)[ \t]*\((?P<inside>[^()\n]{3,40})\)"
)
# the writer saying their own full name in a sentence: "Me being Eilidh MacLeod", "my name
# is Dana Whitaker", "I'm Kit Delaney"
_ME_SAID = lazy_compile(
    r"\b(?i:me[ \t]+being|myself[ \t]+being|my[ \t]+name[ \t]+is|my[ \t]+name['’]s|i[ \t]+am|"
    r"i['’]m)[ \t]+"
    rf"(?P<value>{UPPER}[^\W\d_]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,2}})"
)
# words that make a heading part a place, a business, a meeting or a document, not a person
_NOT_A_PERSON = lazy_compile(
    r"\b(?:dept|department|office|unit|division|team|services?|group|school|hospital|"
    r"university|college|council|trust|ltd|inc|co|llc|plc|gmbh|notes?|interview\w*|file|"
    r"street|st|road|rd|avenue|ave|lane|drive|park|airport|station|centre|center|hall|"
    r"house|room|dock|tower|court|works|mill|farm|yard|wharf|quay|port|harbou?r|bay|"
    r"building|plaza|square|campus|site|city|county|state|district|region|north|south|east|"
    r"west|international|national|global|zoom|teams|meet|webex|skype|slack|google|microsoft|"
    r"debrief|recap|prep|summary|log|diary|journal|round|panel|screen|call|round|final|"
    r"first|second|third|onsite|remote|hybrid|job|role|position|post|vacancy|application|"
    r"candidate|cv|resume|offer|draft|template|todo|agenda)\b",
    re.I,
)


# where the notes may name the writer again without speaking of someone else: a greeting
# at the head of a pasted mail to them ("Hi Dana,"), "I'm Dana", "my name is", "call me"
_OWN_MENTION = lazy_compile(
    r"^[ \t>\"“*]*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^\n,]{0,40},|"
    r"^[ \t]*>[ \t>\"“*]*[^\W\d_][\w’'-]*,|"
    r"(?:[\"“]|\b)[ \t]*(?i:hi|hello|hey|dear)[ \t]+[^\W\d_][\w’'-]*,|"
    r"[\"“][ \t]*[^\W\d_][\w’'-]*,|"  # a quoted reply opening on the writer's name: '"Graham,'
    # or on one word and the name: '"Gracias Osvaldo,', '"Thanks Rosalba,' (the writer addressed)
    r"[\"“][ \t]*[^\W\d_][\w’'-]*[ \t]+[^\W\d_][\w’'-]*,|"
    r"\b(?i:i['’]m|i am|my name is|call me)[ \t]+[^\W\d_][\w’'-]*",
    re.M,
)


# someone's quoted words that call the writer by name at a sentence's end ("Thank you for your
# patience, Thang."): the writer addressed, no one else talked about
_QUOTED = lazy_compile(r"[\"“][^\"“”\n]{3,400}[\"”]")
_VOCATIVE = lazy_compile(r",[ \t]+[^\W\d_][\w’'-]*(?=[ \t]*[.!?])")


_GREETING = lazy_compile(r"(?i:hi|hey|hello|hiya|dear|morning|evening|yo|ok|okay|so)")


@functools.cache
def _ordinary_words() -> frozenset[str]:
    """Ordinary English words (the checker's list) and the notes' small words."""
    path = Path(__file__).parent / "checker/styles/etiquette/common-words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    listed = {w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(listed | COMMON_WORDS | NOT_NAMES | set(HONORIFICS))


def candidate_by_place(
    text: str,
    people: list[str],
    company: str | None,
    role: str | None,
    titles: list[str] | None = None,
) -> str | None:
    """The candidate's own name by its place in the notes and by elimination (see above);
    None unless exactly one person is left. The parts standing alone in the notes' opening
    (openingname.py) are asked last, when no other place gives a name."""
    if not text.strip():
        return None
    found: list[tuple[str, str]] = []  # (the name, the line it stands on)
    found += _in_heading(text)
    heads = {name for name, _ in found if len(name.split()) == 1}
    found += _in_sign_off(text)
    found += _in_header_block(text)
    found += _in_header_lines(text, people)
    found += _in_mail_lines(text, company)
    found += _in_addresses(text, company)
    labelled = _after_me_label(text) + _in_title_brackets(text)
    if own := mailed_to_self(text):
        labelled.append((own, own))
    # a name the notes mark as the writer's is no one met, whoever read it so ("Required:
    # CHAN Ka Wai Kelvin" under "my notes (Kelvin)", "From: X" over "To: myself")
    people = [p for p in people if not _marked(p, [n for n, _ in labelled])]
    found += labelled
    args = (text, people, company, role, titles or [])
    best, kept = _eliminated(found, labelled, heads, *args)
    if kept:  # a name, or two people in the writer's places: the opening is not asked
        return best
    return _eliminated(_in_opening(text, people, role), [], set(), *args)[0]


def _eliminated(
    found: list[tuple[str, str]],
    labelled: list[tuple[str, str]],
    heads: set[str],
    text: str,
    people: list[str],
    company: str | None,
    role: str | None,
    titles: list[str],
) -> tuple[str | None, bool]:
    """The one person left of the names found, by elimination (see the module's doc), and
    whether any name was left at all (two people left give no name)."""
    if not found:
        return None, False
    places = {line for _, line in found}
    mine = {name for name, _ in labelled}  # the notes say it is the writer: a person
    # the writer's name said again in full ("Required: CHAN Ka Wai Kelvin") is no one else's
    places |= {ln.strip() for ln in text.splitlines() for n in mine if _says_in_full(n, ln)}
    rest = "\n".join(ln for ln in text.splitlines() if ln.strip() not in places)
    rest = _OWN_MENTION.sub(" ", _ADDRESS.sub(" ", rest))
    rest = _QUOTED.sub(lambda m: _VOCATIVE.sub(" ", m.group()), rest)  # "..., Thang."
    kept = [
        n
        for n, _ in found
        if not _ruled_out(
            n, text, rest, _barred_words(people, company, _role_of(role, n), titles), n in mine
        )
    ]
    if not (people and company):  # nothing to tell the writer from: the unnamed "he" met,
        kept = [n for n in kept if n in mine]  # or the firm, may be the name in the title
    if any(n not in heads for n in kept):  # "grove (huon valley)" in the title: a place word
        kept = [n for n in kept if n not in heads]  # beside the name the writer put elsewhere
    if not kept:
        return None, False
    best = max(kept, key=lambda n: (len(_words(n)), len(n)))
    if not all(_same(name, best) for name in kept):
        return None, True  # two people in the writer's places: nothing is sure
    if len(best.split()) == 1 and all(name in heads for name in kept):
        return None, False  # "Notes - Denver": one word in a heading alone: a place, a firm
    return best, True


def _role_of(role: str | None, name: str) -> str | None:
    """The role as read, unless it is this name misread as a role ("Ifrah A" of Ifrah A.
    Farah, "F. Donnelly"): a role no word of which is anything but a word of the name."""
    return None if role and name_misread_as_role(role, name) else role


def name_misread_as_role(role: str, name: str) -> bool:
    """Whether every word of the role is a word of the name, or its initial (notes.py hook);
    a role with a common word of English or another language ("Analista de Datos", read as
    the writer's name too) is the job, not the name."""
    from followup.otherlanguage import is_other_language_word

    common = any(
        lexicon_classes(w) or is_other_language_word(w) for w in _words(role) if len(w) > 2
    )
    return len(name.split()) > 1 and bool(role.split()) and _same(role, name) and not common


def role_misread_as_name(name: str, role: str) -> bool:
    """Whether the writer's name read is the job's words ("Entrevista - Analista de Datos -
    Grupo Ribera": the heading's job read as a name too) and they read as the job, not as a
    name (`name_misread_as_role` says the other way round): the name is no writer's (notes.py
    hook)."""
    return (
        bool(name.split())
        and _same(name, role)
        and _same(role, name)
        and not (name_misread_as_role(role, name))
    )


_NAME_WORDS = lazy_compile(r"[^\W\d_]{2,}")
# a middle initial, which names write ("Ifrah A. Farah") and the full-name form does not
_MIDDLE_INITIAL = lazy_compile(rf"(?<=\w)[ \t]+{UPPER}\.(?=[ \t]+{UPPER})")


def _in_opening(text: str, people: list[str], role: str | None) -> list[tuple[str, str]]:
    """A full name standing alone in the notes' opening (openingname.py); a part titled
    ("Mr. Rodney Guidry") is someone met, never the writer."""
    lines = _lines(text)
    typed = bool(lines) and lines[0].islower()
    found = []
    raw = [ln.strip() for ln in text.splitlines()]
    role_words = set(_words(role or ""))
    for part, aside, line in parts_in_opening(text, people):
        if _HONORIFIC.match(part):
            continue
        if role_words and set(_words(part)) <= role_words:
            continue  # "Entrevista - Analista de Datos - Grupo Altamar": the job, not a name
        said = _words(aside)
        if said and len(said) <= 4 and (TITLE_HINT.search(aside) or set(said) <= role_words):
            continue  # "Dana Whitaker - dispatcher", "Owen Blake, Manager": someone met
        at = raw.index(line)
        following = raw[at + 1] if at + 1 < len(raw) else ""
        if len(following.split()) <= 4 and TITLE_HINT.search(following):
            continue  # "Gwen Ames" over "Office Manager": someone met
        if at and _MET_BEFORE.search(raw[at - 1]):
            continue  # "Interview with" over "Owen Blake": the name is the one met
        probe = _MIDDLE_INITIAL.sub("", part)
        name = _as_name(probe, True, line, typed)
        if name and all(lexicon_classes(w.lower()) for w in _NAME_WORDS.findall(name)):
            continue  # "Camp Host": English words, a post or a place; a name has a name word
        if name and len(name.split()) > 1:
            found.append((part if probe != part and name == probe else name, line))
    return found


def as_person_name(value: str, line: str) -> str | None:
    """The value as a person's full name and nothing else (what stands around a name, such as
    letters after it, taken off), or None; for ownline.py."""
    return _as_name(value, True, line)


def name_ruled_out(
    name: str, text: str, people: list[str], company: str | None, role: str | None
) -> bool:
    """Whether the name is someone or something else by what its words are (see the module's
    doc: a person listed, the company, the role, an ordinary or business word); where the notes
    use it again is the caller's question."""
    return _ruled_out(name, text, "", _barred_words(people, company, role, []))


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w’'-]*", name.lower()) if len(w) > 1]


def _same(short: str, full: str) -> bool:
    """One person: every word of the shorter is a word of the longer, or its initial."""
    long = [w.lower().rstrip(".") for w in full.split()]
    for word in short.split():
        w = word.lower().rstrip(".")
        if w in long or (len(w) == 1 and any(x.startswith(w) for x in long)):
            continue
        return False
    return True


def _barred_words(
    people: list[str], company: str | None, role: str | None, titles: list[str]
) -> set[str]:
    barred: set[str] = set()
    for thing in [*people, company or "", role or "", *titles]:
        barred.update(_words(thing))
    return barred


def _ruled_out(name: str, text: str, rest: str, barred: set[str], mine: bool = False) -> bool:
    """Whether the name is someone or something else (see the module's doc); a name the
    notes mark as the writer's ("me: Dylan Park") is a person's, whatever its words."""
    words = _words(name)
    if not words or len(name.split()) > 3 or not_a_person(name, text):
        return True
    ordinary = _ordinary_words()
    if any(w in barred or w in ORG_SUFFIXES or w in COMMON_WORDS or w in NOT_NAMES for w in words):
        return True
    if all(w in ordinary for w in words):
        return True  # "Porter" may close a name; the list holds first names too ("Priya")
    if _GREETING.fullmatch(words[0]) or _CLOSING.fullmatch(words[0]):
        return True  # "Hey Wes", "Thanks Dana": a greeting, the other person's name
    if _NOT_A_PERSON.search(name) and not mine:
        return True
    if any(not _NAME_SHAPED.fullmatch(w) for w in name.split()):
        return True  # "HQ", "Svcs", "Pl", "USD": an abbreviation, no name
    if name.isupper() and len(name) > 3 and not text.isupper():
        return True  # a banner in capitals over mixed-case notes names the employer
    return any(
        re.search(rf"(?<![\w@.]){re.escape(w)}(?![\w@])", rest, re.I) for w in words if len(w) > 2
    )


def _as_name(part: str, full_only: bool, line: str, typed_lower: bool = True) -> str | None:
    """The part as a person's name when it is one and nothing else; None otherwise. A part in
    lower case is a name only on a line typed all in lower case ("kit delaney"), never in a
    line with capitals ("(iron ore)", "Ich: ehrlich sagen")."""
    part = _bare(part)
    if not part or len(part) > 60:
        return None
    lowered = part.islower()
    if lowered and not (line.islower() and typed_lower):
        return None
    upper = part.isupper()
    probe = part.title() if (lowered or upper) else part
    if not (_FULL.fullmatch(probe) or (not full_only and _ONE.fullmatch(probe))):
        return None
    name = probe
    if lowered:
        name = restore_case(part)
    elif upper:
        name = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in part.split())
    return name


# a heading part that calls the page notes: "interview debrief", "notes after the panel",
# "INTERVIEW NOTES", "prep + notes": the line is the title of the notes, a name beside it the
# writer's
_NOTES_PART = lazy_compile(
    r"(?i:(?:my[ \t]+|own[ \t]+|personal[ \t]+|private[ \t]+|mis[ \t]+|minhas[ \t]+|mes[ \t]+|"
    r"meine[ \t]+|moje[ \t]+|mijn[ \t]+)?(?:[\w/+&-]+[ \t]+){0,3}"
    # "notes" in the languages the notes come in: notas, Notizen, notities, notatki, appunti,
    # anteckningar, muistiinpanot, jegyzetek, poznámky, ghi chú
    r"(?:notes?|notebook|notepad|debrief(?:ing)?|recap|write-?up|journal|diary|log|reflections?|notas|notizen|"
    r"notities|notatki|appunti|anteckningar|muistiinpanot|jegyzetek|pozn[aá]mky|ghi ch[uú])"
    r"(?:[ \t]+(?:after|from|on|of|for|re|about|to self)\b[^\n]*)?)"
)
# a heading part that dates the page or says it is the interview: "Tue 3 Mar", "5/5/2026",
# "interview 5/5/2026", "Interview Notes"
_DAY_PART = lazy_compile(
    r"^(?:(?i:interview|debrief|notes?)\b|[^\n]*\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b|"
    r"[^\n]*\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
    r"[^\n]*\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


def notes_title(part: str) -> bool:
    """Whether a part of a heading line calls the page notes ("My job notebook", "job diary",
    "poznámky"): the line is the notes' title (titleline.py)."""
    part = re.sub(r"[ \t]+(?:19|20)\d\d$", "", part.strip("#*_ ."))  # "Job search 2026"
    return bool(_NOTES_PART.fullmatch(part) or _JOB_HUNT.fullmatch(part))


def talked_of(name: str, rest: str) -> bool:
    """Whether the notes below use a word of the name other than to greet or call the writer
    ("Dear Mr Hudec,", "..., Thang."): then the name is someone the notes talk of."""
    rest = _OWN_MENTION.sub(" ", _ADDRESS.sub(" ", rest))
    rest = _QUOTED.sub(lambda m: _VOCATIVE.sub(" ", m.group()), rest)
    words = [w for w in name.split() if len(w) > 2]
    return any(re.search(rf"(?<![\w@.]){re.escape(w)}(?![\w@])", rest) for w in words)


# the page kept for a job hunt: "Job search", "my job hunt", "Applications"
_JOB_HUNT = lazy_compile(r"(?i:(?:my[ \t]+)?job[ \t]+(?:search|hunt(?:ing)?)|applications)")


# "Dana Whitaker's notes", "Dana's interview notes"
_POSSESSIVE = lazy_compile(
    r"^(?P<n>[^’'\n]+)[’']s[ \t]+(?:[\w-]+[ \t]+){0,2}(?i:notes?|debrief|recap|journal)\b"
)


# what stands around a name and is no part of it: a nickname in brackets or quotes, a "(me)"
# mark, an honorific before it, degrees and letters after it ("Imogen Hart, MLIS", "Aisha
# Kamara RVN", "Hannah Bright BSc(Hons) MCOptom")
_NICKNAME = lazy_compile(r"[ \t]*(?:\([^)\n]{0,30}\)|[\"“][^\"”\n]{1,30}[\"”])")
_HONORIFIC = HONORIFIC_START  # notenames.py: one pattern for both readers


# a rank or title abbreviated without a vowel before a name ("Flt Lt", "Sgt", "Cpl", "Sqn
# Ldr"): no word of a name is written so (names have vowels; "Md." is a name's own short form)
_RANK = lazy_compile(
    rf"^(?:(?!(?:Md|Mohd|Muhd|Wm|Thos|Chas|Jas|Geo)\b){UPPER}[b-df-hj-np-tv-xz]{{1,3}}\.?[ \t]+)+"
    rf"(?={UPPER}[a-z]+[ \t]+{UPPER})"
)


def _bare(part: str) -> str:
    """The part without what stands around a name (see above)."""
    part = part.strip(" \t*_#>\"“”'.,;!")
    part = _NICKNAME.sub("", part)
    part = _HONORIFIC.sub("", part)
    part = _RANK.sub("", part)  # "Flt Lt Graham Whitcombe", "Sqn Ldr Ann Roe": a rank
    if not part.isupper():
        part = split_letters(part)[0]  # nameletters.py: "Imogen Hart, MLIS"
    return part.strip(" \t*_#>\"“”'.,;!")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# a time of day: "1pm", "10:30", "2.15 p.m."
_CLOCK = lazy_compile(r"\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?i:[ap]\.?m\.?)(?!\w)|\b\d{1,2}:\d{2}\b")


def _in_heading(text: str) -> list[tuple[str, str]]:
    """A full name that is one whole part of one of the first three lines."""
    found = []
    lines = _lines(text)
    typed = bool(lines) and lines[0].islower()  # "kit delaney" in notes typed in lower case
    for i, line in enumerate(lines[:3]):
        if i and lines[i - 1].endswith(":"):
            break  # a name under "Panel:" is someone met
        if ":" in line and re.match(r"^[\w ]{1,20}:", line):
            label = line.split(":", 1)[0].strip()
            if not (_NOTES_PART.fullmatch(label) or _DAY_PART.match(label)):
                continue  # "Interviewer: Dana Whitaker" is a labelled fact, not a heading
        if re.search(r"[a-zß-ÿ]{4}[.!?][ \t]+[A-ZÀ-Þ]\w", line):
            continue  # "ENTREVISTA 10-03-2025, Santa Cruz, oficinas. Fui en...": prose, no heading
        if _CLOCK.search(line) and re.search(r"\d", _CLOCK.sub("", line)):
            continue  # "Tues Nov 18 2025, 1pm, Hillcrest Complex, ...": when and where, no name
        body = line.strip("#*_ ")
        parts = [p.strip() for p in _HEADING_SPLIT.split(body) if p and p.strip()]
        titled = any(_NOTES_PART.fullmatch(p.strip("#*_ .")) or _DAY_PART.search(p) for p in parts)
        alone = _as_name(body, True, line, typed)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if alone and len(following.split()) <= 4 and TITLE_HINT.search(following):
            continue  # "Owen Blake" over "Office Manager": someone met
        if alone and i and _MET_BEFORE.search(lines[i - 1]):
            continue  # "Interview with" over "Owen Blake": the name is the one met
        if alone:  # the line is a name with nothing but its letters: "Imogen Hart, MLIS"
            found.append((alone, line))
            continue
        for part in parts:
            possessive = _POSSESSIVE.match(part)
            name = _as_name(possessive.group("n") if possessive else part, False, line, typed)
            if name and (possessive or titled):
                found.append((name, line))
    return found


# what a writer says of themselves beside their name in the notes' header block: years in
# the trade, a licence, a degree or registration, a service left ("Korbinian Huber,
# Dipl.-Braumeister", "Delroy Gentle - captain, 14 yrs, Master 60 GT license", "Anju Mathew
# (NMC PIN came on 28.05.25)", "Keith Whalley, ex-Sgt 4471, retd.")
_CREDENTIAL = lazy_compile(
    r"(?i:\b\d+\+?[ \t]*(?:yrs?|years?)\b|\blicen[cs]e[ds]?\b|\bb\.?a\b|\bm\.?a\b|"
    # the writer's own phone or address beside their name ("Tomasz Wierzbicki, tel. 601 ...")
    r"\btel\b|\bphone\b|\bmob(?:ile)?\b|\bcell\b|[\w.+-]+@[\w-]+\.|\bcertified\b|\bdipl\b|\bdiploma\b|"
    r"\bdegree\b|\bb\.?sc\b|\bm\.?sc\b|\bmba\b|\bph\.?d\b|\bnmc\b|\bpin\b|\bex-|\bretd\b|"
    r"\bretired\b|\bregistered\b|\bgraduate\b)"
)


def _in_header_block(text: str) -> list[tuple[str, str]]:
    """A full name that opens a line of the header block (the lines before the first blank
    line, at most six) with what the writer says of themselves after it: their credentials."""
    found = []
    for line in text.strip().split("\n\n", 1)[0].splitlines()[:6]:
        m = re.match(
            r"[ \t]*(?P<name>[^,(|\n]+?)[ \t]*(?:,|\(|\||[ \t]+[-–—][ \t]+)(?P<rest>.+)$", line
        )
        if not m or not _CREDENTIAL.search(m.group("rest")):
            continue
        name = _as_name(m.group("name"), True, line)
        if name and len(name.split()) > 1:
            found.append((name, line))
    return found


# a bullet or dash before a name on a line of its own ("- Maricel Dela Cruz", "— Sarah Sixkiller")
_LEAD = lazy_compile(r"^[ \t]*(?:--|[-–—•*·~])?[ \t]*")
# a line that labels what follows as people met or a list ("Panel:", "Who I met:")
_LIST_LABEL = lazy_compile(r":[ \t*_]*$")
# a line that ends saying who was met, the name on the next line: "met with", "Interviewer"
_MET_BEFORE = lazy_compile(r"(?i:\b(?:with|w/|met|by|interviewers?|panel|panelists?)[ \t.]*$)")
_LATIN = lazy_compile(r"[A-Za-zÀ-ɏ]")


def _latin_first(value: str) -> list[str]:
    """The ways a name is written, the Latin one first: "Catriona MacLeod / Catrìona
    NicLeòid", "Γιώργος Παπαδάκης (Giorgos Papadakis)", "Siobhán Ó Murchú / Shiv"."""
    inside = re.findall(r"\(([^()\n]{2,60})\)", value)
    outside = re.sub(r"\([^()\n]*\)", " ", value)
    ways = [w.strip() for part in [outside, *inside] for w in re.split(r"[ \t]+/[ \t]+|/", part)]
    ways = [w for w in ways if w]
    return sorted(ways, key=lambda w: not _LATIN.search(w))


def _written_name(value: str, line: str, typed: bool, full_only: bool = True) -> str | None:
    """The first way of writing that is a person's name (see _latin_first)."""
    for way in _latin_first(value):
        name = _as_name(way, full_only, line, typed)
        if name and (not full_only or len(name.split()) > 1):
            return name
    return None


def _in_header_lines(text: str, people: list[str]) -> list[tuple[str, str]]:
    """A full name on a line of its own in the header, the lines before the first person
    met or a list's label: where people write their own name over their notes ("- Maricel
    Dela Cruz" under the title line, "Catriona MacLeod / Catrìona NicLeòid")."""
    met = {w for p in people for w in _words(p) if len(w) > 2}
    lines = _lines(text)
    typed = bool(lines) and lines[0].islower()
    found = []
    for i, line in enumerate(lines[:8]):
        if _LIST_LABEL.search(line) or met & set(_words(line)):
            break  # the people met begin: a name below is one of them
        value = _LEAD.sub("", line, count=1).strip()
        value = without_nicknames(value)  # nicknames.py: '- Desmond "Dez" Campbell'
        if not value or re.search(r"[\d@:,;]", value) or len(value) > 80:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if len(following.split()) <= 4 and TITLE_HINT.search(following):
            continue  # "Owen Blake" over "Office Manager": someone met
        if i and _MET_BEFORE.search(lines[i - 1]):
            continue  # "Interview with" over "Owen Blake": the name is the one met
        name = _written_name(value, line, typed)
        if name:
            found.append((name, line))
    return found


# the notes' title calling them the writer's, a name in brackets after it: "my notes
# (Kelvin)", "interview notes (Siobhán Ó Murchú / Shiv)"
_TITLE_BRACKET = lazy_compile(
    r"(?i:\b(?:my[ \t]+)?(?:[\w-]+[ \t]+)?(?:notes?|debrief|recap|journal|diary|log|record))"
    r"[ \t]*\((?P<value>[^()\n]{2,60})\)"
)
_FAMILY_CAPS = r"[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]{2,})?"


def _in_title_brackets(text: str) -> list[tuple[str, str]]:
    """A name in brackets after the notes' title in the first three lines; a first name alone
    is made whole from the one fuller name the notes write with it ("my notes (Kelvin)" and
    "Required: CHAN Ka Wai Kelvin" -> "Kelvin Chan")."""
    found = []
    for line in _lines(text)[:12]:
        m = _TITLE_BRACKET.search(line)
        if not m:
            continue
        name = _written_name(m.group("value"), line, line.islower(), full_only=False)
        if not name:
            continue
        if len(name.split()) == 1:
            name = _made_whole(name, text) or ""
        if name:  # the lines that write the family name in capitals say the writer's too
            family = re.escape(name.split()[-1].upper())
            found += [(name, ln) for ln in _lines(text) if re.search(rf"\b{family}\b", ln)]
            found.append((name, line))
    return found


def _made_whole(first: str, text: str) -> str | None:
    """The one fuller name the notes write with this first name: the family name in capitals
    ("CHAN Ka Wai Kelvin", "Kelvin CHAN") or after it ("Kelvin Chan"); None when none or two."""
    word = re.escape(first)
    fuller = {
        " ".join([first, restore_case(m.group("fam").lower()).capitalize()])
        for m in re.finditer(
            rf"\b(?P<fam>{_FAMILY_CAPS})(?:[ \t]+{_WORD}){{0,3}}[ \t]+{word}\b|"
            rf"\b{word}[ \t]+(?P<fam2>{_FAMILY_CAPS})\b",
            text,
        )
        for _ in [0]
        if m.group("fam")
    }
    fuller |= {
        f"{first} {m.group('fam2').capitalize()}"
        for m in re.finditer(rf"\b{word}[ \t]+(?P<fam2>{_FAMILY_CAPS})\b", text)
    }
    return fuller.pop() if len(fuller) == 1 else None


def _says_in_full(name: str, line: str) -> bool:
    """The line writes two or more words of the name: the name said again."""
    words = set(_words(name))
    return len(words) > 1 and len(words & set(_words(line))) > 1


# a line of a signature block that holds only a phone, an address or a web page
_CONTACT_LINE = lazy_compile(
    r"(?i:(?:tel|phone|mob|mobile|cell|m|t|e|email|e-mail)[ \t]*[.:]?[ \t]*)?"
    r"(?:\+?[\d()][\d ()./-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.|linkedin\.com/)\S+)"
    r"(?:[ \t]*[|·,][ \t]*(?:\+?[\d()][\d ()./-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.\w+/\S*))*"
)


def _in_sign_off(text: str) -> list[tuple[str, str]]:
    """The last line as a signature: a name alone, after a dash, or under a closing word; the
    writer's phone, address or web page on the lines under it are no part of the question."""
    lines = _lines(text)
    while len(lines) > 3 and _CONTACT_LINE.fullmatch(lines[-1]):
        lines.pop()  # "Dana Whitaker\n(555) 201-3344\ndana@example.org"
    if len(lines) < 3:
        return []
    last = lines[-1]
    for line in lines[-3:-1]:  # "— Dean" over a last line or two: a P.S., a private aside
        signed = re.fullmatch(r"(?:--|[—–~])[ \t]*(?P<n>[^\n,]+)", line)
        name = _as_name(signed.group("n"), False, line) if signed else None
        if name:
            return [(name, line)]
    dashed = re.fullmatch(rf"{_SIGN_DASH}[ \t]*(?P<n>[^\n,]+)(?:,[ \t]*[^\n]{{0,30}})?", last)
    dashed = dashed or re.search(r"[.!?][ \t]+(?:--|[—–~])[ \t]*(?P<n>[^\n,.!?]+)$", last)
    if dashed:  # "- Dean", "— D. Hollis, 14 May"
        name = _as_name(dashed.group("n"), False, last)
        return [(name, last)] if name else []
    if _CLOSING.fullmatch(lines[-2]):
        name = _as_name(last, False, last)
        return [(name, last)] if name else []
    parts = [p.strip() for p in last.split(",")]
    address = parts[1:] and all(_ADDRESS_PART.fullmatch(p) for p in parts[1:])
    # "Gethin Pritchard, Tŷ Newydd, Llangynidr": the name over the writer's address
    if address and not any(TITLE_HINT.search(p) or org_signed(p) for p in parts[1:]):
        name = _as_name(parts[0], True, last)
        return [(name, last)] if name and not last.isupper() else []
    name = _as_name(last, True, last)
    return [(name, last)] if name and not last.isupper() else []


# a part of an address after a signature's name: a farm's or a street's name, a village
_ADDRESS_PART = lazy_compile(rf"(?:\d+[A-Za-z]?[ \t]+)?{UPPER}[\w’'-]*(?:[ \t]+[\w’'-]+){{0,3}}")


def _in_mail_lines(text: str, company: str | None) -> list[tuple[str, str]]:
    """A pasted mail's From and To: the candidate is on one side, met people on the other;
    elimination tells which (a name on the company's domain is never the candidate)."""
    firm = {w for w in _words(company or "") if len(w) > 3}
    found = []
    for m in _MAIL_LINE.finditer(text):
        address = _ADDRESS.search(m.group("value"))
        if address and any(w in address.group("domain").lower() for w in firm):
            continue  # someone at the company writes or is written to
        value = re.sub(r"<[^>]*>|\([^)]*@[^)]*\)", "", m.group("value"))
        value = re.sub(r"\S+@\S+", "", value).strip().strip("\"'")
        if "," in value and not re.search(r",[ \t]*\w+[ \t]*$", value):
            continue  # several recipients: no one of them is sure
        value = re.sub(r"^(?P<last>[^,]+),[ \t]*(?P<first>\S+)$", r"\g<first> \g<last>", value)
        name = _as_name(value, True, m.group())
        if name:
            found.append((name, m.group().strip()))
    return found


def _marked(person: str, marked: list[str]) -> bool:
    """Whether the person is one of the full names the notes mark as the writer's."""
    return any(len(_words(m)) > 1 and _same(m.lower(), person.lower()) for m in marked)


def writer_marked(person: str, text: str) -> bool:
    """Whether the notes mark this person as the writer: a "me" label, the notes' title in
    brackets, a mail sent to oneself (notes.py hook: such a person gets no message)."""
    own = mailed_to_self(text)
    marked = [n for n, _ in _after_me_label(text) + _in_title_brackets(text)]
    return _marked(person, [*marked, *([own] if own else [])])


def mailed_to_self(text: str) -> str | None:
    """The sender of a mail the writer sent themselves ("From: Fabrice Yao Kouassi <...>" over
    "To: myself"): the writer, whom no reader may take for someone met (notes.py hook)."""
    fields = {m.group("field").lower(): m.group("value").strip() for m in _MAIL_LINE.finditer(text)}
    to = re.sub(r"<[^>]*>", "", fields.get("to", "")).strip(" \t.")
    if not (to and _ME_WORD.fullmatch(to)):
        return None
    sender = re.sub(r"<[^>]*>|\S+@\S+", "", fields.get("from", "")).strip().strip("\"'")
    return _as_name(sender, True, sender) if sender else None


def _in_addresses(text: str, company: str | None) -> list[tuple[str, str]]:
    """An address whose part before the "@" is a first and a last name, on no domain of the
    company's: "dana.whitaker@gmail.com" -> "Dana Whitaker"."""
    firm = {w for w in _words(company or "") if len(w) > 2}
    found = []
    for m in _ADDRESS.finditer(text):
        domain = m.group("domain").lower()
        if any(w in domain for w in firm):
            continue  # someone at the company
        if not gives_name_at(text, m.start(), m.end()):
            continue  # addressname.py: a run, a code, or the name written beside it
        parts = re.split(r"[._-]", re.sub(r"\d+$", "", m.group("local")))
        if len(parts) != 2 or not all(re.fullmatch(r"[a-z]{2,}", p, re.I) for p in parts):
            continue  # "jp.edits", "hr", "d.hollis": no two whole name words
        line = _line_of(text, m.start())
        outside = line.replace(m.group(), " ").lower()
        if re.match(r"^[^\W\d_][\w ]{0,20}:", line) or any(
            re.search(rf"\b{re.escape(p.lower())}\b", outside) for p in parts
        ):
            continue  # "Organizer: Ada Vance (ada.vance@...)", "my friend Jo Park (jo.park@...)"
        found.append((" ".join(p.capitalize() for p in parts), line or m.group()))
    return found


# a full name opening a label's value, lower-case words after it ("Shannon McAvoy obvs lol")
_LEADING_NAME = lazy_compile(rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{1,2}})(?=[ \t]+[a-z])")


# a line opening on "me" with no label mark, then a full name and the writer's own words
_ME_OPENING = lazy_compile(
    rf"^[ \t]*(?i:me|myself|my name)[ \t]+(?P<value>{_WORD}(?:[ \t]+{_WORD}){{1,2}})"
    r"(?=[ \t]*$|[ \t]+[a-z])",
    re.M,
)


def _after_me_label(text: str) -> list[tuple[str, str]]:
    """A name after a label that means "me" or "my name": "Moi : Élodie Brun"."""
    found = []
    for m in _ME_LABEL.finditer(text):
        value = _SAID_AFTER.split(m.group("value"))[0]  # "Alek Nowak — sign as Alek"
        value = re.split(r"[ \t]+/[ \t]+", value)[0]  # "Nurlan Serikbayev / Нурлан Серикбаев"
        name = _as_name(value, False, _line_of(text, m.start()))
        lead = None if name else _LEADING_NAME.match(value.strip())
        if lead:  # "me - Shannon McAvoy obvs lol": the name, then the writer's own words
            name = _as_name(lead.group("n"), True, _line_of(text, m.start()))
        if name:
            found.append((name, _line_of(text, m.start("value"))))
    for m in _ME_OPENING.finditer(text):  # "me Batbayar Ganzorig everybody call me Bataa"
        name = _as_name(m.group("value"), True, _line_of(text, m.start()))
        if name:
            found.append((name, _line_of(text, m.start())))
    for m in _ME_SAID.finditer(text):
        name = _as_name(m.group("value"), True, _line_of(text, m.start()))
        if name:
            found.append((name, _line_of(text, m.start())))
    for m in _ME_MARK.finditer(text):
        value = m.group("value") or m.group("inside")
        name = _as_name(value, True, _line_of(text, m.start()))
        if name:
            found.append((name, _line_of(text, m.start())))
    return found


def _line_of(text: str, at: int) -> str:
    """The whole line the text at `at` stands on, stripped."""
    return text[
        text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1
    ].strip()


def day_by_place(
    text: str, today: dt.date, parse: Callable[[str, dt.date], dt.date | None]
) -> dt.date | None:
    """The interview day by its place, when no reader found one: the one day written in the
    heading (the first three lines) or on the last line, where people date their notes; not
    a day after today, and nothing when those places give two different days."""
    lines = _lines(text)
    days = {day for ln in [*lines[:3], *lines[-1:]] if (day := parse(ln, today)) is not None}
    days = {day for day in days if day <= today}
    return days.pop() if len(days) == 1 else None
