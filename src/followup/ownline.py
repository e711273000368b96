"""The writer's own line: where people put their own name over their notes, read by its place.

Two places, each a shape of the notes and not a wording:

1. A person line in the header block (the lines before the first blank line, at most six;
   the title line only with a rank, years, a licence or a phone after the name, or when the
   reader took the name there for the company and no word of it is an organisation's):
   a bullet allowed, an honorific, a full name (initials allowed: "R. J. Castellano"), then
   a comma, a dash or a bracket and what the writer says of themselves: a place ("Magnus
   Flett, Stenness"), a rank or service left ("BMC USN (Ret.)"), letters after a name and a
   licence ("Selam Tesfamariam, CNA (MD license renew June)"), a degree and its year ("MV,
   UdelaR 2016"), a business and a town, a phone or an e-mail address. Not a person met:
     - what follows the name is not a job title alone ("INGRID RENDALL - distillery manager"
       is someone met), and the line has no block of its own (bullets right under it);
     - the notes never use a word of the name again (the people met are spoken of: "Ingrid
       asked", "Ms. Whitfield"), except in a greeting to the writer ("Takk Guðrún, ...");
     - no word of it is the company's or the role's, nor is the company named after it, and
       it is no one else the notes list;
     - someone else met is left to write to, or the line gives the writer's own phone or
       e-mail address (an address on the company's domain is someone there).
   The header reader may have taken the line for someone met or for the company: that
   reading is undone (read_own_line).
2. A pasted chat (one message a line, "[16/02/2025, 19:42] Sita Gurung: ..."): the one
   sender who tells the interview in the first person ("i", "me", "my") about the people
   met, while the others only answer (a relative asking "salary?"). The sender must be a
   person's name, not "Me" or "You", and no one met.

When a place is not sure it reads nothing; the user is asked (--me).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.candidateplace import as_person_name, name_ruled_out
from followup.chatlines import CHAT_LINE
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, read_header, same_person
from followup.notenames import HON_PREFIX, UPPER
from followup.orgwords import org_signed

# the line: a bullet, an honorific, the name (initials allowed), a separator, the rest
_PERSON_LINE = lazy_compile(
    rf"^[ \t]*(?:[-–—•*·~][ \t]*)?(?:{HON_PREFIX})?"
    rf"(?P<name>(?:{UPPER}\.[ \t]*){{0,2}}[^\W\d_][^,(|\n]*?)"
    r"[ \t]*(?:,|\(|\||[ \t][-–—][ \t]|[ \t]--[ \t])[ \t]*(?P<rest>\S[^\n]*)$"
)
# an abbreviated title before a name, in any language ("Dra.", "Sra.", "Ing.", "Capt."): a
# capital, one to four small letters and a full stop; an initial has no small letter
_TITLE_ABBREVIATION = lazy_compile(rf"^(?:{UPPER}[a-z]{{1,4}}\.[ \t]+)+(?={UPPER})")
_INITIALS_NAME = lazy_compile(rf"(?:{UPPER}\.[ \t]*){{1,2}}(?P<surname>{UPPER}[^\W\d_]+)")
# a line that opens a block of its own: a bullet or an indented line right under it
_UNDER = lazy_compile(r"^(?:[ \t]+\S|[ \t]*[-–—•*·>][ \t])")
# the writer's own contact beside their name
_PHONE = lazy_compile(r"(?i:\b(?:tel|phone|mob(?:ile)?|cell)\b\.?|\+?\d[\d ()./-]{6,}\d)")
_ADDRESS = lazy_compile(r"(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# a rank, a service or a retirement written after a name: "(Ret.)", "retd", "ex-"
_SELF_MARK = lazy_compile(
    r"(?i:\(ret\.?\)|\bret(?:d|ired)?\.|\bretired\b|\bex-|\b\d+\+?[ \t]*(?:yrs?|years?)\b|"
    r"\blicen[cs]e[ds]?\b|\bcertified\b|\bregistered\b|\bgraduate\b)"
)
# a greeting to the writer in a quoted message: '"Takk Guðrún, we are still ...'
_QUOTED_GREETING = r"[\"“][ \t]*(?:[^\W\d_]+[ \t]+)?{name}[ \t]*[,!]"


def own_line_name(
    text: str, people: list[str], company: str | None, role: str | None
) -> str | None:
    """The writer's name from their own line in the header block (see above); None unless
    exactly one line is sure."""
    found = _own_line(text, people, company, role)
    return found[0] if found else None


def _own_line(
    text: str, people: list[str], company: str | None, role: str | None
) -> tuple[str, str] | None:
    """The writer's name and the line it stands on (see own_line_name)."""
    lines = text.strip().split("\n\n", 1)[0].splitlines()[:6]
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = _PERSON_LINE.match(line)
        if not m or (i and lines[i - 1].rstrip().endswith(":")):
            continue  # a name under "Panel:" is someone met
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if _UNDER.match(below) and not _UNDER.match(line):
            continue  # the line opens a person's block: someone met
        if (i and _names_someone(lines[i - 1], people)) or _names_someone(below, people):
            continue  # "Mr Tim Ashby, SEO, Policy" under the panel's chair: a list of people met
        name = _name(m.group("name"), line)
        rest = m.group("rest")
        if not i and not (
            _SELF_MARK.search(rest) or _PHONE.search(rest) or _taken_for_firm(name, company)
        ):
            continue  # the title line names the meeting, unless the writer says who they are
        if not name or _title_alone(rest) or _says_company(rest, company):
            continue
        own_contact = _own_contact(rest, name, company)
        others = [p for p in people if not same_person(p, name)]
        if not (others or own_contact):
            continue  # the only person named may be the one met: nothing is sure
        if _used_again(name, text, line) or name_ruled_out(
            name, text, others, _not_the_name(company, name), _not_the_name(role, name)
        ):
            continue
        found.append((name, line))
    return found[0] if len(found) == 1 else None


