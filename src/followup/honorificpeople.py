"""A person met, read by the head of their part of the notes: an honorific, a name, a title.

"SRA. CARMEN HUAMÁN - Gerente de Operaciones", "MRS FOLAKE ADEYEMI (MD / founder)", "- Eng.ª
Sofia Furtado, responsável da Qualidade", "- Sr. Paulo Melo, chefe de produção": a line that
opens with a courtesy title (in any case, in the languages notes are written in), then a name,
then a title after a dash, a comma or a bracket, names someone met. The honorific is the
evidence that the words are a person's name; the line's place (its head) that they were met.
When the notes name no one else, these are the people met; the readers of the line forms
(whogetsanote.parallel_people) then find the others written the same way ("TOLU (creative
lead)").

A name written in capitals is given the case the notes write it in elsewhere ("Carmen tell me
..."), else a capital and lower case ("HUAMÁN" -> "Huamán").
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, Person, add_person
from followup.notenames import HONORIFICS

# the courtesy titles of Spanish and Portuguese, beside those of notenames.HONORIFICS, read
# only at the head of a line ("Sr. Analyst" in running text is a title's shorthand)
_LINE_HEAD_HONORIFICS = {
    "sr": "Mr.",
    "sra": "Ms.",
    "srta": "Ms.",
    "dra": "Dr.",
    "eng.ª": "Eng.",
    "eng.a": "Eng.",
    "engª": "Eng.",
    "dr.ª": "Dr.",
    "drª": "Dr.",
    # Danish and Norwegian "Hr."/"Fr." (herre, fru), with their full stop: "HR" is a department
    "hr.": "Mr.",
    "fr.": "Ms.",
}
_GREETING_TITLE = {
    **{k: v for k, v in HONORIFICS.items() if v in ("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.")},
    **_LINE_HEAD_HONORIFICS,
}
_HON_WORDS = "|".join(sorted(map(re.escape, _GREETING_TITLE), key=len, reverse=True))
_WORD = r"[^\W\d_][\w’'-]*"
_HEAD = lazy_compile(
    rf"^[ \t]*(?:[-*•][ \t]*|\d{{1,2}}[.)][ \t]*)?(?:\*\*|#+[ \t]*)?"
    rf"(?P<hon>(?i:{_HON_WORDS}))\.?[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)(?:\*\*)?"
    r"[ \t]*(?P<sep>[,(:]|[ \t][-–—][ \t])[ \t]*(?P<title>\S[^\n]*)$",
    re.M,
)

# the same in running text, its title in brackets right after it: "ask for Mrs Pryce
# (Executive Housekeeper)", "with Mr. Dan Hughes (investor)"; read only when no one else is
_IN_TEXT = lazy_compile(
    rf"(?<![\w’'-])(?P<hon>(?i:{_HON_WORDS}))\.?[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)[ \t]*\((?P<title>[^()\n]{{2,60}})\)"
)


def _as_written(word: str, text: str) -> str:
    """A word typed in capitals, in the case the notes write it elsewhere, else capitalised."""
    if not word.isupper() or len(word) < 2:
        return word
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text, re.I):
        if not m.group().isupper() and m.group()[:1].isupper():
            return m.group()
    return "-".join(p.capitalize() for p in word.split("-"))


def _title(rest: str, bracketed: bool) -> str | None:
    """The title a head line gives: inside its bracket, or up to its first sentence's end."""
    if bracketed:
        rest = rest.split(")", 1)[0]
    rest = re.split(r"\.[ \t]+(?=[A-Z])", rest, maxsplit=1)[0]
    if rest.count("(") > rest.count(")"):  # "co-owner (británico)" cut short: no bracket
        rest = rest[: rest.rfind("(")]
    return rest.strip(" \t.,;:(") or None


def _name_words(name: str) -> list[str] | None:
    """The words of a name: letters only ("Mr Mehta Q1 - ..." is no name); capitals after a
    name in mixed case are letters after it ("James Whitlock MRCVS"), or a label ("Mr Mehta
    CONCERN - ..."), no part of it."""
    words = name.split()
    if not all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
        return None
    if not all(w.isupper() for w in words):
        while len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1:
            words.pop()
        if any(w.isupper() and len(w) > 1 for w in words):
            return None
    return words


def honorific_people(text: str) -> list[Person]:
    """Everyone a line head names with an honorific (see the module's note), in order."""
    found: list[Person] = []
    for m in _HEAD.finditer(text):
        words = _name_words(m.group("name"))
        if not words:
            continue
        name = " ".join(_as_written(w, text) for w in words)
        title = _title(m.group("title"), m.group("sep") == "(")
        hon = m.group("hon").lower()
        honorific = _GREETING_TITLE.get(hon) or _GREETING_TITLE.get(hon.rstrip("."))
        found.append(Person(name, title, honorific))
    return found


def _in_running_text(text: str) -> list[Person]:
    found = []
    for m in _IN_TEXT.finditer(text):
        words = _name_words(m.group("name"))
        if m.group("hon").lower() in _LINE_HEAD_HONORIFICS or not words:
            continue
        if TITLE_HINT.search(m.group("title")) is None:
            continue
        title = _title(m.group("title"), False)
        honorific = _GREETING_TITLE.get(m.group("hon").lower())
        found.append(Person(" ".join(_as_written(w, text) for w in words), title, honorific))
    return found


# a word of address said before a given name where people are greeted so (Thai "Khun",
# Indonesian and Malay "Ibu", "Pak"), in the words that say whom the interview was with:
# "with Khun Joe (owner, ...)", "met Ibu Ratna"
_ADDRESSED_MET = lazy_compile(
    rf"\b(?i:with|w/|met)[ \t]+(?:Khun|Ibu|Bu|Pak|Bapak)[ \t]+(?P<name>{_WORD})(?![\w’'-])"
    r"(?:[ \t]*\((?P<title>[^()\n]{2,60})\))?"
)


def _addressed_met(text: str) -> list[Person]:
    """People met, named by a word of address and a given name ("with Khun Joe (owner)")."""
    found = []
    for m in _ADDRESSED_MET.finditer(text):
        words = _name_words(m.group("name"))
        if not words or len(m.group("name")) < 2:
            continue
        said = m.group("title") or ""
        title = _title(said, False) if TITLE_HINT.search(said) else None
        found.append(Person(_as_written(words[0], text), title.split(",")[0] if title else None))
    return found


def read_honorific_people(header: Header, text: str) -> None:
    """The people met by their line heads, beside those the notes' other readers found; or
    named with an honorific and a title in running text, when no reader found anyone; and
    those met whom the notes name with a word of address ("with Khun Joe")."""
    found = honorific_people(text) or ([] if header.people else _in_running_text(text))
    found += _addressed_met(text)
    if not found:
        return
    known = len(header.people)
    for person in found:
        add_person(header, person)
    if len(header.people) == known:
        return  # no one new: the readers' order stands
    low = text.lower()

    def place(person: Person) -> int:  # the people in the order the notes name them
        at = low.find(person.name.lower())
        return at if at >= 0 else len(low)

    header.people.sort(key=place)
