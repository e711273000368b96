"""A person written as a card: the name on one line, the title on the next, then their part.

    rhonda kipp
    supervisor
    trails & pack stock
    - mules ...

Notes copied from a signature or typed fast put a person's name and title on lines of their
own, as a business card or an e-mail signature does. The line readers read "NAME - TITLE" on
one line; this module joins such a card's two lines into that form, for the readers.

Read by place and by the lexicon: a line of two or three words (a name's length) with no
grammar word and at least one word English does not know (wordclass.py: names are not in the
lexicon: "kipp", "Okonkwo"), the next line a job title (noteheader.TITLE_HINT) of at most six
words, and the card followed by the person's bullets within two lines.
"""

from __future__ import annotations

from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT
from followup.wordclass import lexicon_classes, word_classes

_NAME_LINE = lazy_compile(r"[ \t]*(?P<name>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){1,2})[ \t]*")
_TITLE_LINE = lazy_compile(r"[ \t]*(?P<title>[^\W\d_][^\n:]{1,60}?)[ \t]*")
_BULLET = lazy_compile(r"[ \t]*[-*•][ \t]*[^\s*•-]")  # not a rule ("---- my notes ----")
_GRAMMAR = frozenset({"DET", "PREP", "CONJ", "PRON", "AUX", "WH", "NEG", "POSS"})


def _name_like(words: list[str]) -> bool:
    if any(word_classes(w.lower()) & _GRAMMAR for w in words):
        return False
    if not all(w[:1].isupper() for w in words) and not all(w.islower() for w in words):
        return False
    return any(not lexicon_classes(w.lower().strip("’'")) for w in words)


def joined_cards(text: str) -> str:
    """The notes with each name-then-title card joined into one "NAME - TITLE" line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        name = _NAME_LINE.fullmatch(lines[i])
        title = _TITLE_LINE.fullmatch(lines[i + 1]) if name and i + 1 < len(lines) else None
        after = lines[i + 2 : i + 4]
        if (
            name
            and title
            and _name_like(name.group("name").split())
            and TITLE_HINT.search(title.group("title"))
            and len(title.group("title").split()) <= 6
            and any(_BULLET.match(ln) for ln in after)
        ):
            out.append(f"{name.group('name')} - {title.group('title')}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