def read_own_line(header: Header, text: str) -> None:
    """The hook (notes.py): the writer's own line when no reader named the writer, or when
    the name read is a part of it read from a worse place ("Chef Wanjiru" from the address on
    the line "Wanjiru Kamau — chef.wanjiru@..."); the person, company or role the reader took
    from that line undone."""
    people = [p.name for p in header.people]
    found = _own_line(text, people, header.company, header.role)
    if found is None:
        return
    name, line = found
    if header.candidate is not None and not _shares_a_word(header.candidate, name):
        return
    header.candidate = name
    header.people = [p for p in header.people if not same_person(p.name, name)]
    said = re.sub(r"\W+", " ", line.lower())
    misread = header.company and same_person(header.company, name)  # "Delroy Campbell - porter
    if misread:  # 6 yrs" read as the firm and its job: the facts read again without the line
        again = read_header(text.replace(line, "", 1))
        header.company = again.company
        if header.role and re.sub(r"\W+", " ", header.role.lower()).strip() in said:
            header.role = again.role


def _names_someone(line: str, people: list[str]) -> bool:
    """The line holds the full name of someone met (a sibling in a list of the panel)."""
    low = line.lower()
    return any(len(p.split()) > 1 and p.lower() in low for p in people)


def _shares_a_word(read: str, name: str) -> bool:
    """The name read elsewhere and the own line's name share a word: one person."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", name)}
    return bool(words & {w.lower() for w in re.findall(r"[^\W\d_]{2,}", read)})


def _name(value: str, line: str) -> str | None:
    """The name part as a person's full name, or None."""
    value = _TITLE_ABBREVIATION.sub("", value.strip(" \t*_"))
    initials = _INITIALS_NAME.fullmatch(value)
    if initials:  # "R. J. Castellano": the initials and the surname, as signed
        return " ".join(value.split())
    name = as_person_name(value, line)
    return name if name and len(name.split()) > 1 else None


def _title_alone(rest: str) -> bool:
    """What follows the name is a job title and nothing the writer says of themselves."""
    first = re.split(r"[,(|]", rest, maxsplit=1)[0]
    return bool(TITLE_HINT.search(first)) and not (
        _SELF_MARK.search(rest) or _PHONE.search(rest) or _ADDRESS.search(rest)
    )


