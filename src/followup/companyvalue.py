"""The company and the role as values a message can say: the firm's name without its address,
and no label left in front of a value.

Read by shape, not by a list of firms:
- a company ends at the firm. A comma part that is an address (a house or plot number with a
  name, "Plot 22 Harper Road", "14 Josiah Chinamano Avenue"; a street and its number,
  "Budafoki út 60."; a street-type word ending the part; a P.O. box; not a site, "Fab 3")
  ends it, with every part after it (the district, the town); so does a part after the
  firm's legal form ("... Ltd., Adum, Kumasi"), unless that part is a legal form itself
  ("Acme Holdings, Inc."), and a dashed aside after the legal form (a department, "... Plc -
  Engineering Department");
- a value that still opens with "Word:" or "Word :" is a label and its value ("Amats: meža
  taksators", "Applied: Collections Technician", "Poste : Styliste principale"). A label the
  shared label words (labelwords.py) name as the employer's keeps its value as the company; as
  the job's, its value is the role (the company then was the job's line, and a role read from
  elsewhere that names itself an organisation, orgwords.org_signed, is the firm). Another
  label in the role is dropped when what follows is a job title; in the company, the value is
  no firm's name: the company is unread unless the notes open with a firm written as its
  legal form and a quoted name (SIA "Baltijas Meža Inventarizācija", ООО «Северный ветер»).

`address_part`, `address_after` and `label_of` are the shapes writer/valuecheck.py holds a draft
to: this module owns the address's shape, for the notes and for a draft alike.
Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import COMPANY_LABEL, ROLE_LABEL
from followup.lazyre import LazyPattern, lazy_compile
from followup.models import Brief
from followup.noteheader import TITLE_HINT, plausible_role
from followup.orgwords import LEGAL_FORM, org_signed
from followup.otherlanguage import not_a_name, other_language_label
from followup.valuekind import settle_kinds

# the words that end a street's name, in English and the languages notes are in (a street is
# written "Harper Road", "Josiah Chinamano Avenue", "Budafoki út", "Rue de la Paix")
_STREET_WORDS = (
    r"road|rd|street|st|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|highway|hwy|crescent|"
    r"terrace|parade|way|close|court|ct|square|sq|place|pl|"
    r"strasse|straße|str|gasse|weg|allee|platz|út|utca|iela|gatan|gata|gade|vej|"
    r"ulica|ul|calle|avenida|rua|via|viale|rue|chaussée"
)
# the street words that say a street with no number after them ("Harper Road"): not "Court",
# "Place" or "Way", which end the names of firms and bodies as often
_STREET_BARE = (
    r"road|street|avenue|ave|boulevard|blvd|lane|highway|crescent|terrace|strasse|straße|"
    r"gasse|allee|út|utca|iela|gatan|ulica|calle|avenida|rua|rue"
)
# a part that opens with a street word ("Rue de la Paix 4", "Calle Mayor", "ul. Długa 5")
_STREET_FIRST = r"rue|calle|avenida|av|rua|via|viale|ulica|ul|chaussée|boulevard|bd"
_NUMBER = r"\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?\.?"
_ADDRESS = lazy_compile(
    # a house or plot number, then a name: "22 Harper Road", "Plot 22 Harper Road", "Unit 5"
    rf"^(?:[^\W\d_][\w.'’-]*[ \t]+){{0,1}}{_NUMBER}(?:[ \t]+[^\W\d_][\w.'’-]*)+$"
    # a street, then its number: "Budafoki út 60.", "Harper Road 22" (not "Fab 3", a site)
    rf"|^(?:[^\W\d_][\w.'’-]*[ \t]+){{0,3}}(?i:{_STREET_WORDS})\.?[ \t]+{_NUMBER}$"
    # a post box or a private bag: "P.O. Box 1234", "PO Box 77", "Private Bag X12"
    r"|^(?i:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box|private[ \t]+bag|postfach|"
    r"apartado|casilla|b\.?p\.?)\b"
    # a street's name with its street word, with no number: "Josiah Chinamano Avenue"
    rf"|^(?:[^\W\d_][\w.'’-]*[ \t]+){{1,4}}(?i:{_STREET_BARE})\.?$"
    rf"|^(?i:{_STREET_FIRST})\.?[ \t]+[^\W\d_]",
)
# the whole value an address: a number, a name, a street word ("14 Josiah Chinamano Avenue")
_WHOLE_ADDRESS = lazy_compile(
    rf"^{_NUMBER}[ \t]+(?:[^\W\d_][\w.'’-]*[ \t]+){{0,4}}(?i:{_STREET_WORDS})\.?$"
    r"|^(?i:p\.?[ \t]?o\.?[ \t]*box)[ \t]+\d"
)
# a firm's name, then "in" and a place's capitalised name: "Tawa Heritage Center in Flagstaff"
_IN_PLACE = lazy_compile(
    r"^(?P<firm>.+?)[ \t]+in[ \t]+(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})$"
)
# a label and its value: one or two words, a colon (a space before it, as French writes it)
_LABEL = lazy_compile(
    r"^[ \t]*(?P<label>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*)?)[ \t]*:[ \t]+(?P<value>\S.*)$"
)
_COMPANY_LINE = lazy_compile(rf"^[ \t]*(?i:{COMPANY_LABEL})[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.M)
_ROLE_LINE = lazy_compile(rf"^[ \t]*(?i:{ROLE_LABEL})[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.M)
_COMPANY_LABEL = lazy_compile(rf"^(?i:{COMPANY_LABEL})$")
_ROLE_LABEL = lazy_compile(rf"^(?i:{ROLE_LABEL})$")
# a firm written as its legal form in capitals and a quoted name, alone on a line near the top
_QUOTED_FIRM = lazy_compile(
    r"^[ \t]*(?P<form>[A-ZÀ-ÞА-ЯЁ]{2,4})[ \t]+[\"«„“](?P<name>[^\"»“”\n]{2,60})[\"»“”][ \t]*$",
    re.M,
)


def address_part(value: str) -> str | None:
    """The first part of a company value that is an address ('Plot 22 Harper Road' of 'Ashanti
    Premium Cocoa Exporters Ltd., Plot 22 Harper Road, Adum, Kumasi'), or None. The first
    comma part is the name: it is an address only whole ('14 Josiah Chinamano Avenue')."""
    parts = [p.strip() for p in value.split(",")]
    if _WHOLE_ADDRESS.match(parts[0]):
        return parts[0]
    return next((p for p in parts[1:] if _is_address(p)), None)


def address_after(text: str, end: int) -> str | None:
    """The address a text writes after a company's name ending at `end` ("Acme Ltd., 22
    Harper Road" in a draft): the first comma part of that clause with an address's shape,
    or None."""
    rest = text[end:]
    if not rest.startswith(","):
        return None
    clause = re.split(r"\.(?:\s|$)|[\n;!?]", rest[1:], maxsplit=1)[0]
    return next((p.strip() for p in clause.split(",") if _is_address(p.strip())), None)


def _is_address(part: str) -> bool:
    """A comma part with an address's shape, its first word (after a number) a name's, with a
    capital, or a street word ("Plot 22 Harper Road", "ul. Długa 5"; not "2 of my team")."""
    if not part or not _ADDRESS.match(part):
        return False
    first = re.sub(rf"^{_NUMBER}[ \t]+", "", part)
    return first[:1].isupper() or bool(re.match(rf"(?i:{_STREET_FIRST})\b", first))


def firm_only(company: str) -> str | None:
    """The company up to the end of the firm: no address part, no town after the legal form
    (see the module docstring). None when the whole value is an address."""
    dashed = re.match(r"(?P<firm>.+?)[ \t]+[-–—][ \t]+\S", company)
    if dashed and LEGAL_FORM.search(dashed.group("firm")):
        company = dashed.group("firm")  # "Mufulira West Mining Plc - Engineering Department"
    parts = [p.strip() for p in company.split(",")]
    if _WHOLE_ADDRESS.match(parts[0]):
        return None
    kept = [parts[0]]
    for part in parts[1:]:
        if not part or _is_address(part):
            break
        if LEGAL_FORM.search(kept[-1]) and not LEGAL_FORM.search(f" {part}"):
            break  # "Ltd., Adum, Kumasi": the firm ended at its legal form
        kept.append(part)
    firm = ", ".join(kept)
    placed = _IN_PLACE.match(firm)  # "Tawa Heritage Center in Flagstaff"
    if placed and org_signed(placed.group("firm")) and not org_signed(placed.group("place")):
        return placed.group("firm")
    return firm


def label_of(value: str) -> tuple[str, str] | None:
    """('Amats', 'meža taksators') of 'Amats: meža taksators': a label and its value, or None.
    A time ('10:30') or a web address is no label."""
    m = _LABEL.match(value)
    if m is None or "//" in m.group("value")[:2]:
        return None
    return m.group("label").strip(), m.group("value").strip()


def quoted_firm(text: str) -> str | None:
    """The firm the notes' first lines write as a legal form and a quoted name."""
    head = "\n".join(text.strip().splitlines()[:6])
    m = _QUOTED_FIRM.search(head)
    return m.group("name").strip() if m else None


def _firm_beside(value: str, text: str) -> str | None:
    """The firm on the notes' line that holds a value: the value itself when it names an
    organisation, else the first part of that line (between commas, dashes or bars) that does
    ("Samtale 12.08 — Nuuk, Kalaallit Fisheries A/S": the role read as "Nuuk")."""
    if org_signed(value):
        return value
    line = next((ln for ln in text.splitlines() if value in ln), "")
    for part in re.split(r"[,|]|[ \t][–—-][ \t]", line):
        name = re.sub(r"[ \t]*\([^()]*\)", "", part).strip()
        if name and name != value and org_signed(name) and not label_of(name):
            return name
    return None


def _name_like(value: str) -> bool:
    """A value that reads as a firm's name: it names itself an organisation, or every word
    has a capital and none is a job's ("Baltic Timber"; not "Site Supervisor")."""
    words = value.split()
    return org_signed(value) or (
        bool(words) and all(w[:1].isupper() for w in words) and not TITLE_HINT.search(value)
    )


def _is_job(value: str, candidate: str | None) -> bool:
    """A labelled role's value that is a job title: no bracket left open, not the writer."""
    if value.count("(") != value.count(")"):
        return False
    if candidate and candidate.split()[0].lower() in value.lower():
        return False
    return plausible_role(value)


def settle_values(brief: Brief, text: str) -> None:
    """The brief's company and role as values a message can say (the module docstring). A
    value is only ever replaced by a better one: one found to be no name, with nothing to put
    in its place, is left as read (the composer leaves it unsaid, and writer.address-or-label
    blocks a draft that says it), so the writer does not refuse where it wrote before."""
    first_company, first_role = brief.company, brief.role
    role = brief.role
    if role and (lab := label_of(role)) is not None:
        label, value = lab
        if _COMPANY_LABEL.match(label) and not brief.company:
            brief.company, brief.role = value, None
        elif _ROLE_LABEL.match(label) or _is_job(value, brief.candidate):
            brief.role = value  # "Applied: Collections Technician"
        else:
            brief.role = None  # "Candidate: Mwila Chanda (Electrician"
    company = brief.company
    if company and (lab := label_of(company)) is not None:
        label, value = lab
        role = brief.role or ""
        if _COMPANY_LABEL.match(label):
            brief.company = value
        elif role and (role.lower() in value.lower() or value.lower() in role.lower()):
            brief.company = None  # the job's line
        elif role and role.lower() in _line_of(label, value, text).lower():
            brief.company = None  # "Amats: meža taksators / forest inventory surveyor"
        elif _ROLE_LABEL.match(label):
            # the job's labelled line was read as the company: the job is its value, and the
            # role read elsewhere, if it names a firm or stands by one, gives the firm
            brief.role = value
            brief.company = _firm_beside(role, text) if role else None
        else:
            brief.company = value if _name_like(value) else None
        brief.company = brief.company or quoted_firm(text)
    if brief.company and brief.company.count(")") > brief.company.count("("):
        brief.company = None  # "Trade Test Grade II)": a fragment cut from a bracket
    if brief.role is None and first_role:
        brief.role = _labelled(_ROLE_LINE, text) or first_role  # the job's own labelled line
    if brief.company is None and first_company:
        brief.company = _labelled(_COMPANY_LINE, text) or first_company
    if brief.company:
        brief.company = firm_only(brief.company) or brief.company
    if brief.company and _foreign_label(first_company, brief):
        brief.company = first_company  # left as read: the gate holds a label (docstring)
    elif brief.company and not_a_name(brief.company, text):
        brief.company = None  # a phrase of another language title-cased (otherlanguage.py)
    settle_kinds(brief, text)  # valuekind.py: no date, employment type or job as the company


def _foreign_label(first: str | None, brief: Brief) -> bool:
    """The company is the value of a label of another language that is no company label
    ("Mimi: Kevin Mwangi Kariuki", Swahili "me"): what it labels is not known to be a firm."""
    lab = label_of(first) if first else None
    if lab is None or _COMPANY_LABEL.match(lab[0]) or not brief.company:
        return False
    return brief.company.lower() in lab[1].lower() and other_language_label(lab[0])


def _labelled(pattern: LazyPattern, text: str) -> str | None:
    """The value of the first line of the notes' opening that the label words name."""
    head = "\n".join(text.strip().splitlines()[:12])
    m = pattern.search(head)
    value = m.group("value").strip() if m else ""
    return value if value and label_of(value) is None else None


def _line_of(label: str, value: str, text: str) -> str:
    """The notes' line that holds the label with its value ('' when none does)."""
    for line in text.splitlines():
        if re.match(rf"[ \t]*{re.escape(label)}[ \t]*:", line) and value.lower() in line.lower():
            return line
    return ""
