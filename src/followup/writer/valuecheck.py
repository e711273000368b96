"""writer.address-or-label (error): a draft that says a company or a role holding a street
address ("at Ashanti Premium Cocoa Exporters Ltd., Plot 22 Harper Road, Adum, Kumasi"), a
label and its value ("joining Amats: Meža Taksators", "the Applied: Collections Technician
role"), or a word the notes write as a label ("at Poste", where the notes say "Poste : ...").

Such a draft cannot be sent as written, whatever else it gets right: it is blocked, with the
flag that gives the value. The shapes are companyvalue.py's (it owns the address's shape),
the ones the notes reader cuts the values to; this holds a model's draft, or a value given by
--company or --role, to them.
Standard library only.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.companyvalue import address_after, address_part, label_of
from followup.core import Finding, Severity
from followup.labelwords import COMPANY_LABEL, ROLE_LABEL
from followup.lazyre import lazy_compile
from followup.models import Draft

RULE = "writer.address-or-label"
_LABEL_WORD = lazy_compile(rf"^(?i:{ROLE_LABEL}|{COMPANY_LABEL})$")


def _notes_label(value: str, notes: str) -> bool:
    """The notes write the value as a label: a word the shared label words name ("Poste",
    "Position"), or a word the notes write only at a line's start before a colon, inside a
    block of labelled lines and not as the notes' first line, their title ("Applied: ..."
    under "Name: ..."; not "Stripe: round 2" heading the notes)."""
    said = value.strip()
    if _LABEL_WORD.match(said):
        return True
    lines = [ln for ln in notes.splitlines() if ln.strip()]
    at = [i for i, ln in enumerate(lines) if re.match(rf"[ \t]*{re.escape(said)}[ \t]*:", ln, re.I)]
    anywhere = re.findall(rf"(?<!\w){re.escape(said)}(?!\w)", notes, re.I)
    if not at or len(at) != len(anywhere) or at[0] == 0:
        return False
    return any(
        label_of(lines[k]) is not None for i in at for k in (i - 1, i + 1) if 0 <= k < len(lines)
    )


def _address_after(text: str, end: int) -> str | None:
    """The address a draft writes after the company's name ("Acme Ltd., 22 Harper Road"), as
    a reason, or None (the shape is companyvalue.address_after's)."""
    part = address_after(text, end)
    if part is None:
        return None
    return f"is followed by a street address ('{part}'): say the firm only"


def why_not_a_value(value: str, which: str, notes: str) -> str | None:
    """Why a company or role value is no name a message can say, or None."""
    if which == "company" and (part := address_part(value)) is not None:
        return f"holds a street address ('{part}'): the company ends at the firm's name"
    if (lab := label_of(value)) is not None:
        return f"opens with the label '{lab[0]}:', a label and its value, not a name"
    if _notes_label(value, notes):
        return "is a label in the notes ('" + value.strip() + ":'), not a name"
    return None


def value_findings(
    draft: Draft, company: str | None, role: str | None, notes: str
) -> list[Finding]:
    """One error for each of the company and the role that the draft says and that holds an
    address or a label (see the module docstring)."""
    text = draft.text
    out = []
    for value, which in ((company, "company"), (role, "role")):
        if not value or (at := text.find(value)) < 0:
            continue
        why = why_not_a_value(value, which, notes)
        if why is None and which == "company":
            why = _address_after(text, at + len(value))
        if why is None:
            continue
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        out.append(
            Finding(
                rule_id=RULE,
                severity=Severity.ERROR,
                message=f"'{value}' was read from the notes as the {which}, but it {why}; "
                f"pass --{which} with the {which} as the message should name it",
                start=at,
                end=at + len(value),
                line=line,
                column=column,
                match=value,
            )
        )
    return out
