"""Whom a health word in the notes is about.

A private health remark is the candidate's own health or their family's ("I was sick last
week", "my dad's surgery", "the kids were sick"). The same words also name the work itself:
a scenario the interviewer put ("how I'd reroute trucks when a driver calls out sick"), a
patient's surgery on a ward. Such a word is no one's private matter when its clause says
whose it is, and that is someone at work: a noun phrase that opens with a determiner ("a
driver", "the sous", "one of the nurses", "a patient's") or an indefinite pronoun
("someone", "anyone"), named nearer the word than any word of the candidate's ("I", "my",
"we") or of their family's. Anything less plain (no one named, "he", "she", "the surgery",
"my manager") stays private.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

# the health words the notes reader calls private
HEALTH_WORD = lazy_compile(
    r"sick|ill|unwell|mri|surgery|therapy|diagnos\w*|pregnan\w*|"
    r"health (?:issue|problem|condition)s?",
    re.I,
)
# where a clause starts: punctuation, or a word that opens a new clause
_CLAUSE_START = lazy_compile(
    r"[,;:.!?()\[\]—–]|\s-\s|\b(?:when|whenever|if|because|cause|cos|so|and|but|while|after|"
    r"before|since|until|unless|though|although|then|or|where)\b",
    re.I,
)
# the candidate, or their family: the clause is about them
_OWN = lazy_compile(
    r"\b(?:I|I['’](?:m|d|ve|ll)|im|id|me|my|myself|mine|we|we['’](?:re|ve|d)|us|our|ours|"
    r"kids?|sons?|daughters?|baby|child|children|wife|husband|partner|mom|mum|dad|mother|"
    r"father|parents?|grandma|grandpa|grandmother|grandfather|sisters?|brothers?|boyfriend|"
    r"girlfriend|fianc[eé]e?|spouse|in-laws|family|hubby|wifey|missus)\b",
    re.I,
)
# someone at work, named by a determiner and a noun, or an indefinite pronoun
_SOMEONE = lazy_compile(
    r"\b(?:(?:a|an|the|any|some|every|each|another|one of (?:the|our|their))\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,2}?[^\W\d_][\w'’-]*|someone|somebody|anyone|anybody|"
    r"everyone|everybody|no one|nobody)\b",
    re.I,
)

# a word between the person and the health word that makes the person no subject of it
_NOT_ITS_VERB = lazy_compile(
    r"(?:for|of|to|with|about|after|at|from|by|due|said|says|told|thinks|thought|reckons)",
    re.I,
)


def about_someone_at_work(text: str, start: int) -> bool:
    """Whether the health word at `start` of `text` is about someone at work, by its clause:
    a third person named with a determiner ("when a driver calls out sick") and nothing of
    the candidate's or their family's in the clause."""
    before = text[:start]
    cut = 0
    for m in _CLAUSE_START.finditer(before):
        cut = m.end()
    clause = before[cut:]
    # the person named nearest before the word is the one it is about
    own = [m.end() for m in _OWN.finditer(clause)]
    others = [m.end() for m in _SOMEONE.finditer(clause) if not _OWN.search(m.group())]
    if not others or (own and max(own) > max(others)):
        return False
    # ... as the subject of the word: its verb between, no more ("a driver calls out sick",
    # "a patient's surgery"), not an object with a preposition ("the call, moved for surgery")
    between = clause[max(others) :].split()
    return len(between) <= 3 and not any(_NOT_ITS_VERB.fullmatch(w) for w in between)


def private_health_word(text: str, m: re.Match[str]) -> bool:
    """Whether a private-words match is a health word about the candidate or their family:
    False for a health word about someone at work; True for every other match."""
    return not (HEALTH_WORD.fullmatch(m.group()) and about_someone_at_work(text, m.start()))
