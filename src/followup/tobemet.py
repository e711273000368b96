"""People the notes name as someone the candidate will meet, not someone met: "The hiring
manager is Jonas Weber, you'd meet him next", "next round I'll speak with Dr. Amal Haddad".

Read by the verb's grammar on the line that names the person: a meeting verb (meet, speak,
talk, interview, chat) in a future or a conditional ("will", "'ll", "'d", "would", "going
to", "to" after "supposed", "next"), with the person as its object, either named just after
it or as the pronoun that follows the name ("Jonas Weber, you'd meet him next"). A pronoun
followed by a noun is a possessive ("you'll meet her team"), and "again" says they were met
before: neither counts. Someone the notes give a speaker's line of their own ("Jonas: ...")
was met, whatever the plan says.

Standard library only (the lexicon is wordclass.py's).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notenames import HON
from followup.wordclass import ADV, PREP, lexicon_classes

_FUTURE = (
    r"(?:['’](?:d|ll)|\b(?:will|would|shall|should|gonna|going[ \t]+to|supposed[ \t]+to|"
    r"next)\b)"
)
_MEETING_VERB = r"(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?)"
_VERB_THEN = lazy_compile(
    rf"{_FUTURE}[ \t]+(?:\w+[ \t]+){{0,2}}?{_MEETING_VERB}[ \t]+(?:(?:with|to)[ \t]+)?"
    r"(?P<who>him|her|them)\b(?P<after>[ \t]*[^\W\d_]*)",
    re.I,
)
_BEFORE_NAME = lazy_compile(
    rf"{_FUTURE}[ \t]+(?:\w+[ \t]+){{0,2}}?{_MEETING_VERB}[ \t]+(?:(?:with|to)[ \t]+)?$", re.I
)

_HONORIFIC_END = lazy_compile(rf"(?<![\w’'-])(?i:{HON})\.?[ \t]+$")


def _object_alone(after: str) -> bool:
    """The pronoun is the verb's object, not a possessive before a noun ('her team')."""
    word = after.strip().lower()
    if not word:
        return True
    if word == "again":
        return False  # met before
    return bool(lexicon_classes(word) & {ADV, PREP}) or word in ("on", "at", "in", "next")


def to_be_met(name: str, text: str) -> bool:
    """Whether the notes name this person only as someone the candidate will meet."""
    words = [w for w in name.split() if len(w) > 1]
    if not words:
        return False
    first = re.escape(words[0])
    if re.search(rf"^[ \t\-*•]*(?:\[[^\]\n]*\][ \t]*)?{first}\b[^:\n]{{0,20}}:", text, re.M):
        return False  # a speaker's line of their own: they were met
    pattern = r"(?<![\w’'-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w’'-])"
    for line in text.splitlines():
        for m in re.finditer(pattern, line, re.I):
            before = _HONORIFIC_END.sub("", line[max(0, m.start() - 60) : m.start()])
            if _BEFORE_NAME.search(before):
                return True
            later = _VERB_THEN.search(line[m.end() : m.end() + 60])
            if later and _object_alone(later.group("after")):
                return True
    return False
