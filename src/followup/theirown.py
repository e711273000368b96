"""Whose "their" it is: a note phrase's "their" that points back to a plural noun of the same
phrase stays "their" when the phrase is said to the recipient.

The writer says a note phrase in the recipient's perspective ("their boards keep failing" ->
"your boards", notelines.to_recipient). But "their" often belongs to a group the phrase has
just named: "kids keeping their home language", "parents who want their son to go to NZ
academies". Said as "your", the message tells the
interviewer that the kids' language, or the parents' son, is theirs.

Read by grammar: "their" is the group's when a plural noun for people (a group word, or the
lexicon's noun with a doer's or a member's ending: "parents", "residents", "drivers") stands
before it in the phrase with a verb, a gerund, a relative pronoun or a preposition (not "to")
first between them ("kids keeping their", "parents who want their", "residents with their").
A plural noun right before "their" ("the projects their team runs": a relative clause without
"that") does not hold it, nor "and" ("mentoring junior designers and their Revit template
overhaul": two things of the recipient's side), nor a comma or a full stop between them.
"""

from __future__ import annotations

from followup import keptre as re
from followup.wordclass import word_classes

_WORD = re.compile(r"[A-Za-z][\w'’-]*|[,.;:!?()]")
_GROUP_WORDS = (
    "people children kids staff folks men women families guests nurses pupils adults elders "
    "seniors teens tenants babies girls boys"
)
_GROUP = frozenset(_GROUP_WORDS.split())
_PERSON_PLURAL = re.compile(r"(?:ers|ors|ists|ians|ees|ents|ants)$")
_LINKS = {"VERB", "GERUND", "WH", "PREP", "PARTICIPLE", "AUX", "ADV"}
_MASK = "\x00THEIR\x00"


def _plural_noun(word: str) -> bool:
    """A plural noun for people: a group word, or a noun of a doer's or a member's ending
    ("parents", "customers", "residents", "students"); "plans" and "reports" own nothing."""
    low = word.lower()
    if low in _GROUP:
        return True
    return (
        _PERSON_PLURAL.search(low) is not None
        and word[:1].islower()
        and "NOUN" in word_classes(low)
    )


def group_their(phrase: str) -> list[tuple[int, int]]:
    """The spans of each "their" in the phrase that belongs to a plural noun before it."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(phrase)]
    out = []
    for n, (tok, start, end) in enumerate(tokens):
        if tok.lower() != "their":
            continue
        for back in range(n - 2, max(-1, n - 6), -1):
            between = [t for t, _, _ in tokens[back + 1 : n]]
            if any(not t[:1].isalpha() for t in between):
                break  # a comma or a stop: another clause
            link = between[0].lower() if between else ""
            if _plural_noun(tokens[back][0]) and link != "to" and word_classes(link) & _LINKS:
                out.append((start, end))
                break
    return out


def masked(phrase: str) -> str:
    """The phrase with each group's "their" hidden from the perspective change."""
    for start, end in reversed(group_their(phrase)):
        phrase = phrase[:start] + _MASK + phrase[end:]
    return phrase


def unmasked(phrase: str) -> str:
    """The phrase with the hidden "their" back."""
    return phrase.replace(_MASK, "their")
