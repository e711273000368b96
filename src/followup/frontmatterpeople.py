"""A front-matter field the schema does not name whose value is a person: who was met.

Notes kept with front matter name the person met under keys of the writer's own ("contact:
Ms. Lorraine Kessler, Production Manager", "hiring_manager: Raj Patel (Ops Lead)", "met_with:
Dr. Ana Ruiz"). The key is no evidence (there is no end to such keys); the value is: an
honorific before a capitalised name, or a name of two to four capitalised words with a title
after a comma, a dash or in brackets. Such a value is read as `interviewers:` would be.
"""

from __future__ import annotations

from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT
from followup.notenames import HON_PREFIX, NAME_TAIL, PARTICLES, UPPER

_NAME = rf"{UPPER}{NAME_TAIL}(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,3}}"
_WITH_HONORIFIC = lazy_compile(rf"{HON_PREFIX}{UPPER}{NAME_TAIL}(?:[ \t]+\S.*)?")
_WITH_TITLE = lazy_compile(
    rf"{_NAME}[ \t]*(?:,[ \t]*|[ \t]+[-—–][ \t]+|[ \t]*\()(?P<title>[A-Za-z].*)"
)


def is_person_value(value: object) -> bool:
    """Whether a front-matter value names one person (see the module's note)."""
    if not isinstance(value, str) or "\n" in value or len(value) > 120:
        return False
    text = value.strip()
    if _WITH_HONORIFIC.fullmatch(text):
        return True
    titled = _WITH_TITLE.fullmatch(text)  # the part after the name reads as a job title
    return titled is not None and TITLE_HINT.search(titled.group("title")) is not None
