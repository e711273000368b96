"""The job and the firm said on one line, in two forms the header reader leaves unread:

- the notes' first line written "ROLE @ FIRM" ("Line Cook @ Saltmarsh Oyster Bar -- notes
  from the call"): the part before the "@" is the role when it reads as a job title;
- the interview told in prose, "my interview for the ROLE post at the FIRM" (post, position,
  role, job, vacancy): the words between "for the" and "post" are the role.

Only a fact the notes have not given already is filled, and only with a job title
(noteheader.TITLE_HINT and plausible_role): "Dana Reyes @ Saltmarsh" is a person at a firm,
and "for the night shift at the Saltmarsh" names no post.

Hand-written patterns: each form is one short line of the notes, and no library reads it.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT, Header, plausible_role, set_role
from followup.notenames import title_case_role

# "Line Cook @ Saltmarsh Oyster Bar", then perhaps " -- notes from the call" or a date
_ROLE_AT_FIRM = lazy_compile(
    r"^[ \t#*]*(?P<role>[A-Za-z][\w/&+'’. -]{1,50}?)[ \t]+@[ \t]*"
    r"(?P<firm>[A-Z][\w&'’. -]{1,60}?)[ \t.]*(?:(?:--|[—–|]|[ \t]-[ \t]|,).*)?$"
)
# "my interview for the Assistant Archivist post at the Pemberton Maritime Museum"
_INTERVIEW_FOR_POST = lazy_compile(
    r"\b(?i:interview(?:ed)?|interviewing)[ \t]+(?i:for)[ \t]+(?i:the|a|an)[ \t]+"
    r"(?P<role>[A-Z][\w/&+'’-]*(?:[ \t]+[\w/&+'’-]+){0,5}?)[ \t]+"
    r"(?i:post|position|role|job|vacancy|opening)[ \t]+(?i:at|with)[ \t]+(?:the[ \t]+)?"
    r"(?P<firm>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of|and|&|the)){0,5})"
)


def read_job_line(header: Header, text: str) -> None:
    """Fill the header's role (and the firm, when missing) from the forms above."""
    if header.role is not None:
        return
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    found = _ROLE_AT_FIRM.match(first) or _INTERVIEW_FOR_POST.search(text)
    if found is None:
        return
    role = found.group("role").strip(" .")
    if not TITLE_HINT.search(role) or not plausible_role(title_case_role(role)):
        return  # "Dana Reyes @ Saltmarsh": a person at the firm, no job
    set_role(header, role)
    if header.company is None:
        header.company = re.sub(r"[ \t]+(?:of|and|&|the)$", "", found.group("firm").strip(" ."))
