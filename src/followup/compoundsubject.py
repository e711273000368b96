"""A subject of two, kept whole: "Jonah and I talked about branching dialogue" is one clause,
not "Jonah" and "I talked about ...".

The note reader cuts shorthand lines at "and I", "and he" where a new clause begins
(notelines.py). A part left with no verb of its own, a few words that open the line ("Jonah",
"Ms. Boateng", "my manager"), was no clause: it was the first half of the subject, and the part
after it is that subject's clause. The test is a word's part of speech from the project's
lexicon (wordclass.py), not a list of names.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

# the clause the other half of the subject opens: "I talked", "he asked"
_PRONOUN_CLAUSE = lazy_compile(r"^(?:I|he|she|they|we)\s+\S", re.I)
# the same subject in a pattern that reads what the two did: a name, then "and I" (the pair
# talked: what follows is the person's topic as much as the candidate's)
WITH_ME = r"^(?:[A-Z][\w’'.-]+\s+){1,3}and\s+I\s+"
_SUBJECT_WORDS = 3  # "Jonah", "Dr. Ama Boateng": a subject is short


def _no_verb(part: str) -> bool:
    """A few words, none of which can be a verb: a noun phrase, no clause."""
    from followup.wordclass import VERB, word_classes

    words = re.findall(r"[^\W\d_][\w’'.-]*", part)
    if not words or len(part.split()) > _SUBJECT_WORDS or part.rstrip()[-1:] in ",;:.!?":
        return False
    return not any(VERB in word_classes(w, first=i == 0) for i, w in enumerate(words))


def whole_subjects(parts: list[str]) -> list[str]:
    """The clauses with a first part that is half a subject joined to the clause after it
    ("Jonah" + "I talked about X" -> "Jonah and I talked about X")."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if i == 0 and i + 1 < len(parts) and _no_verb(part) and _PRONOUN_CLAUSE.match(parts[1]):
            out.append(f"{part} and {parts[1]}")
            i += 2
            continue
        out.append(part)
        i += 1
    return out
