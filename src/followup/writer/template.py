"""The notes template `followup new` writes: the headings a candidate fills in afterwards."""

from __future__ import annotations

import datetime as dt

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
