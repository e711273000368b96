"""The notes template `followup new` writes: the headings a candidate fills in afterwards.

It also says which values are still the template's own text (`is_template_text`): the writer
and the gate treat a value left as written here ("something specific you discussed with
them") as missing, never as a topic. The list is derived from TEMPLATE, so the two cannot drift.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

TEMPLATE = """---
candidate: Your Name
company: Company Name
role: Job Title
interview_date: {today}
decision_date:
interviewers:
  - name: First Last
    title: Their title
    email:
    topics:
      - something specific you discussed with them
    interests:
      - a subject they care about (for a later check-in)
    concerns:
      - a concern they raised about your candidacy
---

## Questions they asked and my answers
-

## What went well
-

## What could have been better
-

## Feedback from the interviewer
-

## What I forgot to say
-

## What to improve next time
-

## Next steps
-
"""


def render_template(today: dt.date) -> str:
    """The template with today's date filled in."""
    return TEMPLATE.format(today=today.isoformat())


_VALUE = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:[a-z_]+:[ \t]*)?(?P<value>[^{\n]*?)[ \t]*$", re.M)


def _key(value: str) -> str:
    return " ".join(value.lower().strip(" .\t*-").split())


@functools.cache
def template_values() -> frozenset[str]:
    """Every value TEMPLATE's front matter holds ("Your Name", "something specific you
    discussed with them"), normalised for matching."""
    front = TEMPLATE.split("---")[1]
    return frozenset(_key(m.group("value")) for m in _VALUE.finditer(front)) - {""}


def is_template_text(value: str | None) -> bool:
    """Whether a value (or a notes line, '- ' and a key allowed) is the template's own text."""
    if not value:
        return False
    line = _VALUE.match(value)
    text = line.group("value") if line else value
    return _key(text) in template_values()