def _taken_for_firm(name: str | None, company: str | None) -> bool:
    """The reader took the person's name on the title line for the company, and no word of it
    says it is an organisation's ("Delroy Campbell - ..." read as the firm; never "Larkfield
    Freight", whose last word is a trade's)."""
    return bool(name and company and name.lower() == company.lower() and not org_signed(name))


def _says_company(rest: str, company: str | None) -> bool:
    """What follows the name names the company: "Ailsa Corrigan, Larkfield Freight" is
    someone who works there."""
    firm = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", company or "")}
    return bool(firm & {w.lower() for w in re.findall(r"[^\W\d_]{4,}", rest)})


def _own_contact(rest: str, name: str, company: str | None) -> bool:
    """The rest gives a phone, or an address that spells a word of the name on no domain of
    the company's."""
    firm = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", company or "")}
    for m in _ADDRESS.finditer(rest):
        domain = m.group("domain").lower()
        if any(w in domain for w in firm):
            return False  # someone at the company
        local = m.group("local").lower()
        if any(_ascii(w)[:4] in _ascii(local) for w in name.lower().split() if len(w) > 3):
            return True
    return bool(_PHONE.search(rest)) and not _ADDRESS.search(rest)


def _ascii(word: str) -> str:
    """The word's letters without accents ("guðrún" -> "gudrun"), as addresses write them."""
    import unicodedata

    table = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l"})
    plain = unicodedata.normalize("NFKD", word.translate(table))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _not_the_name(fact: str | None, name: str) -> str | None:
    """A company or role the reader took from the name's own line is no fact to bar it by."""
    return None if fact and same_person(fact, name) else fact


def _used_again(name: str, text: str, line: str) -> bool:
    """The notes use a word of the name outside its line, other than to greet the writer."""
    rest = text.replace(line, " ", 1)
    for word in name.split():
        bare = word.strip(".")
        if len(bare) < 3:
            continue
        said = re.escape(bare)
        greeted = re.compile(_QUOTED_GREETING.format(name=said))
        rest_ungreeted = greeted.sub(" ", rest)
        if re.search(rf"(?<![\w@.]){said}(?![\w@])", rest_ungreeted, re.I):
            return True
    return False


_FIRST_PERSON = lazy_compile(r"\b(?i:i|me|my|i['’]m|i['’]ve|myself)\b")
_NOT_A_SENDER = lazy_compile(r"(?i:me|you|myself|self|moi|yo|ich|eu|io|ik|jag|jeg)")


def _chat(raw: str) -> dict[str, list[str]]:
    """A pasted chat's messages by sender (their names without emoji), in order."""
    said: dict[str, list[str]] = {}
    for m in CHAT_LINE.finditer(raw):  # chatlines.py
        sender = re.sub(r"[^\w .'’-]", "", m.group("sender")).strip()
        said.setdefault(sender, []).append(m.group("said"))
    return said


def not_a_sender(fact: str | None, raw: str) -> str | None:
    """The fact, unless it is the name of a pasted chat's sender ("Didi" read as the job from
    "didi interview finish!!", the writer greeting the relative they write to)."""
    if fact and any(fact.strip().lower() == s.lower() for s in _chat(raw)):
        return None
    return fact


def chat_writer(raw: str, people: list[str]) -> str | None:
    """The sender of a pasted chat who tells the interview (see above), or None."""
    said = _chat(raw)
    if len(said) < 2 or sum(map(len, said.values())) < 3:
        return None
    met = {w.lower() for p in people for w in re.findall(r"[^\W\d_]{3,}", p)}

    def about(message: str) -> bool:  # the interview or someone met
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", message)}
        return bool(met & words or "interview" in words)

    own = {s: sum(bool(_FIRST_PERSON.search(x)) for x in msgs) for s, msgs in said.items()}
    tells = {s: sum(map(about, msgs)) for s, msgs in said.items()}
    writer = max(tells, key=lambda s: tells[s])
    if own[writer] < 2 or tells[writer] < 2 or tells[writer] * 4 < sum(tells.values()) * 3:
        return None  # no one tells it in the first person, or two senders do: nothing is sure
    if _NOT_A_SENDER.fullmatch(writer) or any(same_person(p, writer) for p in people):
        return None
    name = as_person_name(writer, writer)
    return name if name and name == writer else None
