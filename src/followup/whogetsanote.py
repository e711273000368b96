"""Who gets a note: the people the candidate met, read by the role of their lines in the notes.

The header reader (noteheader.py) finds the people the opening names. Notes then give each
person met a part of their own, and every part has the same form: "ANGELA FROST - QA
manager" and "MIKE SZYMANSKI - 2nd shift hangar lead", each over its bullets; "hollis:" and
"tj:"; "### PART 1 — Dr. Elena Vasquez, Music Director" ... "### PART 3 — Amira Shah,
Concertmaster"; a table's "who" column; "Karen Whitlock (Head of Events), Marcus Bell (Head
of Safety)" on one line. So a line of the same form as a known person's line, with another
name in the name's place, names another person met (`parallel_people`). The name in that
place must be a person's: a run of capitalised words the notes never write as ordinary
lower-case words, or a short name the notes spell out as a full name elsewhere ("tj" and
"(TJ Barnaby)", "YOSHIDA-SAN" and "Masaru Yoshida"). A part of the notes ("forgot:",
"next:", "PRIVATE") is never a person.

Two kinds of names are never a recipient: someone the notes say was not met ("Maya Collins
(not an interviewer, she'll call Fri)", "don't need to thank her, she wasn't in the room"),
and a title or a department read as a name ("Sterile Processing Tech", "Education
Department", "HR Straits Maritime"): `not_met` and `title_not_person`.

And the message that is not a thank-you goes to the one person the notes' plan or the
employer's instruction names (`contact_named`): "Sending Flick the 2nd follow-up today",
"she's the one to contact", "said to email him directly".

Hand-written reading of the notes' layout: the forms are the notes' own, not a phrase list.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notenames import HON, HONORIFICS, split_honorific

# a person's name as a line may write it: an honorific or a word of address, then 1-4 words
_HON = rf"(?:(?i:{HON})\.?\s+)"
_WORD = r"[^\W\d_][\w’'.-]*"
# a Japanese honorific after the name ("Yoshida-san"): no part of the name
_NAME_SUFFIX = lazy_compile(r"-(?i:san|sama|sensei|kun|chan|ji|ssi|nim)$")
# a run of capitalised words: how the notes write a full name somewhere ("TJ Barnaby")
_FULL_NAME = lazy_compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,2}(?![\w’'-])")
# a title or a unit of an organisation: never the last word of a person's name
_TITLE_WORDS = frozenset(
    [
        "manager",
        "mgr",
        "director",
        "lead",
        "supervisor",
        "coordinator",
        "officer",
        "tech",
        "technician",
        "specialist",
        "assistant",
        "associate",
        "analyst",
        "engineer",
        "department",
        "dept",
        "team",
        "unit",
        "office",
        "division",
        "desk",
        "group",
        "committee",
        "board",
        "panel",
        "hr",
        "recruiting",
        "recruitment",
        "talent",
        "careers",
        "services",
        "service",
        "center",
        "centre",
        "clinic",
        "ward",
        "school",
        "faculty",
    ]
)
_UNIT_FIRST = frozenset(["hr", "talent", "recruiting", "recruitment", "careers", "people"])
_NOT_NAMES = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "q",
        "a",
        "qs",
        "notes",
        "next",
        "forgot",
        "private",
        "personal",
        "asked",
        "questions",
        "topics",
        "concern",
        "concerns",
        "logistics",
        "plan",
        "todo",
        "summary",
        "overview",
        "panel",
        "round",
        "part",
        "session",
        "interview",
        "call",
    ]
)


def address_off(name: str) -> str:
    """A name without the word of address around it: "yoshida-san" -> "yoshida", "chị hoa"
    -> "hoa" (a short word before a name), "dilnoza opa" -> "dilnoza" (one after it); the
    name itself otherwise."""
    bare = _NAME_SUFFIX.sub("", name.strip())
    words = bare.split()
    if len(words) == 2 and len(words[0].strip(".")) <= 3 and len(words[1]) >= 2:
        return words[1]
    if len(words) == 2 and words[1].islower() and len(words[1]) <= 4 and len(words[0]) >= 4:
        return words[0]  # "dilnoza opa", "priya didi": a short word of address after the name
    return bare


@dataclass(frozen=True)
class Found:
    """A person a line of the notes names in a known person's place."""

    name: str
    honorific: str | None = None
    title: str | None = None


