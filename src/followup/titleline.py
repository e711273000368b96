"""The notes' title line: what its parts are by their place, not by their words.

The first line of a notebook page often names the page, its writer and the firm at once:
"My job notebook - Thang Za Lian (Indianapolis)", "Marek Hudec - CEHL application, poznámky",
"Gurmeet Singh Sandhu – job diary (Soar Valley Catering)". When one part of the line calls the
page notes (a notes word, candidateplace.notes_title), the line is the page's title: a
person's full name beside it is the writer, never the employer or the job, and the notes part
itself is neither. A bracket on such a line names the firm when the notes say it again below
(a town in brackets is not said again). A bare opening line of short sentences ("9/11-26.
Nordatlantic Ferries. Hirtshals office.") names the firm in the one part that is a
capitalised name ending in a noun of business, when no label did.

- `untitled_facts(header, text)`: right after the header reader, takes back a company or a
  role it read from the title's notes part or from the writer's name;
- `firm_on_title_line(header, text)`: after every reader, the firm the title line's bracket or
  a bare opening line names, when none was read.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.candidateplace import as_person_name, notes_title, talked_of
from followup.noteheader import Header
from followup.orgwords import org_signed
from followup.otherlanguage import is_other_language_word
from followup.wordclass import lexicon_classes

_SPLIT = re.compile(r"[ \t]+(?:--|[—–|·/-])[ \t]+|[ \t]*[|:·][ \t]*|,[ \t]+")
_BRACKET = re.compile(r"[ \t]*\((?P<inside>[^()\n]{2,60})\)")
_DATE_PART = re.compile(r"^\d{1,4}(?:[/.-]\d{1,4}){1,2}\.?$")
_CAPITAL_WORD = re.compile(r"^[^\W\d_a-z][^\W\d_]*[’'.-]?[^\W\d_]*$")


def _title(text: str) -> str:
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    return line.strip().strip("#*_ ").strip()


def _parts(line: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(_BRACKET.sub("", line)) if p and p.strip()]


_THIRD_PERSON = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _met(name: str, header: Header) -> bool:
    words = {w.lower() for w in name.split()}
    return any(words & {w.lower() for w in p.name.split()} for p in header.people)


def _writer_part(part: str, line: str, header: Header, text: str = "") -> bool:
    """A person's full name: person-shaped, someone not met, and not words of the language
    ("Lanterns Guide Dogs": nouns; a business's plural last word); and the notes do not talk
    of them below (a greeting or a quoted "..., Thang." calls the writer; "Dana asked" is
    someone met)."""
    name = as_person_name(part, line)
    if not name or name != part or len(part.split()) < 2 or _met(part, header):
        return False
    below = text[text.find(line) + len(line) :] if line in text else text
    if talked_of(part, below):
        return False
    if not header.people and _THIRD_PERSON.search(below):
        return False  # nobody else met, and "he asked ...": the title may name that person
    own = {w.lower() for w in (header.candidate or "").split()}
    if own and not own & {w.lower() for w in part.split()}:
        return False  # "Me: Wanjiru Njoroge" below: "Polaris Ledger" beside "notes" is the firm
    words = [w.lower() for w in part.split()]
    if org_signed(part) or _plural_noun(words[-1]):
        return False
    return sum(bool(lexicon_classes(w)) for w in words) < 2


def untitled_facts(header: Header, text: str) -> None:
    """A company or role read from the title line's notes part ("My job notebook"), unread."""
    line = _title(text)
    parts = _parts(line)
    # (the writer's name is taken back only after every reader, _writer_facts: taken back
    # here, the readers after put another part of the opening in its place)
    taken = {p.lower() for p in parts if notes_title(p)}
    value = header.company  # (a job read so is taken back after every reader: _writer_facts)
    if taken and value and _BRACKET.sub("", value).strip().lower() in taken:
        header.company = None


def _writer_facts(header: Header, text: str) -> None:
    """After every reader, when everyone met is known: the writer's name beside "notes" is no
    firm and no job, and it is the writer's; a part naming the firm is no job."""
    line = _title(text)
    parts = _parts(line)
    if not any(notes_title(p) for p in parts):
        return
    writer = [p for p in parts if _writer_part(p, line, header, text)]
    taken = {p.lower() for p in writer} | {p.lower() for p in parts if notes_title(p)}
    for fact in ("company", "role"):
        value = getattr(header, fact)
        if value and _BRACKET.sub("", value).strip().lower() in taken:
            header.candidate = header.candidate or as_person_name(value, line)
    if header.company and _BRACKET.sub("", header.company).strip().lower() in taken:
        header.company = None
    # a part naming the firm is no job ("Larkfield application"), though no job was read
    firm = {w.lower() for w in (header.company or "").split() if len(w) > 2}
    taken |= {p.lower() for p in parts if firm & {w.lower() for w in p.split()}}
    if header.role and _BRACKET.sub("", header.role).strip().lower() in taken:
        header.role = None


def firm_on_title_line(header: Header, text: str) -> None:
    """The firm a notes title's bracket or a bare opening line names, when none was read; a
    job read from a notes title's part that names the firm, unread."""
    _writer_facts(header, text)
    line = _title(text)
    if header.company and len(header.company.split()) == 1:
        word = header.company.strip(" .:").lower()
        if header.company in _parts(line) and is_other_language_word(word):
            header.company = None  # "Protokoll / Aktennotiz": what the page is, in German
    if header.role and header.company and header.role.lower() == header.company.lower():
        header.role = None  # "Job search 2026 — Meridian Freight Analytics": the firm, twice
    if header.company and header.role and any(notes_title(p) for p in _parts(line)):
        firm = {w.lower() for w in header.company.split() if len(w) > 2}
        role = {w.lower() for w in header.role.split()}
        if header.role.lower() in {p.lower() for p in _parts(line)} and firm & role:
            header.role = None  # "Larkfield application": the firm's name, no job
    if header.company:
        return
    rest = text[text.find(line) + len(line) :] if line else text
    parts = _parts(line)
    if any(notes_title(p) for p in parts):
        # a bracket's name, or the capitalised words a part opens with ("CEHL application")
        named = [m.group("inside").strip() for m in _BRACKET.finditer(line)]
        for part in parts:
            if notes_title(part) or _writer_part(part, line, header, text):
                continue
            lead = re.match(r"(?:[^\W\d_a-z][^\W\d_]*(?:[ \t]+|$))+", part)
            if lead and lead.group().strip() != part:
                named.append(lead.group().strip())
        for inside in named:
            words = inside.split()
            if not all(_CAPITAL_WORD.match(w) for w in words) or _met(inside, header):
                continue
            if re.search(rf"(?<!\w){re.escape(inside)}(?!\w)", rest):
                header.company = inside  # said again below: the firm, not the town
                return
        # the line under the title opening on a name that is no one's and not the job:
        # "Parks and Wildlife WA, West Kimberley District office, Broome"
        below = next((ln.strip() for ln in rest.splitlines() if ln.strip()), "")
        first = _parts(below)[0] if _parts(below) else ""
        if _FIRM_SHAPED.fullmatch(first) and not _taken(first, header, line):
            header.company = first
            return
    sentences = [s.strip() for s in re.split(r"(?<=\.)[ \t]+", line) if s.strip()]
    if len(sentences) < 2 or not any(_DATE_PART.match(s) for s in sentences):
        return  # a bare line of short sentences, one of them its date
    own = {w.lower() for w in (header.candidate or "").split()}
    for sentence in sentences:
        name = sentence.rstrip(".")
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(_CAPITAL_WORD.match(w) for w in words):
            continue
        if _met(name, header) or own & {w.lower() for w in words}:
            continue
        if org_signed(name) or _plural_noun(words[-1].lower()):
            header.company = name  # "Nordatlantic Ferries": a business by its last word
            return


# capitalised words, with the small words a firm's name may hold ("Parks and Wildlife WA")
_FIRM_SHAPED = re.compile(
    r"[^\W\d_a-z][\w&’'.-]*(?:[ \t]+(?:and|of|for|the|&|[^\W\d_a-z][\w&’'.-]*)){1,5}"
)


def _taken(part: str, header: Header, line: str) -> bool:
    """Whether a part is a person's name, a word of the job, or someone met."""
    words = {w.lower() for w in part.split()}
    role = {w.lower() for w in (header.role or "").split()}
    own = {w.lower() for w in (header.candidate or "").split()}
    if words & role or words & own or _met(part, header):
        return True
    return bool(as_person_name(part, line)) and not org_signed(part)


def _plural_noun(word: str) -> bool:
    """A plural of an English noun ("ferries", "foods", "boats"): a business's last word that
    no person's name ends in ("Fox" and "Baker" are nouns, but one of each)."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    singular = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return any("NOUN" in lexicon_classes(s) for s in singular if len(s) > 2)
