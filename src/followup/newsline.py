"""The company's news in a line of the notes, said as a congratulation: "News: Tern Robotics
closed its Series A funding round in May." becomes "Congratulations on closing your Series A
funding round." for a check-in to someone at Tern Robotics.

A line is news when the notes label it so ("News:") or the reader has it as an outcome, and
it opens with the company (its first word, or "they", "the company", "the studio") and a verb
of what an organisation does (closed, announced, raised, launched, opened, signed, acquired,
...). The rest of the sentence is what they did, up to a time or a source ("in May", "last
week", "on TechCrunch"), in the recipient's words ("its" and "their" become "your"). News of
another organisation, or the candidate's own ("I closed ..."), is no congratulation here.

The writer's own patterns (writer/offline.py) read promotions, awards and signed agreements in
any sentence; this module reads the plain "COMPANY VERBED ITS THING" form they leave out.
Hand-written: a closed list of verbs, and no library turns a headline into a congratulation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notelines import LineKind

if TYPE_CHECKING:
    from followup.notes import Reading

_GERUNDS = {
    "closed": "closing",
    "announced": "announcing",
    "raised": "raising",
    "launched": "launching",
    "opened": "opening",
    "signed": "signing",
    "acquired": "acquiring",
    "completed": "completing",
    "secured": "securing",
    "landed": "landing",
    "expanded": "expanding",
    "released": "releasing",
    "shipped": "shipping",
    "won": "winning",
    "received": "receiving",
    "earned": "earning",
    "celebrated": "celebrating",
    "unveiled": "unveiling",
    "finished": "finishing",
}
_LABEL = lazy_compile(r"^[ \t]*(?:[-*•][ \t]*)?(?i:news|company news|update)[ \t]*:[ \t]*")
_DATE_LEAD = lazy_compile(r"^[ \t]*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]*[:—–-]?[ \t]*)")
# where what they did stops: a time, a source, an aside, the sentence's end
_STOP = lazy_compile(
    r"[ \t]+(?:in|on|at|via|after|last|this|earlier|yesterday|today|according)\b|"
    r"[ \t]*(?:[(!.;:]|--|[—–])"
)


def congratulation_on_news(reading: Reading) -> str | None:
    """'Congratulations on closing your Series A funding round.', or None."""
    company = reading.brief.company or ""
    first = next((w for w in re.findall(r"[\w'’&-]+", company) if len(w) >= 3), None)
    if first is None:
        return None
    subject = (
        rf"(?:{re.escape(first)}(?:[ \t]+[A-Z][\w'’&-]*)*|they|"
        r"the[ \t]+(?:company|studio|firm|team))"
    )
    said = re.compile(
        rf"^(?i:{subject})[ \t]+(?:(?i:just|finally|officially)[ \t]+)?"
        rf"(?P<verb>{'|'.join(_GERUNDS)})[ \t]+(?P<what>.+)$"
    )
    for ln in reading.lines:
        labelled = _LABEL.match(ln.text)
        if not ln.usable or (ln.kind is not LineKind.OUTCOME and not labelled):
            continue
        text = _DATE_LEAD.sub("", _LABEL.sub("", ln.text))
        m = said.match(text)
        if m is None:
            continue
        what = _STOP.split(m.group("what"), maxsplit=1)[0].strip()
        what = re.sub(r"\b(?:its|their)\b", "your", what, flags=re.I)
        if not what or len(what.split()) > 8 or re.search(r"\b(?:I|me|my|we|our)\b", what):
            continue
        return f"Congratulations on {_GERUNDS[m.group('verb').lower()]} {what}."
    return None
