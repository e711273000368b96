"""People met, read by the block each one heads: a list item that opens with a name, with the
lines about that person indented under it.

Notes about a panel give each person an item of a list and put what that person asked, said
or cared about under it, one level deeper:

    Prisotni:
    - Gregor Novak, tehnični vodja
      - asked: hydraulic tensioning. ok.
    - ga. Petra Zupan, kadrovska
      - contract 1 yr, then permanent

    1) Yuldashev Rustam Akramovich — главный инженер (chief engineer). Old school ...
       - asked about saw cylinders ...
    2) Dilnoza opa — kadrlar bo'limi (HR). only first name she said

The title after the name may be in any language, so the evidence is the item's place and the
shape of its head, not its words: the head opens with a name (capitalised words the notes do
not write as ordinary words; a short word of address before it, "ga.", "Mr."; a word of
address after it, "opa"; the name in another script beside it, "林家豪"), then a separator (a
comma, a dash, a bracket, a colon) or the line's end.

An item is a person's block when lines of its own are indented under it (two or more) and one
of these holds: another item of the same list is a person's block too (the list is a list of
people), the lines under it say what the person asked or said ("asked", "told him", "her
concern"), or a job title follows the name. An item of such a list whose head holds a name and
a title but no lines of its own ("- Xiao Mei 小美 (HR) — did first 10 min") is someone met too.

A line of its own heads a block the same way, its items right under it or indented deeper:
a log entry after its time ("0900 Dale Kessler, Vegetation Mgmt Manager."), a framed heading
("-- Ms. Aizada Temirbekova, Director --"), a plain line ("Pan Ing. Jaroslav Kučera —
vedoucí dispečinku" over "- ..." items). Short degrees before the name ("Ing.", "Mgr.") and
leading words of a title or address ("Pan", "Paní" when the notes write it before the surname
alone) are no part of the name. Such a line is a person's only when its block has a title or
says what the person said. One name alone heads a person's block in a list of titled blocks
that each say what the person asked ("1) Enkhbayar – pit superintendent"); items that each open
with a full name and a comma, one of them titled, are a list of people. When no block names
anyone, speaker labels ("KEANE: ...") explained by a full name are read (speakerlabels.py).

Elimination keeps it honest: never the candidate, the company or a word of the company's, an
organisation's name, a job title, a section of the notes, a month; never a list under a heading
of referees or copies. Read only when no other reader found anyone met: a form read wrongly
is worse than the refusal it replaces.

Standard library only: each test is a line's indentation, its marker and a word's shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, Person, add_person, same_person
from followup.notenames import (
    COMMON_WORDS,
    DEGREE_WORDS,
    HON,
    HONORIFICS,
    MONTH_NAMES,
    NAME_TAIL,
    NOT_NAMES,
    UPPER,
    split_honorific,
)

_NAME_WORD = rf"{UPPER}{NAME_TAIL}"
# a list item's marker: "-", "*", "•", "1)", "2.", "a)"
_ITEM = lazy_compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*•+]|\d{1,2}[.)])[ \t]+(?P<head>\S.*)$")
# the head of an item: a word of address, the name, a word of address after it, the name in
# another script, then what separates the name from the rest
_HEAD = lazy_compile(
    rf"(?:(?P<hon>(?i:{HON}))\.?[ \t]+|(?P<addr>[a-zà-ÿ]{{1,4}}\.)[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|den|da|di|du|del|la|le|bin|binti|"
    rf"al|el)[ \t]+)?{_NAME_WORD}){{0,3}})"
    r"(?P<after>[ \t]+[a-zà-ÿ]{2,6}(?=[ \t]*(?:,|\(|--|[—–]|-[ \t])))?"
    r"(?P<script>(?:[ \t]+[^\sA-Za-zÀ-ɏ\d,()—–:-]+)+)?"
    r"[ \t]*(?P<sep>,|\(|:|--|[—–]|-(?=[ \t])|=|\.(?=[ \t]|$)|$)(?P<rest>.*)$"
)
# the words that say the person spoke with the candidate, in the lines under their name
_SPOKE = lazy_compile(
    r"\b(?:asked|asks|ask|said|says|told|tell|wanted|wants|mentioned|explained|talked|"
    r"discussed|worried|worry|concerns?|concerned|raised|described|showed|questions?|"
    r"liked|cares?|cared|he|she|him|her|his|hers)\b",
    re.I,
)
# the heading of a list that names no one met: referees, copies, contacts to keep
_NOT_MET_HEADING = lazy_compile(r"(?i:refer|referee|\bcc\b|bcc|recommend|my contacts)")
# a heading framed or marked as one: "-- Name, Title --", "=== Name ===", "### Name", "**Name**"
_FRAMED = lazy_compile(
    r"^[ \t]*(?:[-=~_*]{2,}|#{1,6})[ \t]*(?P<head>[^-=~_*#\s].*?)[ \t]*(?:[-=~_*#]{2,})?[ \t]*$"
)
# a log entry: the time, then what happened ("0900 Dale Kessler, ...", "09:40 Dr. Anne ...")
_LOGGED = lazy_compile(r"^[ \t]*\d{1,2}[:.h]?\d{2}[ \t]+(?P<head>\S.*)$")
# a degree or title written short before a name ("Ing.", "Mgr.", "Bc."): no part of the name
_ABBREVIATION = lazy_compile(r"[A-Z][a-z]{0,3}\.")
# what separates a name from the title after it in a list of people
_LIST_SEPS = frozenset({",", "--", "—", "–", "-", "("})
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
# the words of a section's heading, never a name: "- Next:", "- Follow-up:"
_SECTION_WORDS = """next follow followup follow-up private salary notes questions answer answers
todo plan summary overview outcome decision logistics timeline forgot"""
_ORDINARY_HEADS = frozenset(_SECTION_WORDS.split())


@dataclass
class _Item:
    """One list item whose head may name a person."""

    line: int
    indent: int
    mark: str
    name: str
    honorific: str | None
    title: str | None
    titled: bool
    children: list[str]
    sep: str = ""


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _kind(mark: str) -> str:
    return "n" if mark[:1].isdigit() else mark


def _children(lines: list[str], i: int, indent: int) -> list[str]:
    """The non-blank lines under item i, indented deeper than it (a blank line inside the
    block is passed over when the block goes on after it)."""
    out: list[str] = []
    for line in lines[i + 1 :]:
        if not line.strip():
            continue
        if _indent(line) <= indent:
            break
        out.append(line)
    return out


def _ordinary(word: str, lower: set[str]) -> bool:
    """An ordinary word, not a name: English knows it and the notes write it in lower case."""
    from followup.wordclass import lexicon_classes

    low = word.lower()
    return low in COMMON_WORDS or low in NOT_NAMES or (low in lower and bool(lexicon_classes(low)))


def _name_like(name: str, header: Header, lower: set[str], honoured: bool) -> bool:
    """Whether the words in a head's name place may be a person's name."""
    from followup.factplace import _firm_name
    from followup.wordclass import lexicon_classes

    words = name.split()
    lows = [w.lower() for w in words]
    if any(w in _MONTHS or w in _ORDINARY_HEADS for w in lows):
        return False
    if any(_ordinary(w, lower) for w in words):
        return False
    if all(lexicon_classes(w) for w in lows) and not honoured:
        return False  # "Budget Planning", "Benefits": a topic's words ("Rose Baker" is lost)
    if TITLE_HINT.search(name) or _firm_name(name):
        return False
    if words[-1].lower().strip(".") in HONORIFICS:
        return False
    if any(len(w) < 2 or (w.isupper() and len(w) <= 3) for w in words):
        return False  # initials, acronyms ("QA", "HR")
    firm = {w.lower() for w in (header.company or "").split()}
    if firm and all(w in firm for w in lows):
        return False
    if header.candidate and same_person(header.candidate, name):
        return False
    return not (header.role and name.lower() == header.role.lower())


def _title_of(rest: str) -> tuple[str | None, bool]:
    """The title said after the name (the first sentence of the rest), and whether it reads as
    a job title in English (a bracketed English title after one in another language counts)."""
    said = re.split(r"\.(?:[ \t]|$)", rest.strip(" -—–:,"), maxsplit=1)[0].strip()
    said = re.sub(r"[ \t]*\([^()]*$", "", said[:80])  # "HR (Ts": a bracket cut short
    if not said:
        return None, False
    bracket = re.search(r"\(([^()]{2,40})\)", said)
    for part in ([bracket.group(1)] if bracket else []) + [re.sub(r"\([^()]*\)", "", said)]:
        part = part.split(",")[0].strip(" .")
        if part and TITLE_HINT.search(part) and len(part.split()) <= 6:
            return part, True
    return None, False


def _head_of(line: str) -> tuple[str, str] | None:
    """(marker, head) of a line that may open a person's block: a list item ("- ", "1) "),
    or a line of its own that heads the lines under it ("H"): a log entry after its time
    ("0900 Dale Kessler, ..."), a framed or marked heading ("-- Ms. Aizada Temirbekova,
    Director --", "### Name"), or a plain line ("Pan Ing. Jaroslav Kučera — vedoucí")."""
    m = _ITEM.match(line)
    if m is not None and not _FRAMED.match(line):
        return m.group("mark"), m.group("head")
    f = _FRAMED.match(line) or _LOGGED.match(line)
    if f is not None:
        return "H", f.group("head")
    if line.strip():
        return "H", line.strip()
    return None


def _heads_block(lines: list[str], i: int, indent: int) -> list[str]:
    """The lines a plain head heads: the list items right under it at its own indentation or
    deeper, and lines indented deeper, up to a blank line or the next line of its level."""
    out: list[str] = []
    for line in lines[i + 1 :]:
        if not line.strip():
            break
        if _indent(line) <= indent and not (_ITEM.match(line) and not _FRAMED.match(line)):
            break
        out.append(line)
    return out


def _without_degrees(head: str) -> str:
    """The head without the short degrees or titles before the name ("Pan Ing. Jaroslav" is
    "Pan Jaroslav"); a greeting title ("Dr.", "Ms.") stays, the reader keeps it."""
    words = head.split(" ")
    kept = [
        w
        for n, w in enumerate(words)
        if not (
            n < 3
            and _ABBREVIATION.fullmatch(w)
            and (w.rstrip(".").lower() in DEGREE_WORDS or w.rstrip(".").lower() not in HONORIFICS)
            and n + 1 < len(words)
            and words[n + 1][:1].isupper()
        )
    ]
    return " ".join(kept)


def _name_after_titles(name: str, text: str) -> str:
    """The name without the words of a title or address written before it ("Fire Marshal
    Dorothy Keane", "Pan Jaroslav Kučera", "Paní Hana Procházková"), while two words remain:
    a leading word English knows, or one the notes also write right before the surname alone
    ("Paní Procházková pošle e-mail": a word of address, not her first name)."""
    from followup.wordclass import lexicon_classes

    words = name.split()
    while len(words) > 2 and (
        lexicon_classes(words[0].lower())
        or re.search(rf"\b{re.escape(words[0])}[ \t]+{re.escape(words[-1])}\b", text)
    ):
        words = words[1:]
    return " ".join(words)


def _items(lines: list[str], header: Header) -> list[_Item]:
    text = "\n".join(lines)
    lower = _lower_case_words(text)
    items: list[_Item] = []
    for i, line in enumerate(lines):
        head = _head_of(line)
        if head is None:
            continue
        mark, said = head
        if mark == "H":
            said = _without_degrees(said)  # "Ing. ", "Mgr. ": a degree, no name
        h = _HEAD.match(said)
        if h is None:
            continue
        name = h.group("name")
        if mark == "H":
            name = _name_after_titles(name, text)
        words = name.split()
        if mark == "H" and len(words) < 2 and not h.group("hon"):
            continue  # a word alone on a line of its own is a heading, not a name
        if h.group("sep") in ("", ".") and len(words) < 2:
            continue  # "- Benefits": a word alone on an item
        if h.group("after") and _ordinary(h.group("after").strip(), lower | {"and", "or"}):
            continue  # "- Tom said - ...": a sentence, not a name with a word of address
        if not _name_like(name, header, lower, bool(h.group("hon") or h.group("addr"))):
            continue
        title, titled = _title_of(h.group("rest"))
        honorific = None
        if h.group("hon"):
            honorific = split_honorific(h.group("hon") + " x")[0]
        indent = _indent(line)
        items.append(_Item(i, indent, mark, name, honorific, title, titled, [], h.group("sep")))
        if mark == "H":
            items[-1].children = _heads_block(lines, i, indent)
        else:
            items[-1].children = _children(lines, i, indent)
    return items


def _lower_case_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w’'-])[a-zà-ÿ][a-zà-ÿ’'-]+(?![\w’'-])", text))


def _siblings(lines: list[str], items: list[_Item], item: _Item) -> list[_Item]:
    """The other items of the same list: the same indentation and marker, with nothing
    between them but lines indented deeper (their own)."""
    out = []
    if item.mark == "H":  # the other lines of their own that head blocks
        return [o for o in items if o is not item and o.mark == "H" and len(o.children) >= 2]
    for other in items:
        if other is item or other.indent != item.indent or _kind(other.mark) != _kind(item.mark):
            continue
        lo, hi = sorted((item.line, other.line))
        between = [ln for ln in lines[lo + 1 : hi] if ln.strip()]
        if all(_indent(ln) > item.indent for ln in between):
            out.append(other)
    return out


def _heading(lines: list[str], item: _Item) -> str:
    """The line the item's list hangs under: the nearest line above it indented less, or a
    line at its level that is no item."""
    for line in reversed(lines[: item.line]):
        if not line.strip():
            continue
        if _indent(line) < item.indent or not _ITEM.match(line):
            return line
    return ""


def _titled_speaking(item: _Item) -> bool:
    """A block of its own, headed by a job title, with lines that say what the person said."""
    return item.titled and len(item.children) >= 2 and any(_SPOKE.search(c) for c in item.children)


def _people_list(item: _Item, siblings: list[_Item]) -> bool:
    """A list of people: the item and at least one sibling each open with a full name and a
    comma or a dash before what follows, and one of them names a job title."""
    full = [it for it in [item, *siblings] if len(it.name.split()) >= 2 and it.sep in _LIST_SEPS]
    return item in full and len(full) >= 2 and any(it.titled for it in full)


def block_people(text: str, header: Header) -> list[Person]:
    """The people met that the notes give a block of their own (see the module doc)."""
    lines = text.splitlines()
    items = _items(lines, header)
    blocks = [it for it in items if len(it.children) >= 2]
    people: list[Person] = []
    for item in items:
        if _NOT_MET_HEADING.search(_heading(lines, item)):
            continue
        siblings = _siblings(lines, items, item)
        listed = [s for s in siblings if s in blocks]
        full = [s for s in siblings if len(s.name.split()) > 1]
        if item.mark == "H" and item not in blocks:
            continue  # a line of its own heads a block, or it is no person's
        if item in blocks:
            spoke = any(_SPOKE.search(c) for c in item.children)
            # a line of its own is a person's by its own block (a title, or what they said),
            # or beside another such line that is a person's by its own block
            if item.mark == "H":
                listed = [s for s in listed if s.titled or any(map(_SPOKE.search, s.children))]
            sure = bool(listed) or spoke or item.titled
        else:
            sure = item.titled and any(
                s in blocks and (s.titled or any(_SPOKE.search(c) for c in s.children))
                for s in siblings
            )
        if not sure and item.mark != "H" and _people_list(item, siblings):
            sure = True  # "- Rógvi Jákupsson, kaptein. ..." in a list of such items
        if len(item.name.split()) == 1:
            # one name alone is a person's only beside full names in the same list, or in a
            # list of titled blocks that say what each person asked ("1) Enkhbayar – pit
            # superintendent" over his questions, "2) Oyunchimeg – HR" over hers)
            sure = sure and (
                (bool(full) and (item in blocks or item.titled))
                or (_titled_speaking(item) and any(_titled_speaking(s) for s in siblings))
            )
        if sure:
            people.append(Person(item.name, item.title, item.honorific))
    return people


def read_block_people(header: Header, text: str) -> None:
    """Add the people met by their blocks, when no other reader found anyone."""
    if header.people:
        return
    from followup.speakerlabels import speaker_people

    for person in block_people(text, header) or speaker_people(text, header):
        add_person(header, person)
