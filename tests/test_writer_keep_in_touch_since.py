"""A keep-in-touch note after a rejection says what the candidate has done since: a module or
workshop signed up for, volunteering started. A plan not yet acted on is not said as done.

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.core import MessageKind
from tests.test_writer_composer import offline

NOTES = (
    "Interviewer: Marta Lindgren, head of research\n\n"
    "- Marta talked about the parish register gaps before 1864\n"
    "- 20 Feb: rejection email from Marta, they went with someone with probate experience. "
    '"do keep in touch"\n\n'
    "since then:\n"
)


@pytest.mark.parametrize(
    ("since", "said"),
    [
        (
            "- signed up for the IHGS probate research module, finished it in March\n",
            "I signed up for the IHGS probate research module",
        ),
        (
            "- started volunteering Saturdays at the county record office\n",
            "I started volunteering Saturdays at the county record office",
        ),
    ],
)
def test_what_was_done_since_is_said(since: str, said: str) -> None:
    [draft] = offline(NOTES + since, kind=MessageKind.KEEP_IN_TOUCH)
    assert f"Since we spoke, {said}" in draft.body, draft.body


@pytest.mark.parametrize(
    "since",
    [
        "- might sign up for the IHGS probate research module in autumn\n",
        "- thinking about volunteering at the county record office\n",
    ],
)
def test_a_plan_is_not_said_as_done(since: str) -> None:
    [draft] = offline(NOTES + since, kind=MessageKind.KEEP_IN_TOUCH)
    assert "Since we spoke" not in draft.body, draft.body


def test_an_arrow_opening_the_next_line_does_not_cut_the_line_before() -> None:
    since = (
        "- started volunteering with the Beyond 2022 transcription project\n"
        "→ Write to her now: thank her, keep the door open\n"
    )
    [draft] = offline(NOTES + since, kind=MessageKind.KEEP_IN_TOUCH)
    assert "transcription project" in draft.body, draft.body
    assert "writer.cut-phrase" not in {f.rule_id for f in draft.findings}
