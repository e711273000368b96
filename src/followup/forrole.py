"""The job a meeting was for: "recruiter screen for Product Manager, Patient Experience",
"Interviewed for Brand Marketing Manager on April 22".

A recruiter's pasted contact card ("Dana Whitfield" over "Talent Acquisition Partner,
Novacura Health") puts a job title in the notes that is the recruiter's own; the job the
candidate was seen for is the one a meeting word says it was for. Read by the line's grammar
(a meeting word, "for", a capitalised job title the title words recognise), never by these
notes' words. It gives the role when the notes give none, and replaces a role that is the
title line of someone met (the line under their name) or no job title at all.
"""

from __future__ import annotations

from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.noteheader import TITLE_HINT, plausible_role

_FOR_JOB = lazy_compile(
    r"\b(?i:interview(?:ed|ing)?|screen(?:ed|ing)?|call|chat|onsite|round|applied|applying)"
    r"\s+for\s+(?:the\s+)?(?P<role>[A-Z][\w&/+'-]*(?:\s+[A-Z][\w&/+'-]*){0,5}"
    r"(?:,\s+[A-Z][\w&/+'-]*(?:\s+[A-Z][\w&/+'-]*){0,3})?)"
)


def job_meeting_was_for(text: str) -> str | None:
    """The job title after "screen/interview(ed)/call ... for", when it reads as one."""
    for m in _FOR_JOB.finditer(text):
        role = m.group("role").strip(" ,")
        if TITLE_HINT.search(role) and plausible_role(role):
            return role
    return None


def settle_role_by_meeting(brief: Brief, text: str) -> None:
    """Fill or correct brief.role from the job the meeting was for (see above)."""
    role = job_meeting_was_for(text)
    if role is None or (brief.role and brief.role.lower() == role.lower()):
        return
    names = [p.name for p in brief.interviewers]
    if (
        brief.role is None
        or not plausible_role(brief.role)
        or _a_card_title(brief.role, text, names)
    ):
        brief.role = role


def _a_card_title(role: str, text: str, names: list[str]) -> bool:
    """Whether the role stands on the line right under the name of someone met."""
    lines = [ln.strip() for ln in text.splitlines()]
    for i, line in enumerate(lines[1:], 1):
        if line.lower().startswith(role.lower()) and any(
            lines[i - 1].lower().startswith(n.lower()) for n in names if n
        ):
            return True
    return False
