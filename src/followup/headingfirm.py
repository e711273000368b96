"""Which part of a heading is the firm, when the role has a department after it: in
"Interview: Paralegal, Litigation — Brennan Hale LLP" or "Nurse, ICU — St Brigid's Hospital"
the part after the role's comma is the team or the practice area, and the firm is the part on
its own. A heading of two parts ("Project Manager, Ridgeline Infrastructure Group") still has
its firm after the comma: only a heading that offers another part is read this way.

The title-line reader (noteheader.py) splits the heading into the role and the other parts;
this module only chooses among the other parts. A wrong company in a ready draft is worse than
a refusal, so a one-word part after the role's comma ("Litigation", "Payments", "ICU") is never
chosen over a part that names a firm by its form or by its words.

Hand-written rules on a split that is already made: no library knows a firm from a team.
"""

from __future__ import annotations

from collections.abc import Callable

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)


def heading_firm(others: list[str], role: str, line: str, org_like: Callable[[str], bool]) -> str:
    """The firm among a heading's parts that are not the role (`others`, in heading order;
    `org_like` tells a part that names an organisation by its form)."""
    if len(others) < 2:
        return others[0]
    firms = [p for p in others if org_like(p)]
    if len(firms) == 1:
        return firms[0]  # "Paralegal, Litigation — Brennan Hale LLP": the LLP
    first = others[0]
    after_role = re.search(rf"{re.escape(role)}\s*(?:\([^)]*\))?\s*,\s*{re.escape(first)}", line)
    if after_role and len(first.split()) == 1:  # "Paralegal, Litigation — Brennan Hale": a team
        named = [p for p in others[1:] if len(p.split()) > 1 and p[:1].isupper()]
        if named:
            return named[0]
    return first
