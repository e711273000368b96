"""The firm on a banner line of its own, when no other reader found the company: job-hunt logs
set each application off with a rule of signs, "=== Narrowcliff Boatworks, Lower Hendry ===" or
"*** Pellham Marina ***", under a title that is the log's, not the job's.

Only a banner in the notes' first lines, only when the company is still unknown (or was read
with the banner's signs left on it: "~~ Saltash Harbour Trust"), and only a name whose last
word says it is a business ("Boatworks", "Marina", "Bakery", "Ltd"); a place
after the comma is left off. "=== what she asked ===" or "=== March ===" names nobody's firm.
A wrong company in a ready draft is worse than a refusal, so anything less sure is left.

Hand-written: the form is a line's shape, and no library reads it.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import Header
from followup.orgwords import BUSINESS_END, org_signed

# "=== Narrowcliff Boatworks, Lower Hendry ===": two or more of one sign (= * ~ #) each side
_BANNER = lazy_compile(r"^[ \t]*(?P<s>[=*~#]{2,})[ \t]*(?P<x>[^=*~#\n]{3,80}?)[ \t]*(?P=s)[ \t]*$")
# the banner's closing signs left on a role read from the same line
_ROLE_SIGNS = lazy_compile(r"[ \t]*(?:\([^()]*\))?[ \t]*[=*~#]{2,}[ \t]*$")
_SIGNS = lazy_compile(r"[=*~#-]{2,}[ \t]")
FIRST_LINES = 8


def read_banner_firm(header: Header, text: str) -> None:
    """Fill the header's company from a banner line among the notes' first lines."""
    if header.company is not None:
        if not _SIGNS.match(header.company):
            return
        header.company = None  # read with the banner's signs left on ("~~ Saltash Trust")
    for line in text.splitlines()[:FIRST_LINES]:
        m = _BANNER.match(line)
        if m is None:
            continue
        name = re.split(r",[ \t]+|[ \t]+(?:--|[—–|])[ \t]+", m.group("x").strip())[0].strip(" .")
        words = name.split()
        if not 1 < len(words) <= 6 or not all(
            w[:1].isupper() or w in ("&", "and", "of") for w in words
        ):
            continue
        # orgwords.py: "Boatworks", "Hotels", "Ltd", "Pracownia ..."
        if org_signed(name) or BUSINESS_END.search(words[-1].lower()):
            header.company = name
            if header.role and (signs := _ROLE_SIGNS.search(header.role)):
                header.role = header.role[: signs.start()]  # "Directeur ===" read off the banner
            return
