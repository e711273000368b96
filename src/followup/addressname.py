"""Whether an e-mail address's own part (before the "@") gives its owner's name.

The notes readers take a name from an address on purpose: "dana.whitaker@gmail.com" is Dana
Whitaker when the notes name the writer nowhere else. An address gives a name only where its
own part splits into name-like words, and never:
- when the line it stands on writes a full name beside it ("Rodrigo Mamani Choque —
  rmamani.sso@gmail.com"): the address is that person's, and the name is the one written;
- from an unsplit run: a part that holds a name word the notes write, with letters glued to
  it ("rmamani" is an initial and "Mamani", no first name);
- from a code: a part the notes write elsewhere in capitals, an acronym ("sso" beside "Jefe
  SSO"), or a part with digits ("2o").
When unsure, the address is no name.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.models import Interviewer
from followup.notenames import NAME_WORD, PARTICLES, UPPER
from followup.wordclass import lexicon_classes

# a full name written as names are: two to four capitalised words, particles between
_WRITTEN_NAME = re.compile(
    rf"(?<![\w@.]){UPPER}[^\W\d_’'-]*[a-zß-ÿ](?:[’'-][^\W\d_]+)*"
    rf"(?:[ \t]+{PARTICLES}(?:{UPPER}\.|{UPPER}[^\W\d_’'-]*[a-zß-ÿ](?:[’'-][^\W\d_]+)*)){{1,3}}"
)
_PART = re.compile(r"[._+-]+")


def address_parts(local: str) -> list[str]:
    """The words of an address's own part, digits at its end taken off ("dana.whitaker2")."""
    return [p for p in _PART.split(re.sub(r"\d+$", "", local)) if p]


def name_beside(line: str, address: str) -> str | None:
    """The full name written on the address's line, outside the address, when there is one: a
    run of capitalised words one of which is no English word ("Interview Notes" is none)."""
    # in a list of people ("Required: Marta Zielińska; Paweł Nowicki; oleksandr.k.qa@..."),
    # only the address's own item: a name in another item is another person's
    items = [item for item in re.split(r"[;|]", line) if address in item]
    outside = (items[0] if items else line).replace(address, " ")
    for found in _WRITTEN_NAME.finditer(outside):
        words = [w for w in re.findall(NAME_WORD, found.group()) if len(w) > 1]
        if any(not lexicon_classes(w) for w in words):
            return found.group()
    return None


def gives_name(local: str, line: str, text: str) -> bool:
    """Whether the address's own part may be read as its owner's name (see the module's doc)."""
    parts = address_parts(local)
    if not parts or any(not p.isalpha() or len(p) < 2 for p in parts[:2]):
        return False
    if name_beside(line, f"{local}@") is not None:
        return False  # the name written beside it is the name
    written = {w.lower() for w in re.findall(NAME_WORD, text) if w[:1].isupper() and len(w) > 2}
    named = parts[:1] if len(parts) > 2 else parts  # a third part is no name: the first alone
    for part in (p.lower() for p in named):
        if any(w != part and w in part for w in written if len(w) >= len(part) - 2):
            return False  # "rmamani": letters glued to a name word, one run
        if re.search(rf"(?<![\w@.]){re.escape(part.upper())}(?![\w@])", text):
            return False  # "SSO": the notes write it as an acronym
    return True


def gives_name_at(text: str, start: int, end: int) -> bool:
    """gives_name for the address text[start:end], read on its own line of the notes."""
    address = text[start:end]
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    line = text[head : tail if tail >= 0 else len(text)]
    return gives_name(address.split("@", 1)[0], line, text)


def written_owner_at(text: str, start: int, end: int) -> str | None:
    """The full name written beside the address text[start:end] on its line, when the
    address's own part is made of it (personaddress.py: "rmamani.sso" of Rodrigo Mamani
    Choque): the name the address gives is that one, as written."""
    from followup.personaddress import addresses_on_their_lines

    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    line = text[head : tail if tail >= 0 else len(text)]
    name = name_beside(line, text[start:end])
    if name is None:
        return None
    owner = Interviewer(name=name)
    addresses_on_their_lines([owner], line)
    return name if owner.email else None
