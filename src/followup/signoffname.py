"""Whether a draft's sign-off is a person's name, and not a place, a firm or a heading.

A reader that takes the wrong part of the notes as the writer's name signs the message with
it: a town and its state ("Beckley WV"), a district ("Orlando East"), an e-mail address's
local part with a degree in it ("Ycolon Pharmd"), the employer, or the notes' own heading
("Interview Notes"). None of these can be sent as written. `not_a_person` says why a name
is not a person's, by what its words are (a lexicon of place, organisation and heading
words; a postal or state code in capitals; a degree as the last word) and by where the
notes use them (a place word in a name the notes write as a place; the company's own
words); the gate reports it as `writer.sign-off` and the notes reader drops such a name
before it is signed (notes.py hook).
"""

from __future__ import annotations

import re

from followup.core import Finding, Severity
from followup.models import Draft
from followup.nameletters import split_letters
from followup.notenames import ORG_SUFFIXES, SURNAME_PARTICLES
from followup.otherlanguage import not_a_name

# a degree or post-nominal written as a word ("Pharmd", "Mba"): never a name's last word
_DEGREE = re.compile(
    r"(?i:pharm\.?d|ph\.?d|m\.?d|mba|msc|bsc|rn|lpn|cpa|esq|dds|dvm|md|ma|ba|bs|ms|jd|llb|llm|"
    r"rvn|cna|emt|pe|pmp)"
)
# the postal codes of the states and provinces of the US, Canada and Australia: after a
# town, they make "Beckley WV" a place (not MD, MA, PA, PE: degrees after a name as often)
_STATE_TEXT = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON "
    "QC SK YT NSW VIC QLD TAS ACT"
)
_STATE_CODES = frozenset(_STATE_TEXT.split())
# words that make a name an organisation or the notes' heading: no surname is one of these
_ORG_OR_HEADING_TEXT = (
    "dept department office unit division team services service group school hospital clinic "
    "university college council trust ltd inc llc plc gmbh corp company notes note interview "
    "interviews debrief recap summary agenda prep todo draft template diary journal log "
    "candidate applicant position vacancy application job role"
)
_ORG_OR_HEADING = frozenset(_ORG_OR_HEADING_TEXT.split())
# words that name a part of a town or of a map; some are surnames too ("Adam West"), so they
# count only when the notes write the name as a place (after "in", "at", "from", a label)
_PLACE_TEXT = (
    "north south east west central heights springs falls hills valley beach harbor township "
    "borough junction downtown uptown midtown metro city county district region"
)
_PLACE_WORDS = frozenset(_PLACE_TEXT.split())


# a job title's last word, never a surname: "Junior Marine Superintendent" signs as a post
_JOB_TITLE_END_TEXT = (
    "superintendent manager supervisor engineer technician coordinator officer director "
    "analyst specialist assistant administrator executive consultant representative operator "
    "inspector accountant auditor controller"
)
_JOB_TITLE_END = frozenset(_JOB_TITLE_END_TEXT.split())
# the lower-case words a person's name may hold ("Ana de la Cruz", "Nurul binti Aziz"): the
# notes reader's surname particles, and the joining words it does not read inside a surname
_EXTRA_PARTICLES_TEXT = "das do dos y e bint ibn al el ap mac nic ni ó"
_NAME_PARTICLES = SURNAME_PARTICLES | frozenset(_EXTRA_PARTICLES_TEXT.split())


def not_a_person(name: str, notes: str = "", company: str = "") -> str | None:
    """Why the name is not a person's ("a place", ...), or None when it may be one."""
    words = split_letters(name)[0].split()  # nameletters.py: "Hal, CPA", "Aisha Kamara RVN"
    if not words:
        return None
    bare = [w.strip(".'’") for w in words]
    # a town and its state are written without a comma ("Beckley WV"); nameletters.py would
    # read the code as letters after a name, so the state rule reads the words as written
    written = [w.strip(".'’") for w in name.split(",")[0].split()]
    if any(w[:1].islower() and w.lower() not in _NAME_PARTICLES for w in bare if w):
        return "words of a sentence, not a name"  # "learned on Homag"
    if len(bare) > 1 and bare[-1].lower() in _JOB_TITLE_END:
        return "a job title, not a name"
    if any(w in _STATE_CODES for w in written[1:]):
        return "a town and its state or province, not a name"
    if len(bare) > 1 and _DEGREE.fullmatch(bare[-1]):
        return "a degree or an address's part, not a surname"
    lowered = [w.lower() for w in bare]
    if any(w in ORG_SUFFIXES or w in _ORG_OR_HEADING for w in lowered):
        return "an organisation or the notes' heading, not a person"
    if any(w in _PLACE_WORDS for w in lowered) and _said_as_place(name, notes):
        return "a place the notes name, not a person"
    firm = {w.lower() for w in re.findall(r"[^\W\d_]+", company) if len(w) > 2}
    if firm and all(w in firm for w in lowered if len(w) > 2):
        return "the company's name, not the writer's"
    if notes and not_a_name(name, notes):  # "## Esqueci-me de dizer" read as "De Dizer"
        return "a phrase of another language, not a name"
    return None


def _said_as_place(name: str, notes: str) -> bool:
    """The notes write the name where a place stands: after "in", "at", "from", "near", a
    label's colon, or before a comma and another place ("Orlando East, Soweto")."""
    said = re.escape(name)
    return bool(
        re.search(rf"(?i:\b(?:in|at|from|near|to|of|around)|:)[ \t]+{said}\b", notes)
        or re.search(rf"\b{said},[ \t]*[A-Z]", notes)
    )


def sign_off_findings(draft: Draft, candidate: str | None, notes: str) -> list[Finding]:
    """`writer.sign-off` (warning): the draft signs with the candidate's name as read, and that
    name is a place, an organisation, a heading or an address's part (see not_a_person)."""
    text = draft.text.rstrip()
    start = text.rfind("\n") + 1
    last = text[start:].strip()
    if not candidate or not last:
        return []
    parts = {w.lower() for w in candidate.split()}
    if not any(w.lower().strip(".,") in parts for w in last.split()):
        return []  # the draft does not sign with the name read
    why = not_a_person(candidate, notes) or not_a_person(last, notes)
    if why is None:
        return []
    message = (
        f"the message is signed '{last}': {why}; sign with your own name (--me NAME, or "
        "'candidate:' in the notes)"
    )
    return [
        Finding(
            rule_id="writer.sign-off",
            severity=Severity.WARNING,
            message=message,
            start=start,
            end=len(text),
            line=text.count("\n") + 1,
            column=1,
            match=text[start:],
        )
    ]
