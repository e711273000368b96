"""The wordings issue 9 names: what real pushy messages hold must be flagged, and what good
real messages hold must stay clean (no warning or error), whatever the kind."""

from __future__ import annotations

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity

PUSHY = [
    ("you still haven't answered my last two emails", "second-inquiry"),
    ("How come no one has replied?", "inquiry"),
    ("I assume the silence means no?", "inquiry"),
    ("It seems my messages aren't getting through to anyone.", "second-inquiry"),
    ("I'll need your answer before the end of the week.", "inquiry"),
    ("Unless I hear from you by Monday I'll assume the role is gone.", "inquiry"),
    ("I'll call your office tomorrow to discuss.", "inquiry"),
    ("I have no idea what I'll do if this falls through.", "thank-you"),
    ("My family is counting on this.", "thank-you"),
    ("You really should hire me.", "thank-you"),
    ("I deserve a straight answer.", "inquiry"),
    ("Looking forward to starting soon!", "thank-you"),
    ("Would you hire me?", "inquiry"),
    ("I can't believe you chose someone else.", "keep-in-touch"),
    ("What a waste of an afternoon.", "keep-in-touch"),
    ("Good luck finding someone better.", "keep-in-touch"),
    ("Was my application even read by a person?", "keep-in-touch"),
    ("I'd do it for nothing for a month to prove myself.", "thank-you"),
    ("Circling back in case my note got buried.", "inquiry"),
    ("Apologies for the repeated emails.", "second-inquiry"),
    ("Hope you haven't forgotten about me!", "inquiry"),
    ("Any news on the role? No worries if not!", "inquiry"),
    ("I don't mean to be a bother, but is there news?", "inquiry"),
]

GOOD = [
    ("Your team's approach has stayed with me all week.", "thank-you"),
    ("I'm very keen on this role and enjoyed meeting everyone.", "thank-you"),
    (
        "I've received another offer and have been asked to respond by Friday. Your team is my "
        "first choice; could you share your timeline?",
        "inquiry",
    ),
    ("I realise you have a lot on, but I wanted to follow up on the analyst role.", "inquiry"),
    ("I just finished a course on dbt and thought of our talk.", "check-in"),
    ("It's been a few months since we spoke; I've since started at Brightline.", "keep-in-touch"),
    (
        "Subject: Following up on my last note\n\nHi Ana, I wanted to follow up on my note about "
        "the designer role. I remain very interested.",
        "second-inquiry",
    ),
]


def _flagged(checker: Checker, text: str, kind: str) -> list[str]:
    findings = checker.check(text, MessageKind(kind)).findings
    return [f.rule_id for f in findings if f.severity.rank >= Severity.WARNING.rank]


@pytest.mark.parametrize(("text", "kind"), PUSHY)
def test_pushy_wordings_are_flagged(checker: Checker, text: str, kind: str) -> None:
    assert _flagged(checker, text, kind), text


@pytest.mark.parametrize(("text", "kind"), GOOD)
def test_good_wordings_stay_clean(checker: Checker, text: str, kind: str) -> None:
    assert _flagged(checker, text, kind) == [], text