def _units(text: str) -> Iterable[tuple[str, str, str]]:
    """The notes as (place, text, line) units: each line; each cell of a table row (placed
    by its column); each item of a line that lists several ("A (x), B (y) and C (z)"); the
    opening line of a paragraph of prose."""
    blank = True
    for line in text.splitlines():
        stripped = line.strip()
        opens, blank = blank, not stripped
        if not stripped:
            continue
        if opens and len(stripped) > 60 and re.match(r"[A-Z]", stripped):
            yield "«para»", stripped, stripped  # a paragraph of prose, opened by its subject
        if stripped.startswith("|") and stripped.count("|") >= 3:
            for n, cell in enumerate(stripped.strip("|").split("|")):
                yield f"«cell {n}»", cell.strip(), stripped
            continue
        yield "", stripped, stripped
        items = _top_level_items(stripped)
        if len(items) > 1:
            for item in items:
                yield "«item»", item, stripped


def _top_level_items(line: str) -> list[str]:
    """A line split at its commas, 'and', '+' and ';' outside brackets."""
    items, depth, start = [], 0, 0
    n = 0
    while n < len(line):
        ch = line[n]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = re.match(r",\s+(?:and\s+)?|\s+(?:and|&|\+)\s+|;\s+", line[n:])
            if m and (ch in ",;" or ch.isspace()):
                items.append(line[start:n].strip())
                n += m.end()
                start = n
                continue
        n += 1
    items.append(line[start:].strip())
    return [i for i in items if i]


