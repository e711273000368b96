"""The full name in the notes that a partial `--to` names.

`--to Karthik` or `--to Subramanian`, when the notes write "Mr. Karthik Subramanian", means
that person: the recipient takes the full name and the title the notes give, and is greeted
as the full name would be ("Dear Mr. Subramanian", not "Dear Mr. Karthik" or "Hi
Subramanian"). A name is read by its form: a run of two to four capitalised words (surname
particles allowed), an honorific before it kept; the words that open sentences ("Interview",
"The") are not names. Only one person may match: a first name two people share expands to
neither.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.notenames import (
    COMMON_WORDS,
    HON_PREFIX,
    NAME_TAIL,
    NOT_NAMES,
    PARTICLES,
    UPPER,
    split_honorific,
)

_NAME_RUN = re.compile(
    rf"(?<![\w'’-])(?P<hon>{HON_PREFIX})?(?P<name>{UPPER}{NAME_TAIL}"
    rf"(?:[ \t]+{PARTICLES}{UPPER}{NAME_TAIL}){{1,3}})(?![\w'’-])"
)


def _plain(word: str) -> bool:
    """A word that is no part of a person's name: a common word, a month, a heading's word."""
    low = word.lower()
    return low in COMMON_WORDS or low in NOT_NAMES


def full_name_in_notes(partial: str, text: str) -> str | None:
    """'Mr. Karthik Subramanian' for 'Karthik' or 'Subramanian' when the notes name one such
    person; None when they name none, or more than one, or `partial` is a full name already
    written so."""
    want = partial.split()
    if not want:
        return None
    found: dict[str, str] = {}  # the name in lower case -> as written, its honorific kept
    for m in _NAME_RUN.finditer(text):
        words = m.group("name").split()
        while words and _plain(words[0]):  # "Met Karthik Subramanian": "Met" opens a sentence
            words = words[1:]
        while words and _plain(words[-1]):
            words = words[:-1]
        if len(words) < 2 or len(words) <= len(want):
            continue
        low = [w.lower() for w in words]
        if not any(low[i : i + len(want)] == [w.lower() for w in want] for i in range(len(low))):
            continue
        name = " ".join(words)
        hon = (m.group("hon") or "").strip() if words[0] == m.group("name").split()[0] else ""
        key = name.lower()
        if hon or key not in found:
            found[key] = f"{hon} {name}".strip()
    if len(found) != 1:
        return None
    full = next(iter(found.values()))
    return full if split_honorific(full)[1].lower() != partial.lower() else None
