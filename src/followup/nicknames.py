"""A short name written inside a full name: 'Harold "Hal" Pruitt', 'Abigail (Abby) Turner',
or in brackets after it when it is the first name's short form: 'Garegin Petrosyan (Garo)'.

English writes the name a person goes by between the first name and the surname, in quotes
(straight or curly) or brackets. The words outside the quotes are the person's name ("Harold
Pruitt"); the word inside is what the notes, and the people there, call them ("Hal: asked a lot
about audits", "Abby said ..."). So the readers see the name without the quoted word, the
person's later lines are tied to them by the short name, and the note greets them with it, as
the notes do.

Read by form alone: a capitalised word, a quoted or bracketed capitalised word, a capitalised
word, on one line. No list of nicknames.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.notenames import NAME_TAIL, SURNAME_PARTICLES, UPPER
from followup.orgwords import org_signed

_OPEN_CLOSE = {'"': '"', "“": "”", "'": "'", "‘": "’", "(": ")"}
_QUOTED = "|".join(
    rf"{re.escape(o)}(?P<n{i}>{UPPER}{NAME_TAIL}){re.escape(c)}"
    for i, (o, c) in enumerate(_OPEN_CLOSE.items())
)
# First "Nick" Last: the nickname between two capitalised name words on one line
# a surname's particles before it ("Hendrik (Henk) van der Walt")
_PARTICLES = "|".join(sorted(SURNAME_PARTICLES, key=lambda p: (-len(p), p)))
_IN_NAME = re.compile(
    rf"(?<![\w’'-])(?P<first>{UPPER}{NAME_TAIL})[ \t]+(?:{_QUOTED})[ \t]+"
    rf"(?P<last>(?:(?:{_PARTICLES})[ \t]+){{0,2}}{UPPER}{NAME_TAIL})(?![\w’'-])"
)

# First Last (Nick): the short name in brackets after the full name, when it is the first
# name's own short form (it opens with the first name's first two letters: "Garegin
# Petrosyan (Garo)"); a bracket with any other word is a title or an aside ("(Head)")
_AFTER_NAME = re.compile(
    rf"(?<![\w’'-])(?P<first>{UPPER}{NAME_TAIL})[ \t]+(?P<last>{UPPER}{NAME_TAIL})[ \t]*"
    rf"\((?P<nick>{UPPER}{NAME_TAIL})\)(?=[ \t]*(?:$|[,;:.—–-]))",
    re.M,
)


def _short_form(nick: str, first: str) -> bool:
    return len(nick) < len(first) and nick[:2].lower() == first[:2].lower()


def _nick(m: re.Match[str]) -> str:
    return next(v for k, v in m.groupdict().items() if k.startswith("n") and v)


def _in_a_firm(m: re.Match[str]) -> bool:
    """'Mills (Pvt) Ltd' of "Al-Noor Denim Mills (Pvt) Ltd": the bracket is a firm's legal
    form, not a person's short name (orgwords.py knows the firm by its ending)."""
    return org_signed(m.group())


def quoted_nicknames(text: str) -> dict[str, str]:
    """{'Harold Pruitt': 'Hal'} for each 'Harold "Hal" Pruitt' in the notes; a short name
    that is the first name itself ('Anne "Anne" Lee') is no nickname."""
    found: dict[str, str] = {}
    for m in _IN_NAME.finditer(text):
        nick, first = _nick(m), m.group("first")
        if nick.lower() == first.lower() or _in_a_firm(m):
            continue
        found[f"{first} {m.group('last')}"] = nick
    for m in _AFTER_NAME.finditer(text):
        if _short_form(m.group("nick"), m.group("first")) and not _in_a_firm(m):
            found.setdefault(f"{m.group('first')} {m.group('last')}", m.group("nick"))
    return found


def without_nicknames(text: str) -> str:
    """The notes with each quoted short name taken out of the full name: 'Harold Pruitt'."""

    def drop(m: re.Match[str]) -> str:
        if _in_a_firm(m):
            return m.group()
        return f"{m.group('first')} {m.group('last')}"

    def drop_after(m: re.Match[str]) -> str:
        if not _short_form(m.group("nick"), m.group("first")) or _in_a_firm(m):
            return m.group()
        return f"{m.group('first')} {m.group('last')}"

    return _AFTER_NAME.sub(drop_after, _IN_NAME.sub(drop, text))


def nickname_for(parts: list[str], text: str) -> str | None:
    """The short name the notes write inside this person's full name ('Hal' for Harold
    Pruitt), or None."""
    if len(parts) < 2:
        return None
    for full, nick in quoted_nicknames(text).items():
        words = full.split()
        if words[0].lower() == parts[0].lower() and words[-1].lower() == parts[-1].lower():
            return nick
    return None