def _norm(prefix: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", prefix.lower())).strip()


def _sep(rest: str) -> str:
    """What follows a name: its first run of non-word characters ("$" at the unit's end, " "
    for a bare space)."""
    if not rest.strip():
        return "$"
    m = re.match(r"[^\w]*", rest)
    sep = m.group() if m else ""
    return re.sub(r"\s+", " ", sep).strip() or " "


def _variants(name: str, nick: str | None) -> list[str]:
    parts = [p for p in name.split() if len(p) > 1]
    out = [name, *parts] + ([nick] if nick else [])
    return sorted(set(out), key=len, reverse=True)


def _forms(
    units: list[tuple[str, str, str]], known: list[tuple[str, str | None]]
) -> set[tuple[str, str, str]]:
    """The (place, prefix, separator) forms in which the notes write a known person's name
    at the head of a unit."""
    forms = set()
    for place, text, _ in units:
        for name, nick in known:
            for v in _variants(name, nick):
                m = re.search(rf"(?<![\w’'-]){_HON}?(?i:{re.escape(v)})(?:-\w+)?(?![\w’'-])", text)
                if m is None:
                    continue
                start = m.start()
                if len(v.split()) == 1 and (
                    before := re.search(rf"{_HON}?(?:[A-Z][\w’'-]*[ \t]+){{1,2}}$", text[:start])
                ):
                    start = before.start()  # "Dr. Marcus Feld" when the reader knows "Feld"
                prefix = text[:start]
                if len(prefix) > 40:
                    break
                sep = _sep(text[m.end() :])
                if place == "«item»" and sep == "$":
                    break  # "Ana Ruiz, Circuit Judge": a bare item beside a name is a title
                if sep != " " or (place == "«para»" and not prefix):
                    forms.add((place, _norm(prefix), sep))
                break
    return forms


def _lower_words(text: str) -> set[str]:
    """The words the notes write in lower case more often than capitalised: ordinary words
    ("team", "next"), not names (a chat's "and karen?" beside three "Karen")."""
    from collections import Counter

    lower = Counter(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+(?![\w’'-])", text))
    upper = Counter(w.lower() for w in re.findall(r"(?<![\w’'-])[A-Z][a-z’'-]+(?![\w’'-])", text))
    return {w for w, n in lower.items() if n > upper.get(w, 0)}


def _full_name_for(short: str, text: str, ordinary: set[str]) -> str | None:
    """The full name the notes write for a short one ("tj" -> "TJ Barnaby"), when they write
    exactly one."""
    word = short.split()[-1].lower()
    found = set()
    for m in _FULL_NAME.finditer(text):
        words = m.group().split()
        low = [w.lower() for w in words]
        if word not in low:
            continue
        at = low.index(word)

        def plain(w: str) -> bool:
            return w.lower() != word and (w.lower() in ordinary or w.lower() in _NOT_NAMES)

        start, end = 0, len(words)
        while start < at and plain(words[start]):  # "First Greg Ambrose": a sentence's opener
            start += 1
        while end > at + 1 and plain(words[end - 1]):
            end -= 1
        name = words[start:end]
        opens = re.search(r"(?:^|[.!?]\s+)$", text[: m.start()].split("\n")[-1].lstrip(" -*•#"))
        if opens and start == 0 and at > 0 and not _said_mid_sentence(words[0], text):
            start = 1  # "Sending Flick the 2nd": a sentence's first word, not a name
            name = words[start:end]
        if opens and len(name) == 3 and start == 0 and at > 0:
            alone = rf"(?<![\w’'-]){re.escape(name[1])}(?![\w’'-])(?![ \t]+{re.escape(name[2])})"
            if re.search(alone, text):  # "First Greg Ambrose" where "Greg" is said alone
                name = name[1:]
        if len(name) < 2 or any(plain(w) or w.lower() in _TITLE_WORDS for w in name):
            continue
        if "I" in name:
            continue
        found.add(" ".join(name))
    if len(found) == 1:
        return found.pop()
    return None


def _said_mid_sentence(word: str, text: str) -> bool:
    """Whether the notes write this capitalised word after a word of the same sentence."""
    return bool(re.search(rf"[\w,;(—–-][ \t]+{re.escape(word)}(?![\w’'-])", text))


def _section_like(words: str) -> bool:
    from followup.notelines import _FACT_LABELS, _section_kind

    low = words.lower().strip()
    return low in _FACT_LABELS or _section_kind(low) is not None or low in _NOT_NAMES


def parallel_people(
    text: str,
    known: list[tuple[str, str | None]],
    *,
    candidate: str | None = None,
    company: str | None = None,
) -> list[Found]:
    """People the notes write in the place and form of a known person's line (see the module
    doc), in the order the notes name them; none when no one is known."""
    from followup.noteheader import same_person

    if not known:
        return []
    units = list(_units(text))
    forms = _forms(units, known)
    ordinary = _lower_words(text)
    avoid = [n for n in (candidate, company) if n]
    found: list[Found] = []
    for place, unit, line in units:
        if place == "«item»" and not any(_names_in(line, k, nick) for k, nick in known):
            continue  # an item of a list that names no one known: no list of people
        for fplace, prefix, sep in forms:
            if fplace != place:
                continue
            starts = [0] + [w.start() for w in re.finditer(r"(?<=[^\w’'-])\w", unit[:45])]
            at = next((i for i in starts if _norm(unit[:i]) == prefix), None)
            if at is None:
                continue
            m = re.match(rf"(?P<hon>{_HON})?(?P<slot>.*)$", unit[at:])
            assert m is not None
            words = re.findall(rf"{_WORD}|\S+|\s+", m["slot"])
            person = None
            for n in range(1, 8, 2):  # one to four words, then what follows them
                name, rest = "".join(words[:n]), "".join(words[n:])
                if not re.fullmatch(rf"{_WORD}(?:[ \t]+{_WORD})*", name):
                    break
                if _sep(rest) == sep and sep:
                    person = _as_person(
                        name,
                        m["hon"],
                        text,
                        ordinary,
                        rest=rest,
                        paragraph=place == "«para»",
                        sure=place.startswith(("«item»", "«cell")) or len(prefix) > 3,
                    )
                    break
            if person is None or any(same_person(person.name, a) for a in avoid):
                continue
            if any(w.lower() in (company or "").lower().split() for w in person.name.split()):
                continue
            if any(_shares_a_name(person.name, k, nick) for k, nick in known):
                continue  # "Judge Llewellyn's", "Ibu Priya", "Hi Theo": a known person
            if any(same_person(person.name, f.name) for f in found):
                continue
            honorific = split_honorific(m["hon"] + "x")[0] if m["hon"] else None
            found.append(Found(person.name, honorific or person.honorific))
    return found


def _names_in(line: str, known: str, nick: str | None) -> bool:
    """Whether a line names a known person by a name of theirs."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w’'-]*", line)}
    return _shares_a_name(" ".join(words), known, nick)


def _shares_a_name(name: str, known: str, nick: str | None) -> bool:
    """Whether a name holds a known person's first name, surname or short name."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w’'-]*", name)}
    words |= {re.sub(r"['’]s$", "", w) for w in words}
    theirs = {w.lower() for w in known.split() if len(w) > 1} | ({nick.lower()} if nick else set())
    return bool(words & theirs)


def _as_person(
    slot: str,
    hon: str | None,
    text: str,
    ordinary: set[str],
    *,
    rest: str = "",
    paragraph: bool = False,
    sure: bool = False,
) -> Found | None:
    """The person a name's place holds, or None when it holds no person's name."""
    from followup.noteheader import TITLE_HINT

    slot = _NAME_SUFFIX.sub("", slot.strip(" .*_"))
    words = slot.split()
    if not words or _section_like(slot) or any(w.lower() in _NOT_NAMES for w in words):
        return None
    if any(w.lower() in _TITLE_WORDS or TITLE_HINT.fullmatch(w) for w in words):
        return None
    if len(words) > 1 and words[-1].lower().strip(".") in HONORIFICS:
        return None  # "Circuit Judge", "Ship's Captain": a title said after its kind
    if any(re.search(r"['’](?:s|m|re|ll|d)$", w) or len(w.strip(".")) < 2 for w in words):
        return None  # "I'm Paula", "Conference Room B": no one's name
    capitalised = all(w[:1].isupper() for w in words)
    if (
        capitalised
        and len(words) >= 2
        and not paragraph
        and not any(w.lower() in ordinary for w in words)
    ):
        # in a form of its own ("### PART 3 — ", a table's column, a list of people), or
        # with the person's title after it ("MIKE SZYMANSKI - 2nd shift hangar lead"), or a
        # name the notes also use on its own ("Mike", "Kwame")
        after = re.split(r"[.,;:(—–@]|\s-\s", re.sub(r"^[\W_]+", "", rest))[0][:50]
        titled = TITLE_HINT.search(after) is not None
        alone = any(  # mid-sentence ("tell Mike I got ..."), not a heading's first word
            re.search(
                rf"(?<=[a-z,;] ){re.escape(w)}(?![\w’'-])(?![ \t]+{re.escape(words[-1])})", text
            )
            for w in words[:1]
        )
        if sure or titled or alone:
            return Found(" ".join(w if not w.isupper() else w.capitalize() for w in words))
        return None
    if len(words) == 1 and not paragraph and _first_name_only(words[0], rest, text, ordinary, sure):
        return Found(words[0].capitalize() if words[0].isupper() else words[0])
    if len(words) > 2 or (len(words) == 2 and min(len(w.strip(".")) for w in words) > 3):
        return None  # a short name is one word, with an initial or a word of address
    last = words[-1] if len(words[-1].strip(".")) > 1 else words[0]  # "priya s."
    full = _full_name_for(last.strip("."), text, ordinary)
    if full is None:
        return None
    return Found(full)


def called_by(name: str, text: str, nicknames: dict[str, str] | None = None) -> tuple[str, ...]:
    """The short name the notes say this person goes by, when it is none of their names
    ("Flick" for Felicity Armstrong: '"Flick is fine!"', "Hal" for 'Harold "Hal" Pruitt',
    given in `nicknames` by nicknames.py), for the line reader."""
    from followup.writer.gate import name_parts, preferred_name

    parts = name_parts(name)
    nick = (nicknames or {}).get(" ".join(split_honorific(name)[1].split())) or preferred_name(
        parts, text
    )
    if not nick or nick.lower() in (p.lower() for p in parts) or len(nick.split()) > 1:
        return ()
    return (nick,)


def _first_name_only(word: str, rest: str, text: str, ordinary: set[str], sure: bool) -> bool:
    """A person the notes know by one name ("## Marc-André — directeur technique (pas de
    nom de famille donné)", "TOLU (creative lead, first name only)"), in a known person's
    form: a capitalised word English does not know (wordclass.py: "Marc-André", "Tolu", not
    "Budget" or "Grace"), never written in lower case, with a title after it or said again
    mid-sentence ("à mettre dans le mail à Marc-André")."""
    from followup.noteheader import TITLE_HINT
    from followup.wordclass import lexicon_classes

    if not word[:1].isupper() or len(word) < 3 or word.lower() in ordinary:
        return False
    if any(lexicon_classes(part) for part in word.lower().split("-") if part):
        return False
    if word.isupper() and re.search(rf"[^\W\d_],[ \t]*{re.escape(word)}\b", text):
        return False  # letters after a name: "Dr. Hannah Lowry, OTD"
    after = re.split(r"[.,;:(—–@]|\s-\s", re.sub(r"^[\W_]+", "", rest))[0][:50]
    bracket = re.match(r"[ \t]*\((?P<t>[^)]*)\)", rest)
    titled = TITLE_HINT.search(after) or (bracket and TITLE_HINT.search(bracket["t"]))
    said = re.search(rf"(?<=[a-z,;] ){re.escape(word)}(?![\w’'-])", text)
    return bool(titled or said or sure)


def fuller_name(name: str, text: str) -> str | None:
    """The full name the notes write for a person the reader knows by one word: "Marcus
    Feld" in "## 1:1 — Dr. Marcus Feld, Laboratory Director" for "Feld"; None unless the notes
    write exactly one capitalised first name before it."""
    bare = split_honorific(name)[1]
    if len(bare.split()) != 1 or len(bare) < 3:
        return None
    ordinary = _lower_words(text)
    firsts = {
        m.group(1)
        for m in re.finditer(
            rf"(?<![\w’'-]){_HON}([A-Z][a-z’'-]+)[ \t]+{re.escape(bare)}(?![\w’'-])", text
        )
    }
    firsts = {f for f in firsts if f.lower() not in ordinary and f.lower() not in _NOT_NAMES}
    return f"{firsts.pop()} {bare}" if len(firsts) == 1 else None


# -- who was not met, and titles read as names ---------------------------------------------------
_NOT_MET = lazy_compile(
    r"(?:\bnot|n['’]t|\bnever|\bno)\b(?:\s+\w+){0,4}?\s+(?:an?\s+)?"
    r"(?:interview(?:er|ing|ed)?|in\s+the\s+room|on\s+the\s+panel|panel(?:l?ist)?|met|meet|"
    r"thank(?:ed|ing)?|there)\b"
    # a guest who did not come: "Carl Dunn (VP Claims) – declined"
    r"|\b(?:declined|absent|no[- ]show|(?:could|did|does)n['’]t\s+(?:make\s+it|come|show|join))\b",
    re.I,
)


def not_met(name: str, text: str) -> bool:
    """Whether the notes say of this person that the candidate did not meet them, or need not
    thank them ("(not an interviewer)", "she wasn't in the room"), on a line that names them."""
    parts = [p for p in name.split() if len(p) > 1]
    if not parts:
        return False
    pattern = r"(?<![\w’'-])(?:" + "|".join(map(re.escape, parts)) + r")(?![\w’'-])"
    for line in text.splitlines():
        m = re.search(pattern, line, re.I)
        if m is None:
            continue
        if _NOT_MET.search(line[m.end() : m.end() + 90]):
            return True
    return False


_SURNAME_TITLES = frozenset(["head", "dean", "lead"])


def title_not_person(name: str, text: str) -> bool:
    """Whether a name is a title or a part of an organisation ("Sterile Processing Tech",
    "Education Department", "HR Straits Maritime"), not a person: its last word names a job
    or a unit, or its first word a hiring department, and the notes never put an honorific
    before it."""
    honorific, bare = split_honorific(name)
    if honorific:
        return False
    words = [w.lower().strip(".,") for w in bare.split()]
    if not words:
        return False
    titled = (words[-1] in _TITLE_WORDS and words[-1] not in _SURNAME_TITLES) or (
        words[0] in _UNIT_FIRST and len(words) > 1
    )
    if not titled:
        return False
    return not re.search(rf"{_HON}{re.escape(bare)}", text)


# -- the one the next message goes to ------------------------------------------------------------
# The notes' plan names the contact ("Sending Flick the 2nd follow-up", "send Dale a short
# one") or the employer's instruction does ("she's the one to contact", "said to email him
# directly", "my contact for everything", "point of contact"): a sentence with one of these
# roles and exactly one person in it.
_SEND_TO = lazy_compile(
    r"\b(?i:send(?:ing)?|e-?mail(?:ing)?|write|writing|ping(?:ing)?|messag(?:e|ing))\s+"
    r"(?P<who>[A-Z][\w’'-]+)\b"
)
_CONTACT_ROLE = lazy_compile(
    r"\b(?:the\s+one\s+to\s+(?:contact|e-?mail|write\s+to|follow\s+up\s+with)|"
    r"(?:point\s+of\s+)?contact\s+(?:for|going\s+forward)|my\s+(?:main\s+)?contact|"
    r"said\s+to\s+(?:e-?mail|contact|send|write|follow\s+up|reach\s+out|direct))",
    re.I,
)
_SEND_TO_PRONOUN = lazy_compile(
    r"\b(?i:send|e-?mail|write|message|ping|congratulate)\s+(?:(?:it|this|that|the\s+\w+|a\s+"
    r"(?:\w+\s+)?(?:note|line|message|link))\s+)?(?:to\s+)?(?i:him|her)\b"
)
_RECORD = lazy_compile(r"\b(?:sent|replied|wrote|e-?mailed|[✓✔✅])", re.I)


def contact_named(text: str, names: list[list[str]]) -> int | None:
    """The person (by index; each person as the words they are called by) the notes' latest
    plan sends the next message to ("Sending Flick the 2nd ... follow-up today"), else the one
    the employer said to write to; None when neither names exactly one."""
    planned, instructed, _ = _addressees(text, tuple(tuple(n) for n in names))
    return planned if planned is not None else instructed


# the follow-up log's exchanges: "03/20 asked Jack about the timeline", "17.09. Petra reply:
# ...", "12.6. — email to Halla", "Halla: 'we are still interviewing'"
_EXCHANGE = lazy_compile(
    r"\b(?:e-?mail(?:ed)?|mailed|wrote|repl(?:y|ied)|answer(?:ed)?|rang|texted|messaged|"
    r"follow(?:ed)?[ -]?up)\b",
    re.I,
)
# a line of the log, opened by its day ("03/20", "16.09.", "12.6. —", "Mar 20", "13 Sept"):
# what it says was asked or replied was said in a message, not in the interview
_LOG_ENTRY = lazy_compile(
    r"^[ \t]*(?:[-*•>][ \t]*)?(?:\d{1,4}[/.-]\d{1,2}\.?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\b|"
    r"[A-Z][a-z]{2}\.?[ \t]+\d{1,2}\b)"
)
_ASKED = lazy_compile(r"\basked\b", re.I)
_THANKS = lazy_compile(r"\b(?:thank|thanks|thank-you)\b|þakk|zahval|merci|danke|gracias", re.I)


def last_correspondent(text: str, names: list[list[str]]) -> int | None:
    """The person (by index) the notes' follow-up log (its lines opened by a day) last records
    an exchange with that was no thank-you ("03/20 asked Jack about the timeline", "03/24 Jack
    reply: ..."): the one a later message goes to when no plan names anyone. None when no
    such line names exactly one person."""
    return _addressees(text, tuple(tuple(n) for n in names))[2]


@functools.lru_cache(maxsize=16)
def _addressees(
    text: str, names: tuple[tuple[str, ...], ...]
) -> tuple[int | None, int | None, int | None]:
    """One walk over the notes' sentences for both readings above: (the person the latest
    plan names, the one the employer said to write to, the one the log's last exchange that
    was no thank-you names)."""
    from followup.writer.kind_choice import _MESSAGE_WORD, _named_in, _sentences

    people_words = [list(n) for n in names]
    planned = None
    instructed = None
    last = None
    before: int | None = None  # the one person the sentence before names
    for sentence in _sentences(text.replace("’", "'")):
        named_here = set(_named_in(sentence, people_words))
        # the follow-up log: "03/20 asked Jack about the timeline", never a thank-you
        exchange = _EXCHANGE.search(sentence) or _ASKED.search(sentence)
        logged = _LOG_ENTRY.match(sentence) and exchange and not _THANKS.search(sentence)
        if logged and len(named_here) == 1:
            last = next(iter(named_here))
        here = next(iter(named_here)) if len(named_here) == 1 else None
        who = here if here is not None else before
        # "It made me think of Alan at once. I'd like to send it to him": the plan's pronoun
        # is the person the sentence (or the one before it) names
        if _SEND_TO_PRONOUN.search(sentence) and not _RECORD.search(sentence) and who is not None:
            planned = who
        before = here
        if _SEND_TO_PRONOUN.search(sentence):
            continue
        if _CONTACT_ROLE.search(sentence):
            if len(named_here) == 1:
                instructed = next(iter(named_here))
            continue
        if not _MESSAGE_WORD.search(sentence) or _RECORD.search(sentence):
            continue
        people = {
            n for m in _SEND_TO.finditer(sentence) for n in _named_in(m.group("who"), people_words)
        }
        if len(people) == 1:
            planned = people.pop()
    return planned, instructed, last


# a line that records the employer's decision: "got the no on 11/20", "they went with someone"
_DECISION_LINE = lazy_compile(
    r"\b(?:the no\b|rejected|rejection|not (?:moving|going) forward|went (?:with|w/?)\b|"
    r"decided|turned (?:me )?down|didn'?t get|did not get|unsuccessful|"
    r"position (?:was |has been )?filled)",
    re.I,
)
# what the one who gave the decision did: called, told, wrote, was on the call
_TOLD = lazy_compile(
    r"\b(?:call(?:ed)?|phoned|rang|told|said|e-?mail(?:ed)?|wrote|messaged|texted|"
    r"let(?:ting)? me know|reached out|broke the news|gave me)\b",
    re.I,
)
_TELLING_LINES = 2  # the lines after the decision's line that may say who gave it


def decision_tellers(text: str, names: list[list[str]]) -> set[int]:
    """The people (by index; each person as the words they are called by) the notes name as
    the ones who gave the decision: named in the line that records it, or named doing the
    telling (a call, a mail, "said") in the lines right after it ("got the no on 11/20" /
    "Jonah was super kind on the call"). Empty when the notes name no one."""
    from followup.writer.kind_choice import _named_in

    lines = [ln for ln in text.replace("’", "'").splitlines() if ln.strip()]
    tellers: set[int] = set()
    for i, line in enumerate(lines):
        if not _DECISION_LINE.search(line):
            continue
        if _TOLD.search(line):
            tellers |= set(_named_in(line, names))
        for after in lines[i + 1 : i + 1 + _TELLING_LINES]:
            if _TOLD.search(after):
                tellers |= set(_named_in(after, names))
    return tellers


def gave_the_decision(text: str, people: list[str], name: str) -> bool:
    """Whether a keep-in-touch note to this person (one of the people met, by full name) may
    thank them for letting the candidate know: they gave it, or the notes do not say who did
    (then the thanks goes to whoever the note is for, as before)."""
    if name not in people:
        return True
    names = [[w for w in re.findall(r"[\w'-]+", p) if len(w) > 1] for p in people]
    tellers = decision_tellers(text, names)
    return not tellers or people.index(name) in tellers
